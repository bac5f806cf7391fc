// source-kept, open: spliced instead of ../source-kept.cypher when $sources is null
// (cypher/db/open-filters.ts), where that fragment is true whatever f is.
// Args: f
true
