// npm run export -- --format graphml --out khorasan.graphml [--types RIVAL_OF,CLASHED_WITH]
//   [--categories …] [--stances asserted,denied] [--modalities actual,intended] [--min-credibility …]
//   [--as-of YYYY[-MM[-DD]] | --from … --to …] [--include-possible true]
//   [--focus iskp --depth 2] [--claims exclude] [--isolated exclude] [--file nodes|edges|sources]
// Reads from NEO4J_URI (NEO4J_USER/NEO4J_PASSWORD, NEO4J_DATABASE; api/src/config.ts) or, when it
// is unset, starts the embedded Neo4j on the persistent data folder (KG_DATA_DIR/neo4j). Without
// --out the export goes to stdout. Progress on stderr; bad arguments print the problems, exit 2.
// The export streams from Neo4j to the file page by page (read-graph.ts), waiting for the file to
// drain; it is written to <out>.partial and renamed when complete, so a failed export (Neo4j gone,
// the generation deleted mid-export) leaves no file that looks whole.
import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { resolve } from 'node:path';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import type { Driver } from 'neo4j-driver';
import { ConfigError, loadConfig, type Config } from '../config.ts';
import { connectNeo4j } from '../../../cypher/db/neo4j-connection.ts';
import { EXPORT_FORMATS, isExportFormat, type ExportFormat } from '../../../core/export-formats.ts';
import { openExport, ScopeDataError, type OpenExport } from './read-graph.ts';
import {
  describeProblems,
  parseScope,
  SCOPE_PARAMETERS,
  SCOPE_PARAMETER_NAMES,
  type ScopeProblem,
} from './scope.ts';
import { serialize, toBytes } from './serialize.ts';

const kebab = (name: string): string => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

export function usage(): string {
  const lines = [
    'usage: npm run export -- --format <format> [--out <file>] [scope options]',
    `  --format   ${EXPORT_FORMATS.join(' | ')}`,
    '  --out      file to write (default: stdout)',
    ...SCOPE_PARAMETER_NAMES.map((name) => `  --${kebab(name).padEnd(15)} ${SCOPE_PARAMETERS[name]}`),
  ];
  return lines.join('\n');
}

export interface CliArguments {
  /** Null when missing or unknown (then `problems` says so). */
  format: ExportFormat | null;
  out: string | null;
  params: URLSearchParams;
  help: boolean;
}

/** Turns argv into a format, an output and the same query parameters the HTTP endpoint reads. */
export function parseCliArguments(argv: readonly string[]): { args: CliArguments; problems: ScopeProblem[] } {
  const problems: ScopeProblem[] = [];
  const params = new URLSearchParams();
  let format: string | null = null;
  let out: string | null = null;
  let help = false;
  const byOption = new Map(SCOPE_PARAMETER_NAMES.map((name) => [kebab(name), name]));
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--help' || arg === '-h') {
      help = true;
      continue;
    }
    const m = /^--([a-z][a-z-]*)(?:=(.*))?$/s.exec(arg);
    if (!m) {
      problems.push({
        parameter: arg,
        message: `unexpected argument '${arg}': options look like --format graphml`,
      });
      continue;
    }
    const option = m[1] as string;
    let value = m[2];
    if (value === undefined) {
      const next = argv[i + 1];
      if (next === undefined || next.startsWith('--')) {
        problems.push({ parameter: option, message: `--${option} needs a value` });
        continue;
      }
      value = next;
      i++;
    }
    if (option === 'format') format = value.toLowerCase();
    else if (option === 'out') out = value;
    else if (byOption.has(option)) params.append(byOption.get(option) as string, value);
    else {
      problems.push({
        parameter: option,
        message: `unknown option --${option}`,
        allowed: ['format', 'out', ...SCOPE_PARAMETER_NAMES.map(kebab)],
      });
    }
  }
  if (format === null) {
    if (!help)
      problems.push({ parameter: 'format', message: '--format is required', allowed: EXPORT_FORMATS });
  } else if (!isExportFormat(format)) {
    problems.push({
      parameter: 'format',
      value: format,
      message: `unknown export format '${format}'`,
      allowed: EXPORT_FORMATS,
    });
  }
  const known = format !== null && isExportFormat(format) ? format : null;
  return { args: { format: known, out, params, help }, problems };
}

/**
 * The explorer's own connection logic: NEO4J_URI (checked to answer), or the embedded Neo4j on the
 * persistent data folder (KG_DATA_DIR/neo4j), here on a free Bolt port so it never clashes.
 */
async function connect(
  config: Config,
  progress: (line: string) => void,
): Promise<{ driver: Driver; close: () => Promise<void> }> {
  if (!config.neo4j.uri) progress(`export: NEO4J_URI is unset, starting the embedded Neo4j`);
  const connection = await connectNeo4j({ ...config, boltPort: 0 }, { onProgress: progress });
  return { driver: connection.driver, close: connection.close };
}

async function writeAll(
  chunks: AsyncIterable<Uint8Array>,
  stream: Writable,
  progress: (line: string) => void,
): Promise<number> {
  let bytes = 0;
  let reported = 0;
  for await (const chunk of chunks) {
    bytes += chunk.length;
    if (!stream.write(chunk)) await once(stream, 'drain');
    if (bytes - reported >= 8 * 1024 * 1024) {
      progress(`export: wrote ${(bytes / 1024 / 1024).toFixed(0)} MiB…`);
      reported = bytes;
    }
  }
  return bytes;
}

/** Runs the export; returns the process exit code (0 done, 2 bad arguments or scope, 1 failure). */
export async function runCli(
  argv: readonly string[],
  io = { stdout: process.stdout as Writable, stderr: process.stderr as Writable },
): Promise<number> {
  const progress = (line: string): void => void io.stderr.write(line + '\n');
  const reject = (problems: ScopeProblem[]): number => {
    io.stderr.write(
      `export: bad arguments\n${describeProblems(problems).replace(/^/gm, '  ')}\n\n${usage()}\n`,
    );
    return 2;
  };
  const { args, problems } = parseCliArguments(argv);
  const { format, out, params, help } = args;
  if (help && problems.length === 0) {
    io.stdout.write(usage() + '\n');
    return 0;
  }
  // Report every problem at once: the arguments' and the scope's.
  const scope = parseScope(params, format);
  if (!scope.ok) problems.push(...scope.problems);
  if (problems.length > 0 || !scope.ok || format === null) return reject(problems);

  const started = Date.now();
  let config: Config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      io.stderr.write(`export: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
  const { driver, close } = await connect(config, progress);
  try {
    let graph: OpenExport;
    try {
      graph = await openExport(driver, scope.scope, {
        database: config.neo4j.database,
        onProgress: (line) => progress(`export: ${line}`),
      });
    } catch (error) {
      if (error instanceof ScopeDataError) return reject(error.problems);
      throw error;
    }
    const { counts } = graph.summary;
    let bytes: number;
    try {
      if (scope.scope.query === '' && counts.nodes === 0) {
        progress('export: warning: the database holds no entities (load them with npm run seed)');
      }
      const chunks = toBytes(serialize(graph, format, scope.file));
      if (out === null || out === '-') {
        bytes = await writeAll(chunks, io.stdout, progress);
      } else {
        const target = resolve(out);
        const partial = `${target}.partial`;
        const file = createWriteStream(partial);
        try {
          await once(file, 'open');
          bytes = await writeAll(chunks, file, progress);
          file.end();
          await once(file, 'finish');
          await rename(partial, target);
        } catch (error) {
          file.destroy();
          await rm(partial, { force: true });
          throw error;
        }
      }
    } finally {
      await graph.close();
    }
    progress(
      `export: ${format} with ${counts.nodes} nodes, ${counts.edges} relationships, ${counts.sources} sources` +
        ` (${bytes} bytes) → ${out ?? 'stdout'} in ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
    return 0;
  } finally {
    await close();
  }
}

if (import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith('api/src/export/cli.ts')) {
  runCli(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`export: failed: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
