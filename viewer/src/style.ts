// How the graph looks: node shape by kind (Group, Event, Place), colour by category, edge colour and
// line style by relationship type, arrows only for directed types. The legend reads the same tables.
import type { StylesheetJson } from 'cytoscape';
import { RELATIONSHIP_TYPES, type EntityLabel, type RelationshipType } from '../../core/model.ts';

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

export type LineStyle = 'solid' | 'dashed' | 'dotted';

export interface TypeStyle {
  colour: string;
  line: LineStyle;
}

/** Known types; a type added to the model later still draws, with FALLBACK_TYPE_STYLE. */
export const TYPE_STYLES: Partial<Record<RelationshipType, TypeStyle>> &
  Record<string, TypeStyle | undefined> = {
  DEFECTED_FROM: { colour: '#6a1b9a', line: 'dashed' },
  OFFSHOOT_OF: { colour: '#6a1b9a', line: 'solid' },
  AFFILIATE_OF: { colour: '#283593', line: 'solid' },
  BRANCH_OF: { colour: '#283593', line: 'dashed' },
  LINKED_TO: { colour: '#616161', line: 'dashed' },
  RIVAL_OF: { colour: '#d32f2f', line: 'dashed' },
  CLASHED_WITH: { colour: '#b71c1c', line: 'solid' },
  TARGETED: { colour: '#e65100', line: 'solid' },
  COOPERATED_WITH: { colour: '#2e7d32', line: 'solid' },
  FUNDED_BY: { colour: '#a67c00', line: 'solid' },
  NEGOTIATED_WITH: { colour: '#388e3c', line: 'dotted' },
  PUT_IN_CHARGE_OF: { colour: '#00695c', line: 'dotted' },
  CLAIMED: { colour: '#ef6c00', line: 'dashed' },
  CARRIED_OUT: { colour: '#bf360c', line: 'solid' },
  SUSPECTED_OF: { colour: '#ef6c00', line: 'dotted' },
  PARTY_TO: { colour: '#795548', line: 'solid' },
  RESPONSE_TO: { colour: '#5d4037', line: 'dashed' },
  LED_TO: { colour: '#5d4037', line: 'dotted' },
  OPERATES_IN: { colour: '#00897b', line: 'solid' },
  BASED_IN: { colour: '#00897b', line: 'dashed' },
  OCCURRED_IN: { colour: '#78909c', line: 'solid' },
  PART_OF: { colour: '#9e9e9e', line: 'dotted' },
};

export const FALLBACK_TYPE_STYLE: TypeStyle = { colour: '#757575', line: 'solid' };

export function typeStyle(type: string): TypeStyle {
  return TYPE_STYLES[type] ?? FALLBACK_TYPE_STYLE;
}

export interface StyleOptions {
  /** Labels smaller than this on screen are not drawn. */
  minZoomedFontSize: number;
  /** 'bezier' keeps parallel edges apart; 'haystack' is much faster for big graphs. */
  curveStyle: 'bezier' | 'haystack';
  /** Arrowheads on directed types (haystack edges cannot draw them). */
  arrows: boolean;
  /** Dashed and dotted line styles per type; dashes are slow to draw in bulk. */
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
  return { _colour: s.colour, _line: s.line, _arrow: info ? !info.symmetric : true };
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
        ...(opts.dashes ? { 'line-style': 'data(_line)' as never } : {}),
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
    // A class, not a per-element style bypass: toggling it is cheap (graph-view.ts applyVisibility).
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
