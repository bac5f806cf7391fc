// Plain shapes of what the read queries return (after toPlain): the objects resolvers read.
// Property names follow cypher/README.md and docs/model-interfaces.md; optional properties
// arrive as null, dates as 'YYYY-MM-DD' strings.
import type { Credibility, Modality, Reliability, Stance, Tense } from '../../core/model.ts';

export interface SourceRow {
  id: string;
  title: string;
  publisher: string | null;
  date: string | null;
  datePrecision: string | null;
  dateNote: string | null;
  speakers: string[] | null;
  file: string | null;
  kind: string | null;
}

export interface EntityRefRow {
  id: string;
  name: string;
  category: string | null;
  labels: string[];
}

export interface TimeBounds {
  validFrom: string | null;
  validFromPrecision: string | null;
  validTo: string | null;
  validToPrecision: string | null;
}

/**
 * The spans the seed loader derived with core/time.ts (null known span: placed at no date; null
 * possible bound: open), and where the row stands in the request's window: 'known', 'possible',
 * or null when the request gave no window (or, in an entity's own lists of claims and
 * relationships, which no filter thins, when the row lies outside the window).
 */
export interface HonestTime {
  knownFrom: string | null;
  knownTo: string | null;
  possibleFrom: string | null;
  possibleTo: string | null;
  timeStatus: 'known' | 'possible' | null;
}

/** What a speaker says about a fact and how: the provenance every relationship and claim has. */
export interface Provenance extends TimeBounds, HonestTime {
  quote: string;
  /** The line of the document's text file the quote stands on, from 1 (core/paragraphs.ts). */
  paragraph: number;
  stance: Stance;
  modality: Modality;
  credibility: Credibility;
  reliability: Reliability;
  attributedTo: string | null;
  /** null stands for 'present' (the default the seed files leave out). */
  tense: Tense | null;
  note: string | null;
  source: SourceRow | null;
}

export interface CitationRow extends Provenance {
  id: string;
  role: string | null;
}

export interface RelationshipRow extends CitationRow {
  type: string;
  from: EntityRefRow;
  to: EntityRefRow;
}

export interface ClaimRow extends Provenance {
  id: string;
  property: string;
  value: number | null;
  valueDate: string | null;
  valuePrecision: string | null;
  valueText: string | null;
  qualifier: string | null;
  unit: string | null;
  refersTo: string | null;
  asOf: string | null;
  asOfPrecision: string | null;
  subject: EntityRefRow;
}

export interface EntityRow extends EntityRefRow, TimeBounds, HonestTime {
  aliases: string[] | null;
  degree: { inDegree: number; outDegree: number };
  /** Empty when the request did not select claims (the query skipped them). */
  claims: ClaimRow[];
  /** Empty when the request did not select relationships (the query skipped them). */
  relationships: RelationshipRow[];
}

export interface NodeRow extends EntityRefRow, TimeBounds, HonestTime {
  aliases: string[] | null;
  depth?: number | null;
}

/**
 * One drawn edge: the citations of one (start, type, end), symmetric types merged both ways.
 * Its stance, modality, credibility and disagreement the API derives from the citations.
 */
export interface EdgeRow {
  /** `<start>--<TYPE>--<end>` */
  id: string;
  type: string;
  source: string;
  target: string;
  citations: CitationRow[];
}

export interface SubgraphRow {
  nodes: NodeRow[];
  edges: EdgeRow[];
}

export interface SourceDetailRow extends SourceRow {
  relationshipCount: number;
  claimCount: number;
  relationships: RelationshipRow[];
  claims: ClaimRow[];
}

export interface Page<T> {
  totalCount: number;
  hasNextPage: boolean;
  items: T[];
}

export interface StatsRow {
  labels: { label: string; count: number }[];
  relationshipTypes: { type: string; count: number }[];
  groupDegrees: { entity: EntityRefRow; inDegree: number; outDegree: number; neighbours: number }[];
}
