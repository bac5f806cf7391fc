// relationship-row: one relationship r from a to b, stated by the :Source s (a RelationshipRow).
// Args: r, a, b, s
r {.id, .role, @provenance-fields(r), type: type(r), from: @entity-ref(a), to: @entity-ref(b), source: @source-map(s)}
