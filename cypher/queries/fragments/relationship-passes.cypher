// relationship-passes: the graph filter on a relationship r between two entities: its type, then
// the fact filter.
// Params: those of type-kept and fact-passes
// Args: r
@type-kept(r) AND @fact-passes(r)
