// derive-read-dated-facts: (seed loader) what honest time is derived from (cypher/derive/derive-time.ts), in the
// generation being loaded: every relationship between entities and every claim with its bounds, tense, stance, modality and its
// :Source's date, and every entity with its own bounds. One row per fact or entity.
// Params: $gen (the generation being loaded), $types (the model's relationship types)
// Columns: kind ('relationship' | 'claim' | 'entity'), key (elementId), id, validFrom, validFromPrecision,
//   validTo, validToPrecision, tense, stance, modality, credibility, reliability, sourceId,
//   sourceDate, sourceDatePrecision, entities (ids of the entities the fact is about), event (an
//   :Event entity: it happens within its own bounds), name (an entity's name: its sort key)
MATCH (a:Entity)-[r]->(b:Entity)
WHERE a.gen = $gen AND type(r) IN $types
OPTIONAL MATCH (s:Source {id: r.source, gen: $gen})
RETURN 'relationship' AS kind, elementId(r) AS key, r.id AS id,
  r.validFrom AS validFrom, r.validFromPrecision AS validFromPrecision,
  r.validTo AS validTo, r.validToPrecision AS validToPrecision, r.tense AS tense,
  r.stance AS stance, r.modality AS modality, r.credibility AS credibility, r.reliability AS reliability,
  r.source AS sourceId, s.date AS sourceDate, s.datePrecision AS sourceDatePrecision,
  [a.id, b.id] AS entities, false AS event, null AS name
UNION ALL
MATCH (e:Entity)-[:HAS_CLAIM]->(c:Claim)
WHERE e.gen = $gen
OPTIONAL MATCH (s:Source {id: c.source, gen: $gen})
RETURN 'claim' AS kind, elementId(c) AS key, c.id AS id,
  c.validFrom AS validFrom, c.validFromPrecision AS validFromPrecision,
  c.validTo AS validTo, c.validToPrecision AS validToPrecision, c.tense AS tense,
  c.stance AS stance, c.modality AS modality, c.credibility AS credibility, c.reliability AS reliability,
  c.source AS sourceId, s.date AS sourceDate, s.datePrecision AS sourceDatePrecision,
  [e.id] AS entities, false AS event, null AS name
UNION ALL
MATCH (e:Entity)
WHERE e.gen = $gen
RETURN 'entity' AS kind, elementId(e) AS key, e.id AS id,
  e.validFrom AS validFrom, e.validFromPrecision AS validFromPrecision,
  e.validTo AS validTo, e.validToPrecision AS validToPrecision, e.tense AS tense,
  null AS stance, null AS modality, null AS credibility, null AS reliability,
  null AS sourceId, null AS sourceDate, null AS sourceDatePrecision, [] AS entities, e:Event AS event, e.name AS name
