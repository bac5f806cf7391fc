// Per-frame main-thread cost, measured below the 60 Hz cap that headless Chromium keeps even with
// vsync flags: a frame runs from its first requestAnimationFrame callback to a message posted from
// it (that message runs once the frame's style, paint, canvas flush and commit are done).
import type { Core } from 'cytoscape';

export interface FrameRecord {
  /** performance.now() when the frame's first rAF callback started. */
  start: number;
  /** Main-thread ms for the frame, without Cytoscape's texture-cache filling (see fillMs). */
  costMs: number;
  /** ms in the renderer's draw call (CanvasRenderer.render). */
  drawMs: number;
  /**
   * ms Cytoscape spent filling its element/layer texture caches in this frame. It sizes that work
   * to the frame's spare time (up to 90% of 16.7 ms when drawing is fast), so it never makes a
   * frame later; counting it would penalise a renderer for drawing fast.
   */
  fillMs: number;
  /** Whether Cytoscape drew in this frame. */
  drew: boolean;
}

interface Current {
  start: number;
  drawMs: number;
  fillMs: number;
  drew: boolean;
}

/** Cytoscape's beforeRender priorities for texture-cache dequeueing (eleTxrDeq, lyrTxrDeq). */
const FILL_PRIORITIES = new Set([200, 150]);

let current: Current | null = null;
let recording: FrameRecord[] | null = null;
const channel = new MessageChannel();
const flushed: (() => void)[] = [];
channel.port1.onmessage = (ev: MessageEvent<'frame' | 'flush'>) => {
  if (ev.data === 'flush') {
    flushed.shift()?.();
    return;
  }
  const c = current;
  current = null;
  if (!c || !recording) return;
  const total = performance.now() - c.start;
  recording.push({
    start: c.start,
    costMs: total - c.fillMs,
    drawMs: c.drawMs,
    fillMs: c.fillMs,
    drew: c.drew,
  });
};

const rawRaf = window.requestAnimationFrame.bind(window);
window.requestAnimationFrame = (cb: FrameRequestCallback) =>
  rawRaf((ts) => {
    if (!current) {
      current = { start: performance.now(), drawMs: 0, fillMs: 0, drew: false };
      channel.port2.postMessage('frame');
    }
    cb(ts);
  });

interface RendererInternals {
  render: (...a: unknown[]) => unknown;
  beforeRenderCallbacks: { fn: (...a: unknown[]) => unknown; priority: number }[];
}

/** Times the renderer's draw calls and cache filling into the current frame. Call once per cy. */
export function instrument(cy: Core) {
  const r = (cy as unknown as { renderer(): RendererInternals }).renderer();
  const render = r.render;
  r.render = function (this: unknown, ...args: unknown[]) {
    const t = performance.now();
    const out = render.apply(this, args);
    if (current) {
      current.drawMs += performance.now() - t;
      current.drew = true;
    }
    return out;
  };
  for (const cb of r.beforeRenderCallbacks) {
    if (!FILL_PRIORITIES.has(cb.priority)) continue;
    const fn = cb.fn;
    cb.fn = function (this: unknown, ...args: unknown[]) {
      const t = performance.now();
      const out = fn.apply(this, args);
      if (current) current.fillMs += performance.now() - t;
      return out;
    };
  }
}

/** Records every frame until the returned function is called; it resolves once the last frame ended. */
export function recordFrames(): () => Promise<FrameRecord[]> {
  const frames: FrameRecord[] = [];
  recording = frames;
  return async () => {
    // A frame already ended has its message queued ahead of this one on the same channel.
    await new Promise<void>((r) => {
      flushed.push(r);
      channel.port2.postMessage('flush');
    });
    if (recording === frames) recording = null;
    return frames;
  };
}

/** Called inside a frame: resolves once that frame has been painted, with that moment. */
function endOfThisFrame(): Promise<number> {
  return new Promise((resolve) => {
    const mc = new MessageChannel();
    mc.port1.onmessage = () => resolve(performance.now());
    mc.port2.postMessage(0);
  });
}

/**
 * Resolves when the frame in which Cytoscape draws next has ended, with that moment. It hooks the
 * renderer's draw call, not the 'render' event: Cytoscape's WebGL renderer draws without emitting it.
 * The hook stays in place (a no-op once resolved), so hooks laid over it later are not undone.
 */
export function endOfNextDraw(cy: Core): Promise<number> {
  const r = (cy as unknown as { renderer(): RendererInternals }).renderer();
  const render = r.render;
  return new Promise((resolve) => {
    let waiting = true;
    r.render = function (this: unknown, ...args: unknown[]) {
      const out = render.apply(this, args);
      if (waiting) {
        waiting = false;
        void endOfThisFrame().then(resolve);
      }
      return out;
    };
  });
}

/** Resolves when the next frame (whatever Cytoscape draws in it included) has been painted. */
export function endOfNextFrame(): Promise<number> {
  return new Promise((resolve) => requestAnimationFrame(() => void endOfThisFrame().then(resolve)));
}
