// snapshot-generation: binds gen to $gen, the generation a snapshot read pinned once for all of
// its queries (readSnapshot, cypher/db/run-query.ts), so an export never reads entities of one
// generation and relationships of the next. The export queries start with it.
// Params: $gen (integer: the generation the snapshot reads)
WITH $gen AS gen
