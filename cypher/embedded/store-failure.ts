// Finds, in the embedded Neo4j's own log (<home>/logs/debug.log), why its database did not start
// (a damaged store, a store from another version), so the launcher can stop waiting at once and
// say what happened, where, and what to do.
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** The log the embedded Neo4j writes under its home folder (the launcher's dataDir). */
export function debugLogPath(home: string): string {
  return join(home, 'logs', 'debug.log');
}

/** Size of the log now: the launcher reads only what this start appends after it. */
export function logSize(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}

function readFrom(path: string, offset: number): string {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch {
    return '';
  }
  try {
    const length = Math.max(0, statSync(path).size - offset);
    const buffer = Buffer.alloc(Math.min(length, 4 * 1024 * 1024));
    const read = readSync(fd, buffer, 0, buffer.length, offset);
    return buffer.subarray(0, read).toString('utf8');
  } finally {
    closeSync(fd);
  }
}

const FAILED_START = /ERROR \[[^\]]+\] Failed to start DatabaseId\{[^[]*\[([^\]]+)\]\}/;
const MAX_CAUSE = 400;
const LOG_LINE = /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d/;

const EXCEPTION_PREFIX = /^[\w.$]+(?:Exception|Error):\s*/;

/** "java.lang.RuntimeException: java.lang.IllegalStateException: Failed to read …" → "Failed to read …". */
function exceptionMessage(line: string): string {
  let text = line.replace(/^Caused by:\s*/, '').trim();
  while (EXCEPTION_PREFIX.test(text)) text = text.replace(EXCEPTION_PREFIX, '');
  return text.replace(/\.$/, '');
}

/**
 * The cause of a database start failure logged after `offset`, as "what failed (root cause)", or
 * undefined while there is none. `database` names the failed database when one is found.
 */
export function findStoreFailure(
  path: string,
  offset: number,
): { database: string; cause: string } | undefined {
  const lines = readFrom(path, offset).split('\n');
  const at = lines.findIndex((line) => FAILED_START.test(line));
  if (at < 0) return undefined;
  const database = FAILED_START.exec(lines[at]!)![1]!;
  // The exception block runs until the next timestamped line; wait until it is complete.
  const end = lines.findIndex((line, index) => index > at && LOG_LINE.test(line));
  if (end < 0) return undefined;
  const block = lines.slice(at + 1, end);
  const messages = block
    .filter((line, index) => index === 0 || line.startsWith('Caused by:'))
    .map(exceptionMessage)
    .filter((message, index, all) => message !== '' && all.indexOf(message) === index);
  // The last two distinct messages: the step that failed and its root cause.
  const [first, ...rest] = messages.slice(-2);
  const cause = first === undefined ? 'see the log' : rest.length ? `${first} (${rest.join('; ')})` : first;
  // Some causes carry whole record dumps; the log has them in full.
  return { database, cause: cause.length > MAX_CAUSE ? `${cause.slice(0, MAX_CAUSE - 1)}…` : cause };
}
