// credibility-kept, open: spliced instead of ../credibility-kept.cypher when $credibilities holds
// every credibility word (cypher/db/open-filters.ts). The same answer: the validator requires one
// of those words on every relationship and claim it lets load (cypher/validate/check-provenance.ts).
// Args: f
true
