// Runs one GET /export/json in a child process of the benchmark and reports its time, bytes, peak
// V8 heap (sampled every 10 ms) and the process's max RSS, so the export's memory is measured apart
// from the benchmark's. Reads {uri, password, path} from the parent over IPC (never argv or env).
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

async function run(job: Job) {
  const driver = createDriver({
    uri: job.uri,
    user: 'neo4j',
    password: job.password,
    database: job.database,
  });
  const app = createApp({ driver, config: loadConfig({ NODE_ENV: 'test', QUERY_TIMEOUT_MS: '600000' }) });
  const baseline = process.memoryUsage();
  let peakHeap = baseline.heapUsed;
  const sampler = setInterval(() => {
    peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
  }, 10);
  const started = performance.now();
  const response = await app.fetch(new Request(`http://127.0.0.1${job.path}`));
  let bytes = 0;
  for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) bytes += chunk.byteLength;
  const ms = performance.now() - started;
  clearInterval(sampler);
  peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
  await driver.close();
  return {
    status: response.status,
    ms,
    bytes,
    baselineHeap: baseline.heapUsed,
    peakHeap,
    // maxRSS is in kilobytes.
    maxRss: process.resourceUsage().maxRSS * 1024,
  };
}
