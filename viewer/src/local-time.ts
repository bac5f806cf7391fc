// What holds at a chosen date, judged in the page for the entities and citations it holds, when it
// holds only part of a large graph: the same rule as the API's (core/time.ts timeStatus over the
// known and possible spans the loader derived), without asking the server for the whole graph at
// that date. Pure.
import { parsePeriod } from '../../core/dates.ts';
import { timeStatus, type FactTime } from '../../core/time.ts';
import type { Spans, TimeStatuses } from './types.ts';

const spans = (x: Spans): FactTime => ({
  knownFrom: x.knownFrom ?? null,
  knownTo: x.knownTo ?? null,
  possibleFrom: x.possibleFrom ?? null,
  possibleTo: x.possibleTo ?? null,
});

/** Statuses at `asOf` ("2014", "2021-08", "2021-08-26"); what lies outside is left out, as the API does. */
export function localTimeStatuses(
  nodes: readonly ({ id: string } & Spans)[],
  edges: readonly { citations: readonly ({ id: string } & Spans)[] }[],
  asOf: string,
): TimeStatuses {
  const period = parsePeriod(asOf);
  if (!period) throw new Error(`"${asOf}" is not a date: write 2014, 2021-08 or 2021-08-26`);
  const out: TimeStatuses = { nodes: new Map(), citations: new Map() };
  for (const n of nodes) {
    const s = timeStatus(spans(n), period);
    if (s !== 'outside') out.nodes.set(n.id, s);
  }
  for (const e of edges)
    for (const c of e.citations) {
      const s = timeStatus(spans(c), period);
      if (s !== 'outside') out.citations.set(c.id, s);
    }
  return out;
}
