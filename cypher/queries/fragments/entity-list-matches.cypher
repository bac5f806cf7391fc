// entity-list-matches: binds e to every entity list-entities matches (one row each), reading
// only what an index gives for the filters asked: the places inside $place (itself included)
// and what operates, is based, is in charge or occurred there when a place is given, else the
// entities of $categories (category index), else the generation's entities (gen index). Exactly
// one branch reads anything: the others UNWIND an empty list. Then the remaining filters.
// Params: those of list-entities (cypher/queries/list-entities.cypher)
// Args: gen, e
CALL (gen) {
  UNWIND CASE WHEN $place IS NULL THEN [] ELSE [gen] END AS placeGen
  // :Entity for the (id, gen) constraint: a :Place alone would be a label scan.
  MATCH (p:Entity {id: $place})
  WHERE p.gen = placeGen AND p:Place
  MATCH (inside:Place)-[:PART_OF]->{0,6}(p)
  CALL (inside) {
    MATCH (e:Entity)-[f:OPERATES_IN|BASED_IN|PUT_IN_CHARGE_OF|OCCURRED_IN]->(inside)
    WHERE @fact-passes(f)
    RETURN e
    UNION
    RETURN inside AS e
  }
  RETURN DISTINCT e
  UNION ALL
  UNWIND CASE WHEN $place IS NULL AND $categories IS NOT NULL THEN $categories ELSE [] END AS category
  MATCH (e:Entity)
  USING INDEX e:Entity(category)
  WHERE e.category = category AND @in-generation(e)
  RETURN e
  UNION ALL
  UNWIND CASE WHEN $place IS NULL AND $categories IS NULL THEN [gen] ELSE [] END AS entityGen
  MATCH (e:Entity)
  WHERE e.gen = entityGen
  RETURN e
}
WITH gen, e
WHERE $label IN labels(e)
  AND ($categories IS NULL OR e.category IN $categories)
  AND @in-window(e)
  AND ($nameContains IS NULL OR any(n IN coalesce(e.aliases, []) + [e.name] WHERE toLower(n) CONTAINS $nameContains))
