// export-constraints: (export) the database's constraints as the statements that create them, for the Cypher dump.
// Params: none
// Columns: name, createStatement
SHOW CONSTRAINTS YIELD name, createStatement
RETURN name, createStatement
ORDER BY name
