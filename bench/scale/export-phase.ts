// Export time and memory: GET /export/json (the whole asserted, actual graph) in a child process
// (export-child.ts), whose peak heap and max RSS are the export's alone. The export streams
// (api/src/export/read-graph.ts), so peak heap minus the baseline should not grow with the size;
// test/integration/export-memory.test.ts holds it to a bound with the same child.
import { fork } from 'node:child_process';
import type { BenchNeo4j } from './scratch-neo4j.ts';
import { DATABASE } from './scratch-neo4j.ts';

export interface ExportResult {
  dataset: string;
  status?: number;
  ms?: number;
  bytes?: number;
  baselineHeap?: number;
  peakHeap?: number;
  /** Peak heap right after a full GC: what the export holds, not garbage waiting for collection. */
  peakLiveHeap?: number;
  maxRss?: number;
  error?: string;
}

export function measureExport(
  neo4j: Pick<BenchNeo4j, 'uri' | 'password'>,
  dataset: string,
  say: (line: string) => void,
  path = '/export/json',
  database = DATABASE,
): Promise<ExportResult> {
  say(`export: ${dataset}, ${path} in a child process`);
  return new Promise((resolve) => {
    const child = fork(new URL('./export-child.ts', import.meta.url), [], {
      execArgv: ['--import', 'tsx', '--expose-gc', '--max-old-space-size=4096'],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    let settled = false;
    const finish = (result: ExportResult): void => {
      if (settled) return;
      settled = true;
      resolve(result);
    };
    child.once('message', (message: Omit<ExportResult, 'dataset'>) => finish({ dataset, ...message }));
    child.once('exit', (code) => finish({ dataset, error: `the export child exited with code ${code}` }));
    child.send({ uri: neo4j.uri, password: neo4j.password, database, path });
  });
}
