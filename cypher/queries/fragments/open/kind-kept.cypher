// kind-kept, open: spliced instead of ../kind-kept.cypher when $kinds holds every entity label
// and nothing else (cypher/db/open-filters.ts): the same test with the labels written out, which
// Neo4j reads from the node without building its list of labels. core/model.ts ENTITY_LABELS.
// Args: x
(x:Group OR x:Event OR x:Place)
