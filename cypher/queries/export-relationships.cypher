// export-relationships: (export) the relationships in scope that start at one page of exported
// entities ($page) and end at an entity in scope, one row per citation, ordered by start entity
// and id (the model's ids begin with the start entity's, so pages in entity order come out in id
// order).
// Fragments: snapshot-generation, in-generation, export-entity-scope, relationship-passes
// Params: $gen (the generation the export pinned), $page (list of start entity ids), $ids,
//   $categories (entity scope), $types, $stances, $modalities, $credibilities (lists of words to
//   keep), $sources (source ids, or null), $windowStart, $windowEnd (dates, both null for no
//   window), $includePossible (boolean)
// Columns: id, type, source, target, properties (stance … possibleTo among them)
@snapshot-generation
MATCH (a:Entity)-[r]->(b)
WHERE @in-generation(a) AND a.id IN $page
  AND @relationship-passes(r)
  // b is reached from the page, never looked up by label (a label scan per page would grow with
  // the graph): $types holds entity relationship types only, whose ends are entities.
  AND @export-entity-scope(b)
RETURN coalesce(r.id, elementId(r)) AS id, type(r) AS type, a.id AS source, b.id AS target,
       properties(r) AS properties
ORDER BY source, id
