// generation-read-state: (seed loader) the generation pointer: the current generation, the
// generations retired by earlier switches with when (database time, ms), and the time now.
// Params: none
// Columns: current (integer or null: nothing loaded), retired (integers), retiredAt (integers,
//   one per retired generation), now (integer)
OPTIONAL MATCH (state:GraphState {id: 'graph'})
RETURN state.current AS current, coalesce(state.retired, []) AS retired,
  coalesce(state.retiredAt, []) AS retiredAt, timestamp() AS now
