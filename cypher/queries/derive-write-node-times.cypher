// derive-write-node-times: (seed loader) stores one batch of derived spans on claims or entities, as Neo4j dates,
// and an entity's sort key (nameKey, core/model.ts; null for a claim: nothing written).
// Params: $rows (list of {key: elementId, knownFrom, knownTo, possibleFrom, possibleTo}, dates
//   as 'YYYY-MM-DD' strings or null; nameKey for an entity)
// Columns: written (count)
UNWIND $rows AS row
MATCH (n)
WHERE elementId(n) = row.key
SET n.knownFrom = date(row.knownFrom), n.knownTo = date(row.knownTo),
  n.possibleFrom = date(row.possibleFrom), n.possibleTo = date(row.possibleTo),
  n.nameKey = row.nameKey
RETURN count(n) AS written
