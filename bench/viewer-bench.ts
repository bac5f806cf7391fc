// `npm run bench:viewer`: renders seeded synthetic graphs of 500, 2,000 and 10,000 nodes in headless
// Chromium, once with the viewer's renderer setup and once with a plain default Cytoscape page, and
// prints first-render time and the main-thread cost per frame while panning and zooming (median of
// several runs) with the ratios. Frame cost rather than frame rate: headless Chromium holds
// requestAnimationFrame at 60 Hz even with --disable-gpu-vsync --disable-frame-rate-limit.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { launchChromium } from '../test/e2e/chromium.ts';
import { serveStatic } from '../test/e2e/static-server.ts';
import type { BenchConfig, BenchResult } from './page/bench-page.ts';

export interface ViewerBenchOptions {
  sizes: number[];
  runs: number;
  frames: number;
  /** Device pixel ratio of the emulated screen: 1 (default) or 2 for a high-density laptop screen. */
  dpr: number;
  /** The viewer page draws with Cytoscape's experimental WebGL renderer (`--webgl`). */
  webgl: boolean;
  log: (line: string) => void;
}

export const DEFAULT_OPTIONS: ViewerBenchOptions = {
  sizes: [500, 2000, 10000],
  runs: 3,
  frames: 40,
  dpr: 1,
  webgl: false,
  log: (line) => console.log(line),
};

export const INTERACTIONS = ['coldDrag', 'wheelZoom', 'warmDrag', 'panBy', 'idle'] as const;
export type Interaction = (typeof INTERACTIONS)[number];

const INTERACTION_LABELS: Record<Interaction, string> = {
  coldDrag: 'drag-pan right after load',
  wheelZoom: 'wheel zoom',
  warmDrag: 'drag-pan, caches warm',
  panBy: 'cy.panBy per frame',
  idle: 'no input (frame floor)',
};

const FRAME_KEYS = [
  'costMeanMs',
  'costMedianMs',
  'costWorstMs',
  'drawMs',
  'intervalMs',
  'releaseWorstMs',
] as const;
type FrameMeasure = Record<(typeof FRAME_KEYS)[number], number>;

/** Medians over the runs of each per-run figure (see FrameStats in bench/page/bench-page.ts). */
export type Measures = { firstRenderMs: number; filterStepMs: number; sameStateMs: number } & Record<
  Interaction,
  FrameMeasure
>;

export interface SizeSummary {
  nodes: number;
  edges: number;
  tier: string;
  viewer: Measures;
  plain: Measures;
  /** Median first render of default Cytoscape with the viewer's stylesheet (see BenchConfig). */
  styledFirstRenderMs: number;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

/** Builds bench/page into a temporary folder; `minify: false` keeps function names for profiles. */
export async function buildPage(minify = true): Promise<string> {
  const out = await mkdtemp(join(tmpdir(), 'khorasan-bench-page-'));
  await build({
    configFile: false,
    root: fileURLToPath(new URL('./page/', import.meta.url)),
    base: './',
    logLevel: 'warn',
    build: { outDir: out, emptyOutDir: true, chunkSizeWarningLimit: 2000, minify },
  });
  return out;
}

export async function runViewerBench(opts: Partial<ViewerBenchOptions> = {}): Promise<SizeSummary[]> {
  const o = { ...DEFAULT_OPTIONS, ...opts };
  o.log(`viewer bench: building the benchmark page…`);
  const dir = await buildPage();
  const server = await serveStatic(dir);
  const browser = await launchChromium({ width: 1280, height: 800 }, o.dpr);
  o.log(
    `viewer bench: sizes ${o.sizes.join(', ')}; ${o.runs} runs each; ${o.frames} frames per gesture; device pixel ratio ${o.dpr}` +
      (o.webgl ? "; the viewer page draws with Cytoscape's WebGL renderer" : ''),
  );
  let gl = '';
  /** One benchmark run on a fresh page. */
  const runPage = async (cfg: BenchConfig): Promise<BenchResult> => {
    const page = await browser.context.newPage();
    try {
      await page.goto(`${server.url}/index.html`);
      await page.waitForFunction(() => 'bench' in window);
      if (!gl) {
        gl = await page.evaluate(() => window.bench.glRenderer());
        o.log(`viewer bench: WebGL in this browser: ${gl}`);
      }
      const webgl = cfg.viewerOptions?.webgl ? " with Cytoscape's WebGL renderer" : '';
      // A page that crashes or is closed under the run would otherwise surface as playwright's
      // "Target page, context or browser has been closed" with no word of which run it was.
      const crashed = new Promise<never>((_, reject) =>
        page.once('crash', () => reject(new Error('the page crashed'))),
      );
      return await Promise.race([page.evaluate((c) => window.bench.run(c), cfg), crashed]).catch(
        (e: Error) => {
          throw new Error(
            `viewer bench: the ${cfg.mode} page${webgl} at ${cfg.nodes} nodes did not finish: ` +
              `${e.message.split('\n')[0]} (WebGL in this browser: ${gl})`,
          );
        },
      );
    } finally {
      if (!page.isClosed()) await page.close().catch(() => undefined);
    }
  };
  const viewerOptions = o.webgl ? { viewerOptions: { webgl: true } } : {};
  const summaries: SizeSummary[] = [];
  try {
    // One untimed render of each page first: the first page in a fresh browser also pays for
    // compiling the bundle, and the order of the timed pages alternates from there.
    o.log('viewer bench: warming up the browser (not timed)…');
    for (const mode of ['viewer', 'plain', 'styled'] as const)
      await runPage({
        mode,
        nodes: Math.min(...o.sizes),
        seed: 7,
        frames: 5,
        gestures: false,
        ...(mode === 'viewer' ? viewerOptions : {}),
      });
    for (const size of o.sizes) {
      const results: Record<BenchConfig['mode'], BenchResult[]> = { viewer: [], plain: [], styled: [] };
      for (let run = 1; run <= o.runs; run++) {
        // Alternate the order of the pages, so warm-up and thermal drift hit them alike.
        const modes: BenchConfig['mode'][] = ['viewer', 'plain', 'styled'];
        const order = run % 2 ? modes : modes.reverse();
        for (const mode of order) {
          // The styled page is there for its first render only.
          const cfg: BenchConfig = {
            mode,
            nodes: size,
            seed: 42,
            frames: o.frames,
            ...(mode === 'styled' ? { gestures: false } : {}),
            ...(mode === 'viewer' ? viewerOptions : {}),
          };
          const t = Date.now();
          const r = await runPage(cfg);
          results[mode].push(r);
          const first =
            `first render ${r.firstRenderMs.toFixed(0).padStart(5)} ms (constructor ${r.constructorMs.toFixed(0)}, ` +
            `first frame ${r.firstFrameMs.toFixed(0)})`;
          const head = `  ${String(size).padStart(6)} nodes  run ${run}/${o.runs}  ${mode.padEnd(6)} ${first}`;
          if (mode === 'styled') {
            o.log(`${head}  (${((Date.now() - t) / 1000).toFixed(1)} s)`);
            continue;
          }
          const parts = INTERACTIONS.map(
            (k) =>
              `${k} ${r[k].costMeanMs.toFixed(1)}/${r[k].costWorstMs.toFixed(0)}` +
              ` (moved ${r[k].moved.toFixed(0)}, ${r[k].frames} draws)`,
          ).join('  ');
          o.log(
            `${head}  frame cost mean/worst ms: ${parts}  ` +
              `filter step ${r.filterStepMs.toFixed(0)} ms, again ${r.sameStateMs.toFixed(0)} ms  ` +
              `(${r.edges} edges, ${((Date.now() - t) / 1000).toFixed(1)} s)`,
          );
        }
      }
      const sum = (rs: BenchResult[]): Measures => {
        const m = {
          firstRenderMs: median(rs.map((r) => r.firstRenderMs)),
          filterStepMs: median(rs.map((r) => r.filterStepMs)),
          sameStateMs: median(rs.map((r) => r.sameStateMs)),
        } as Measures;
        for (const k of INTERACTIONS) {
          const f = {} as FrameMeasure;
          for (const key of FRAME_KEYS) f[key] = median(rs.map((r) => r[k][key]));
          m[k] = f;
        }
        return m;
      };
      summaries.push({
        nodes: size,
        edges: results.viewer[0]!.edges,
        tier: results.viewer[0]!.tier,
        viewer: sum(results.viewer),
        plain: sum(results.plain),
        styledFirstRenderMs: median(results.styled.map((r) => r.firstRenderMs)),
      });
    }
  } finally {
    await browser.close();
    await server.close();
    await rm(dir, { recursive: true, force: true });
  }
  return summaries;
}

const ratio = (a: number, b: number) => (b > 0 ? (a / b).toFixed(2) : 'n/a');

function table(head: string[], lines: string[][]): string {
  const widths = head.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  const row = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  return [row(head), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...lines.map(row)].join('\n');
}

export function formatTable(rows: SizeSummary[]): string {
  const first = table(
    [
      'nodes',
      'edges',
      'viewer tier',
      'first render ms viewer / plain',
      'ratio',
      'plain + viewer stylesheet ms',
      'viewer / that',
    ],
    rows.map((r) => [
      String(r.nodes),
      String(r.edges),
      r.tier,
      `${r.viewer.firstRenderMs.toFixed(0)} / ${r.plain.firstRenderMs.toFixed(0)}`,
      ratio(r.viewer.firstRenderMs, r.plain.firstRenderMs),
      r.styledFirstRenderMs.toFixed(0),
      ratio(r.viewer.firstRenderMs, r.styledFirstRenderMs),
    ]),
  );
  const vp = (r: SizeSummary, k: Interaction, key: keyof FrameMeasure, digits = 1) =>
    `${r.viewer[k][key].toFixed(digits)} / ${r.plain[k][key].toFixed(digits)}`;
  const frames = table(
    [
      'nodes',
      'interaction',
      'frame cost ms, mean (v / p)',
      'ratio',
      'median (v / p)',
      'worst frame (v / p)',
      'draw call (v / p)',
      'after release, worst (v / p)',
      'rAF interval (v / p)',
    ],
    rows.flatMap((r) =>
      INTERACTIONS.map((k) => [
        String(r.nodes),
        INTERACTION_LABELS[k],
        vp(r, k, 'costMeanMs'),
        ratio(r.viewer[k].costMeanMs, r.plain[k].costMeanMs),
        vp(r, k, 'costMedianMs'),
        vp(r, k, 'costWorstMs', 0),
        vp(r, k, 'drawMs'),
        vp(r, k, 'releaseWorstMs', 0),
        vp(r, k, 'intervalMs'),
      ]),
    ),
  );
  const filters = table(
    ['nodes', 'filter step ms (v / p)', 'ratio', 'same state again, a click (v / p)', 'ratio'],
    rows.map((r) => [
      String(r.nodes),
      `${r.viewer.filterStepMs.toFixed(0)} / ${r.plain.filterStepMs.toFixed(0)}`,
      ratio(r.viewer.filterStepMs, r.plain.filterStepMs),
      `${r.viewer.sameStateMs.toFixed(0)} / ${r.plain.sameStateMs.toFixed(0)}`,
      ratio(r.viewer.sameStateMs, r.plain.sameStateMs),
    ]),
  );
  return `${first}\n\n${frames}\n\n${filters}`;
}

/** What the figures are, printed under the tables so a reader need not open the source. */
export const MEASURE_NOTES = [
  'first render: from calling the constructor (viewer: new GraphView, plain: cytoscape()) until the',
  '  frame with the first drawing has been painted (a message posted in that frame has run).',
  "plain + viewer stylesheet: default Cytoscape given the viewer's colours and shapes and nothing else",
  '  of its setup; it tells what the look costs apart from the renderer settings.',
  'frame cost: main-thread ms per frame while the gesture runs, one input step per frame: from the',
  "  frame's first requestAnimationFrame callback until its style, paint, canvas flush and commit are",
  "  done (input handling included), minus Cytoscape's texture-cache filling, which it sizes to the",
  "  frame's spare time. The frame time a user sees is max(16.7 ms, frame cost). Mean over 40 frames,",
  '  then median over the runs. draw call: median ms inside the renderer render(). rAF interval: what',
  '  headless Chromium delivers (60 Hz cap even with --disable-gpu-vsync --disable-frame-rate-limit).',
  'after release: worst frame in the 500 ms after the gesture ends (the full redraw when the view settles).',
  'filter step: hiding a third of the nodes and their edges, until the frame showing it is painted; the',
  '  viewer through GraphView.applyVisibility (a class on what changed), the plain page with a display',
  '  style bypass on every element. same state again: applying it once more, as the page does on a click.',
];

/**
 * The targets: at 2,000+ nodes the viewer pans (drag, right after load and with warm caches) at
 * most at half the plain page's frame cost; its first render is never slower.
 */
export function targetNotes(rows: SizeSummary[]): string[] {
  const notes: string[] = [];
  for (const r of rows) {
    if (r.nodes >= 2000)
      for (const k of ['coldDrag', 'warmDrag'] as const) {
        const x = r.viewer[k].costMeanMs / r.plain[k].costMeanMs;
        notes.push(
          `${r.nodes} nodes: ${INTERACTION_LABELS[k]} frame cost ${x <= 0.5 ? 'meets' : 'MISSES'} ` +
            `the <= 0.5x target (${x.toFixed(2)}x)`,
        );
      }
    const y = r.viewer.firstRenderMs / r.plain.firstRenderMs;
    notes.push(
      `${r.nodes} nodes: first render ${y <= 1 ? 'meets' : 'MISSES'} the <= 1x target (${y.toFixed(2)}x)`,
    );
  }
  return notes;
}

export function argValue(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

/** Whole numbers from the command line, or exit 2 saying which option was wrong. */
function wholeNumbers(name: string, raw: string | undefined, min: number, max: number): number[] | undefined {
  if (raw === undefined) return undefined;
  const values = raw.split(',').map((v) => Number(v.trim()));
  if (!values.length || values.some((v) => !Number.isInteger(v) || v < min || v > max)) {
    console.error(`--${name} must be whole numbers from ${min} to ${max} (comma-separated), not "${raw}"`);
    process.exit(2);
  }
  return values;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const sizes = wholeNumbers('sizes', argValue('sizes'), 2, 100_000);
  const runs = wholeNumbers('runs', argValue('runs'), 1, 50)?.[0];
  const frames = wholeNumbers('frames', argValue('frames'), 5, 1000)?.[0];
  const dpr = wholeNumbers('dpr', argValue('dpr'), 1, 3)?.[0];
  const webgl = process.argv.includes('--webgl');
  const started = Date.now();
  const rows = await runViewerBench({
    ...(sizes ? { sizes } : {}),
    ...(runs ? { runs } : {}),
    ...(frames ? { frames } : {}),
    ...(dpr ? { dpr } : {}),
    webgl,
  }).catch((e: Error) => {
    console.error(e.message);
    process.exit(1);
  });
  console.log(
    `\nViewer renderer (v${webgl ? ", Cytoscape's WebGL renderer" : ''}) vs plain default Cytoscape (p), ` +
      `headless Chromium, software rendering, 1280x800, median of runs\n`,
  );
  console.log(formatTable(rows));
  console.log('');
  for (const n of MEASURE_NOTES) console.log(n);
  console.log('');
  for (const n of targetNotes(rows)) console.log(`  ${n}`);
  console.log(`\nviewer bench finished in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}
