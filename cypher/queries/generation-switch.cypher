// generation-switch: (seed loader) the switch, in one small transaction: points readers at the
// generation just loaded and retires the one they saw until now (kept for a grace period so
// that reads begun before the switch finish on it). Only when the pointer is still where this
// load found it ($expected): another load switching meanwhile leaves no row, and the load fails.
// Params: $gen (the generation loaded), $expected (the current generation the load started from,
//   or null)
//   switchedAt stamps the switch, so that (current, switchedAt) names this load even if a wiped
//   database numbers generations from 1 again (the API's result cache keys answers by it)
// Columns: previous (the retired generation, or null)
MERGE (state:GraphState {id: 'graph'})
WITH state, state.current AS previous
WHERE previous IS NULL AND $expected IS NULL OR previous = $expected
SET state.current = $gen,
  state.switchedAt = timestamp(),
  state.retired = coalesce(state.retired, []) + CASE WHEN previous IS NULL THEN [] ELSE [previous] END,
  state.retiredAt = coalesce(state.retiredAt, []) + CASE WHEN previous IS NULL THEN [] ELSE [timestamp()] END
RETURN previous
