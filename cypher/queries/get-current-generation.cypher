// get-current-generation: the generation readers see now; readSnapshot (cypher/db/run-query.ts)
// reads it once and passes it as $gen to every query of the snapshot.
// Fragments: current-generation
// Params: none
// Columns: gen (integer, or null when nothing is loaded)
@current-generation
RETURN gen
