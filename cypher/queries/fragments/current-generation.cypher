// current-generation: binds gen, the generation readers see: the one the single
// (:GraphState {id: 'graph'}) node points at (cypher/README.md "Loading"). Every read query
// starts with it and matches its starting points with in-generation; what they reach through
// relationships is in the same generation, since a load only links nodes it wrote itself.
// Nothing loaded yet (no :GraphState): gen is null and the query answers as on an empty graph.
OPTIONAL MATCH (graphState:GraphState {id: 'graph'})
WITH graphState.current AS gen
