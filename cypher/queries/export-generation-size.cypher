// export-generation-size: (export) how many nodes the pinned generation holds. A load deletes an
// old generation node by node (DETACH DELETE, generation-delete), never adds to it, so the same
// number at the start and at the end of an export means the export read the whole generation and
// nothing of it was deleted meanwhile.
// Fragments: snapshot-generation, in-generation
// Params: $gen (the generation the export pinned)
// Columns: nodes
@snapshot-generation
CALL (gen) { MATCH (n:Entity) WHERE @in-generation(n) RETURN count(n) AS entities }
CALL (gen) { MATCH (n:Claim) WHERE @in-generation(n) RETURN count(n) AS claims }
CALL (gen) { MATCH (n:Source) WHERE @in-generation(n) RETURN count(n) AS sources }
RETURN entities + claims + sources AS nodes
