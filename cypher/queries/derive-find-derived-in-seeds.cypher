// derive-find-derived-in-seeds: (seed loader) ids of nodes and relationships whose seed statements set a property the
// loader derives (core/model.ts DERIVED_TIME_PROPERTIES): those are never written by hand.
// Params: $derived (the derived property names)
// Columns: id, property
CALL () {
  MATCH (n) UNWIND keys(n) AS property
  WITH n, property WHERE property IN $derived
  RETURN coalesce(n.id, elementId(n)) AS id, property
  UNION ALL
  MATCH ()-[r]->() UNWIND keys(r) AS property
  WITH r, property WHERE property IN $derived
  RETURN coalesce(r.id, elementId(r)) AS id, property
}
RETURN id, property
ORDER BY id, property
LIMIT 10
