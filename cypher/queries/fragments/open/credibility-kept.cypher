// credibility-kept, open: spliced instead of ../credibility-kept.cypher when $credibilities holds
// every credibility word (cypher/db/open-filters.ts). The same answer: the validator gives every
// relationship and claim one of those words (cypher/validate/check-provenance.ts).
// Args: f
true
