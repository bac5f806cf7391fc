// Renderer settings chosen by graph size. Small graphs (the seeded one) get full detail; bigger ones
// drop what costs most to build and draw (curved edges, dashed and dotted lines, arrowheads, label
// properties on every node) and drag-pan by moving a picture of the node layer (transform-pan.ts).
// hideEdgesOnViewport stays off, and textureOnViewport is on for the medium tier only: each forces
// a full redraw at a gesture's start or end, which cost more than it saved in bench/ except for
// wheel zoom at medium size (Cytoscape's layered caches already make warm pans cheap).
import type { CytoscapeOptions } from 'cytoscape';
import { DEFAULT_STYLE_OPTIONS, type StyleOptions } from './style.ts';

export interface RenderTuning {
  tier: 'small' | 'medium' | 'large';
  options: Pick<
    CytoscapeOptions,
    | 'hideEdgesOnViewport'
    | 'textureOnViewport'
    | 'pixelRatio'
    | 'motionBlur'
    | 'hideLabelsOnViewport'
    // Cytoscape's experimental WebGL renderer: left at its default (off) at every tier, because it
    // cannot be measured where the tests run (software GL); `npm run bench:viewer -- --webgl` tries it.
    | 'webgl'
  >;
  style: StyleOptions;
  /** Animate fit and centring: pleasant on small graphs, wasted frames on big ones. */
  animate: boolean;
  /**
   * Mouse drag-panning: 'cytoscape' redraws every frame; 'transform' moves a picture of the drawn
   * node layer with a CSS transform and redraws once on release (transform-pan.ts).
   */
  dragPan: 'cytoscape' | 'transform';
}

/** Thresholds in drawn elements (nodes + edges). */
export const MEDIUM_FROM = 400;
export const LARGE_FROM = 6000;

export function tuningFor(nodeCount: number, edgeCount: number): RenderTuning {
  const size = nodeCount + edgeCount;
  if (size < MEDIUM_FROM)
    return {
      tier: 'small',
      options: {
        motionBlur: false,
        pixelRatio: 'auto',
        textureOnViewport: false,
        hideEdgesOnViewport: false,
      },
      style: { ...DEFAULT_STYLE_OPTIONS, minZoomedFontSize: 6 },
      animate: true,
      dragPan: 'cytoscape',
    };
  const fast = {
    motionBlur: false,
    pixelRatio: 1,
    textureOnViewport: false,
    hideEdgesOnViewport: false,
    hideLabelsOnViewport: true,
  };
  if (size < LARGE_FROM)
    return {
      tier: 'medium',
      // Wheel zoom on a texture: 5x cheaper per frame than redrawing at this size in bench/, for
      // one texture draw when a gesture starts. At the large tier that draw alone took over 1 s.
      options: { ...fast, textureOnViewport: true },
      style: {
        minZoomedFontSize: 9,
        curveStyle: 'haystack',
        arrows: false,
        dashes: false,
        widthBySources: true,
        labels: 'lazy',
        lean: true,
        sizes: false,
      },
      animate: false,
      dragPan: 'transform',
    };
  return {
    tier: 'large',
    options: fast,
    style: {
      minZoomedFontSize: 12,
      curveStyle: 'haystack',
      arrows: false,
      dashes: false,
      widthBySources: false,
      labels: 'lazy',
      lean: true,
      sizes: false,
    },
    animate: false,
    dragPan: 'transform',
  };
}
