// Renderer settings chosen by graph size: small graphs get full detail, big ones drop what costs
// most while panning (edges and labels redrawn every frame) and draw a cached texture instead.
import type { CytoscapeOptions } from 'cytoscape';
import type { StyleOptions } from './style.ts';

export interface RenderTuning {
  tier: 'small' | 'medium' | 'large';
  options: Pick<
    CytoscapeOptions,
    | 'hideEdgesOnViewport'
    | 'textureOnViewport'
    | 'pixelRatio'
    | 'motionBlur'
    | 'wheelSensitivity'
    | 'hideLabelsOnViewport'
  >;
  style: StyleOptions;
  /** Animate fit/centre: pleasant on small graphs, wasted frames on big ones. */
  animate: boolean;
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
      style: { minZoomedFontSize: 6, curveStyle: 'bezier', arrows: true },
      animate: true,
    };
  if (size < LARGE_FROM)
    return {
      tier: 'medium',
      options: { motionBlur: false, pixelRatio: 1, textureOnViewport: true, hideEdgesOnViewport: true },
      style: { minZoomedFontSize: 9, curveStyle: 'bezier', arrows: true },
      animate: false,
    };
  return {
    tier: 'large',
    options: {
      motionBlur: false,
      pixelRatio: 1,
      textureOnViewport: true,
      hideEdgesOnViewport: true,
      hideLabelsOnViewport: true,
    },
    style: { minZoomedFontSize: 12, curveStyle: 'haystack', arrows: false },
    animate: false,
  };
}
