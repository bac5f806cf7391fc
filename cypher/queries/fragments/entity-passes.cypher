// entity-passes: the graph filter on an entity x: one of its labels kept, and in the window.
// Params: $kinds (entity labels to keep), and those of in-window
// Args: x
any(label IN labels(x) WHERE label IN $kinds) AND @in-window(x)
