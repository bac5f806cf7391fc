// overview-graph-size: how many entities the current generation holds, counted through the gen
// index (no relationship and no other property is read), so that the viewer can choose between
// loading the whole graph and starting from an overview before it asks for either.
// Fragments: current-generation, in-generation
// Params: none
// Columns: entities (integer)
@current-generation
RETURN COUNT { MATCH (e:Entity) WHERE @in-generation(e) } AS entities
