// Runs one GET /export/<format> in a child process of the benchmark (and of the export memory
// test) and reports its time, bytes, the V8 heap after a full GC before the request (baseline),
// the peak V8 heap (sampled every 5 ms), the peak live heap (after a full GC, every 250 ms) and
// the process's max RSS, so the export's memory is measured apart from the parent's. Reads {uri, password, database, path} from the parent over
// IPC (never argv or env). Started with --expose-gc so the baseline is live memory, not garbage.
import { createApp } from '../../api/src/app.ts';
import { loadConfig } from '../../api/src/config.ts';
import { createDriver } from '../../cypher/db/driver.ts';

interface Job {
  uri: string;
  password: string;
  database: string;
  path: string;
}

process.once('message', (job: Job) => {
  void run(job).then(
    (result) => process.send!(result, () => process.exit(0)),
    (error: unknown) => process.send!({ error: String(error) }, () => process.exit(1)),
  );
});

const collect = (globalThis as { gc?: () => void }).gc ?? (() => {});

async function run(job: Job) {
  const driver = createDriver({
    uri: job.uri,
    user: 'neo4j',
    password: job.password,
    database: job.database,
  });
  const app = createApp({ driver, config: loadConfig({ NODE_ENV: 'test', QUERY_TIMEOUT_MS: '600000' }) });
  // Warm the driver's connection and the query loader so the baseline holds them already.
  await driver.executeQuery('RETURN 1');
  collect();
  const baseline = process.memoryUsage();
  let peakHeap = baseline.heapUsed;
  let peakLiveHeap = baseline.heapUsed;
  const sampler = setInterval(() => {
    peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
  }, 5);
  // What the export holds, apart from garbage V8 has not collected yet (with a 4 GB limit it may
  // leave hundreds of MB uncollected): a full GC, then the heap, a few times a second.
  const liveSampler = setInterval(() => {
    collect();
    peakLiveHeap = Math.max(peakLiveHeap, process.memoryUsage().heapUsed);
  }, 250);
  const started = performance.now();
  const response = await app.fetch(new Request(`http://127.0.0.1${job.path}`));
  let bytes = 0;
  for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) bytes += chunk.byteLength;
  const ms = performance.now() - started;
  clearInterval(sampler);
  clearInterval(liveSampler);
  peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
  await driver.close();
  return {
    status: response.status,
    ms,
    bytes,
    baselineHeap: baseline.heapUsed,
    peakHeap,
    peakLiveHeap,
    // maxRSS is in kilobytes.
    maxRss: process.resourceUsage().maxRSS * 1024,
  };
}
