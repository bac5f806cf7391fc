// derive-find-derived-in-seeds: (seed loader) ids of nodes and relationships of the generation
// being loaded whose seed statements set a property the loader derives (core/model.ts
// DERIVED_TIME_PROPERTIES): those are never written by hand.
// Params: $gen (the generation being loaded), $derived (the derived property names)
// Columns: id, property
CALL () {
  MATCH (n) WHERE n.gen = $gen
  UNWIND keys(n) AS property
  WITH n, property WHERE property IN $derived
  RETURN coalesce(n.id, elementId(n)) AS id, property
  UNION ALL
  MATCH ()-[r]->() WHERE r.gen = $gen
  UNWIND keys(r) AS property
  WITH r, property WHERE property IN $derived
  RETURN coalesce(r.id, elementId(r)) AS id, property
}
RETURN id, property
ORDER BY id, property
LIMIT 10
