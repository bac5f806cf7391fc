// Field resolvers of the object types and the enum mappings. They only read objects the root
// query already fetched (or compute from them): no resolver here talks to Neo4j.
import { claimText } from '../../../../core/claim-text.ts';
import { citationsDisagree } from '../../../../core/disagreement.ts';
import {
  CREDIBILITY_SCALE,
  ENTITY_LABELS,
  RELATIONSHIP_TYPES,
  RELIABILITY_SCALE,
  type Credibility,
  type Modality,
  type Reliability,
  type RelationshipType,
  type Stance,
} from '../../../../core/model.ts';
import type {
  ClaimRow,
  EdgeRow,
  EntityRefRow,
  EntityRow,
  RelationshipRow,
  StatsRow,
} from '../../../../cypher/db/types.ts';
import { factPredicate } from '../arguments.ts';
import { groupClaims } from '../claim-groups.ts';
import { edgeSummary } from '../../../../core/edge-summary.ts';

/** The entity label (Group, Event, Place) among a node's labels. */
export function entityKind(row: { labels: string[] }): string {
  const kind = ENTITY_LABELS.find((label) => row.labels.includes(label));
  if (!kind) throw new Error(`node has no entity label: ${row.labels.join(', ')}`);
  return kind;
}

const typeInfo = (row: { type: string }) => RELATIONSHIP_TYPES[row.type as RelationshipType];

interface Graded {
  credibility: string;
  reliability: string;
  tense: string | null;
}

/** The fields every relationship, citation and claim shares beyond what the row already names. */
const provenanceFields = {
  credibilityScore: (r: Graded) => CREDIBILITY_SCALE[r.credibility as Credibility].stix,
  reliabilityScore: (r: Graded) => RELIABILITY_SCALE[r.reliability as Reliability].stix,
  // An absent tense is the present: the document says it holds at its date (cypher/README.md).
  tense: (r: Graded) => r.tense ?? 'present',
};

interface FactArgs {
  minCredibility?: Credibility | null;
  stances?: Stance[] | null;
  modalities?: Modality[] | null;
}

export const typeFieldResolvers = {
  DatePrecision: { DAY: 'day', MONTH: 'month', YEAR: 'year' },
  EntityKind: { GROUP: 'Group', EVENT: 'Event', PLACE: 'Place' },
  Stance: { ASSERTED: 'asserted', DENIED: 'denied', UNCLEAR: 'unclear' },
  Modality: { ACTUAL: 'actual', INTENDED: 'intended', EXPECTED: 'expected' },
  Credibility: { REPORTED: 'reported', ESTIMATED: 'estimated', ALLEGED: 'alleged', SUSPECTED: 'suspected' },
  Tense: { PRESENT: 'present', PAST: 'past' },
  TimeStatus: { KNOWN: 'known', POSSIBLE: 'possible' },

  Entity: {
    kind: entityKind,
    aliases: (e: EntityRow) => e.aliases ?? [],
    degree: (e: EntityRow) => ({ ...e.degree, total: e.degree.inDegree + e.degree.outDegree }),
    claims: (e: EntityRow, args: FactArgs & { property?: string | null }) => {
      const keep = factPredicate(args, 'claims');
      return groupClaims(e.claims.filter((c) => (!args.property || c.property === args.property) && keep(c)));
    },
    relationships: (
      e: EntityRow,
      args: FactArgs & { types?: string[] | null; direction?: 'IN' | 'OUT' | 'BOTH' | null },
    ) => {
      const keep = factPredicate(args, 'relationships');
      return e.relationships.filter(
        (r) =>
          (!args.types || args.types.includes(r.type)) &&
          keep(r) &&
          (args.direction === 'OUT' ? r.from.id === e.id : args.direction === 'IN' ? r.to.id === e.id : true),
      );
    },
  },
  EntityRef: { kind: (e: EntityRefRow) => entityKind(e) },
  GraphNode: { kind: entityKind, aliases: (n: { aliases: string[] | null }) => n.aliases ?? [] },

  Relationship: {
    meaning: (r: RelationshipRow) => typeInfo(r).meaning,
    symmetric: (r: RelationshipRow) => typeInfo(r).symmetric,
    ...provenanceFields,
  },
  Citation: provenanceFields,
  GraphEdge: {
    meaning: (e: EdgeRow) => typeInfo(e).meaning,
    symmetric: (e: EdgeRow) => typeInfo(e).symmetric,
    stance: (e: EdgeRow) => edgeSummary(e.citations).stance,
    modality: (e: EdgeRow) => edgeSummary(e.citations).modality,
    credibility: (e: EdgeRow) => edgeSummary(e.citations).credibility,
    disagreement: (e: EdgeRow) => citationsDisagree(e.citations),
  },
  SourceRef: { speakers: (s: { speakers: string[] | null }) => s.speakers ?? [] },
  Source: {
    speakers: (s: { speakers: string[] | null }) => s.speakers ?? [],
    supports: (s: { relationships: RelationshipRow[]; claims: ClaimRow[] }) => ({
      relationships: s.relationships,
      claims: s.claims,
    }),
  },
  Claim: { display: (c: ClaimRow) => claimText(c), ...provenanceFields },
  GroupDegree: {
    group: (g: StatsRow['groupDegrees'][number]) => g.entity,
    total: (g: StatsRow['groupDegrees'][number]) => g.inDegree + g.outDegree,
  },
};
