// Suggestions for an id a row names but no seed file or entities sheet defines: first the entities
// whose name or alias is the text itself (case aside), then close spellings of ids, names and
// aliases. Only suggests: the import never picks one for the researcher.
import type { KnownEntity } from './known-graph.ts';

const MAX_SUGGESTIONS = 3;

/** "did you mean `iskp` (alias ISIS-K)?", or '' when nothing is close. */
export function suggestEntity(text: string, entities: Iterable<KnownEntity>): string {
  const wanted = text.trim().toLowerCase();
  const exact: string[] = [];
  const close: { d: number; hint: string; id: string }[] = [];
  for (const e of entities) {
    const names = [
      { kind: 'id', value: e.id },
      { kind: 'name', value: e.name },
      ...e.aliases.filter((a) => a !== e.name).map((value) => ({ kind: 'alias', value })),
    ];
    const same = names.find((n) => n.value.toLowerCase() === wanted);
    if (same) {
      exact.push(same.kind === 'id' ? `\`${e.id}\`` : `\`${e.id}\` (${same.kind} ${same.value})`);
      continue;
    }
    let best: { d: number; hint: string } | undefined;
    for (const n of names) {
      const d = distance(wanted, n.value.toLowerCase());
      if (d <= Math.max(2, Math.floor(n.value.length / 4)) && (best === undefined || d < best.d)) {
        best = { d, hint: n.kind === 'id' ? `\`${e.id}\`` : `\`${e.id}\` (${n.kind} ${n.value})` };
      }
    }
    if (best) close.push({ ...best, id: e.id });
  }
  const picks =
    exact.length > 0
      ? exact.sort()
      : close
          .sort((a, b) => a.d - b.d || a.id.localeCompare(b.id))
          .slice(0, MAX_SUGGESTIONS)
          .map((c) => c.hint);
  return picks.length === 0 ? '' : `did you mean ${picks.join(' or ')}?`;
}

/** Words of an allow-list close to `text`, for a mistyped type or enum value. */
export function suggestWord(text: string, words: readonly string[]): string {
  const wanted = text.toLowerCase();
  const picks = words
    .map((w) => ({ w, d: distance(wanted, w.toLowerCase()) }))
    .filter(({ w, d }) => d <= Math.max(2, Math.floor(w.length / 3)))
    .sort((a, b) => a.d - b.d || a.w.localeCompare(b.w))
    .slice(0, MAX_SUGGESTIONS)
    .map(({ w }) => w);
  return picks.length === 0 ? '' : `; did you mean ${picks.join(' or ')}?`;
}

/** Levenshtein distance. */
function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length]!;
}
