// seed-create-sources: (seed loader) one :Source node per corpus document, from its metadata
// (corpus/<id>.json), in the generation being loaded. Sources live in the corpus, not in seed
// files, so a document's text and what the graph says of it stay together.
// Params: $gen (the generation being written), $sources (list of maps: id, title, publisher,
//   date (a Neo4j date), datePrecision, dateNote, speakers (list), kind, file, terms; absent
//   fields are null and not stored)
// Columns: created (count)
UNWIND $sources AS source
CREATE (s:Source)
SET s = source, s.gen = $gen
RETURN count(s) AS created
