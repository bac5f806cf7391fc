// The columns each sheet may have, in one place: the facts sheet's own columns, the names the CSV
// export's edges.csv gives some of them (so an export is a sheet: round trip), and the export's
// derived columns that the import reads past. Header names match without regard to case.
import type { ImportProblem } from './problem.ts';
import type { Sheet, SheetRow } from './sheet.ts';

export const FACT_COLUMNS = [
  'from',
  'type',
  'to',
  'quote',
  'paragraph',
  'stance',
  'modality',
  'credibility',
  'reliability',
  'speaker',
  'validFrom',
  'validFromPrecision',
  'validTo',
  'validToPrecision',
  'tense',
  'note',
  'role',
  'override',
  'id',
  'sourceDocument',
] as const;
export type FactColumn = (typeof FACT_COLUMNS)[number];

export const REQUIRED_FACT_COLUMNS: readonly FactColumn[] = [
  'from',
  'type',
  'to',
  'quote',
  'stance',
  'modality',
  'credibility',
  'reliability',
];

/** edges.csv's names for fact columns (lower case). */
export const EXPORT_COLUMN_NAMES: Readonly<Record<string, FactColumn>> = {
  source: 'from',
  target: 'to',
  relationshiptype: 'type',
  attributedto: 'speaker',
};

/**
 * edges.csv columns the export derives (api/src/export/serialize-csv.ts, fact-fields.ts) and the
 * import ignores (lower case): the display label, the STIX numbers of the two grades, and the
 * honest-time spans the seed loader computes. `Type` (Directed/Undirected) is one of them whenever
 * the sheet also has `relationshipType`, as the export's sheets do.
 */
export const EXPORT_DERIVED_COLUMNS: readonly string[] = [
  'label',
  'credibilityscore',
  'reliabilityscore',
  'knownfrom',
  'knownto',
  'possiblefrom',
  'possibleto',
  'timestatus',
];

export const ENTITY_COLUMNS = ['id', 'name', 'aliases', 'kind', 'category'] as const;
export type EntityColumn = (typeof ENTITY_COLUMNS)[number];
export const REQUIRED_ENTITY_COLUMNS: readonly EntityColumn[] = ['id', 'name', 'kind', 'category'];

/** A sheet's columns resolved to their canonical names; `cell` reads one, trimmed ('' when absent). */
export interface Columns<C extends string> {
  has(column: C): boolean;
  /** The header as the sheet spells it, for messages. */
  header(column: C): string;
  cell(row: SheetRow, column: C): string;
}

export function factColumns(sheet: Sheet): { columns: Columns<FactColumn>; problems: ImportProblem[] } {
  const lower = sheet.header.map((h) => h.toLowerCase());
  const exportForm = lower.includes('relationshiptype');
  return resolveColumns(sheet, FACT_COLUMNS, REQUIRED_FACT_COLUMNS, (name) => {
    if (exportForm && name === 'type') return 'ignore';
    if (EXPORT_DERIVED_COLUMNS.includes(name)) return 'ignore';
    return EXPORT_COLUMN_NAMES[name];
  });
}

export function entityColumns(sheet: Sheet): { columns: Columns<EntityColumn>; problems: ImportProblem[] } {
  return resolveColumns(sheet, ENTITY_COLUMNS, REQUIRED_ENTITY_COLUMNS, () => undefined);
}

function resolveColumns<C extends string>(
  sheet: Sheet,
  known: readonly C[],
  required: readonly C[],
  other: (lowerName: string) => C | 'ignore' | undefined,
): { columns: Columns<C>; problems: ImportProblem[] } {
  const problems: ImportProblem[] = [];
  const index = new Map<C, number>();
  sheet.header.forEach((name, i) => {
    const lower = name.toLowerCase();
    const mapped = other(lower) ?? known.find((k) => k.toLowerCase() === lower);
    if (mapped === 'ignore') return;
    if (mapped === undefined) {
      problems.push({
        file: sheet.file,
        row: 1,
        column: name === '' ? `${i + 1} (no name)` : name,
        message: `unknown column "${name}" (known: ${known.join(', ')})`,
      });
      return;
    }
    const prior = index.get(mapped);
    if (prior !== undefined) {
      problems.push({
        file: sheet.file,
        row: 1,
        column: name,
        message: `column "${name}" says the same as column "${sheet.header[prior]}"`,
      });
      return;
    }
    index.set(mapped, i);
  });
  for (const column of required) {
    if (!index.has(column)) {
      problems.push({ file: sheet.file, row: 1, column, message: `missing required column "${column}"` });
    }
  }
  const columns: Columns<C> = {
    has: (column) => index.has(column),
    header: (column) => {
      const i = index.get(column);
      return i === undefined ? column : sheet.header[i]!;
    },
    cell: (row, column) => {
      const i = index.get(column);
      return i === undefined ? '' : (row.cells[i] ?? '').trim();
    },
  };
  return { columns, problems };
}
