// edge-groups: the tail of a subquery that turns the passing relationships r (from a to b) into
// drawn edges: one per (start, type, end), symmetric types merged both ways with the lower id
// first, id `<start>--<TYPE>--<end>`, citations in id order. The API derives each edge's
// stance, modality, credibility and disagreement from the citations.
// Params: $symmetricTypes (types drawn without direction), and those of citation
// Args: a, r, b
OPTIONAL MATCH (s:Source {id: r.source, gen: r.gen})
WITH a, r, b, s, type(r) AS t
ORDER BY r.id
WITH t, CASE WHEN t IN $symmetricTypes AND a.id > b.id THEN [b.id, a.id] ELSE [a.id, b.id] END AS ends,
  collect(@citation(r, s)) AS citations
ORDER BY t, ends[0], ends[1]
RETURN collect({id: ends[0] + '--' + t + '--' + ends[1], type: t, source: ends[0], target: ends[1], citations: citations}) AS edges
