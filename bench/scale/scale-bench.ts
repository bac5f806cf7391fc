// `npm run bench`: issue 13's scale benchmark in one run. For the real seed and each synthetic size
// (--sizes, default 1k,10k,100k): load time (the loader's per-statement path where it may finish,
// then its bulk path), p50/p95 of six GraphQL requests vs the raw driver, throughput at 10 and 50
// clients, /export/json time and memory, the viewer's first meaningful view and search -> select ->
// expand in headless Chromium, and the TCP_NODELAY probe. Prints the tables and writes
// bench/results.md with bench/results.svg.
import { writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { createApp } from '../../api/src/app.ts';
import { loadConfig } from '../../api/src/config.ts';
import { onQuery, type QueryEvent } from '../../cypher/db/run-query.ts';
import { launchChromium } from '../../test/e2e/chromium.ts';
import { ensureViewerBuilt } from '../../test/e2e/viewer-app.ts';
import { REAL_SEED, syntheticDataset, type BenchDataset } from './datasets.ts';
import { measureLayers, type LayerResult } from './layers-phase.ts';
import { measureExport, type ExportResult } from './export-phase.ts';
import { measureLatency, sendGraphql, type LatencyResult } from './latency-phase.ts';
import { clearRetired, LOADER_HAS_MODES, measureLoads, type LoadResult } from './load-phase.ts';
import { measureNoDelay, type NoDelayResult } from './nodelay-phase.ts';
import { parseBenchOptions } from './options.ts';
import { markdownReport, textReport, type BenchReport } from './report.ts';
import { benchRequests } from './requests.ts';
import { ScratchNeo4j } from './scratch-neo4j.ts';
import { chartSvg } from './svg-chart.ts';
import { measureThroughput, type ThroughputResult } from './throughput-phase.ts';
import { measureViewer, type ViewerResult } from './viewer-phase.ts';

export async function runScaleBench(argv: string[]): Promise<void> {
  const options = parseBenchOptions(argv);
  const started = new Date();
  const t0 = performance.now();
  const say = (line: string): void =>
    console.log(`[${((performance.now() - t0) / 1000).toFixed(0).padStart(4)} s] ${line}`);
  const notes: string[] = [];
  const loadAtStart = loadavg()[0]!;

  const datasets: BenchDataset[] = [REAL_SEED];
  for (const size of options.sizes) {
    const dataset = syntheticDataset(size, options.seed, say);
    if (dataset.generateMs !== undefined)
      notes.push(`Generating ${dataset.label} took ${(dataset.generateMs / 1000).toFixed(1)} s.`);
    datasets.push(dataset);
  }
  // What the six requests ask, so a reader sees which questions the growth column compares.
  const asked = datasets.map((d) => {
    const t = d.targets;
    return `${d.label}: search "${t.search}"; entity, relationships, neighbourhood of ${t.leaf}; shortest paths ${t.pathFrom} → ${t.hub}${t.hubDegree === undefined ? '' : ` (${t.hubDegree} relationships)`}`;
  });
  notes.push(`Targets (bench/scale/datasets.ts). ${asked.join('. ')}.`);

  // The viewer phase needs the built viewer and Chromium: known before minutes of loading.
  ensureViewerBuilt();
  const browser = await launchChromium({ width: 1280, height: 800 });
  const neo4j = new ScratchNeo4j(options.heapMb, say);
  const loads: LoadResult[] = [];
  const latency: LatencyResult[] = [];
  const throughput: ThroughputResult[] = [];
  const exports: ExportResult[] = [];
  const noDelay: NoDelayResult[] = [];
  const layers: LayerResult[] = [];
  const viewer: ViewerResult[] = [];
  // The result cache off for the requests' latency (the API's own path against the raw driver's)
  // and for the first throughput figures; on for the second (repeated questions, answered from it).
  const config = loadConfig({ NODE_ENV: 'test', QUERY_TIMEOUT_MS: '120000', KG_RESULT_CACHE_MB: '0' });
  // One finally for Neo4j and Chromium, a failed start included (stop() is safe before start()).
  try {
    await neo4j.start();
    for (const dataset of datasets) {
      say(`== ${dataset.label}`);
      if (dataset.entities <= options.perStatementMax) {
        loads.push(await measureLoads(neo4j, dataset, 'per-statement', options.loadCapS, 1, say));
      } else {
        notes.push(
          `${dataset.label}: per-statement load not run (more than --per-statement-max ${options.perStatementMax} entities; ` +
            'issue 13 measured 793 s, then a transaction-memory failure, at 10,000).',
        );
      }
      // Three bulk loads where the per-statement one ran (seconds each), so that the speed-up is of
      // a median; one at the larger sizes (minutes each).
      const bulkRuns = dataset.entities <= options.perStatementMax ? 3 : 1;
      const bulk = await measureLoads(neo4j, dataset, 'bulk', options.loadCapS, bulkRuns, say);
      loads.push(bulk);
      if (bulk.ms === undefined) {
        notes.push(
          `${dataset.label}: the bulk load did not finish (${bulk.failure}); nothing else measured on it.`,
        );
        continue;
      }
      // Requests on a database holding this dataset's generation only (clearRetired says why).
      await clearRetired(neo4j);
      const { driver } = neo4j.current!;
      let app: ReturnType<typeof createApp> | undefined;
      try {
        app = createApp({ driver, config });
      } catch (error) {
        // The API is being changed by others as this runs: measure what can be without it.
        const message = error instanceof Error ? error.message : String(error);
        say(`api: the app did not build: ${message}`);
        notes.push(
          `${dataset.label}: the API did not build (${message}); requests, throughput and export not measured.`,
        );
      }
      const requests = benchRequests(dataset.targets);
      let search: QueryEvent | undefined;
      if (app) {
        latency.push(
          ...(await measureLatency(
            app,
            driver,
            dataset.label,
            requests,
            { timed: options.runs, warm: options.warm },
            say,
            neo4j.current!.pid,
          )),
        );
        // Where the GraphQL/raw gap lies, on the smallest queries (where it is widest).
        if (dataset === REAL_SEED)
          layers.push(
            ...(await measureLayers(
              { app, driver, config },
              dataset.label,
              requests,
              { timed: options.runs, warm: options.warm },
              say,
              neo4j.current!.pid,
            )),
          );
        for (const resultCacheMb of [0, 64]) {
          throughput.push(
            ...(await measureThroughput(
              { driver, config: { ...config, resultCacheMb } },
              dataset.label,
              requests,
              [10, 50],
              options.throughputS,
              options.throughputMax,
              say,
            )),
          );
        }
        const exported = await measureExport(neo4j.current!, dataset.label, say);
        exports.push(exported);
        say(
          exported.error
            ? `export: ${exported.error}`
            : `export: ${exported.status}, ${((exported.bytes ?? 0) / 1e6).toFixed(1)} MB in ${((exported.ms ?? 0) / 1000).toFixed(1)} s`,
        );
        // The result cache off here too: every visit's answers come from Neo4j.
        viewer.push(await measureViewer({ app, driver, browser }, dataset.label, dataset.targets.leaf, say));
        // The search request's own query, for the NODELAY probe on a real-sized answer.
        const stop = onQuery((event) => (search ??= event));
        await sendGraphql(app, requests[0]!).finally(stop);
      }
      noDelay.push(...(await measureNoDelay(neo4j.current!, dataset.label, search, options.runs, say)));
    }
  } finally {
    await neo4j.stop();
    await browser.close();
  }

  if (!LOADER_HAS_MODES) {
    notes.push(
      'cypher/seed-loader.ts has no per-statement/bulk switch yet: load-phase.ts passes `mode` and both columns ' +
        'measured the one path the loader has. The figures become the comparison once the switch lands.',
    );
  }
  notes.push(
    'Loads run per-statement first, then bulk, on one JVM: the bulk figure is on a warm JVM, the first ' +
      'per-statement load of the run (the real seed) on a cold one. Each timed load starts from a database ' +
      'holding one generation (the older ones deleted first, untimed). Where the per-statement load ran, ' +
      'the bulk figure is the median of three bulk loads in a row (each listed) and the speed-up is of it. ' +
      'The requests are measured once the older generations are deleted too.',
    'Raw driver: the queries the GraphQL request sent (caught with onQuery), same text and parameters, one session ' +
      'each, run one after another; GraphQL/raw is the API’s overhead over them.',
    `Requests: ${options.warm} untimed runs of each request and its raw queries first, then more until the JVM's ` +
      'JIT compilers used under 5 % of a CPU for a second (both JITs warm, as in an explorer that has served a ' +
      `while), then ${options.runs} timed runs, GraphQL and raw interleaved.`,
    'Viewer: the app on node:http with the built viewer (viewer/dist), result cache off, in headless Chromium ' +
      '(1280 × 800); one warm-up visit, then three visits timed from navigation to the page’s first meaningful view ' +
      '(body data-ready: drawn and laid out); on the last page, the leaf’s name typed until it is listed (search), ' +
      'clicked until selected with nothing pending (select), then Expand neighbours until every neighbour one ' +
      'asserted, actual step away is drawn (expand).',
    'The NODELAY probe sets TCP_NODELAY on the second driver’s sockets through Node’s `net.client.socket` ' +
      'diagnostics channel; cypher/db/driver.ts is unchanged.',
  );
  const cpu = cpus();
  // Timings on a shared machine mean little without how busy it was.
  notes.push(
    `Load average (1 min) ${loadAtStart.toFixed(1)} at the start and ${loadavg()[0]!.toFixed(1)} at the end, on ${cpu.length} cores.`,
  );
  const report: BenchReport = {
    started,
    command: `npm run bench -- ${argv.join(' ')}`.trim(),
    machine: `${cpu.length} × ${cpu[0]?.model ?? 'CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`,
    heapMb: options.heapMb,
    loaderHasModes: LOADER_HAS_MODES,
    loads,
    latency,
    throughput,
    exports,
    noDelay,
    layers,
    viewer,
    notes,
  };
  console.log(`\n${textReport(report)}\n`);
  for (const note of notes) console.log(`note: ${note}`);
  const svgName = `${basename(options.out, '.md')}.svg`;
  writeFileSync(join(dirname(options.out), svgName), chartSvg(loads, latency));
  writeFileSync(options.out, markdownReport(report, svgName));
  say(`wrote ${options.out} and ${join(dirname(options.out), svgName)}`);
}
