// export-claim-summary: (export) what the exported claims hold (those export-claims reads for
// every exported entity): one row per property key and value kind with how many claims have it,
// and one row with key null counting them.
// Fragments: snapshot-generation, in-generation, export-entity-scope, export-entity-kept, fact-passes, export-value-kind
// Params: those of export-entities but $after and $limit
// Columns: key (string, or null for the count row), kind (string, or null), count
@snapshot-generation
MATCH (e:Entity)-[:HAS_CLAIM]->(c:Claim)
WHERE @in-generation(e) AND @fact-passes(c)
  AND @export-entity-scope(e) AND @export-entity-kept(e)
UNWIND [null] + [k IN keys(c) WHERE k <> 'gen'] AS key
WITH key, c[key] AS v
WITH key, CASE WHEN key IS NULL THEN null ELSE @export-value-kind(v) END AS kind
RETURN key, kind, count(*) AS count
ORDER BY key, kind
