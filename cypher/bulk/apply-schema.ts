// Applies the schema files (cypher/schema) before a load, skipping what is already in place:
// `CREATE … <name> IF NOT EXISTS` when a constraint or index of that name exists, and
// `DROP … <name> IF EXISTS` when none does (Neo4j would do nothing for either). The rest is
// checked with EXPLAIN, then run one statement at a time (a schema change cannot share a
// transaction with others, and Neo4j counts even an EXPLAINed schema command as a change).
import type { Session } from 'neo4j-driver';
import { firstLine, statementError, type FileStatement } from './seed-error.ts';

const NAMED =
  /^(CREATE|DROP)\s+(CONSTRAINT|(?:(?:RANGE|TEXT|POINT|LOOKUP|FULLTEXT|VECTOR)\s+)?INDEX)\s+(`[^`]+`|[A-Za-z_][A-Za-z0-9_]*)\s+IF\s+(NOT\s+)?EXISTS\b/i;

/** Whether the statement would change nothing, given the names in place. */
export function alreadyInPlace(
  text: string,
  names: { constraints: Set<string>; indexes: Set<string> },
): boolean {
  const m = NAMED.exec(text.trim());
  if (!m) return false;
  const create = m[1]!.toUpperCase() === 'CREATE';
  const notExists = m[4] !== undefined;
  if (create !== notExists) return false;
  const name = m[3]!.replace(/^`|`$/g, '');
  const present = (/CONSTRAINT/i.test(m[2]!) ? names.constraints : names.indexes).has(name);
  return create ? present : !present;
}

async function namesInPlace(session: Session): Promise<{ constraints: Set<string>; indexes: Set<string> }> {
  const constraints = await session.run('SHOW CONSTRAINTS YIELD name RETURN collect(name) AS names');
  const indexes = await session.run('SHOW INDEXES YIELD name RETURN collect(name) AS names');
  return {
    constraints: new Set(constraints.records[0]!.get('names') as string[]),
    indexes: new Set(indexes.records[0]!.get('names') as string[]),
  };
}

/** Applies what is not in place yet; returns how many statements ran and how many were skipped. */
export async function applySchema(
  session: Session,
  statements: FileStatement[],
  onProgress: (line: string) => void,
): Promise<{ applied: number; skipped: number }> {
  const names = await namesInPlace(session);
  const todo = statements.filter((statement) => !alreadyInPlace(statement.text, names));
  const skipped = statements.length - todo.length;
  if (todo.length === 0) {
    onProgress(`seed: the ${statements.length} schema statements are in place`);
    return { applied: 0, skipped };
  }
  onProgress(
    `seed: checking ${todo.length} schema statements with EXPLAIN` +
      (skipped > 0 ? ` (${skipped} in place)` : ''),
  );
  for (const statement of todo) {
    try {
      await session.run(`EXPLAIN ${statement.text}`);
    } catch (error) {
      throw statementError(statement, firstLine(error));
    }
  }
  onProgress(`seed: applying ${todo.length} schema statements`);
  for (const statement of todo) {
    try {
      await session.run(statement.text);
    } catch (error) {
      throw statementError(statement, firstLine(error));
    }
  }
  return { applied: todo.length, skipped };
}
