// A tiny export graph for the serializer unit tests: three groups with two parallel RIVAL_OF
// citations (one dated, one on an F-graded speaker's word), a denied, past OFFSHOOT_OF with no
// known span, an attack with a dated span and two claims (an integer and a float), a place, three
// sources, and strings with quotes, backslashes, markup and a line break. Its own ids: nothing
// here depends on the real seed. Properties go through the export's own fact-field step, as
// read-graph.ts does with what Neo4j returns.
import neo4j from 'neo4j-driver';
import { withFactFields, withTimeFields } from '../../api/src/export/fact-fields.ts';
import type { ExportGraph, ExportNode } from '../../api/src/export/graph-types.ts';
import { parseScope } from '../../api/src/export/scope.ts';

export const TRICKY = 'He said "it\'s <over> & done" \\ then\nleft — ٢٠٢١';

export function tinyGraph(query = ''): ExportGraph {
  const parsed = parseScope(new URLSearchParams(query), null);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  const date = (y: number, m: number, d: number) => new neo4j.types.Date(y, m, d);
  const entities: ExportNode[] = [
    {
      id: 'afghan-taliban',
      labels: ['Entity', 'Group'],
      properties: {
        id: 'afghan-taliban',
        name: 'Afghan Taliban',
        aliases: ['Taliban'],
        category: 'militant-group',
        knownFrom: date(2015, 1, 1),
        knownTo: date(2021, 8, 31),
      },
    },
    {
      id: 'islamic-state',
      labels: ['Entity', 'Group'],
      properties: {
        id: 'islamic-state',
        name: 'Islamic State',
        aliases: ['ISIS'],
        category: 'militant-group',
      },
    },
    {
      id: 'iskp',
      labels: ['Entity', 'Group'],
      properties: {
        id: 'iskp',
        name: 'Islamic State Khorasan Province',
        aliases: ['ISIS-K', 'ISKP', 'O\'Brien\'s "K"'],
        category: 'militant-group',
      },
    },
    {
      id: 'kabul',
      labels: ['Entity', 'Place'],
      properties: { id: 'kabul', name: 'Kabul', aliases: [], category: 'city' },
    },
    {
      id: 'kabul-airport-attack',
      labels: ['Entity', 'Event'],
      properties: {
        id: 'kabul-airport-attack',
        name: 'Kabul airport attack',
        aliases: ['airport attack'],
        category: 'attack',
        validFrom: date(2021, 8, 26),
        validFromPrecision: 'day',
        validTo: date(2021, 8, 26),
        validToPrecision: 'day',
        knownFrom: date(2021, 8, 26),
        knownTo: date(2021, 8, 26),
        possibleFrom: date(2021, 8, 26),
        possibleTo: date(2021, 8, 26),
      },
    },
  ];
  const claims: ExportNode[] = [
    {
      id: 'kabul-airport-attack--killed--doc-001',
      labels: ['Claim'],
      properties: {
        id: 'kabul-airport-attack--killed--doc-001',
        property: 'killed',
        value: neo4j.int(60),
        qualifier: 'at least',
        unit: 'people',
        refersTo: 'people killed',
        source: 'doc-001',
        quote: 'at least 60 people',
        stance: 'asserted',
        modality: 'actual',
        credibility: 'reported',
        reliability: 'C',
        knownFrom: date(2021, 8, 27),
        knownTo: date(2021, 8, 27),
      },
    },
    {
      id: 'kabul-airport-attack--killed--doc-003',
      labels: ['Claim'],
      properties: {
        id: 'kabul-airport-attack--killed--doc-003',
        property: 'killed',
        value: 170,
        unit: 'people',
        refersTo: 'people killed',
        asOf: date(2021, 8, 27),
        asOfPrecision: 'day',
        source: 'doc-003',
        quote: TRICKY,
        stance: 'asserted',
        modality: 'actual',
        credibility: 'alleged',
        reliability: 'C',
        knownFrom: date(2021, 8, 27),
        knownTo: date(2021, 8, 27),
      },
    },
  ];
  const relationships: ExportGraph['edges'] = [
    {
      id: 'iskp--claimed--kabul-airport-attack--doc-001',
      type: 'CLAIMED',
      source: 'iskp',
      target: 'kabul-airport-attack',
      properties: {
        id: 'iskp--claimed--kabul-airport-attack--doc-001',
        source: 'doc-001',
        quote: 'ISIS-K claimed the attack',
        stance: 'asserted',
        modality: 'actual',
        credibility: 'reported',
        reliability: 'C',
        knownFrom: date(2021, 8, 27),
        knownTo: date(2021, 8, 27),
      },
    },
    {
      id: 'iskp--rival-of--afghan-taliban--doc-001',
      type: 'RIVAL_OF',
      source: 'iskp',
      target: 'afghan-taliban',
      properties: {
        id: 'iskp--rival-of--afghan-taliban--doc-001',
        source: 'doc-001',
        quote: 'bitter rivals',
        stance: 'asserted',
        modality: 'actual',
        credibility: 'reported',
        reliability: 'B',
        validFrom: date(2015, 1, 1),
        validFromPrecision: 'year',
        validTo: date(2021, 8, 31),
        validToPrecision: 'month',
        knownFrom: date(2015, 1, 1),
        knownTo: date(2021, 8, 31),
        possibleFrom: date(2015, 1, 1),
        possibleTo: date(2021, 8, 31),
      },
    },
    {
      id: 'iskp--rival-of--afghan-taliban--doc-003',
      type: 'RIVAL_OF',
      source: 'iskp',
      target: 'afghan-taliban',
      properties: {
        id: 'iskp--rival-of--afghan-taliban--doc-003',
        source: 'doc-003',
        quote: TRICKY,
        stance: 'asserted',
        modality: 'actual',
        credibility: 'alleged',
        reliability: 'F',
        attributedTo: 'an Indian official',
        knownFrom: date(2021, 8, 1),
        knownTo: date(2021, 8, 31),
      },
    },
    {
      id: 'iskp--offshoot-of--islamic-state--doc-000',
      type: 'OFFSHOOT_OF',
      source: 'iskp',
      target: 'islamic-state',
      properties: {
        id: 'iskp--offshoot-of--islamic-state--doc-000',
        source: 'doc-000',
        quote: 'not, in that sense, an offshoot',
        stance: 'denied',
        modality: 'actual',
        credibility: 'reported',
        reliability: 'B',
        attributedTo: 'Anatol Lieven',
        tense: 'past',
        possibleTo: date(2021, 8, 31),
      },
    },
    {
      id: 'kabul-airport-attack--occurred-in--kabul--doc-001',
      type: 'OCCURRED_IN',
      source: 'kabul-airport-attack',
      target: 'kabul',
      properties: {
        id: 'kabul-airport-attack--occurred-in--kabul--doc-001',
        source: 'doc-001',
        quote: 'outside Kabul airport',
        stance: 'asserted',
        modality: 'actual',
        credibility: 'reported',
        reliability: 'C',
        knownFrom: date(2021, 8, 26),
        knownTo: date(2021, 8, 26),
      },
    },
  ];
  const hasClaims: ExportGraph['edges'] = [
    {
      id: 'kabul-airport-attack--has-claim--kabul-airport-attack--killed--doc-001',
      type: 'HAS_CLAIM',
      source: 'kabul-airport-attack',
      target: 'kabul-airport-attack--killed--doc-001',
      properties: {},
    },
    {
      id: 'kabul-airport-attack--has-claim--kabul-airport-attack--killed--doc-003',
      type: 'HAS_CLAIM',
      source: 'kabul-airport-attack',
      target: 'kabul-airport-attack--killed--doc-003',
      properties: {},
    },
  ];
  return {
    meta: { datasetVersion: '0.1.0+seed.test', exportedAt: '2026-11-21T06:00:00.000Z', scope: parsed.scope },
    nodes: [
      ...entities.map((n) => ({ ...n, properties: withTimeFields(n.properties) })),
      ...claims.map((n) => ({ ...n, properties: withFactFields(n.properties) })),
    ],
    edges: [...relationships.map((e) => ({ ...e, properties: withFactFields(e.properties) })), ...hasClaims],
    sources: [
      {
        id: 'doc-000',
        labels: ['Source'],
        properties: { id: 'doc-000', title: 'Interview with Anatol Lieven', kind: 'interview' },
      },
      {
        id: 'doc-001',
        labels: ['Source'],
        properties: {
          id: 'doc-001',
          title: 'What is ISIS-K?',
          publisher: 'Council',
          date: date(2021, 8, 27),
          datePrecision: 'day',
          speakers: ['Amira Jadoon', 'Andrew Mines'],
          file: '001_3aabd30c241e9eea.txt',
          kind: 'q-and-a',
        },
      },
      {
        id: 'doc-003',
        labels: ['Source'],
        properties: {
          id: 'doc-003',
          title: 'Isis-K: the jihadis',
          file: '003_9560ccf9f8c25f6d.txt',
          kind: 'article',
        },
      },
    ],
    schema: ['CREATE CONSTRAINT `entity_id` FOR (n:`Entity`) REQUIRE (n.`id`) IS UNIQUE'],
  };
}
