// export-indexes: (export) the database's own indexes (not the token lookups, not those a constraint owns) as the
// statements that create them, for the Cypher dump.
// Params: none
// Columns: name, createStatement
SHOW INDEXES YIELD name, type, owningConstraint, createStatement
WHERE type <> 'LOOKUP' AND owningConstraint IS NULL
RETURN name, createStatement
ORDER BY name
