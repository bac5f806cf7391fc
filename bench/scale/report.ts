// The benchmark's tables, as plain text for the terminal and as bench/results.md with its chart.
import type { ExportResult } from './export-phase.ts';
import type { LatencyResult } from './latency-phase.ts';
import { LAYERS, type LayerResult } from './layers-phase.ts';
import type { LoadResult } from './load-phase.ts';
import type { NoDelayResult } from './nodelay-phase.ts';
import { mb, ms, ratio } from './stats.ts';
import type { ThroughputResult } from './throughput-phase.ts';
import type { ViewerResult } from './viewer-phase.ts';

export interface BenchReport {
  started: Date;
  command: string;
  machine: string;
  heapMb: number;
  loaderHasModes: boolean;
  loads: LoadResult[];
  latency: LatencyResult[];
  throughput: ThroughputResult[];
  exports: ExportResult[];
  noDelay: NoDelayResult[];
  layers: LayerResult[];
  viewer: ViewerResult[];
  notes: string[];
}

type Table = { title: string; head: string[]; rows: string[][] };

function tables(r: BenchReport): Table[] {
  const datasets = [...new Set(r.loads.map((l) => l.dataset))];
  const speed = (l: LoadResult | undefined): number | undefined =>
    l?.ms ? l.entities / (l.ms / 1000) : undefined;
  const loadRows = datasets.map((d) => {
    const bulk = r.loads.find((l) => l.dataset === d && l.mode === 'bulk');
    const per = r.loads.find((l) => l.dataset === d && l.mode === 'per-statement');
    const cell = (l: LoadResult | undefined): string =>
      l === undefined
        ? 'not run'
        : !l.ms
          ? `failed: ${l.failure}`
          : l.runsMs
            ? `${ms(l.ms)} (median of ${l.runsMs.map((t) => ms(t)).join(', ')})`
            : ms(l.ms);
    return [
      d,
      String(bulk?.nodes ?? per?.nodes ?? '—'),
      String(bulk?.relationships ?? per?.relationships ?? '—'),
      cell(bulk),
      speed(bulk)?.toFixed(0) ?? '—',
      cell(per),
      speed(per)?.toFixed(0) ?? '—',
      ratio(per?.ms, bulk?.ms),
      bulk?.peakTransactionBytes === undefined
        ? '—'
        : `${mb(bulk.peakTransactionBytes)} of ${bulk.transactionLimitBytes === undefined ? '?' : mb(bulk.transactionLimitBytes)}`,
    ];
  });
  // Growth: each request's p50 against its p50 on the smallest synthetic dataset.
  const firstSynthetic = r.latency.find((l) => l.dataset !== 'real seed')?.dataset;
  const latencyRows = r.latency.map((l) => {
    const baseline = r.latency.find((b) => b.dataset === firstSynthetic && b.request === l.request);
    return [
      l.dataset,
      l.request,
      l.error ? `error: ${l.error.slice(0, 60)}` : ms(l.graphqlP50),
      ms(l.graphqlP95),
      ms(l.rawP50),
      ms(l.rawP95),
      ratio(l.graphqlP50, l.rawP50),
      l.dataset === 'real seed' ? '' : ratio(l.graphqlP50, baseline?.graphqlP50),
      String(l.queries),
      `${(l.bytes / 1024).toFixed(1)} kB`,
    ];
  });
  const layerRows = r.layers.map((l) => [
    l.dataset,
    l.request,
    ...(l.error
      ? [`error: ${l.error.slice(0, 60)}`, '', '', '']
      : LAYERS.map((k) => `${l.p50[k].toFixed(2)} ms`)),
    ...LAYERS.slice(1).map((k) => ratio(l.p50[k], l.p50.raw)),
  ]);
  return [
    {
      title: `Load (${r.loaderHasModes ? 'the loader’s bulk and per-statement modes' : 'NO MODE SWITCH IN THE LOADER YET: both columns run its one path'})`,
      head: [
        'dataset',
        'nodes',
        'relationships',
        'bulk',
        'bulk entities/s',
        'per-statement',
        'per-stmt entities/s',
        'bulk speed-up',
        'bulk peak transaction memory (of the limit)',
      ],
      rows: loadRows,
    },
    {
      title: 'Six GraphQL requests (in-process app.fetch) vs the raw driver on the same queries',
      head: [
        'dataset',
        'request',
        'GraphQL p50',
        'p95',
        'raw p50',
        'raw p95',
        'GraphQL/raw',
        'p50 vs smallest',
        'queries',
        'answer',
      ],
      rows: latencyRows,
    },
    {
      title:
        'Where the GraphQL/raw gap lies: p50 of each request four ways, interleaved. raw: its Cypher ' +
        'through the driver; runner: the API’s query runner (plain values); graphql: the API’s GraphQL ' +
        'path without HTTP (graphql-fast-path.ts); app: the whole app in-process (app.fetch)',
      head: ['dataset', 'request', ...LAYERS, ...LAYERS.slice(1).map((k) => `${k}/raw`)],
      rows: layerRows,
    },
    {
      title:
        'Throughput (node:http on loopback, autocannon clients in the same process; answered/s leaves out 429s). ' +
        'Result cache off: every request goes to Neo4j; on: the six requests repeat, so after the first ' +
        'round they are answered from the generation’s cache (the best case: a question asked again)',
      head: [
        'dataset',
        'result cache',
        'clients',
        'requests',
        'answered/s',
        'p50',
        'p99',
        '429 (in-flight limit)',
        'errors',
      ],
      rows: r.throughput.map((t) => [
        t.dataset,
        t.cached ? 'on' : 'off',
        String(t.clients),
        String(t.requests),
        t.perSecond.toFixed(0),
        ms(t.p50),
        ms(t.p99),
        String(t.rejected),
        String(t.errors),
      ]),
    },
    {
      title: '/export/json (child process: its own heap and RSS)',
      head: ['dataset', 'status', 'time', 'size', 'heap before', 'peak heap', 'max RSS'],
      rows: r.exports.map((e) =>
        e.error
          ? [e.dataset, 'error', e.error, '', '', '', '']
          : [
              e.dataset,
              String(e.status),
              ms(e.ms),
              mb(e.bytes!),
              mb(e.baselineHeap!),
              mb(e.peakHeap!),
              mb(e.maxRss!),
            ],
      ),
    },
    {
      title:
        'Viewer in headless Chromium: first meaningful view (three visits after a warm-up), then search → select → expand on the leaf',
      head: ['dataset', 'mode', 'nodes drawn', 'first view', 'best', 'search', 'select', 'expand'],
      rows: r.viewer.map((v) =>
        v.error && v.firstViewMs.length === 0
          ? [v.dataset, 'error', v.error, '', '', '', '', '']
          : [
              v.dataset,
              v.mode ?? '—',
              String(v.drawn ?? '—'),
              v.firstViewMs.map((t) => ms(t)).join(', '),
              ms(Math.min(...v.firstViewMs)),
              v.searchMs === undefined ? (v.error ?? '—') : ms(v.searchMs),
              v.selectMs === undefined ? '—' : ms(v.selectMs),
              v.expandMs === undefined ? '—' : ms(v.expandMs),
            ],
      ),
    },
    {
      title: 'TCP_NODELAY: raw driver p50 as the driver makes its sockets vs with setNoDelay(true)',
      head: [
        'dataset',
        'query',
        'default p50',
        'NODELAY p50',
        'default p95',
        'NODELAY p95',
        'default/NODELAY',
      ],
      rows: r.noDelay.map((n) => [
        n.dataset,
        n.query,
        ms(n.defaultP50),
        ms(n.noDelayP50),
        ms(n.defaultP95),
        ms(n.noDelayP95),
        ratio(n.defaultP50, n.noDelayP50),
      ]),
    },
  ];
}

export function textReport(r: BenchReport): string {
  return tables(r)
    .map((t) => {
      const widths = t.head.map((h, i) => Math.max(h.length, ...t.rows.map((row) => (row[i] ?? '').length)));
      const line = (cells: string[]): string => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ');
      return [`== ${t.title}`, line(t.head), ...t.rows.map(line)].join('\n');
    })
    .join('\n\n');
}

export function markdownReport(r: BenchReport, svgName: string): string {
  const body = tables(r)
    .map((t) =>
      [
        `## ${t.title}`,
        '',
        `| ${t.head.join(' | ')} |`,
        `| ${t.head.map(() => '---').join(' | ')} |`,
        ...t.rows.map((row) => `| ${row.map((c) => c.replace(/\|/g, '\\|')).join(' | ')} |`),
      ].join('\n'),
    )
    .join('\n\n');
  return [
    '# `npm run bench`: scale (issue 13)',
    '',
    `Written by \`${r.command}\` on ${r.started.toISOString().slice(0, 16).replace('T', ' ')} UTC; ${r.machine}; ` +
      `embedded Neo4j with a ${r.heapMb} MiB heap on a scratch data folder. Synthetic data from ` +
      '`npm run generate` (bench/generate), same seed every run. Ratios are of p50s taken in one run.',
    '',
    `![load speed and request p50 per dataset](${svgName})`,
    '',
    body,
    '',
    '## Notes',
    '',
    ...r.notes.map((n) => `- ${n}`),
    '',
  ].join('\n');
}
