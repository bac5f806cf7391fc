// The seed loader's one error type: which file and line, what was wrong, and the statement.
// When a load throws it, readers still see the graph they saw before (cypher/README.md "Loading").

/** A seed problem: which file and line, what was wrong, and the statement. Nothing was switched. */
export class SeedError extends Error {
  override name = 'SeedError';
  constructor(
    message: string,
    readonly file?: string,
    readonly line?: number,
  ) {
    super(message);
  }
}

/** One statement of a seed or schema file, where it stands. */
export interface FileStatement {
  file: string;
  line: number;
  text: string;
}

const MAX_SHOWN = 300;

function shown(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ');
  return oneLine.length > MAX_SHOWN ? `${oneLine.slice(0, MAX_SHOWN)}…` : oneLine;
}

/** The first line of an error's message (Neo4j's messages run on with the query and a caret). */
export function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0]!.trim();
}

/** `<file>:<line>: <what>` and the statement, as every statement-level seed error reads. */
export function statementError(statement: FileStatement, what: string): SeedError {
  return new SeedError(
    `${statement.file}:${statement.line}: ${what}\n  statement: ${shown(statement.text)}`,
    statement.file,
    statement.line,
  );
}
