// entity-ref: an entity e named in a row (an EntityRefRow, cypher/db/types.ts).
// Args: e
e {.id, .name, .category, labels: labels(e)}
