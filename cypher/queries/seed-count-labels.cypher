// seed-count-labels: (seed loader) nodes per label in the generation just written, for the
// count table and the check against core/model.ts's labels.
// Params: $gen (the generation)
// Columns: key (label), n (count)
MATCH (n)
WHERE n.gen = $gen
UNWIND labels(n) AS key
RETURN key, count(*) AS n
ORDER BY key
