// How many statements an edge's citations are, from how many documents, and what they say: "2
// sources", "3 statements from 2 sources", "2 sources: 1 asserts, 1 denies". A bare count would
// read a denial, an aim or a "former" as one more source for the fact now (the first rule of
// cypher/README.md).
import type { Modality, Stance, Tense } from '../../core/model.ts';

interface Counted {
  stance: Stance;
  modality: Modality;
  tense?: Tense | null;
  source: { id: string };
}

/** Verb forms for one and for several speakers, in the order the summary lists them. */
const SAYINGS: { test: (c: Counted) => boolean; one: string; many: string }[] = [
  {
    test: (c) => c.stance === 'asserted' && c.modality === 'actual' && c.tense !== 'past',
    one: 'asserts',
    many: 'assert',
  },
  {
    test: (c) => c.stance === 'asserted' && c.modality === 'actual' && c.tense === 'past',
    one: 'says it no longer holds',
    many: 'say it no longer holds',
  },
  {
    test: (c) => c.stance === 'asserted' && c.modality === 'intended',
    one: 'states an aim',
    many: 'state an aim',
  },
  { test: (c) => c.stance === 'asserted' && c.modality === 'expected', one: 'expects it', many: 'expect it' },
  { test: (c) => c.stance === 'denied', one: 'denies', many: 'deny' },
  { test: (c) => c.stance === 'unclear', one: 'is unclear', many: 'are unclear' },
];

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export function citationCount(citations: readonly Counted[]): string {
  const sources = new Set(citations.map((c) => c.source.id)).size;
  const head =
    citations.length === sources
      ? plural(sources, 'source')
      : `${plural(citations.length, 'statement')} from ${plural(sources, 'source')}`;
  const parts = SAYINGS.map(({ test, one, many }) => {
    const n = citations.filter(test).length;
    return n === 0 ? '' : `${n} ${n === 1 ? one : many}`;
  }).filter(Boolean);
  // Only plain assertions: the count says it all.
  const plain = citations.every(SAYINGS[0]!.test);
  return plain ? head : `${head}: ${parts.join(', ')}`;
}
