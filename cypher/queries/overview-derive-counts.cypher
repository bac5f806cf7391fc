// overview-derive-counts: (seed loader, cypher/derive/derive-overview.ts) how many groups, events
// and places the generation being loaded holds, kept on the :GraphState node marked with the
// generation, so that an unfiltered entity list (list-entities-unfiltered) reads its total instead
// of counting every entity of the graph. Before the switch: readers of the current generation see
// a mark for another generation and take the general list (list-entities) meanwhile.
// Params: $gen (the generation being loaded)
// Columns: entities (how many entities were counted)
MATCH (e:Entity)
WHERE e.gen = $gen
WITH count(e) AS entities, count(CASE WHEN e:Group THEN 1 END) AS groups,
  count(CASE WHEN e:Event THEN 1 END) AS events, count(CASE WHEN e:Place THEN 1 END) AS places
MERGE (state:GraphState {id: 'graph'})
SET state.countsGen = $gen, state.groupCount = groups, state.eventCount = events, state.placeCount = places
RETURN entities
