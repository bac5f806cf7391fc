// What the import reports: a problem in a sheet, named by file, row (as a spreadsheet shows it,
// the header being row 1) and column, so a researcher can go straight to the cell.

export interface ImportProblem {
  /** The sheet's file name as given on the command line. */
  file: string;
  /** 1-based row as a spreadsheet shows it (header = row 1); absent for a problem of the whole file. */
  row?: number;
  /** The column's header as the sheet spells it; absent for a problem of the whole row. */
  column?: string;
  message: string;
}

export function formatImportProblem(p: ImportProblem): string {
  const where = [
    p.file,
    p.row === undefined ? '' : `row ${p.row}`,
    p.column === undefined ? '' : `column ${p.column}`,
  ]
    .filter((s) => s !== '')
    .join(', ');
  return `${where}: ${p.message}`;
}

/** Thrown with every problem found; the import writes nothing when it is thrown. */
export class ImportError extends Error {
  override name = 'ImportError';
  constructor(readonly problems: ImportProblem[]) {
    super(problems.map(formatImportProblem).join('\n'));
  }
}
