// relationship-passes: the graph filter on a relationship r between two entities: its type, then
// the fact filter.
// Params: $types, and those of fact-passes
// Args: r
type(r) IN $types AND @fact-passes(r)
