// kind-kept: the kind filter on an entity x: one of its labels is among the kinds kept.
// Open form: open/kind-kept.cypher.
// Params: $kinds (entity labels to keep)
// Args: x
any(label IN labels(x) WHERE label IN $kinds)
