// read-generation-stamp: (API result cache) the generation readers see now and when it was
// switched to; the pair names one load, even after a wiped database numbers its generations
// from 1 again. The API pins a request's queries to `gen` and keys cached answers by both.
// Params: none
// Columns: gen (integer, or null when nothing is loaded), switchedAt (epoch ms, or null for a
//   store loaded before switches were stamped)
OPTIONAL MATCH (graphState:GraphState {id: 'graph'})
RETURN graphState.current AS gen, graphState.switchedAt AS switchedAt
