// The graph model's allow-lists, shared by the validator, the seed loader, the API, the viewer
// and the exports. cypher/README.md explains each entry; change both together.

export const ENTITY_LABELS = ['Group', 'Event', 'Place'] as const;
export type EntityLabel = (typeof ENTITY_LABELS)[number];

/** Every node label that may appear in a seed file. */
export const NODE_LABELS = ['Entity', ...ENTITY_LABELS, 'Source', 'Claim'] as const;
export type NodeLabel = (typeof NODE_LABELS)[number];

export const CATEGORIES: Record<EntityLabel, readonly string[]> = {
  Group: [
    'militant-group',
    'criminal-network',
    'state-force',
    'state',
    'coalition',
    'donors',
    'international-organisation',
  ],
  Event: [
    'attack',
    'attempted-attack',
    'surrender',
    'deal',
    'offensive',
    'airstrike',
    'seizure-of-power',
    'withdrawal',
    'negotiation',
    'founding',
  ],
  Place: ['region', 'country', 'province', 'city', 'district', 'facility'],
};

export interface RelationshipTypeInfo {
  /** Labels allowed at the start and at the end of the relationship. */
  from: readonly EntityLabel[];
  to: readonly EntityLabel[];
  /** Stored in one direction but meaning the same both ways: drawn without an arrow. */
  symmetric: boolean;
  /** One line for legends, GraphQL descriptions and export headers. */
  meaning: string;
}

const G = ['Group'] as const;
const E = ['Event'] as const;
const P = ['Place'] as const;

export const RELATIONSHIP_TYPES = {
  DEFECTED_FROM: {
    from: G,
    to: G,
    symmetric: false,
    meaning: 'members of the start group came from (defected from) the end group',
  },
  OFFSHOOT_OF: {
    from: G,
    to: G,
    symmetric: false,
    meaning: 'the start group split off from or grew out of the end group',
  },
  AFFILIATE_OF: {
    from: G,
    to: G,
    symmetric: false,
    meaning: 'the start group is an affiliate (branch, province) of the end group',
  },
  BRANCH_OF: {
    from: G,
    to: G,
    symmetric: false,
    meaning: 'the start group is a regional branch of the end group',
  },
  LINKED_TO: {
    from: G,
    to: G,
    symmetric: true,
    meaning: 'ties the document calls links, without saying more',
  },
  RIVAL_OF: { from: G, to: G, symmetric: true, meaning: 'rivals or enemies' },
  CLASHED_WITH: {
    from: G,
    to: G,
    symmetric: true,
    meaning: 'fought, battled or ran operations against each other',
  },
  TARGETED: {
    from: ['Group', 'Event'],
    to: ['Group', 'Place', 'Event'],
    symmetric: false,
    meaning: 'the start attacked or aimed at the end',
  },
  COOPERATED_WITH: { from: G, to: G, symmetric: true, meaning: 'worked together, de facto or formally' },
  FUNDED_BY: {
    from: G,
    to: G,
    symmetric: false,
    meaning: 'the start group received money from the end group',
  },
  NEGOTIATED_WITH: { from: G, to: G, symmetric: true, meaning: 'held negotiations' },
  PUT_IN_CHARGE_OF: {
    from: G,
    to: P,
    symmetric: false,
    meaning: 'the group was put in charge of (the security of) the place',
  },
  CLAIMED: { from: G, to: E, symmetric: false, meaning: 'the group claimed responsibility for the event' },
  CARRIED_OUT: {
    from: G,
    to: E,
    symmetric: false,
    meaning: 'the document says the group carried out the event',
  },
  SUSPECTED_OF: {
    from: G,
    to: E,
    symmetric: false,
    meaning: 'the document says the group is suspected of the event',
  },
  PARTY_TO: { from: G, to: E, symmetric: false, meaning: 'took part in the event (role says how)' },
  RESPONSE_TO: { from: E, to: E, symmetric: false, meaning: 'the start event answered the end event' },
  LED_TO: { from: E, to: E, symmetric: false, meaning: 'the start event led to the end event' },
  OPERATES_IN: {
    from: G,
    to: P,
    symmetric: false,
    meaning: 'the group operates, holds or held territory in the place',
  },
  BASED_IN: { from: G, to: P, symmetric: false, meaning: 'the group is based in or comes from the place' },
  OCCURRED_IN: { from: E, to: P, symmetric: false, meaning: 'where the event happened' },
  PART_OF: { from: P, to: P, symmetric: false, meaning: 'the start place lies within the end place' },
} as const satisfies Record<string, RelationshipTypeInfo>;

export type RelationshipType = keyof typeof RELATIONSHIP_TYPES;
export const RELATIONSHIP_TYPE_NAMES = Object.keys(RELATIONSHIP_TYPES) as RelationshipType[];

/** Structural relationship from an entity to one of its claims; carries no provenance itself. */
export const CLAIM_RELATIONSHIP = 'HAS_CLAIM';

/** Strongest first. `minConfidence: X` keeps X and every level before it. */
export const CONFIDENCE_LEVELS = ['reported', 'alleged', 'suspected', 'disputed'] as const;
export type Confidence = (typeof CONFIDENCE_LEVELS)[number];

/** The confidence words at or above `min`, for a Cypher `IN $confidences` filter. */
export function confidencesAtLeast(min: Confidence): Confidence[] {
  return CONFIDENCE_LEVELS.slice(0, CONFIDENCE_LEVELS.indexOf(min) + 1);
}

export const DATE_PRECISIONS = ['day', 'month', 'year'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

export const CLAIM_PROPERTIES = [
  'killed',
  'fighters',
  'outside-funding',
  'funding-received',
  'surrendered',
  'leaders-killed',
  'emirs-killed',
  'validFrom',
  'validTo',
] as const;
export type ClaimProperty = (typeof CLAIM_PROPERTIES)[number];

/** Properties every provenance-carrying relationship and claim must have. */
export const REQUIRED_PROVENANCE = ['id', 'source', 'quote', 'confidence'] as const;

/** `kind` of a `:Source` document. */
export const SOURCE_KINDS = ['interview', 'q-and-a', 'radio-interview', 'article'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/** `qualifier` of a `:Claim`: how exact the figure is, in the document's words. */
export const CLAIM_QUALIFIERS = ['at least', 'more than', 'about', 'just', 'exactly'] as const;
export type ClaimQualifier = (typeof CLAIM_QUALIFIERS)[number];
