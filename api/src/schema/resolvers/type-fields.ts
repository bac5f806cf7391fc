// Field resolvers of the object types and the enum mappings. They only read objects the root
// query already fetched (or compute from them): no resolver here talks to Neo4j.
import {
  CONFIDENCE_LEVELS,
  ENTITY_LABELS,
  RELATIONSHIP_TYPES,
  confidencesAtLeast,
  type Confidence,
  type RelationshipType,
} from '../../../../core/model.ts';
import type {
  CitationRow,
  ClaimRow,
  EdgeRow,
  EntityRefRow,
  EntityRow,
  RelationshipRow,
  StatsRow,
} from '../../../../cypher/db/types.ts';
import { displayClaim, groupClaims } from '../claim-groups.ts';

/** The entity label (Group, Event, Place) among a node's labels. */
export function entityKind(row: { labels: string[] }): string {
  const kind = ENTITY_LABELS.find((label) => row.labels.includes(label));
  if (!kind) throw new Error(`node has no entity label: ${row.labels.join(', ')}`);
  return kind;
}

function strongest(citations: CitationRow[]): string {
  let best: number = CONFIDENCE_LEVELS.length - 1;
  for (const c of citations) {
    const i = CONFIDENCE_LEVELS.indexOf(c.confidence as (typeof CONFIDENCE_LEVELS)[number]);
    if (i >= 0 && i < best) best = i;
  }
  return CONFIDENCE_LEVELS[best] as string;
}

const typeInfo = (row: { type: string }) => RELATIONSHIP_TYPES[row.type as RelationshipType];

export const typeFieldResolvers = {
  Confidence: { REPORTED: 'reported', ALLEGED: 'alleged', SUSPECTED: 'suspected', DISPUTED: 'disputed' },
  DatePrecision: { DAY: 'day', MONTH: 'month', YEAR: 'year' },
  EntityKind: { GROUP: 'Group', EVENT: 'Event', PLACE: 'Place' },

  Entity: {
    kind: entityKind,
    aliases: (e: EntityRow) => e.aliases ?? [],
    degree: (e: EntityRow) => ({ ...e.degree, total: e.degree.inDegree + e.degree.outDegree }),
    claims: (e: EntityRow, args: { property?: string | null }) =>
      groupClaims(args.property ? e.claims.filter((c) => c.property === args.property) : e.claims),
    relationships: (
      e: EntityRow,
      args: {
        types?: string[] | null;
        direction?: 'IN' | 'OUT' | 'BOTH' | null;
        minConfidence?: Confidence | null;
      },
    ) => {
      const confidences: string[] = args.minConfidence
        ? confidencesAtLeast(args.minConfidence)
        : [...CONFIDENCE_LEVELS];
      return e.relationships.filter(
        (r) =>
          (!args.types || args.types.includes(r.type)) &&
          confidences.includes(r.confidence) &&
          (args.direction === 'OUT' ? r.from.id === e.id : args.direction === 'IN' ? r.to.id === e.id : true),
      );
    },
  },
  EntityRef: { kind: (e: EntityRefRow) => entityKind(e) },
  GraphNode: { kind: entityKind, aliases: (n: { aliases: string[] | null }) => n.aliases ?? [] },

  Relationship: {
    meaning: (r: RelationshipRow) => typeInfo(r).meaning,
    symmetric: (r: RelationshipRow) => typeInfo(r).symmetric,
  },
  GraphEdge: {
    meaning: (e: EdgeRow) => typeInfo(e).meaning,
    symmetric: (e: EdgeRow) => typeInfo(e).symmetric,
    confidence: (e: EdgeRow) => strongest(e.citations),
  },
  SourceRef: { speakers: (s: { speakers: string[] | null }) => s.speakers ?? [] },
  Source: {
    speakers: (s: { speakers: string[] | null }) => s.speakers ?? [],
    supports: (s: { relationships: RelationshipRow[]; claims: ClaimRow[] }) => ({
      relationships: s.relationships,
      claims: s.claims,
    }),
  },
  Claim: { display: displayClaim },
  GroupDegree: {
    group: (g: StatsRow['groupDegrees'][number]) => g.entity,
    total: (g: StatsRow['groupDegrees'][number]) => g.inDegree + g.outDegree,
  },
};
