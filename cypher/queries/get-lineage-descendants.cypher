// get-lineage-descendants: what came out of a group: the groups that defected from it, split off from it, draw
// members from it, or are its affiliates or branches, and theirs in turn (the lineage types,
// core/model.ts LINEAGE_TYPES, followed backwards), with the number of steps to each group and the
// edges among them.
// Fragments: current-generation, in-generation, relationship-passes, entity-passes, edge-groups, node-fields
// Params: $id (group id), $maxDepth (1..6), $types (the lineage types to follow), and the rest
//   of the graph filter (FilterParams): $stances, $modalities, $credibilities, $sources,
//   $kinds, $windowStart, $windowEnd, $includePossible, $symmetricTypes
// Columns: found (boolean), nodes (maps: NodeRow with depth, 0 for the group itself), edges
@current-generation
OPTIONAL MATCH (root:Entity {id: $id}) WHERE @in-generation(root)
CALL (root) {
  OPTIONAL MATCH p = ANY SHORTEST (root)
    (()<-[r WHERE @relationship-passes(r)]-(x:Entity WHERE @entity-passes(x))){1,6}
    (n)
  WHERE length(p) <= $maxDepth AND n <> root
  RETURN collect({node: n, depth: length(p)}) AS reached
}
WITH root, CASE WHEN root IS NULL THEN [] ELSE [{node: root, depth: 0}] + reached END AS reached
WITH root, reached, [x IN reached | x.node] AS members
CALL (reached) {
  UNWIND reached AS x
  WITH x.node AS n, x.depth AS depth
  ORDER BY depth, toLower(n.name), n.id
  RETURN collect(n {@node-fields(n), depth: depth}) AS nodes
}
CALL (members) {
  UNWIND members AS a
  MATCH (a)-[r]->(b:Entity)
  WHERE b IN members AND @relationship-passes(r)
  @edge-groups(a, r, b)
}
RETURN root IS NOT NULL AS found, nodes, edges
