// in-window, open: spliced instead of ../in-window.cypher when $windowStart and $windowEnd are
// both null (cypher/db/open-filters.ts), where that fragment is true whatever x is.
// Args: x
true
