// generation-keep-retired: (seed loader) records which retired generations are still kept (those
// still in their grace period) once the others are deleted.
// Params: $retired, $retiredAt (integers: the kept generations and when each was retired)
// Columns: none
MATCH (state:GraphState {id: 'graph'})
SET state.retired = $retired, state.retiredAt = $retiredAt
