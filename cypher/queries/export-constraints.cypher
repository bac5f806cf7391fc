// export-constraints: (export) the database's constraints as the statements that create them, for
// the Cypher dump. The dump holds one graph without generations, so a constraint on (id, gen)
// (cypher/README.md "Loading") comes out as the one on id it stands for, and the :GraphState
// pointer's own constraint is left out.
// Params: none
// Columns: name, createStatement
SHOW CONSTRAINTS YIELD name, labelsOrTypes, properties, createStatement
WHERE NOT 'GraphState' IN labelsOrTypes
RETURN
  CASE WHEN properties = ['id', 'gen'] THEN replace(name, '_id_gen', '_id') ELSE name END AS name,
  CASE WHEN properties = ['id', 'gen']
    THEN 'CREATE CONSTRAINT `' + replace(name, '_id_gen', '_id') + '` FOR (n:`' + labelsOrTypes[0] +
      '`) REQUIRE (n.`id`) IS UNIQUE'
    ELSE createStatement
  END AS createStatement
ORDER BY name
