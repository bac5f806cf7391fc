// credibility-kept: the credibility filter on f (a relationship or a claim): how the document
// hedges it is one of the words kept. Open form: open/credibility-kept.cypher.
// Params: $credibilities (credibility words to keep)
// Args: f
f.credibility IN $credibilities
