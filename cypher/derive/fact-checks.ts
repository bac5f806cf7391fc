// What honest time is derived from, one row per fact or entity, and the checks on a fact's axes
// (core/model.ts words, a dated source). Shared by the per-statement path, which reads the rows
// back from Neo4j (derive-time.ts), and the bulk path, which builds them from the parsed seed
// statements (time-deriver.ts), so that both reject the same seeds with the same words.
import {
  CREDIBILITY_LEVELS,
  DATE_PRECISIONS,
  MODALITIES,
  RELIABILITY_GRADES,
  STANCES,
  TENSES,
  type DatePrecision,
  type Tense,
} from '../../core/model.ts';

export interface DatedRow {
  kind: 'relationship' | 'claim' | 'entity';
  key: string;
  id: string | null;
  validFrom: string | null;
  validFromPrecision: DatePrecision | null;
  validTo: string | null;
  validToPrecision: DatePrecision | null;
  tense: Tense | null;
  stance: string | null;
  modality: string | null;
  credibility: string | null;
  reliability: string | null;
  sourceId: string | null;
  sourceDate: string | null;
  sourceDatePrecision: string | null;
  entities: string[];
  event: boolean;
  /** An entity's name (null for a fact). */
  name?: string | null;
}

function allowed(row: DatedRow, field: keyof DatedRow, words: readonly string[], optional = false): string {
  const value = row[field];
  if (value === null && optional) return '';
  if (typeof value === 'string' && words.includes(value)) return '';
  return `${row.id ?? row.key}: ${field} ${JSON.stringify(value)} is not one of ${words.join(', ')} (core/model.ts)`;
}

/** Problems with one fact's axes, as `<id>: <what>` lines. */
export function factProblems(row: DatedRow): string[] {
  const problems = [
    allowed(row, 'stance', STANCES),
    allowed(row, 'modality', MODALITIES),
    allowed(row, 'credibility', CREDIBILITY_LEVELS),
    allowed(row, 'reliability', RELIABILITY_GRADES),
    allowed(row, 'tense', TENSES, true),
  ];
  if (row.sourceDate === null) {
    problems.push(`${row.id ?? row.key}: its source '${row.sourceId}' is missing or has no date`);
  } else if (
    row.sourceDatePrecision !== null &&
    !DATE_PRECISIONS.includes(row.sourceDatePrecision as DatePrecision)
  ) {
    problems.push(
      `${row.id ?? row.key}: its source's datePrecision '${row.sourceDatePrecision}' is not a precision`,
    );
  }
  return problems.filter((p) => p !== '');
}

/** The error both paths throw for facts the model cannot read (the first 20 problems). */
export function problemsError(problems: string[]): Error {
  return new Error(`facts the model cannot read:\n  ${problems.slice(0, 20).join('\n  ')}`);
}

/** The error both paths throw for derived properties set by hand (`<id>.<property>`, first 10). */
export function handSetError(found: string[]): Error {
  return new Error(
    `the seed files set properties the loader derives (core/time.ts): ${found.slice(0, 10).join(', ')}`,
  );
}
