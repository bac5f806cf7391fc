// list-paragraph-facts: for some paragraphs of one document, every relationship and every claim
// whose quote stands in each (the fact's `paragraph`), of any stance and modality: the document
// view lists what the document says, denials and aims included, each saying so.
// Fragments: current-generation, in-generation, relationship-row, claim-row
// Params: $source (source id), $paragraphs (list of integers: paragraph numbers), $windowStart,
//   $windowEnd, $includePossible (null, null, false: no window here)
// Columns: paragraph (integer), relationships (list of RelationshipRow), claims (list of ClaimRow);
//   one row per asked paragraph, none when the source is unknown
@current-generation
MATCH (s:Source {id: $source})
WHERE @in-generation(s)
UNWIND $paragraphs AS number
RETURN number AS paragraph,
  COLLECT {
    MATCH (a:Entity)-[r]->(b:Entity)
    WHERE r.source = s.id AND r.gen = s.gen AND r.paragraph = number
    RETURN @relationship-row(r, a, b, s) AS rel
    ORDER BY rel.id
  } AS relationships,
  COLLECT {
    MATCH (e:Entity)-[:HAS_CLAIM]->(c:Claim)
    WHERE c.source = s.id AND c.gen = s.gen AND c.paragraph = number
    RETURN @claim-row(c, e, s) AS claim
    ORDER BY claim.id
  } AS claims
