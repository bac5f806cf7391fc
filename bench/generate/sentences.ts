// How a synthetic document words each kind of fact: one clause per relationship type and mode
// (plain, since a year, past, denied, unclear, intended, expected), so that every quote says
// exactly what its fact records (stance, modality, tense, bounds) and nothing more.
import type { RelationshipType } from '../../core/model.ts';

type Clause = (a: string, b: string) => string;
type Since = (a: string, b: string, year: number) => string;

export interface TypeWording {
  plain: Clause;
  since?: Since;
  past?: Clause;
  intended?: Clause;
  expected?: Clause;
  role?: string;
  credibility?: 'suspected';
}

export const WORDING: Record<RelationshipType, TypeWording> = {
  DEFECTED_FROM: { plain: (a, b) => `members of ${a} defected from ${b}` },
  OFFSHOOT_OF: { plain: (a, b) => `${a} is an offshoot of ${b}` },
  AFFILIATE_OF: {
    plain: (a, b) => `${a} is an affiliate of ${b}`,
    since: (a, b, y) => `${a} has been an affiliate of ${b} since ${y}`,
    past: (a, b) => `${a} used to be an affiliate of ${b}`,
  },
  BRANCH_OF: { plain: (a, b) => `${a} is a regional branch of ${b}` },
  LINKED_TO: {
    plain: (a, b) => `${a} has links to ${b}`,
    past: (a, b) => `${a} used to have links to ${b}`,
  },
  RIVAL_OF: {
    plain: (a, b) => `${a} is a rival of ${b}`,
    since: (a, b, y) => `${a} has been a rival of ${b} since ${y}`,
  },
  CLASHED_WITH: {
    plain: (a, b) => `${a} clashed with ${b}`,
    expected: (a, b) => `${a} could soon clash with ${b}`,
  },
  TARGETED: {
    plain: (a, b) => `${a} attacked ${b}`,
    intended: (a, b) => `${a} aims to attack ${b}`,
  },
  COOPERATED_WITH: {
    plain: (a, b) => `${a} cooperated with ${b}`,
    since: (a, b, y) => `${a} has cooperated with ${b} since ${y}`,
    past: (a, b) => `${a} used to cooperate with ${b}`,
    expected: (a, b) => `${a} could cooperate with ${b}`,
  },
  FUNDED_BY: { plain: (a, b) => `${a} received money from ${b}` },
  NEGOTIATED_WITH: {
    plain: (a, b) => `${a} held talks with ${b}`,
    intended: (a, b) => `${a} plans to negotiate with ${b}`,
  },
  PUT_IN_CHARGE_OF: {
    plain: (a, b) => `${a} was put in charge of the security of ${b}`,
    past: (a, b) => `${a} used to be in charge of the security of ${b}`,
  },
  CLAIMED: { plain: (a, b) => `${a} claimed responsibility for the ${b}` },
  CARRIED_OUT: { plain: (a, b) => `${a} carried out the ${b}` },
  SUSPECTED_OF: { plain: (a, b) => `${a} is suspected of the ${b}`, credibility: 'suspected' },
  PARTY_TO: { plain: (a, b) => `${a} took part in the ${b}`, role: 'participant' },
  RESPONSE_TO: { plain: (a, b) => `the ${a} came in response to the ${b}` },
  LED_TO: { plain: (a, b) => `the ${a} led to the ${b}` },
  OPERATES_IN: {
    plain: (a, b) => `${a} operates in ${b}`,
    since: (a, b, y) => `${a} has operated in ${b} since ${y}`,
    past: (a, b) => `${a} used to operate in ${b}`,
    intended: (a, b) => `${a} aims to operate in ${b}`,
    expected: (a, b) => `${a} could expand into ${b}`,
  },
  BASED_IN: {
    plain: (a, b) => `${a} is based in ${b}`,
    since: (a, b, y) => `${a} has been based in ${b} since ${y}`,
    past: (a, b) => `${b} was formerly the base of ${a}`,
  },
  OCCURRED_IN: { plain: (a, b) => `the ${a} took place in ${b}` },
  PART_OF: { plain: (a, b) => `${a} lies within ${b}` },
  PARTLY_IN: { plain: (a, b) => `part of ${a} lies within ${b}` },
  DRAWS_MEMBERS_FROM: { plain: (a, b) => `${a} recruits members from ${b}` },
  COUNTERS: {
    plain: (a, b) => `${a} acts against ${b}`,
    intended: (a, b) => `${a} is committed to countering ${b}`,
  },
  CLAIMS_TERRITORY: {
    plain: (a, b) => `${a} claims ${b} as its province`,
    intended: (a, b) => `${a} aims to claim ${b} as its province`,
  },
};

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "on 12 March 2019", "in March 2019" or "in 2019" for an ISO day at a precision. */
export function spokenDate(iso: string, precision: 'day' | 'month' | 'year'): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  if (precision === 'year') return `in ${y}`;
  if (precision === 'month') return `in ${MONTHS[m - 1]} ${y}`;
  return `on ${d} ${MONTHS[m - 1]} ${y}`;
}

export const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
