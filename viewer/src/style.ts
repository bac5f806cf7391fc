// How the graph looks: node shape by kind (Group, Event, Place), colour by category, edge colour by
// relationship type, line pattern by what the statement is (fact, aim, forecast, unclear, denied),
// arrows only for directed types, faded or outlined by time. The legend reads the same tables.
import type { StylesheetJson } from 'cytoscape';
import { RELATIONSHIP_TYPES, type EntityLabel, type RelationshipType } from '../../core/model.ts';
import type { Look } from './edge-look.ts';

export const LABEL_SHAPES: Record<EntityLabel, string> = {
  Group: 'ellipse',
  Event: 'diamond',
  Place: 'round-rectangle',
};

/** Colour-blind-aware families: groups warm/strong, events orange-brown, places green-teal. */
export const CATEGORY_COLOURS: Record<string, string> = {
  'militant-group': '#c62828',
  'criminal-network': '#7b1fa2',
  'state-force': '#1565c0',
  state: '#0d2f6b',
  coalition: '#00838f',
  donors: '#b28704',
  'international-organisation': '#546e7a',
  attack: '#ef6c00',
  'attempted-attack': '#ffa726',
  surrender: '#8d6e63',
  deal: '#2e7d32',
  offensive: '#d84315',
  airstrike: '#6d4c41',
  'seizure-of-power': '#4a148c',
  withdrawal: '#90a4ae',
  negotiation: '#66bb6a',
  founding: '#ad1457',
  region: '#a5d6a7',
  country: '#43a047',
  province: '#26a69a',
  city: '#4db6ac',
  district: '#80cbc4',
  facility: '#b2dfdb',
};

/** A relationship type is told by its colour; the line's pattern tells the statement (edge-look.ts). */
export interface TypeStyle {
  colour: string;
}

/** Known types, by family (lineage purples and blues, conflict reds, events browns, places teals). */
export const TYPE_STYLES: Partial<Record<RelationshipType, TypeStyle>> &
  Record<string, TypeStyle | undefined> = {
  DEFECTED_FROM: { colour: '#6a1b9a' },
  OFFSHOOT_OF: { colour: '#ab47bc' },
  AFFILIATE_OF: { colour: '#283593' },
  BRANCH_OF: { colour: '#5c6bc0' },
  DRAWS_MEMBERS_FROM: { colour: '#8e24aa' },
  LINKED_TO: { colour: '#616161' },
  RIVAL_OF: { colour: '#e53935' },
  CLASHED_WITH: { colour: '#b71c1c' },
  COUNTERS: { colour: '#ad1457' },
  TARGETED: { colour: '#e65100' },
  COOPERATED_WITH: { colour: '#2e7d32' },
  FUNDED_BY: { colour: '#a67c00' },
  NEGOTIATED_WITH: { colour: '#66bb6a' },
  PUT_IN_CHARGE_OF: { colour: '#00695c' },
  CLAIMED: { colour: '#f57c00' },
  CARRIED_OUT: { colour: '#bf360c' },
  SUSPECTED_OF: { colour: '#ffa000' },
  PARTY_TO: { colour: '#795548' },
  RESPONSE_TO: { colour: '#5d4037' },
  LED_TO: { colour: '#a1887f' },
  OPERATES_IN: { colour: '#00897b' },
  BASED_IN: { colour: '#0097a7' },
  CLAIMS_TERRITORY: { colour: '#004d40' },
  OCCURRED_IN: { colour: '#78909c' },
  PART_OF: { colour: '#9e9e9e' },
  PARTLY_IN: { colour: '#bdbdbd' },
};

export const FALLBACK_TYPE_STYLE: TypeStyle = { colour: '#757575' };

export function typeStyle(type: string): TypeStyle {
  return TYPE_STYLES[type] ?? FALLBACK_TYPE_STYLE;
}

/** The line of each statement look (edge-look.ts); CSS border styles for the legend's swatches too. */
export const LOOK_LINES: Record<Look, { line: 'solid' | 'dashed' | 'dotted'; opacity: number }> = {
  asserted: { line: 'solid', opacity: 1 },
  intended: { line: 'dashed', opacity: 1 },
  expected: { line: 'dashed', opacity: 0.5 },
  unclear: { line: 'dotted', opacity: 1 },
  denied: { line: 'dashed', opacity: 1 },
};

/** Denied statements are drawn in one colour whatever their type, with a ⊘ on the line. */
export const DENIED_COLOUR = '#b3261e';

export interface StyleOptions {
  /** Labels smaller than this on screen are not drawn. */
  minZoomedFontSize: number;
  /** 'bezier' keeps parallel edges apart; 'haystack' is much faster for big graphs. */
  curveStyle: 'bezier' | 'haystack';
  /** Arrowheads on directed types (haystack edges cannot draw them). */
  arrows: boolean;
  /** Dashed and dotted lines for aims, forecasts and unclear statements; dashes are slow to draw in bulk. */
  dashes: boolean;
  /** Edge width growing with the number of sources. */
  widthBySources: boolean;
  /** 'all': every node labelled; 'lazy': only nodes with class .labelled (see lazy-labels.ts). */
  labels: 'all' | 'lazy';
  /** No node borders and no edge transparency: fewer drawing passes for big graphs. */
  lean: boolean;
  /**
   * Node size by label (groups largest). Off: every node keeps Cytoscape's default size, which
   * costs nothing per node (see buildStyle).
   */
  sizes: boolean;
}

export const DEFAULT_STYLE_OPTIONS: StyleOptions = {
  minZoomedFontSize: 7,
  curveStyle: 'bezier',
  arrows: true,
  dashes: true,
  widthBySources: true,
  labels: 'all',
  lean: false,
  sizes: true,
};

const NODE_SIZE: Record<EntityLabel, [number, number]> = {
  Group: [22, 22],
  Event: [18, 18],
  Place: [20, 14],
};

/**
 * Per-element style values kept in element data, so the stylesheet needs one selector for all
 * category colours instead of one per category: style matching is a large part of building a big
 * graph. Shape and size go by label, through three selectors (see buildStyle).
 */
export function nodeStyleData(n: { category: string }) {
  return { _fill: CATEGORY_COLOURS[n.category] ?? '#888888' };
}

export function edgeStyleData(e: { type: string }) {
  const s = typeStyle(e.type);
  const info = RELATIONSHIP_TYPES[e.type as RelationshipType];
  return { _colour: s.colour, _arrow: info ? !info.symmetric : true };
}

/**
 * Every property that differs from Cytoscape's default costs per element when the graph is built
 * (on a node, each one also walks its connected edges to clear their caches), and one that moves
 * an element's bounds (label font, size, margins, arrow scale) also fires a bounds event for each.
 * So on big graphs (lazy labels, lean) label properties sit only on the nodes that show a label,
 * and properties equal to Cytoscape's defaults or unused (arrow colour without arrows) are left out:
 * no shape for groups (ellipse is the default), no sizes, the default edge width.
 */
export function buildStyle(opts: StyleOptions = DEFAULT_STYLE_OPTIONS): StylesheetJson {
  const label = { label: 'data(display)' };
  const labelLook = {
    'font-size': 12,
    'font-family': 'system-ui, sans-serif',
    color: '#1a1a1a',
    'text-valign': 'bottom',
    'text-margin-y': 3,
    'text-background-color': '#ffffff',
    'text-background-opacity': 0.75,
    'text-background-padding': '1px',
    'min-zoomed-font-size': opts.minZoomedFontSize,
  } as const;
  const lazy = opts.labels === 'lazy';
  const arrows = opts.arrows && opts.curveStyle !== 'haystack';
  const style: StylesheetJson = [
    {
      selector: 'node',
      style: {
        ...(lazy ? {} : { ...label, ...labelLook }),
        'background-color': 'data(_fill)',
        ...(opts.lean ? {} : { 'border-width': 1, 'border-color': '#ffffff' }),
      },
    },
    {
      selector: 'edge',
      style: {
        'curve-style': opts.curveStyle,
        ...(opts.widthBySources ? { width: 'mapData(shown, 1, 5, 1.5, 7)' } : {}),
        'line-color': 'data(_colour)',
        ...(arrows ? { 'target-arrow-color': 'data(_colour)', 'arrow-scale': 0.9 } : {}),
        ...(opts.lean ? {} : { opacity: 0.85 }),
      },
    },
  ];
  for (const label of Object.keys(LABEL_SHAPES) as EntityLabel[]) {
    const shape = LABEL_SHAPES[label];
    const [width, height] = NODE_SIZE[label];
    const look = {
      ...(shape !== 'ellipse' ? { shape: shape as never } : {}),
      ...(opts.sizes ? { width, height } : {}),
    };
    if (Object.keys(look).length) style.push({ selector: `node[label = "${label}"]`, style: look });
  }
  if (lazy)
    style.push({ selector: 'node.labelled, node:selected, node.trail', style: { ...label, ...labelLook } });
  if (arrows) style.push({ selector: 'edge[?_arrow]', style: { 'target-arrow-shape': 'triangle' } });
  style.push(
    {
      selector: 'edge:selected, edge.hover',
      style: {
        label: 'data(type)',
        'font-size': 9,
        'text-rotation': 'autorotate',
        'text-background-color': '#fff',
        'text-background-opacity': 0.85,
        opacity: 1,
        'z-index': 9,
      },
    },
    // Classes, not per-element style bypasses: toggling them is cheap (graph-view.ts applyVisibility).
    ...(opts.dashes
      ? (['intended', 'expected', 'unclear'] as const).map((look) => ({
          selector: `edge.look-${look}`,
          style: { 'line-style': LOOK_LINES[look].line, opacity: LOOK_LINES[look].opacity },
        }))
      : []),
    {
      selector: 'edge.look-denied',
      style: {
        'line-color': DENIED_COLOUR,
        'target-arrow-color': DENIED_COLOUR,
        ...(opts.dashes ? { 'line-style': 'dashed' as const } : {}),
        label: '⊘',
        'font-size': 16,
        color: DENIED_COLOUR,
        'text-background-color': '#ffffff',
        'text-background-opacity': 1,
        'text-background-shape': 'roundrectangle',
      },
    },
    // Only possible at the chosen date: light, with a dashed outline on nodes.
    {
      selector: 'node.possible',
      style: {
        'background-opacity': 0.25,
        'border-width': 2,
        'border-style': 'dashed',
        'border-color': 'data(_fill)',
      },
    },
    { selector: 'edge.possible', style: { opacity: 0.45, width: 1 } },
    { selector: '.hidden', style: { display: 'none' } },
    { selector: '.faded', style: { opacity: 0.15, 'text-opacity': 0.3 } },
    { selector: '.dimmed', style: { opacity: 0.2, 'text-opacity': 0.25 } },
    {
      selector: 'node:selected',
      style: {
        ...label,
        'border-width': 4,
        'border-color': '#ffb300',
        'z-index': 10,
        'font-weight': 'bold',
        'min-zoomed-font-size': 0,
      },
    },
    {
      selector: 'edge:selected',
      style: { 'underlay-color': '#ffb300', 'underlay-opacity': 0.5, 'underlay-padding': 4 },
    },
    {
      selector: '.trail',
      style: { 'underlay-color': '#1e88e5', 'underlay-opacity': 0.35, 'underlay-padding': 5, opacity: 1 },
    },
    { selector: 'node.trail', style: { ...label, 'min-zoomed-font-size': 0, 'z-index': 8 } },
  );
  return style;
}
