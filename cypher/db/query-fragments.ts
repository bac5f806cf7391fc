// Splices named fragments (cypher/queries/fragments/<name>.cypher) into query texts, so each
// rule the queries share (the fact filter, the time window, the edge grouping, the row shapes)
// has one home. A marker `@name` or `@name(a, b)` is replaced by the fragment's body with its
// declared arguments (`// Args: x, y`) renamed to the caller's variables; fragments may use
// fragments. An unknown fragment, a wrong argument count, a cycle or a leftover `@` fails with
// file:line, so a query either expands whole or does not load.

export interface Fragment {
  name: string;
  /** Where the fragment was read from, for error messages. */
  file: string;
  /** Variable names in the body that each call replaces, in order. */
  args: string[];
  body: string;
  /** Line of the body's first line in `file`. */
  bodyLine: number;
}

export class QueryFileError extends Error {
  override name = 'QueryFileError';
}

const MARKER = /@([a-z][a-z0-9-]*)(?:\(([^()]*)\))?/g;
const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** Reads a fragment file: leading `//` comment lines are its header (`// Args:` among them). */
export function parseFragment(name: string, file: string, text: string): Fragment {
  const lines = text.replace(/\s+$/, '').split('\n');
  let args: string[] = [];
  let first = 0;
  while (first < lines.length && lines[first]!.trimStart().startsWith('//')) {
    const declared = /^\s*\/\/\s*Args:\s*(.*)$/.exec(lines[first]!);
    if (declared) args = splitArgs(declared[1]!, `${file}:${first + 1}`);
    first++;
  }
  const body = lines.slice(first).join('\n').trim();
  if (body.length === 0) throw new QueryFileError(`${file}: the fragment '${name}' has no body`);
  return { name, file, args, body, bodyLine: first + 1 };
}

function splitArgs(list: string, where: string): string[] {
  const args = list.trim() === '' ? [] : list.split(',').map((a) => a.trim());
  for (const arg of args) {
    if (!IDENTIFIER.test(arg)) throw new QueryFileError(`${where}: '${arg}' is not a variable name`);
  }
  return args;
}

/** Renames the fragment's own variables to the caller's, never touching `$params` or `.props`. */
function bindArgs(fragment: Fragment, values: string[]): string {
  let body = fragment.body;
  const bound = new Map(fragment.args.map((arg, i) => [arg, values[i]!]));
  if (bound.size === 0) return body;
  const names = [...bound.keys()].join('|');
  body = body.replace(new RegExp(`(?<![\\w$.@-])(${names})(?![\\w-])`, 'g'), (name) => bound.get(name)!);
  return body;
}

/**
 * The text with every marker expanded. `file` and `firstLine` place errors: a fragment's own
 * markers are reported at the fragment's file and line. Comments are left as they are, so a
 * header may name fragments.
 */
export function expandFragments(
  text: string,
  file: string,
  fragments: ReadonlyMap<string, Fragment>,
  firstLine = 1,
  calling: readonly string[] = [],
): string {
  return text
    .split('\n')
    .map((line, i) => {
      const where = `${file}:${firstLine + i}`;
      const cut = commentStart(line);
      const code = line.slice(0, cut);
      // A fragment's later lines take the marker line's indentation, so the expanded text reads.
      const indent = /^\s*/.exec(line)![0];
      const expanded = code.replace(MARKER, (marker, name: string, argList: string | undefined) =>
        expandOne(marker, name, argList, where, fragments, calling).replaceAll('\n', `\n${indent}`),
      );
      // Cypher has no `@` outside strings: one left over is a marker the syntax did not match.
      const left = code.replace(MARKER, '').indexOf('@');
      if (left >= 0) {
        throw new QueryFileError(
          `${where}: '${code.slice(left).trim()}' is not a fragment marker (@name or @name(a, b))`,
        );
      }
      return expanded + line.slice(cut);
    })
    .join('\n');
}

function expandOne(
  marker: string,
  name: string,
  argList: string | undefined,
  where: string,
  fragments: ReadonlyMap<string, Fragment>,
  calling: readonly string[],
): string {
  const fragment = fragments.get(name);
  if (!fragment) {
    const known = [...fragments.keys()].sort().join(', ') || 'none';
    throw new QueryFileError(`${where}: unknown fragment '${marker}' (fragments: ${known})`);
  }
  if (calling.includes(name)) {
    throw new QueryFileError(`${where}: fragment '${name}' uses itself (${[...calling, name].join(' → ')})`);
  }
  const values = argList === undefined ? [] : splitArgs(argList, where);
  if (values.length !== fragment.args.length) {
    throw new QueryFileError(
      `${where}: '${marker}' gives ${values.length} argument(s); fragment '${name}' takes ` +
        `${fragment.args.length} (${fragment.args.join(', ') || 'none'})`,
    );
  }
  return expandFragments(bindArgs(fragment, values), fragment.file, fragments, fragment.bodyLine, [
    ...calling,
    name,
  ]);
}

/** Index of a `//` comment outside string literals, or the line's length. */
function commentStart(line: string): number {
  let quote: string | null = null;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = null;
    } else if (c === "'" || c === '"') quote = c;
    else if (c === '/' && line[i + 1] === '/') return i;
  }
  return line.length;
}
