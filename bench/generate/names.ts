// Seeded names for synthetic entities and speakers: a unique made-up word per entity index (so a
// search for a name finds one entity), and the aliases the documents will use for it.
import type { EntityLabel } from '../../core/model.ts';

// Syllables chosen so that no word built from them is one of the validator's rule words
// ("not", "will", "former", …); generate-plan.ts checks every sentence anyway.
const SYLLABLES = ['ka', 'zar', 'mun', 'tel', 'dosh', 'ri', 'bal', 'quen', 'sho', 'ta', 'mir', 'gul'];
const SYLLABLES_2 = ['han', 'pe', 'rod', 'vas', 'lum', 'sef', 'yab', 'ul', 'dan', 'kesh', 'bar', 'ot'];
/** The made-up word of index `i` (its syllables are the digits of i + offset): distinct per index. */
export function uniqueWord(i: number, offset: number): string {
  let n = i + offset;
  let word = '';
  for (let k = 0; n > 0 || k < 2; k++) {
    const table = k % 2 === 0 ? SYLLABLES : SYLLABLES_2;
    word += table[n % 12];
    n = Math.floor(n / 12);
  }
  return word.charAt(0).toUpperCase() + word.slice(1);
}

const GROUP_SUFFIX: Record<string, readonly string[]> = {
  'militant-group': ['Front', 'Brigade', 'Movement', 'Army', 'Jamaat'],
  'criminal-network': ['Network', 'Syndicate'],
  'state-force': ['Border Guard', 'Security Forces'],
  state: ['Republic', 'Emirate'],
  coalition: ['Coalition', 'Alliance'],
  donors: ['Donor Group'],
  'international-organisation': ['Mission', 'Observer Mission'],
};

const EVENT_NOUN: Record<string, string> = {
  attack: 'attack',
  'attempted-attack': 'attempted attack',
  surrender: 'surrender',
  deal: 'deal',
  offensive: 'offensive',
  airstrike: 'airstrike',
  'seizure-of-power': 'takeover',
  withdrawal: 'withdrawal',
  negotiation: 'talks',
  founding: 'founding',
};

const PLACE_SUFFIX: Record<string, string> = {
  region: ' Valley',
  country: '',
  province: ' Province',
  city: '',
  district: ' District',
  facility: ' Airbase',
};

/** The entity's name and, for some, a second name the documents use (`alias`). */
export function entityName(
  label: EntityLabel,
  category: string,
  word: string,
  pick: <T>(xs: readonly T[]) => T,
  withAlias: boolean,
): { name: string; alias?: string } {
  if (label === 'Group') {
    const name = `${word} ${pick(GROUP_SUFFIX[category]!)}`;
    // An acronym of three letters or more, as documents abbreviate group names.
    const acronym = `${word.slice(0, 2).toUpperCase()}${name
      .split(' ')
      .slice(1)
      .map((w) => w.charAt(0))
      .join('')}`;
    return withAlias ? { name, alias: acronym } : { name };
  }
  if (label === 'Place') {
    const name = `${word}${PLACE_SUFFIX[category]!}`;
    // Another transliteration: the first vowel doubled.
    return withAlias ? { name, alias: name.replace(/[aeiou]/, (v) => v + v) } : { name };
  }
  const name = `${word} ${EVENT_NOUN[category]!}`;
  return withAlias ? { name, alias: `Operation ${word}` } : { name };
}

/** A speaker's name for a document: a named analyst. */
export function analystName(i: number): string {
  return `${uniqueWord(i, 3)} ${uniqueWord(i + 7, 150)}`;
}
