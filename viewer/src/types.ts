// The viewer's own shapes for what the API returns: entities, one citation per relationship
// (cypher/README.md: one relationship per source), claims and sources. api-client.ts maps to these.
import type { Confidence, DatePrecision, EntityLabel, RelationshipType } from '../../core/model.ts';

export interface Entity {
  id: string;
  name: string;
  aliases: string[];
  label: EntityLabel;
  category: string;
  validFrom?: string | null;
  validFromPrecision?: DatePrecision | null;
  validTo?: string | null;
  validToPrecision?: DatePrecision | null;
}

export interface SourceRef {
  id: string;
  title?: string | null;
  publisher?: string | null;
  date?: string | null;
  /** As the API sends it (`DAY`, `MONTH`, `YEAR`): a document dated only by its year shows "2021". */
  datePrecision?: string | null;
}

/** One relationship in Neo4j: one source's assertion about (start, type, end). */
export interface Citation {
  id: string;
  type: RelationshipType;
  start: string;
  end: string;
  source: SourceRef;
  quote: string;
  confidence: Confidence;
  attributedTo?: string | null;
  validFrom?: string | null;
  validFromPrecision?: DatePrecision | null;
  validTo?: string | null;
  validToPrecision?: DatePrecision | null;
  note?: string | null;
  role?: string | null;
}

export interface Subgraph {
  entities: Entity[];
  citations: Citation[];
}

export interface Claim {
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
  source: SourceRef;
  quote: string;
  confidence: Confidence;
  attributedTo?: string | null;
  note?: string | null;
  /** The API's flag: documents stating this property give different figures. */
  disagreement?: boolean;
}

export interface EntityDetails extends Entity {
  claims: Claim[];
}

export interface SearchHit {
  id: string;
  name: string;
  label: EntityLabel;
  category: string;
  /** The alias that matched, when it is not the name. */
  matched?: string | null;
}
