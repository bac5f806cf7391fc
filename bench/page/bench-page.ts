// The benchmark page: draws a synthetic graph either with the viewer's own renderer setup
// (GraphView: style and settings chosen by size) or with a plain default Cytoscape, then measures
// the first render and the main-thread cost of each frame while panning and zooming.
// frame-probe.ts is imported first: it wraps requestAnimationFrame before anything asks for frames.
import { endOfNextDraw, endOfNextFrame, instrument, recordFrames, type FrameRecord } from './frame-probe.ts';
import cytoscape, { type Core, type ElementDefinition } from 'cytoscape';
import { GraphView, withStyleData } from '../../viewer/src/graph-view.ts';
import { buildStyle } from '../../viewer/src/style.ts';
import { tuningFor, type RenderTuning } from '../../viewer/src/performance.ts';
import { toElements } from '../../viewer/src/to-elements.ts';
import { syntheticGraph } from '../synthetic-graph.ts';

export interface BenchConfig {
  /**
   * viewer: GraphView as the app builds it. plain: default Cytoscape. styled: default Cytoscape
   * with the viewer's stylesheet and nothing else of its setup, to tell the cost of the look
   * (colours, shapes) from the cost of the rest.
   */
  mode: 'viewer' | 'plain' | 'styled';
  nodes: number;
  seed: number;
  frames: number;
  /** Experiments: renderer options laid over the viewer's choice for the size. */
  viewerOptions?: Partial<RenderTuning['options']>;
  viewerDragPan?: RenderTuning['dragPan'];
  /** false: stop after the first render (for profiling it). */
  gestures?: boolean;
}

/**
 * One gesture, from the per-frame records of frame-probe.ts. Frame cost is main-thread ms per frame
 * (input handling, Cytoscape's frame callbacks and draw, style, paint, canvas flush), which the
 * 60 Hz cap of headless Chromium would otherwise hide below 16.7 ms.
 */
export interface FrameStats {
  costMeanMs: number;
  costMedianMs: number;
  costWorstMs: number;
  /** Median ms inside Cytoscape's draw call, over the frames that drew. */
  drawMs: number;
  /** Median interval between frames (the browser holds it at 16.7 ms or more). */
  intervalMs: number;
  /** Worst frame cost in the 500 ms after the gesture (the full redraw once the view settles). */
  releaseWorstMs: number;
  /** Frames in which Cytoscape drew. */
  frames: number;
  /** How far the view moved (pixels) or zoomed (log-factor x 100), to show the gesture took effect. */
  moved: number;
}

export interface BenchResult {
  mode: BenchConfig['mode'];
  nodes: number;
  edges: number;
  tier: string;
  /** From calling the constructor until the frame with the first drawing has been painted. */
  firstRenderMs: number;
  /** Of that: the constructor call, and the main-thread cost of the first drawn frame. */
  constructorMs: number;
  firstFrameMs: number;
  /** Dragging the background right after the first frame, before Cytoscape's caches are warm. */
  coldDrag: FrameStats;
  /** Wheel zooming in and out: every frame is at a new zoom level. */
  wheelZoom: FrameStats;
  /** Dragging again once the caches are warm. */
  warmDrag: FrameStats;
  /** cy.panBy() once per frame. */
  panBy: FrameStats;
  /** No input at all: what a frame costs the page when nothing changes (the floor). */
  idle: FrameStats;
  /** From applying a filter that hides a third of the nodes until the frame showing it is painted. */
  filterStepMs: number;
  /** The same, applying that state again (what the page does after a click on the graph). */
  sameStateMs: number;
}

const nextFrame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const median = (xs: number[]) => {
  if (!xs.length) return 0;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

function fire(type: string, x: number, y: number, on: EventTarget, extra: MouseEventInit = {}) {
  const init = { bubbles: true, cancelable: true, clientX: x, clientY: y, button: 0, view: window, ...extra };
  on.dispatchEvent(type === 'wheel' ? new WheelEvent(type, init) : new MouseEvent(type, init));
}

/** Frame costs while `step` runs once per frame for `frames` frames, then `end` and 500 ms of settling. */
async function measure(
  cy: Core,
  frames: number,
  step: (i: number) => void,
  end: () => void = () => undefined,
): Promise<FrameStats> {
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
  await nextFrame();
  const stop = recordFrames();
  for (let i = 0; i < frames; i++) {
    step(i);
    await nextFrame();
  }
  // The frame with the last step still has to draw it.
  await nextFrame();
  const recs = await stop();
  end();
  const stopRelease = recordFrames();
  await sleep(500);
  const release = await stopRelease();
  cy.off('viewport', track);
  // The first record is the frame in which the first step ran, before anything had moved.
  const gesture = recs.slice(1);
  const costs = gesture.map((f: FrameRecord) => f.costMs);
  const drawn = gesture.filter((f) => f.drew);
  return {
    costMeanMs: costs.reduce((a, b) => a + b, 0) / Math.max(1, costs.length),
    costMedianMs: median(costs),
    costWorstMs: Math.max(0, ...costs),
    drawMs: median(drawn.map((f) => f.drawMs)),
    intervalMs: median(gesture.slice(1).map((f, i) => f.start - gesture[i]!.start)),
    releaseWorstMs: Math.max(0, ...release.map((f) => f.costMs)),
    frames: drawn.length,
    moved,
  };
}

/** A drag on the empty background, as a user pans: mousedown, one mousemove per frame, mouseup. */
async function dragPan(cy: Core, frames: number): Promise<FrameStats> {
  const box = cy.container()!.getBoundingClientRect();
  const start = { x: box.left + 6, y: box.top + box.height / 2 };
  fire('mousedown', start.x, start.y, document.elementFromPoint(start.x, start.y)!, { buttons: 1 });
  return measure(
    cy,
    frames,
    (i) => {
      const dx = 4 * (i + 1) * (i % 40 < 20 ? 1 : -1);
      const x = start.x + Math.abs(dx);
      const y = start.y + (i % 7);
      // As a real mouse: the move goes to the element under the pointer and bubbles to the window.
      fire('mousemove', x, y, document.elementFromPoint(x, y) ?? window, { buttons: 1 });
    },
    () => fire('mouseup', start.x, start.y, document.elementFromPoint(start.x, start.y) ?? window),
  );
}

/** Wheel zooming around the centre, in then out. */
async function wheelZoom(cy: Core, frames: number): Promise<FrameStats> {
  const box = cy.container()!.getBoundingClientRect();
  const at = { x: box.left + box.width / 2, y: box.top + box.height / 2 };
  const target = document.elementFromPoint(at.x, at.y)!;
  return measure(cy, frames, (i) =>
    fire('wheel', at.x, at.y, target, { deltaY: i % 20 < 10 ? -40 : 40 } as MouseEventInit),
  );
}

async function run(cfg: BenchConfig): Promise<BenchResult> {
  const container = document.getElementById('cy')!;
  const { subgraph, positions } = syntheticGraph(cfg.nodes, cfg.seed);
  const elements = toElements(subgraph);
  for (const n of elements.nodes) n.position = positions[n.data.id];
  await nextFrame();
  await sleep(50);

  const t0 = performance.now();
  let cy: Core;
  let tier = 'default';
  let view: GraphView | null = null;
  if (cfg.mode === 'viewer') {
    const base = tuningFor(elements.nodes.length, elements.edges.length);
    const tuning = {
      ...base,
      options: { ...base.options, ...cfg.viewerOptions },
      dragPan: cfg.viewerDragPan ?? base.dragPan,
    };
    view = new GraphView(container, elements, { onSelect: () => undefined }, tuning);
    cy = view.cy;
    tier = view.tuning.tier;
  } else if (cfg.mode === 'styled') {
    const { style } = tuningFor(elements.nodes.length, elements.edges.length);
    cy = cytoscape({
      container,
      elements: withStyleData(elements),
      style: buildStyle(style),
      layout: { name: 'preset' },
    });
  } else {
    cy = cytoscape({
      container,
      elements: [...elements.nodes, ...elements.edges] as ElementDefinition[],
      layout: { name: 'preset' },
    });
  }
  // Both constructors draw on a later frame, so these hooks are in place before the first drawing.
  const built = performance.now();
  instrument(cy);
  const stopFirst = recordFrames();
  const firstRenderMs = (await endOfNextDraw(cy)) - t0;
  const firstFrames = await stopFirst();
  const constructorMs = built - t0;
  const firstFrameMs = firstFrames.find((f) => f.drew)?.costMs ?? 0;
  if (cfg.gestures === false) {
    const stats = { costMeanMs: 0, costMedianMs: 0, costWorstMs: 0, drawMs: 0, intervalMs: 0 };
    const none: FrameStats = { ...stats, releaseWorstMs: 0, frames: 0, moved: 0 };
    const r = { nodes: cy.nodes().length, edges: cy.edges().length };
    cy.destroy();
    const first = { firstRenderMs, constructorMs, firstFrameMs };
    return {
      mode: cfg.mode,
      ...r,
      tier,
      ...first,
      coldDrag: none,
      wheelZoom: none,
      warmDrag: none,
      panBy: none,
      idle: none,
      filterStepMs: 0,
      sameStateMs: 0,
    };
  }

  const coldDrag = await dragPan(cy, cfg.frames);
  const wheel = await wheelZoom(cy, cfg.frames);
  cy.fit(undefined, 30);
  await sleep(1000);
  const warmDrag = await dragPan(cy, cfg.frames);
  const panBy = await measure(cy, cfg.frames, (i) => cy.panBy({ x: i % 40 < 20 ? 4 : -4, y: 0 }));
  await sleep(500);
  const idle = await measure(cy, cfg.frames, () => undefined);
  const filter = await filterSteps(cy, view);

  const result: BenchResult = {
    mode: cfg.mode,
    nodes: cy.nodes().length,
    edges: cy.edges().length,
    tier,
    firstRenderMs,
    constructorMs,
    firstFrameMs,
    coldDrag,
    wheelZoom: wheel,
    warmDrag,
    panBy,
    idle,
    ...filter,
  };
  cy.destroy();
  return result;
}

/**
 * A filter or time-slider step that hides a third of the nodes (and their edges), then the same
 * state applied again, as the page does after a click. The viewer goes through GraphView; the plain
 * page sets each element's display with a style bypass, as a page without GraphView would.
 */
async function filterSteps(cy: Core, view: GraphView | null) {
  const hidden = new Set<string>();
  cy.nodes().forEach((n, i) => {
    if (i % 3 === 0) hidden.add(n.id());
  });
  cy.edges().forEach((e) => {
    if (hidden.has(e.source().id()) || hidden.has(e.target().id())) hidden.add(e.id());
  });
  const shown = new Map<string, number>();
  cy.edges().forEach((e) => {
    if (!hidden.has(e.id())) shown.set(e.id(), e.data('shown') as number);
  });
  const apply = () => {
    if (view)
      view.applyVisibility({
        hidden,
        faded: new Set(),
        possible: new Set(),
        looks: new Map(),
        shown,
        walkable: new Set(),
        nodeCount: 0,
        edgeCount: 0,
      });
    else
      cy.batch(() => {
        cy.elements().forEach((el) => {
          el.style('display', hidden.has(el.id()) ? 'none' : 'element');
        });
      });
  };
  const timed = async () => {
    const t = performance.now();
    apply();
    await endOfNextFrame();
    return performance.now() - t;
  };
  await sleep(200);
  const filterStepMs = await timed();
  await sleep(200);
  const sameStateMs = await timed();
  return { filterStepMs, sameStateMs };
}

/** For browser tests: the viewer's canvas with a synthetic graph of `nodes`, left on the page. */
async function show(nodes: number): Promise<{ tier: string; dragPan: string }> {
  const { subgraph, positions } = syntheticGraph(nodes, 42);
  const elements = toElements(subgraph);
  for (const n of elements.nodes) n.position = positions[n.data.id];
  window.benchView?.cy.destroy();
  const view = new GraphView(document.getElementById('cy')!, elements, { onSelect: () => undefined });
  window.benchView = view;
  await endOfNextDraw(view.cy);
  return { tier: view.tuning.tier, dragPan: view.tuning.dragPan };
}

/**
 * What draws WebGL in this browser (e.g. "SwiftShader", Chromium's software GL, when there is no
 * GPU), so that figures from Cytoscape's WebGL renderer can be read for what they are.
 */
function glRenderer(): string {
  const gl = document.createElement('canvas').getContext('webgl2');
  if (!gl) return 'no WebGL 2';
  const info = gl.getExtension('WEBGL_debug_renderer_info');
  return String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
}

declare global {
  interface Window {
    bench: {
      run(cfg: BenchConfig): Promise<BenchResult>;
      show(nodes: number): Promise<{ tier: string; dragPan: string }>;
      glRenderer(): string;
    };
    benchView?: GraphView;
  }
}
window.bench = { run, show, glRenderer };
