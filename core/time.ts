// Honest time (cypher/README.md, "Honest time"): from the bounds a document gives, the tense it
// uses and the document's own date, the span in which the document places a fact (known) and the
// span in which it may hold (possible). The seed loader stores both on every fact and entity; the
// queries, the viewer's slider and the exports read them. The one home of the rule.
import { periodOf, spanOverlaps, type Period, type Span } from './dates.ts';
import type { DatePrecision, Tense } from './model.ts';

export interface DatedStatement {
  validFrom?: string | null;
  validFromPrecision?: DatePrecision | null;
  validTo?: string | null;
  validToPrecision?: DatePrecision | null;
  tense?: Tense | null;
}

export interface SourceDate {
  date: string;
  datePrecision: DatePrecision;
}

/** Known span: both null when the document places the fact at no date. Possible: null is open. */
export interface FactTime {
  knownFrom: string | null;
  knownTo: string | null;
  possibleFrom: string | null;
  possibleTo: string | null;
}

export type TimeStatus = 'known' | 'possible' | 'outside';

/** The known and possible spans of one fact, as cypher/README.md states the rule. */
export function factTime(fact: DatedStatement, source: SourceDate): FactTime {
  const doc = periodOf(source.date, source.datePrecision);
  const from = fact.validFrom ?? null;
  const to = fact.validTo ?? null;
  const fromPeriod = from ? periodOf(from, fact.validFromPrecision ?? 'day') : null;
  const toPeriod = to ? periodOf(to, fact.validToPrecision ?? 'day') : null;
  // A bound that ends before the document's date ended the fact, whatever the tense says.
  const ended = fact.tense === 'past' || (to !== null && to < doc.from);
  if (!ended) {
    const knownFrom = from ?? doc.from;
    const knownTo = to ?? doc.to;
    // A present fact that begins after its document's date is not placed by it at any date.
    if (knownFrom > knownTo) return { knownFrom: null, knownTo: null, possibleFrom: from, possibleTo: to };
    return { knownFrom, knownTo, possibleFrom: from, possibleTo: to };
  }
  // Past: known only within the bounds given; possible up to the end, or the document's date.
  let known: Period | null = null;
  if (from && to) known = { from, to };
  else if (fromPeriod) known = fromPeriod;
  else if (toPeriod) known = toPeriod;
  return {
    knownFrom: known?.from ?? null,
    knownTo: known?.to ?? null,
    possibleFrom: from,
    possibleTo: to ?? doc.to,
  };
}

/**
 * An entity's spans: its own bounds (backed by claims) where it has them; otherwise known over
 * the hull of the known spans of the facts that cite it (what the documents place at a date).
 * An event happens in its own bounds: one with only a start is known in the period that start
 * names, never stretched to the documents that speak of it later. An entity with only a start
 * existed at least in the period it names, even when no fact places it later.
 */
export function entityTime(
  entity: DatedStatement & { event?: boolean },
  facts: readonly FactTime[],
): FactTime {
  if (entity.event && entity.validFrom) {
    const start = periodOf(entity.validFrom, entity.validFromPrecision ?? 'day');
    const to = entity.validTo ?? start.to;
    return { knownFrom: start.from, knownTo: to, possibleFrom: start.from, possibleTo: to };
  }
  const knownFroms = facts.map((f) => f.knownFrom).filter((d): d is string => d !== null);
  const knownTos = facts.map((f) => f.knownTo).filter((d): d is string => d !== null);
  const from = entity.validFrom ?? null;
  const to = entity.validTo ?? null;
  const knownFrom = from ?? (knownFroms.length > 0 ? knownFroms.reduce((a, b) => (a < b ? a : b)) : null);
  const latestFact = knownTos.length > 0 ? knownTos.reduce((a, b) => (a > b ? a : b)) : null;
  const ownStartEnd = from ? periodOf(from, entity.validFromPrecision ?? 'day').to : null;
  const knownTo =
    to ??
    (latestFact !== null && (ownStartEnd === null || latestFact > ownStartEnd) ? latestFact : ownStartEnd);
  const placed = knownFrom !== null && knownTo !== null && knownFrom <= knownTo;
  return {
    knownFrom: placed ? knownFrom : null,
    knownTo: placed ? knownTo : null,
    possibleFrom: from,
    possibleTo: to ?? (entity.tense === 'past' ? knownTo : null),
  };
}

/** Whether a fact is known to hold in the period, only may hold there, or cannot. */
export function timeStatus(time: FactTime, period: Period): TimeStatus {
  const known: Span = { from: time.knownFrom, to: time.knownTo };
  if (time.knownFrom !== null && time.knownTo !== null && spanOverlaps(known, period)) return 'known';
  if (spanOverlaps({ from: time.possibleFrom, to: time.possibleTo }, period)) return 'possible';
  return 'outside';
}
