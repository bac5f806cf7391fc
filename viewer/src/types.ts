// The viewer's own shapes for what the API returns: entities, drawn edges as the API groups them
// (one per (start, type, end), each with its citations: cypher/README.md), claims and sources.
// api-client.ts maps the GraphQL answers (upper-case enums) to these (the model's lower-case words).
import type {
  Credibility,
  DatePrecision,
  EntityLabel,
  Modality,
  RelationshipType,
  Reliability,
  Stance,
  Tense,
} from '../../core/model.ts';

export interface Bounds {
  validFrom?: string | null;
  validFromPrecision?: DatePrecision | null;
  validTo?: string | null;
  validToPrecision?: DatePrecision | null;
}

/** Where the documents place a fact (known) and where it may hold (possible); null bounds are open. */
export interface Spans {
  knownFrom?: string | null;
  knownTo?: string | null;
  possibleFrom?: string | null;
  possibleTo?: string | null;
}

/** Spans are sent only when the page judges time itself (a part of a large graph: local-time.ts). */
export interface Entity extends Bounds, Spans {
  id: string;
  name: string;
  aliases: string[];
  label: EntityLabel;
  category: string;
}

export interface SourceRef {
  id: string;
  title?: string | null;
  publisher?: string | null;
  date?: string | null;
  /** As the API sends it (`DAY`, `MONTH`, `YEAR`): a document dated only by its year shows "2021". */
  datePrecision?: string | null;
}

/** How a statement stands in its document: the model's axes (cypher/README.md). */
export interface Provenance {
  source: SourceRef;
  quote: string;
  /** The paragraph (line of the document's text) the quote stands in. */
  paragraph?: number | null;
  stance: Stance;
  modality: Modality;
  credibility: Credibility;
  reliability: Reliability;
  attributedTo?: string | null;
  tense?: Tense | null;
  note?: string | null;
}

/** One relationship in Neo4j: one source's statement about the (start, type, end) of its edge. */
export interface Citation extends Provenance, Bounds, Spans {
  id: string;
  role?: string | null;
}

/** One drawn edge as the API groups it, with the API's id and summary of its citations. */
export interface Edge {
  id: string;
  type: RelationshipType;
  symmetric: boolean;
  source: string;
  target: string;
  stance: Stance;
  modality: Modality;
  credibility: Credibility;
  /** The API's flag: one citation asserts what another denies. */
  disagreement: boolean;
  citations: Citation[];
}

export interface Subgraph {
  entities: Entity[];
  edges: Edge[];
}

export interface Claim extends Provenance {
  id: string;
  property: string;
  value?: number | null;
  valueDate?: string | null;
  valuePrecision?: DatePrecision | null;
  valueText?: string | null;
  qualifier?: string | null;
  unit?: string | null;
  refersTo?: string | null;
  asOf?: string | null;
  asOfPrecision?: DatePrecision | null;
}

/** The claims of one entity about one property, as the API groups them. */
export interface ClaimGroup {
  property: string;
  /** The API's flag: the documents stating this property disagree. */
  disagreement: boolean;
  claims: Claim[];
}

export interface EntityDetails extends Entity {
  claimGroups: ClaimGroup[];
}

export interface SearchHit {
  id: string;
  name: string;
  label: EntityLabel;
  category: string;
  /** The alias that matched, when it is not the name. */
  matched?: string | null;
  /** It matched only some of the words (the API's fallback when no entity matches them all). */
  someWords?: boolean;
}

/** For a chosen period: what the documents place in it (known) and what only may hold there. */
export interface TimeStatuses {
  nodes: Map<string, 'known' | 'possible'>;
  citations: Map<string, 'known' | 'possible'>;
}
