// Honest time on the bulk path, without reading the graph back: the known and possible spans of
// every fact and entity computed with core/time.ts from the parsed seed statements and the
// sources' dates, written with the facts and entities themselves. The same rows and checks as
// the per-statement path's derive-time.ts (fact-checks.ts), so both store the same dates.
// Pass 1 (checkFact) checks every fact and gathers, per entity, the hull of the known spans of
// the facts that hold about it; pass 2 (factTime, entityTime) gives the spans to write.
import neo4j from 'neo4j-driver';
import type { DatePrecision, Tense } from '../../core/model.ts';
import { entityTime, factTime, type FactTime } from '../../core/time.ts';
import { CypherDate, type Props, type Value } from '../validate/seed-parser.ts';
import { factProblems, type DatedRow } from './fact-checks.ts';
import type { DerivedCounts } from './derive-time.ts';

/** A parsed value as Neo4j gives it back to derive-time.ts: dates and integers as their text. */
export function readBack(value: Value | undefined): unknown {
  if (value === undefined || value === null) return null;
  if (value instanceof CypherDate) return value.text;
  if (typeof value === 'number' && Number.isInteger(value)) return String(value);
  return value;
}

const text = (value: Value | undefined): string | null => readBack(value) as string | null;

/** A derived 'YYYY-MM-DD' (or 'YYYY', 'YYYY-MM', as Cypher's date() reads them) as a Neo4j date. */
export function neo4jDate(day: string): InstanceType<typeof neo4j.types.Date> {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(day);
  if (!m) throw new Error(`the derived date '${day}' is not a date Cypher's date() reads`);
  return new neo4j.types.Date(Number(m[1]), Number(m[2] ?? 1), Number(m[3] ?? 1));
}

/** The four derived properties to store: Neo4j dates, null ones left out (date(null) stores nothing). */
export function timeProps(time: FactTime): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of ['knownFrom', 'knownTo', 'possibleFrom', 'possibleTo'] as const) {
    const value = time[key];
    if (value !== null) out[key] = neo4jDate(value);
  }
  return out;
}

interface PendingFact {
  kind: 'relationship' | 'claim';
  at: string;
  values: Props;
  entities: string[];
}

export class TimeDeriver {
  private readonly sources = new Map<string, { date: string | null; precision: string | null }>();
  /** Per entity id: the earliest known start and latest known end of the facts that hold about it. */
  private readonly hull = new Map<string, { from: string | null; to: string | null }>();
  private pending: PendingFact[] = [];
  readonly problems: string[] = [];
  readonly counts: DerivedCounts = { facts: 0, entities: 0, placedFacts: 0, placedEntities: 0 };

  /** A :Source node of the load (from the corpus or a seed statement), by its stored values. */
  addSource(id: unknown, date: unknown, precision: unknown): void {
    if (typeof id !== 'string') return;
    this.sources.set(id, {
      date: date === null || date === undefined ? null : String(date),
      precision: precision === null || precision === undefined ? null : String(precision),
    });
  }

  private row(kind: PendingFact['kind'], at: string, values: Props, entities: string[]): DatedRow {
    const sourceId = readBack(values.source);
    const source = typeof sourceId === 'string' ? this.sources.get(sourceId) : undefined;
    return {
      kind,
      key: at,
      id: text(values.id),
      validFrom: text(values.validFrom),
      validFromPrecision: text(values.validFromPrecision) as DatePrecision | null,
      validTo: text(values.validTo),
      validToPrecision: text(values.validToPrecision) as DatePrecision | null,
      tense: text(values.tense) as Tense | null,
      stance: text(values.stance),
      modality: text(values.modality),
      credibility: text(values.credibility),
      reliability: text(values.reliability),
      sourceId: sourceId as string | null,
      sourceDate: source?.date ?? null,
      sourceDatePrecision: source?.precision ?? null,
      entities,
      event: false,
    };
  }

  private spans(row: DatedRow): FactTime {
    return factTime(row, {
      date: row.sourceDate!,
      datePrecision: (row.sourceDatePrecision ?? 'day') as DatePrecision,
    });
  }

  /**
   * Pass 1: checks a fact (a relationship between entities, or a claim) and adds its known span
   * to the entities it is about when it holds (asserted, actual). A fact whose source a later
   * seed statement makes waits for finishChecks().
   */
  checkFact(kind: PendingFact['kind'], at: string, values: Props, entities: string[]): void {
    const sourceId = readBack(values.source);
    if (typeof sourceId !== 'string' || !this.sources.has(sourceId)) {
      this.pending.push({ kind, at, values, entities });
      return;
    }
    this.check(this.row(kind, at, values, entities));
  }

  private check(row: DatedRow): void {
    this.counts.facts++;
    const problems = factProblems(row);
    if (problems.length > 0) {
      if (this.problems.length < 20) this.problems.push(...problems.slice(0, 20 - this.problems.length));
      return;
    }
    const time = this.spans(row);
    if (time.knownFrom !== null) this.counts.placedFacts++;
    if (row.stance === 'asserted' && row.modality === 'actual') {
      for (const id of row.entities) {
        const hull = this.hull.get(id) ?? { from: null, to: null };
        if (time.knownFrom !== null && (hull.from === null || time.knownFrom < hull.from))
          hull.from = time.knownFrom;
        if (time.knownTo !== null && (hull.to === null || time.knownTo > hull.to)) hull.to = time.knownTo;
        this.hull.set(id, hull);
      }
    }
  }

  /** End of pass 1: the facts that waited for their source. */
  finishChecks(): void {
    for (const fact of this.pending) this.check(this.row(fact.kind, fact.at, fact.values, fact.entities));
    this.pending = [];
  }

  /** Pass 2: a checked fact's spans. */
  factTime(kind: PendingFact['kind'], at: string, values: Props): FactTime {
    return this.spans(this.row(kind, at, values, []));
  }

  /** Pass 2: an entity's spans, from its own bounds and the hull of the facts that hold about it. */
  entityTime(values: Props, event: boolean): FactTime {
    const id = text(values.id);
    const hull = this.hull.get(id ?? '');
    const facts = hull
      ? [{ knownFrom: hull.from, knownTo: hull.to, possibleFrom: null, possibleTo: null }]
      : [];
    const time = entityTime(
      {
        validFrom: text(values.validFrom),
        validFromPrecision: text(values.validFromPrecision) as DatePrecision | null,
        validTo: text(values.validTo),
        validToPrecision: text(values.validToPrecision) as DatePrecision | null,
        tense: text(values.tense) as Tense | null,
        event,
      },
      facts,
    );
    this.counts.entities++;
    if (time.knownFrom !== null) this.counts.placedEntities++;
    return time;
  }
}
