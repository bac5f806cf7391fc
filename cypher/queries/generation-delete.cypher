// generation-delete: (seed loader) deletes every node (and its relationships) whose generation is
// not in $keep, nodes without one included (a graph from before generations), in transactions of
// 5,000 nodes so that memory stays flat. Must run as an auto-commit query.
// Params: $keep (integers: the generations to keep)
// Columns: none
MATCH (n)
WHERE NOT n:GraphState AND (n.gen IS NULL OR NOT n.gen IN $keep)
CALL (n) {
  DETACH DELETE n
} IN TRANSACTIONS OF 5000 ROWS
