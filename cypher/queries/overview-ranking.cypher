// overview-ranking: the ranking of the current generation's entities that the seed loader stored
// (overview-derive-ranking), when it stored one for this generation: ids, most connected first,
// with their degrees. No row when there is none (a graph loaded before the ranking was derived):
// the API then counts live (overview-top-entities).
// Fragments: current-generation
// Params: $limit (integer)
// Columns: ids (strings), degrees (integers)
@current-generation
MATCH (state:GraphState {id: 'graph'})
WHERE state.overviewGen = gen
RETURN state.overviewIds[0..$limit] AS ids, state.overviewDegrees[0..$limit] AS degrees
