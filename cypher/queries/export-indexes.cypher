// export-indexes: (export) the database's own indexes (not the token lookups, not those a
// constraint owns, not the loader's bookkeeping indexes: any index on gen) as the statements that
// create them, for the Cypher dump.
// Params: none
// Columns: name, createStatement
SHOW INDEXES YIELD name, type, owningConstraint, properties, createStatement
WHERE type <> 'LOOKUP' AND owningConstraint IS NULL AND NOT 'gen' IN properties
RETURN name, createStatement
ORDER BY name
