// Checks that one speaker keeps one reliability letter within one document: every fact with the
// same (source, attributedTo) — no attributedTo is the document's own voice — gives the same letter.
import { stringProp, type GraphIndex } from './graph-index.ts';
import type { Problem } from './problem.ts';

export function checkReliability(index: GraphIndex): Problem[] {
  const problems: Problem[] = [];
  const first = new Map<string, { letter: string; file: string; line: number }>();
  for (const s of [...index.relationships, ...index.claims]) {
    const source = stringProp(s.props, 'source');
    const letter = stringProp(s.props, 'reliability');
    if (source === undefined || letter === undefined) continue; // reported by check-provenance.ts
    const speaker = stringProp(s.props, 'attributedTo');
    const key = JSON.stringify([source, speaker ?? null]);
    const prior = first.get(key);
    if (prior === undefined) {
      first.set(key, { letter, file: s.file, line: s.line });
    } else if (prior.letter !== letter) {
      const who = speaker === undefined ? "the document's own voice" : `"${speaker}"`;
      problems.push({
        file: s.file,
        line: s.line,
        message:
          `reliability ${letter} for ${who} in ${source}, but ${prior.file}:${prior.line} gives ${prior.letter}; ` +
          'one speaker has one letter within one document',
      });
    }
  }
  return problems;
}
