// export-relationship-summary: (export) what the exported relationships hold (those
// export-relationships reads, over every page): one row per property key and value kind with how
// many relationships have it, and one row with key null counting them.
// Fragments: snapshot-generation, in-generation, export-entity-scope, relationship-passes, export-value-kind
// Params: those of export-relationships but $page
// Columns: key (string, or null for the count row), kind (string, or null), count
@snapshot-generation
MATCH (a:Entity)-[r]->(b:Entity)
WHERE @in-generation(a) AND @relationship-passes(r)
  AND @export-entity-scope(a) AND @export-entity-scope(b)
UNWIND [null] + [k IN keys(r) WHERE k <> 'gen'] AS key
WITH key, r[key] AS v
WITH key, CASE WHEN key IS NULL THEN null ELSE @export-value-kind(v) END AS kind
RETURN key, kind, count(*) AS count
ORDER BY key, kind
