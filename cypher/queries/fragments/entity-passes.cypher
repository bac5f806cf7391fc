// entity-passes: the graph filter on an entity x: one of its labels kept, and in the window.
// Params: those of kind-kept and in-window
// Args: x
@kind-kept(x) AND @in-window(x)
