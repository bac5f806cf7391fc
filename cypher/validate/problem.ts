// The one shape every validator check reports: where (file:line) and what is wrong.

export interface Problem {
  /** Path of the seed file, relative to the seed folder's parent when known. */
  file: string;
  /** 1-based line where the offending statement starts. */
  line: number;
  message: string;
}

export function formatProblem(p: Problem): string {
  return `${p.file}:${p.line}: ${p.message}`;
}

/** Stable order for reports: by file, then line, then message. */
export function sortProblems(problems: Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.message.localeCompare(b.message),
  );
}
