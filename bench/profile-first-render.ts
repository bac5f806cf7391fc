// `npx tsx bench/profile-first-render.ts [nodes] [viewer|plain]`: where the first render of a
// synthetic graph spends its time. Samples the page's main thread with the Chrome DevTools Protocol
// profiler from the constructor call to the first painted frame and prints the heaviest functions.
import { rm } from 'node:fs/promises';
import { launchChromium } from '../test/e2e/chromium.ts';
import { serveStatic } from '../test/e2e/static-server.ts';
import type { BenchConfig } from './page/bench-page.ts';
import { argValue, buildPage } from './viewer-bench.ts';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
  children?: number[];
}

const nodes = Number(process.argv[2] ?? 10000);
const mode = (process.argv[3] ?? 'viewer') as BenchConfig['mode'];
if (!Number.isInteger(nodes) || nodes < 2 || !['viewer', 'plain'].includes(mode)) {
  console.error('usage: tsx bench/profile-first-render.ts [nodes] [viewer|plain]');
  process.exit(2);
}
const TOP = Number(argValue('top') ?? 25);
console.log(`profile: building the benchmark page (not minified)…`);
const dir = await buildPage(false);
const server = await serveStatic(dir);
const browser = await launchChromium();
try {
  const page = await browser.context.newPage();
  await page.goto(`${server.url}/index.html`);
  await page.waitForFunction(() => 'bench' in window);
  const cdp = await browser.context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  const cfg: BenchConfig = { mode, nodes, seed: 42, frames: 0, gestures: false };
  const r = await page.evaluate((c) => window.bench.run(c), cfg);
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as {
    profile: { nodes: ProfileNode[]; startTime: number; endTime: number; samples: number[] };
  };
  const total = profile.samples.length;
  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const key = (n: ProfileNode) =>
    `${n.callFrame.functionName || '(anonymous)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber + 1}`;
  // Inclusive counts: every function on the stack of a sample, once per sample.
  const walk = (id: number, stack: Set<string>) => {
    const n = byId.get(id)!;
    const k = key(n);
    const fresh = !stack.has(k);
    if (fresh) stack.add(k);
    const hits = n.hitCount ?? 0;
    self.set(k, (self.get(k) ?? 0) + hits);
    for (const s of stack) inclusive.set(s, (inclusive.get(s) ?? 0) + hits);
    for (const c of n.children ?? []) walk(c, stack);
    if (fresh) stack.delete(k);
  };
  walk(profile.nodes[0]!.id, new Set());
  const ms = (count: number) => ((count / total) * (profile.endTime - profile.startTime)) / 1000;
  console.log(`\n${mode}, ${r.nodes} nodes, ${r.edges} edges: first render ${r.firstRenderMs.toFixed(0)} ms`);
  console.log(`(profile covers the whole run, ${ms(total).toFixed(0)} ms, including building the graph)\n`);
  const top = (m: Map<string, number>, title: string) => {
    console.log(title);
    for (const [k, v] of [...m].sort((a, b) => b[1] - a[1]).slice(0, TOP))
      console.log(`  ${ms(v).toFixed(0).padStart(6)} ms  ${k}`);
    console.log('');
  };
  top(self, 'self time');
  top(inclusive, 'inclusive time');
  // --focus NAME: what the calls of one function spend their time in (inclusive, below it).
  const focus = argValue('focus');
  if (focus) {
    const below = new Map<string, number>();
    const collect = (id: number, inside: boolean, stack: Set<string>) => {
      const n = byId.get(id)!;
      const k = key(n);
      const here = inside || n.callFrame.functionName === focus;
      const fresh = here && !stack.has(k);
      if (fresh) stack.add(k);
      for (const s of stack) below.set(s, (below.get(s) ?? 0) + (n.hitCount ?? 0));
      for (const c of n.children ?? []) collect(c, here, stack);
      if (fresh) stack.delete(k);
    };
    collect(profile.nodes[0]!.id, false, new Set());
    top(below, `inside ${focus} (inclusive)`);
  }
} finally {
  await browser.close();
  await server.close();
  await rm(dir, { recursive: true, force: true });
}
