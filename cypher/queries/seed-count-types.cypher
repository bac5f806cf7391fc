// seed-count-types: (seed loader) relationships per type in the generation just written.
// Params: $gen (the generation)
// Columns: key (relationship type), n (count)
MATCH ()-[r]->()
WHERE r.gen = $gen
RETURN type(r) AS key, count(*) AS n
ORDER BY key
