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
    meaning: "the start attacked the end (with modality 'intended': means to attack it)",
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
    meaning: "the group operates or holds territory in the place (held before: tense 'past')",
  },
  BASED_IN: { from: G, to: P, symmetric: false, meaning: 'the group is based in or comes from the place' },
  OCCURRED_IN: { from: E, to: P, symmetric: false, meaning: 'where the event happened' },
  PART_OF: { from: P, to: P, symmetric: false, meaning: 'the start place lies within the end place' },
  PARTLY_IN: {
    from: P,
    to: P,
    symmetric: false,
    meaning: 'part of the start place lies within the end place ("parts of")',
  },
  DRAWS_MEMBERS_FROM: {
    from: G,
    to: ['Group', 'Place'],
    symmetric: false,
    meaning:
      "the start group's members or recruits came from the end, without the document saying they defected",
  },
  COUNTERS: {
    from: G,
    to: G,
    symmetric: false,
    meaning:
      'the start acts against the end (prevents, restrains, tracks it) without the document saying they fought',
  },
  CLAIMS_TERRITORY: {
    from: G,
    to: P,
    symmetric: false,
    meaning: 'the group claims the place as its own territory (its province, its caliphate)',
  },
} as const satisfies Record<string, RelationshipTypeInfo>;

export type RelationshipType = keyof typeof RELATIONSHIP_TYPES;
export const RELATIONSHIP_TYPE_NAMES = Object.keys(RELATIONSHIP_TYPES) as RelationshipType[];

/** Structural relationship from an entity to one of its claims; carries no provenance itself. */
export const CLAIM_RELATIONSHIP = 'HAS_CLAIM';

/** Does the speaker say it is so (cypher/README.md, "Stance")? Denied facts are kept, never drawn as holding. */
export const STANCES = ['asserted', 'denied', 'unclear'] as const;
export type Stance = (typeof STANCES)[number];

/** Is it a fact, an aim (aim, plan, threat, interest, commitment) or a forecast? */
export const MODALITIES = ['actual', 'intended', 'expected'] as const;
export type Modality = (typeof MODALITIES)[number];

/**
 * What holds, by default, everywhere a fact could be drawn, traversed, counted or exported as if
 * it held (GraphQL's lists, lineage, paths, neighbourhoods and subgraphs; the export's scope):
 * asserted, actual facts. Denials, aims and forecasts come only when asked for, marked as such.
 */
export const DEFAULT_STANCES: readonly Stance[] = ['asserted'];
export const DEFAULT_MODALITIES: readonly Modality[] = ['actual'];

/** How the document hedges the statement; strongest first. `minCredibility: X` keeps X and those before it. */
export const CREDIBILITY_LEVELS = ['reported', 'estimated', 'alleged', 'suspected'] as const;
export type Credibility = (typeof CREDIBILITY_LEVELS)[number];

/** Each credibility word's Admiralty information-credibility digit and STIX 2.1 confidence (Appendix A). */
export const CREDIBILITY_SCALE: Record<Credibility, { admiralty: number; stix: number; meaning: string }> = {
  reported: { admiralty: 2, stix: 70, meaning: 'the speaker states it as fact' },
  estimated: { admiralty: 3, stix: 50, meaning: 'the speaker gives it as an estimate or belief' },
  alleged: { admiralty: 3, stix: 50, meaning: "the speaker passes on others' words without endorsing them" },
  suspected: { admiralty: 4, stix: 30, meaning: 'the speaker calls it suspected, possible or likely' },
};

/** The credibility words at or above `min`, for a Cypher `IN $credibilities` filter. */
export function credibilitiesAtLeast(min: Credibility): Credibility[] {
  return CREDIBILITY_LEVELS.slice(0, CREDIBILITY_LEVELS.indexOf(min) + 1);
}

/** How reliable the speaker is: the Admiralty source-reliability letter. */
export const RELIABILITY_GRADES = ['A', 'B', 'C', 'D', 'E', 'F'] as const;
export type Reliability = (typeof RELIABILITY_GRADES)[number];

/** Each letter's meaning and STIX number (our extension: STIX maps only the credibility digit; F has none). */
export const RELIABILITY_SCALE: Record<Reliability, { stix: number | null; meaning: string }> = {
  A: { stix: 90, meaning: 'completely reliable' },
  B: { stix: 70, meaning: 'usually reliable' },
  C: { stix: 50, meaning: 'fairly reliable' },
  D: { stix: 30, meaning: 'not usually reliable' },
  E: { stix: 10, meaning: 'unreliable' },
  F: { stix: null, meaning: 'reliability cannot be judged' },
};

/** `present` (default): holds at the document's date; `past`: held, and no longer does. */
export const TENSES = ['present', 'past'] as const;
export type Tense = (typeof TENSES)[number];

/** The validator's wording rules that a fact may override with `override: '<rule>: <reason>'`. */
export const WORDING_RULES = ['intent-words', 'denial-words', 'parts-of', 'former'] as const;
export type WordingRule = (typeof WORDING_RULES)[number];

/** Lineage (who came from whom) follows these types: a group's origins and its descendants. */
export const LINEAGE_TYPES = [
  'DEFECTED_FROM',
  'OFFSHOOT_OF',
  'AFFILIATE_OF',
  'BRANCH_OF',
  'DRAWS_MEMBERS_FROM',
] as const;

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
  'attack-method',
  'funding-method',
  'recruitment-method',
] as const;
export type ClaimProperty = (typeof CLAIM_PROPERTIES)[number];

/** Claim properties that are attributes in words (`valueText`, no number and no unit). */
export const ATTRIBUTE_CLAIM_PROPERTIES: readonly ClaimProperty[] = [
  'attack-method',
  'funding-method',
  'recruitment-method',
];

/** Properties every provenance-carrying relationship and claim must have. */
export const REQUIRED_PROVENANCE = [
  'id',
  'source',
  'quote',
  'stance',
  'modality',
  'credibility',
  'reliability',
] as const;

/** Derived at load from the bounds, the tense and the source's date (core/time.ts); never in seed files. */
export const DERIVED_TIME_PROPERTIES = ['knownFrom', 'knownTo', 'possibleFrom', 'possibleTo'] as const;

/** `kind` of a `:Source` document. */
export const SOURCE_KINDS = ['interview', 'q-and-a', 'radio-interview', 'article'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/** `qualifier` of a `:Claim`: how exact the figure is, in the document's words. */
export const CLAIM_QUALIFIERS = ['at least', 'more than', 'about', 'just', 'exactly'] as const;
export type ClaimQualifier = (typeof CLAIM_QUALIFIERS)[number];

/**
 * An entity's sort key, stored at load as `nameKey` (both load paths) and read through the
 * (gen, nameKey, id) index: the entity lists' order (case-insensitive name, then id) and their
 * cursors. Bookkeeping like `gen`: never in seed files, exports or the API's answers.
 */
export const NAME_KEY = 'nameKey';

export function nameKey(name: string): string {
  return name.toLowerCase();
}
