// derive-write-relationship-times: (seed loader) stores one batch of derived spans on relationships, as Neo4j dates.
// Params: $rows (list of {key: elementId, knownFrom, knownTo, possibleFrom, possibleTo}, dates
//   as 'YYYY-MM-DD' strings or null)
// Columns: written (count)
UNWIND $rows AS row
MATCH ()-[r]->()
WHERE elementId(r) = row.key
SET r.knownFrom = date(row.knownFrom), r.knownTo = date(row.knownTo),
  r.possibleFrom = date(row.possibleFrom), r.possibleTo = date(row.possibleTo)
RETURN count(r) AS written
