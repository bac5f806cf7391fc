// The benchmark page: draws a synthetic graph either with the viewer's own renderer setup
// (GraphView: style and settings chosen by size) or with a plain default Cytoscape, then measures
// the first render and the frame time while panning, by mouse drag and by programmatic pans.
import cytoscape, { type Core, type ElementDefinition } from 'cytoscape';
import { GraphView } from '../../viewer/src/graph-view.ts';
import { toElements } from '../../viewer/src/to-elements.ts';
import { syntheticGraph } from '../synthetic-graph.ts';

export interface BenchConfig {
  mode: 'viewer' | 'plain';
  nodes: number;
  seed: number;
  frames: number;
}

/** One interaction: median rAF interval (what the user sees) and median time in Cytoscape's draw call. */
export interface FrameStats {
  frameMs: number;
  drawMs: number;
  frames: number;
  /** How far the view moved (pixels) or zoomed (factor), to show the gesture took effect. */
  moved: number;
}

export interface BenchResult {
  mode: BenchConfig['mode'];
  nodes: number;
  edges: number;
  tier: string;
  firstRenderMs: number;
  /** Dragging the background right after the first frame, before Cytoscape's caches are warm. */
  coldDrag: FrameStats;
  /** Wheel zooming in and out: every frame is at a new zoom level. */
  wheelZoom: FrameStats;
  /** Dragging again once the caches are warm. */
  warmDrag: FrameStats;
  /** cy.panBy() once per frame. */
  panBy: FrameStats;
}

const nextFrame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

/** Times every draw call of the renderer until the returned function is called. */
function timeDraws(cy: Core): () => number[] {
  const r = (cy as unknown as { renderer(): { render: (...a: unknown[]) => unknown } }).renderer();
  const original = r.render;
  const times: number[] = [];
  r.render = function (this: unknown, ...args: unknown[]) {
    const t = performance.now();
    const out = original.apply(this, args);
    times.push(performance.now() - t);
    return out;
  };
  return () => {
    r.render = original;
    return times;
  };
}

async function frameTimes(frames: number, step: (i: number) => void): Promise<number[]> {
  const stamps: number[] = [await nextFrame()];
  for (let i = 0; i < frames; i++) {
    step(i);
    stamps.push(await nextFrame());
  }
  return stamps.slice(1).map((t, i) => t - stamps[i]!);
}

function fire(type: string, x: number, y: number, on: EventTarget, extra: MouseEventInit = {}) {
  const init = { bubbles: true, cancelable: true, clientX: x, clientY: y, button: 0, view: window, ...extra };
  on.dispatchEvent(type === 'wheel' ? new WheelEvent(type, init) : new MouseEvent(type, init));
}

/** Median frame interval and draw time while `step` runs once per frame for `frames` frames. */
async function measure(cy: Core, frames: number, step: (i: number) => void): Promise<FrameStats> {
  const before = { ...cy.pan(), zoom: cy.zoom() };
  let moved = 0;
  const track = () => {
    const p = cy.pan();
    moved = Math.max(
      moved,
      Math.hypot(p.x - before.x, p.y - before.y),
      Math.abs(Math.log(cy.zoom() / before.zoom)) * 100,
    );
  };
  cy.on('viewport', track);
  const stop = timeDraws(cy);
  const times = await frameTimes(frames, step);
  const draws = stop();
  cy.off('viewport', track);
  return {
    frameMs: median(times.slice(1)),
    drawMs: draws.length ? median(draws) : 0,
    frames: draws.length,
    moved,
  };
}

/** A drag on the empty background, as a user pans: mousedown, one mousemove per frame, mouseup. */
async function dragPan(cy: Core, frames: number): Promise<FrameStats> {
  const box = cy.container()!.getBoundingClientRect();
  const start = { x: box.left + 6, y: box.top + box.height / 2 };
  fire('mousedown', start.x, start.y, document.elementFromPoint(start.x, start.y)!, { buttons: 1 });
  const stats = await measure(cy, frames, (i) => {
    const dx = 4 * (i + 1) * (i % 40 < 20 ? 1 : -1);
    fire('mousemove', start.x + Math.abs(dx), start.y + (i % 7), window, { buttons: 1 });
  });
  fire('mouseup', start.x, start.y, window);
  return stats;
}

/** Wheel zooming around the centre, in then out. */
async function wheelZoom(cy: Core, frames: number): Promise<FrameStats> {
  const box = cy.container()!.getBoundingClientRect();
  const at = { x: box.left + box.width / 2, y: box.top + box.height / 2 };
  const target = document.elementFromPoint(at.x, at.y)!;
  const stats = await measure(cy, frames, (i) =>
    fire('wheel', at.x, at.y, target, { deltaY: i % 20 < 10 ? -40 : 40 } as MouseEventInit),
  );
  await new Promise((r) => setTimeout(r, 300));
  return stats;
}

async function run(cfg: BenchConfig): Promise<BenchResult> {
  const container = document.getElementById('cy')!;
  const { subgraph, positions } = syntheticGraph(cfg.nodes, cfg.seed);
  const elements = toElements(subgraph);
  for (const n of elements.nodes) n.position = positions[n.data.id];
  await nextFrame();

  const t0 = performance.now();
  let cy: Core;
  let tier = 'default';
  const firstRender = new Promise<number>((resolve) => {
    // Registered before the first frame can be drawn: both constructors draw on a later frame.
    queueMicrotask(() => cy.one('render', () => resolve(performance.now())));
  });
  if (cfg.mode === 'viewer') {
    const view = new GraphView(container, elements, { onSelect: () => undefined });
    cy = view.cy;
    tier = view.tuning.tier;
  } else {
    cy = cytoscape({
      container,
      elements: [...elements.nodes, ...elements.edges] as ElementDefinition[],
      layout: { name: 'preset' },
    });
  }
  const firstRenderMs = (await firstRender) - t0;

  const coldDrag = await dragPan(cy, cfg.frames);
  const wheel = await wheelZoom(cy, cfg.frames);
  cy.fit(undefined, 30);
  await new Promise((r) => setTimeout(r, 1000));
  const warmDrag = await dragPan(cy, cfg.frames);
  const panBy = await measure(cy, cfg.frames, (i) => cy.panBy({ x: i % 40 < 20 ? 4 : -4, y: 0 }));

  const result: BenchResult = {
    mode: cfg.mode,
    nodes: cy.nodes().length,
    edges: cy.edges().length,
    tier,
    firstRenderMs,
    coldDrag,
    wheelZoom: wheel,
    warmDrag,
    panBy,
  };
  cy.destroy();
  return result;
}

declare global {
  interface Window {
    bench: { run(cfg: BenchConfig): Promise<BenchResult> };
  }
}
window.bench = { run };
