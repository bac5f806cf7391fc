// overview-derive-ranking: (seed loader, cypher/derive/derive-overview.ts) ranks the entities of
// the generation being loaded by the facts that hold (@holds: asserted, actual, as an entity's
// degree counts) and keeps the first $keep ids with their degrees on the :GraphState node, marked
// with the generation, so that the viewer's overview of a large graph reads them instead of
// counting every relationship of the graph (overview-ranking). Before the switch: readers of the
// current generation see a mark for another generation and count live meanwhile.
// Fragments: holds
// Params: $gen (the generation being loaded), $keep (integer)
// Columns: ranked (how many ids were kept)
MATCH (e:Entity)
WHERE e.gen = $gen
WITH e, COUNT { (e)-[held]-(:Entity) WHERE @holds(held) } AS degree
ORDER BY degree DESC, toLower(e.name), e.id
LIMIT $keep
WITH collect(e.id) AS ids, collect(degree) AS degrees
MERGE (state:GraphState {id: 'graph'})
SET state.overviewGen = $gen, state.overviewIds = ids, state.overviewDegrees = degrees
RETURN size(ids) AS ranked
