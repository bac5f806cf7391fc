// source-kept: the document filter on f (a relationship or a claim): no list keeps every
// document, a list the facts of the documents it names. Open form: open/source-kept.cypher.
// Params: $sources (document ids, or null)
// Args: f
($sources IS NULL OR f.source IN $sources)
