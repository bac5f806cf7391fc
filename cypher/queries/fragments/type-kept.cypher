// type-kept: the type filter on a relationship r: its type is one of those kept. Also what keeps
// a walk on facts between entities: :HAS_CLAIM is no type a filter takes.
// Params: $types (relationship types to keep)
// Args: r
type(r) IN $types
