// export-source-summary: (export) what the exported source documents hold: one row per property
// key and value kind with how many sources have it, and one row with key null counting them.
// Fragments: snapshot-generation, in-generation, export-value-kind
// Params: $gen (the generation the export pinned), $ids (list of source ids, or null for all)
// Columns: key (string, or null for the count row), kind (string, or null), count
@snapshot-generation
MATCH (s:Source)
WHERE @in-generation(s) AND ($ids IS NULL OR s.id IN $ids)
UNWIND [null] + [k IN keys(s) WHERE k <> 'gen'] AS key
WITH key, s[key] AS v
WITH key, CASE WHEN key IS NULL THEN null ELSE @export-value-kind(v) END AS kind
RETURN key, kind, count(*) AS count
ORDER BY key, kind
