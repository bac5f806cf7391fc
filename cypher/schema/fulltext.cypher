// Full-text search over entity names: `entityNames` indexes `name` and every alias. Neo4j 5 full-text
// indexes take STRING and LIST<STRING> properties, so `aliases` is indexed as it is (no derived
// string). Query: CALL db.index.fulltext.queryNodes('entityNames', $query) YIELD node, score
CREATE FULLTEXT INDEX entityNames IF NOT EXISTS FOR (n:Entity) ON EACH [n.name, n.aliases];
