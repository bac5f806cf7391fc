// derive-write-node-times: (seed loader) stores one batch of derived spans on claims or entities, as Neo4j dates.
// Params: $rows (list of {key: elementId, knownFrom, knownTo, possibleFrom, possibleTo}, dates
//   as 'YYYY-MM-DD' strings or null)
// Columns: written (count)
UNWIND $rows AS row
MATCH (n)
WHERE elementId(n) = row.key
SET n.knownFrom = date(row.knownFrom), n.knownTo = date(row.knownTo),
  n.possibleFrom = date(row.possibleFrom), n.possibleTo = date(row.possibleTo)
RETURN count(n) AS written
