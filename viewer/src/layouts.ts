// Layout options per layout name. fcose is tuned for readability of a few hundred labelled nodes:
// generous edge length and repulsion, tiled disconnected parts, no animation on big graphs.
import type { LayoutOptions } from 'cytoscape';
import type { LayoutName } from './url-state.ts';

export const LAYOUT_LABELS: Record<LayoutName, string> = {
  fcose: 'Force-directed (fcose)',
  concentric: 'Concentric (by degree)',
  breadthfirst: 'Tree (breadth-first)',
  circle: 'Circle',
  grid: 'Grid',
};

export function layoutOptions(name: LayoutName, opts: { animate: boolean; roots?: string[] }): LayoutOptions {
  const common = { fit: true, padding: 30, animate: opts.animate, animationDuration: 400 };
  switch (name) {
    case 'fcose':
      return {
        name: 'fcose',
        ...common,
        quality: 'default',
        randomize: true,
        nodeDimensionsIncludeLabels: true,
        idealEdgeLength: () => 90,
        nodeRepulsion: () => 9000,
        edgeElasticity: () => 0.3,
        gravity: 0.3,
        gravityRangeCompound: 1.5,
        numIter: 2500,
        tile: true,
        tilingPaddingVertical: 20,
        tilingPaddingHorizontal: 20,
        packComponents: true,
      } as LayoutOptions;
    case 'concentric':
      return {
        name: 'concentric',
        ...common,
        minNodeSpacing: 24,
        concentric: (n: { degree: (loops: boolean) => number }) => n.degree(false),
        levelWidth: () => 2,
      } as LayoutOptions;
    case 'breadthfirst':
      return {
        name: 'breadthfirst',
        ...common,
        directed: false,
        spacingFactor: 1.1,
        ...(opts.roots?.length ? { roots: opts.roots.map((r) => `#${CSS.escape(r)}`).join(',') } : {}),
      } as LayoutOptions;
    case 'circle':
      return { name: 'circle', ...common, avoidOverlap: true } as LayoutOptions;
    case 'grid':
      return { name: 'grid', ...common, avoidOverlap: true, avoidOverlapPadding: 16 } as LayoutOptions;
  }
}
