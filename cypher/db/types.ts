// Plain shapes of what the read queries return (after toPlain): the objects resolvers read.
// Property names follow cypher/README.md; optional properties arrive as null.

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

export interface CitationRow extends TimeBounds {
  id: string;
  quote: string;
  confidence: string;
  attributedTo: string | null;
  note: string | null;
  role: string | null;
  source: SourceRow | null;
}

export interface RelationshipRow extends CitationRow {
  type: string;
  from: EntityRefRow;
  to: EntityRefRow;
}

export interface ClaimRow {
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
  quote: string;
  confidence: string;
  attributedTo: string | null;
  note: string | null;
  subject: EntityRefRow;
  source: SourceRow | null;
}

export interface EntityRow extends EntityRefRow, TimeBounds {
  aliases: string[] | null;
  degree: { inDegree: number; outDegree: number };
  /** Empty when the request did not select claims (the query skipped them). */
  claims: ClaimRow[];
  /** Empty when the request did not select relationships (the query skipped them). */
  relationships: RelationshipRow[];
}

export interface NodeRow extends EntityRefRow, TimeBounds {
  aliases: string[] | null;
  depth?: number | null;
}

export interface EdgeRow {
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
