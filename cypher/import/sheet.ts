// Reads one CSV sheet (RFC 4180 as spreadsheets write it: quotes, commas and new lines in cells,
// a byte-order mark, CRLF or LF, UTF-8) into its header and rows, each row numbered as a
// spreadsheet shows it. Blank rows keep their number and are skipped.
import { CsvError, parse } from 'csv-parse/sync';
import type { ImportProblem } from './problem.ts';

export interface SheetRow {
  /** 1-based, as a spreadsheet shows it: the header is row 1, the first record row 2. */
  row: number;
  cells: string[];
}

export interface Sheet {
  file: string;
  header: string[];
  rows: SheetRow[];
}

/** The sheet in `text`, or the problems that keep it from being read (named by `file` and row). */
export function readSheet(text: string, file: string): { sheet?: Sheet; problems: ImportProblem[] } {
  let records: string[][];
  try {
    records = parse(text, { bom: true, relax_column_count: true }) as string[][];
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    const records = (error as CsvError & { records?: number }).records;
    return {
      problems: [
        {
          file,
          ...(typeof records === 'number' ? { row: records + 1 } : {}),
          message: `not a readable CSV file: ${error.message}`,
        },
      ],
    };
  }
  const [header, ...body] = records;
  if (header === undefined || header.every((h) => h.trim() === '')) {
    return {
      problems: [{ file, message: 'the sheet is empty: it needs a header row and one row per fact' }],
    };
  }
  const problems: ImportProblem[] = [];
  const rows: SheetRow[] = [];
  body.forEach((cells, i) => {
    const row = i + 2;
    if (cells.every((c) => c.trim() === '')) return;
    if (cells.length > header.length && cells.slice(header.length).some((c) => c.trim() !== '')) {
      problems.push({
        file,
        row,
        message: `${cells.length} cells but the header has ${header.length} columns`,
      });
      return;
    }
    rows.push({ row, cells: header.map((_, c) => cells[c] ?? '') });
  });
  if (problems.length === 0 && rows.length === 0) {
    problems.push({ file, message: 'the sheet has a header but no rows' });
  }
  return { sheet: { file, header: header.map((h) => h.trim()), rows }, problems };
}
