// export-entity-summary: (export) what the exported entities hold, without sending them: one row
// per property key and value kind (export-value-kind) with how many entities have it, and one row
// with key null counting the entities. The formats that declare their columns or attribute types
// first (CSV, GraphML, GEXF) and the counts in headers come from it.
// Fragments: snapshot-generation, in-generation, export-entity-scope, export-entity-kept, export-value-kind
// Params: those of export-entities but $after and $limit
// Columns: key (string, or null for the count row), kind (string, or null), count
@snapshot-generation
MATCH (n:Entity)
WHERE @in-generation(n) AND @export-entity-scope(n) AND @export-entity-kept(n)
UNWIND [null] + [k IN keys(n) WHERE NOT k IN ['gen', 'nameKey']] AS key
WITH key, n[key] AS v
WITH key, CASE WHEN key IS NULL THEN null ELSE @export-value-kind(v) END AS kind
RETURN key, kind, count(*) AS count
ORDER BY key, kind
