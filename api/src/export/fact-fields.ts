// The fields every exported relationship and claim carries in every format (docs/model-interfaces.md,
// "Exports"): the model's axes as stored, the STIX numbers of the two grades, and the honest-time
// spans. One list, so every format declares the same names, types and meanings.
import neo4j from 'neo4j-driver';
import {
  CREDIBILITY_LEVELS,
  CREDIBILITY_SCALE,
  MODALITIES,
  RELIABILITY_GRADES,
  RELIABILITY_SCALE,
  STANCES,
  TENSES,
  type Credibility,
  type Reliability,
} from '../../../core/model.ts';
import type { Properties } from './graph-types.ts';

export interface FactField {
  name: string;
  /** How the value is written: a word, a whole number, or a day YYYY-MM-DD. */
  type: 'string' | 'int' | 'date';
  meaning: string;
}

const credibilityNumbers = CREDIBILITY_LEVELS.map((c) => `${c} ${CREDIBILITY_SCALE[c].stix}`).join(', ');
const reliabilityNumbers = RELIABILITY_GRADES.map((r) => `${r} ${RELIABILITY_SCALE[r].stix ?? 'none'}`).join(
  ', ',
);

/** What the two numbers are, for every format's header or description. */
export const STIX_NOTE =
  "credibilityScore is the STIX 2.1 confidence (0-100) of the credibility word's Admiralty digit (STIX Appendix A); " +
  'STIX maps only that digit, so reliabilityScore, the same steps applied to the Admiralty reliability letter, ' +
  "is this project's extension, not STIX.";

/** The time rule in one sentence, for every format's header or description. */
export const TIME_NOTE =
  'knownFrom/knownTo: the span in which the document places the fact (empty when it places it at no date); ' +
  'possibleFrom/possibleTo: the span in which it may hold (an empty end is open).';

export const FACT_FIELDS: readonly FactField[] = [
  {
    name: 'stance',
    type: 'string',
    meaning: `${STANCES.join(', ')}: does the speaker say it is so (a denied fact is the speaker saying it is not)`,
  },
  {
    name: 'modality',
    type: 'string',
    meaning: `${MODALITIES.join(', ')}: a fact, an aim (aim, plan, threat, commitment) or a forecast`,
  },
  {
    name: 'credibility',
    type: 'string',
    meaning: `how the document hedges the statement, strongest first: ${CREDIBILITY_LEVELS.join(', ')}`,
  },
  {
    name: 'credibilityScore',
    type: 'int',
    meaning: `STIX 2.1 confidence of the credibility word via its Admiralty digit (${credibilityNumbers})`,
  },
  {
    name: 'reliability',
    type: 'string',
    meaning:
      'Admiralty source-reliability letter of the speaker, A (completely reliable) to F (cannot be judged)',
  },
  {
    name: 'reliabilityScore',
    type: 'int',
    meaning: `the reliability letter on the STIX steps (${reliabilityNumbers}): this project's extension, STIX maps only the credibility digit`,
  },
  {
    name: 'tense',
    type: 'string',
    meaning: `${TENSES.join(', ')}: holds at the document's date, or held and no longer does`,
  },
  {
    name: 'knownFrom',
    type: 'date',
    meaning: 'first day of the span in which the document places it (empty: at no date)',
  },
  { name: 'knownTo', type: 'date', meaning: 'last day of the span in which the document places it' },
  { name: 'possibleFrom', type: 'date', meaning: 'first day it may hold (empty: open)' },
  { name: 'possibleTo', type: 'date', meaning: 'last day it may hold (empty: open)' },
];

/** The time fields alone: an entity carries its own known and possible spans. */
export const TIME_FIELDS: readonly FactField[] = FACT_FIELDS.filter((f) => f.type === 'date');

export const FACT_FIELD_NAMES: readonly string[] = FACT_FIELDS.map((f) => f.name);

const int = (n: number | null | undefined) => (n === null || n === undefined ? null : neo4j.int(n));

/**
 * A stored relationship's or claim's properties with every fact field present: an absent tense is
 * `present` (cypher/README.md), the two scores come from the grades, an absent date is null.
 */
export function withFactFields(properties: Properties): Properties {
  const credibility = CREDIBILITY_SCALE[properties.credibility as Credibility] as
    (typeof CREDIBILITY_SCALE)[Credibility] | undefined;
  const reliability = RELIABILITY_SCALE[properties.reliability as Reliability] as
    (typeof RELIABILITY_SCALE)[Reliability] | undefined;
  return {
    ...withTimeFields(properties),
    stance: properties.stance ?? null,
    modality: properties.modality ?? null,
    credibility: properties.credibility ?? null,
    credibilityScore: int(credibility?.stix),
    reliability: properties.reliability ?? null,
    reliabilityScore: int(reliability?.stix),
    tense: properties.tense ?? 'present',
  };
}

/** An entity's properties with its four span dates present (null where it has none). */
export function withTimeFields(properties: Properties): Properties {
  const out: Properties = { ...properties };
  for (const { name } of TIME_FIELDS) out[name] = properties[name] ?? null;
  return out;
}
