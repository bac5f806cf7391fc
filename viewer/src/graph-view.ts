// The Cytoscape canvas: builds it with settings chosen by graph size, applies visibility and
// highlights in one batch, runs layouts, selects and centres, and draws PNG and SVG pictures.
import cytoscape, { type Core, type ElementDefinition } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import svg from 'cytoscape-svg';
import { layoutOptions } from './layouts.ts';
import { hashString, withSeededRandom } from './seeded-random.ts';
import { tuningFor, type RenderTuning } from './performance.ts';
import { lazyLabels } from './lazy-labels.ts';
import { transformPan } from './transform-pan.ts';
import { buildStyle, edgeStyleData, nodeStyleData } from './style.ts';
import type { Look } from './edge-look.ts';
import type { Added } from './graph-store.ts';
import type { ElementSet } from './to-elements.ts';
import type { LayoutName } from './url-state.ts';
import type { Visibility } from './visibility.ts';

cytoscape.use(fcose);
cytoscape.use(svg);

export interface ViewHandlers {
  onSelect(id: string | null): void;
}

const FIT_PADDING = 30;

/** Zoom and pan that fit the given node positions in the container (what fit() would give). */
export function initialViewport(
  nodes: readonly { position?: { x: number; y: number } }[],
  container: HTMLElement,
): { zoom: number; pan: { x: number; y: number } } | Record<string, never> {
  let x1 = Infinity;
  let y1 = Infinity;
  let x2 = -Infinity;
  let y2 = -Infinity;
  for (const n of nodes) {
    if (!n.position) return {};
    x1 = Math.min(x1, n.position.x);
    x2 = Math.max(x2, n.position.x);
    y1 = Math.min(y1, n.position.y);
    y2 = Math.max(y2, n.position.y);
  }
  const w = container.clientWidth;
  const h = container.clientHeight;
  if (!nodes.length || !w || !h) return {};
  const margin = 24; // a node's size, so the outermost nodes are not cut
  const zoom = Math.min(
    4,
    (w - 2 * FIT_PADDING) / (x2 - x1 + margin),
    (h - 2 * FIT_PADDING) / (y2 - y1 + margin),
  );
  return { zoom, pan: { x: (w - zoom * (x1 + x2)) / 2, y: (h - zoom * (y1 + y2)) / 2 } };
}

/** The elements with the per-element style values the stylesheet reads (style.ts). */
export function withStyleData(elements: ElementSet): ElementDefinition[] {
  const nodes = elements.nodes.map((n) => ({ ...n, data: { ...n.data, ...nodeStyleData(n.data) } }));
  const edges = elements.edges.map((e) => ({ ...e, data: { ...e.data, ...edgeStyleData(e.data) } }));
  return [...nodes, ...edges];
}

export class GraphView {
  readonly cy: Core;
  readonly tuning: RenderTuning;
  private layoutRun: cytoscape.Layouts | null = null;
  /** What applyVisibility and highlight last applied, so the next call touches only changes. */
  private applied: {
    hidden: ReadonlySet<string>;
    faded: ReadonlySet<string>;
    possible: ReadonlySet<string>;
    looks: ReadonlyMap<string, Look>;
  } = { hidden: new Set(), faded: new Set(), possible: new Set(), looks: new Map() };
  private trailKey = '';

  /** `tuning` defaults to what performance.ts picks for the size; the benchmark passes variants. */
  constructor(
    container: HTMLElement,
    elements: ElementSet,
    handlers: ViewHandlers,
    tuning: RenderTuning = tuningFor(elements.nodes.length, elements.edges.length),
  ) {
    this.tuning = tuning;
    this.cy = cytoscape({
      container,
      elements: withStyleData(elements),
      style: buildStyle(this.tuning.style),
      // The first fit comes from the node positions alone (initialViewport): Cytoscape's own fit
      // would measure every element, labels included, before the first frame.
      layout: { name: 'preset', fit: false },
      ...initialViewport(elements.nodes, container),
      minZoom: 0.05,
      maxZoom: 4,
      selectionType: 'single',
      boxSelectionEnabled: false,
      ...this.tuning.options,
    });
    this.cy.on('tap', (ev) => {
      if (ev.target === this.cy) handlers.onSelect(null);
      else handlers.onSelect(ev.target.id());
    });
    if (this.tuning.style.labels === 'lazy') lazyLabels(this.cy, this.tuning.style.minZoomedFontSize);
    // The bitmap that transform-pan moves is read back from the drawn canvas; under Cytoscape's WebGL
    // renderer that read-back stalled a drag for seconds (bench/ --webgl), so WebGL pans its own way.
    if (this.tuning.dragPan === 'transform' && !this.tuning.options.webgl) transformPan(this.cy);
    this.cy.on('mouseover', 'edge', (ev) => ev.target.addClass('hover'));
    this.cy.on('mouseout', 'edge', (ev) => ev.target.removeClass('hover'));
  }

  /**
   * Hides, fades, marks and re-weights elements, and gives each edge its look. Only the elements whose state changed since the last call
   * are touched, and hiding is a class rather than a style bypass: the page calls this on every
   * change of state (a click too), and a pass over every element of a big graph took longer than
   * the frame it had.
   */
  applyVisibility(v: Visibility) {
    const previous = this.applied;
    const changed: cytoscape.CollectionReturnValue[] = [];
    this.cy.batch(() => {
      for (const [cls, next, prev] of [
        ['hidden', v.hidden, previous.hidden],
        ['faded', v.faded, previous.faded],
        ['possible', v.possible, previous.possible],
      ] as const) {
        for (const id of next) if (!prev.has(id)) changed.push(this.cy.getElementById(id).addClass(cls));
        for (const id of prev) if (!next.has(id)) changed.push(this.cy.getElementById(id).removeClass(cls));
      }
      // An edge with no class draws as an asserted fact; a hidden edge keeps its last look.
      for (const [id, look] of v.looks) {
        const before = previous.looks.get(id) ?? 'asserted';
        if (before === look) continue;
        const edge = this.cy.getElementById(id);
        if (before !== 'asserted') edge.removeClass(`look-${before}`);
        if (look !== 'asserted') edge.addClass(`look-${look}`);
      }
      for (const [id, shown] of v.shown) {
        const edge = this.cy.getElementById(id);
        if (edge.nonempty() && edge.data('shown') !== shown) edge.data('shown', shown);
      }
    });
    // Cytoscape restyles after a class change lazily, and until then ':visible' and visible() answer
    // from the old style; layouts, fits and paths that follow in the same turn need the new one.
    for (const el of changed) el.style('display');
    const looks = new Map(previous.looks);
    for (const [id, look] of v.looks) looks.set(id, look);
    this.applied = {
      hidden: new Set(v.hidden),
      faded: new Set(v.faded),
      possible: new Set(v.possible),
      looks,
    };
  }

  /**
   * Draws entities and edges fetched after the first view (a part of a large graph). A new node
   * starts beside a drawn neighbour (or in the middle of the view), a little apart from it by a
   * seeded amount, so an incremental layout moves it from near where it belongs and one view
   * always looks the same.
   */
  add(added: Added) {
    if (!added.nodes.length && !added.edges.length) return;
    const drawn = (id: string) => {
      const n = this.cy.getElementById(id);
      return n.nonempty() ? n.position() : undefined;
    };
    const anchors = new Map<string, { x: number; y: number }>();
    for (const e of added.edges) {
      const s = drawn(e.data.source);
      const t = drawn(e.data.target);
      if (s && !t && !anchors.has(e.data.target)) anchors.set(e.data.target, s);
      if (t && !s && !anchors.has(e.data.source)) anchors.set(e.data.source, t);
    }
    const ext = this.cy.extent();
    const middle = { x: (ext.x1 + ext.x2) / 2, y: (ext.y1 + ext.y2) / 2 };
    const nodes = added.nodes.map((n) => {
      const at = anchors.get(n.data.id) ?? middle;
      const h = hashString(n.data.id);
      const angle = ((h % 360) * Math.PI) / 180;
      const r = 40 + ((h >>> 9) % 80);
      return { ...n, position: { x: at.x + r * Math.cos(angle), y: at.y + r * Math.sin(angle) } };
    });
    this.cy.add(withStyleData({ nodes, edges: added.edges, dangling: 0 }));
  }

  /** Brings the given elements into view (a path or a lineage that was just asked for). */
  show(ids: string[], animate = this.tuning.animate) {
    const els = ids
      .reduce((acc, id) => acc.union(this.cy.getElementById(id)), this.cy.collection())
      .filter(':visible');
    if (els.empty()) return;
    if (animate) this.cy.animate({ fit: { eles: els, padding: 60 }, duration: 350 });
    else this.cy.fit(els, 60);
  }

  /** Marks a path or lineage: its elements stand out, everything else is dimmed. */
  highlight(trail: { nodes: string[]; edges: string[] } | null) {
    // Every element changes class, so do it only when the trail itself changed.
    const key = trail ? [...trail.nodes, '|', ...trail.edges].join(' ') : '';
    if (key === this.trailKey) return;
    this.trailKey = key;
    this.cy.batch(() => {
      this.cy.elements().removeClass('trail dimmed');
      if (!trail) return;
      const ids = new Set([...trail.nodes, ...trail.edges]);
      this.cy.elements().forEach((el) => {
        el.addClass(ids.has(el.id()) ? 'trail' : 'dimmed');
      });
    });
  }

  select(id: string | null, centre: boolean) {
    this.cy.batch(() => {
      this.cy.elements(':selected').unselect();
      if (id) this.cy.getElementById(id).select();
    });
    if (!id || !centre) return;
    const el = this.cy.getElementById(id);
    if (el.empty() || !el.visible()) return;
    const zoom = Math.min(Math.max(this.cy.zoom(), 1), 1.6);
    if (this.tuning.animate) this.cy.animate({ center: { eles: el }, zoom, duration: 350 });
    else {
      this.cy.zoom(zoom);
      this.cy.center(el);
    }
  }

  /**
   * Runs the layout over the visible elements; resolves when it has finished. `incremental` keeps
   * the current positions as the start (expanding a neighbourhood should not reshuffle the rest).
   */
  layout(
    name: LayoutName,
    opt: { roots?: string[]; incremental?: boolean; animate?: boolean; draft?: boolean } = {},
  ): Promise<void> {
    const roots = opt.roots;
    this.layoutRun?.stop();
    const visible = this.cy.elements(':visible');
    if (visible.empty()) return Promise.resolve();
    const rootEls = roots?.length
      ? roots.reduce((acc, r) => acc.union(this.cy.getElementById(r)), this.cy.collection())
      : undefined;
    const opts = layoutOptions(name, {
      animate: (opt.animate ?? this.tuning.animate) && visible.length < 400,
    });
    if (opt.incremental && name === 'fcose') Object.assign(opts, { randomize: false, quality: 'proof' });
    // fcose's draft is its spectral start alone, without the force-directed steps that took most of
    // a first overview's time in the browser (profiled at 10,000 entities).
    else if (opt.draft && name === 'fcose') Object.assign(opts, { quality: 'draft' });
    if (rootEls && name === 'breadthfirst') (opts as { roots?: unknown }).roots = rootEls;
    const run = visible.layout(opts);
    this.layoutRun = run;
    const done = run.promiseOn('layoutstop').then(() => undefined);
    // Seeded by what is laid out, so the same view gets the same picture.
    withSeededRandom(hashString(visible.map((e) => e.id()).join('|')), () => run.run());
    return done;
  }

  fit() {
    this.cy.fit(this.cy.elements(':visible'), 30);
  }

  png(): Promise<Blob> {
    return this.cy.png({ output: 'blob-promise', full: true, scale: 2, bg: '#ffffff' });
  }

  svg(): string {
    return (this.cy as unknown as { svg(o: object): string }).svg({ full: true, scale: 1, bg: '#ffffff' });
  }
}
