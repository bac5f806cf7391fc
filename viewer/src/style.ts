// How the graph looks: node shape by kind (Group, Event, Place), colour by category, edge colour and
// line style by relationship type, arrows only for directed types. The legend reads the same tables.
import type { StylesheetJson } from 'cytoscape';
import {
  RELATIONSHIP_TYPE_NAMES,
  RELATIONSHIP_TYPES,
  type EntityLabel,
  type RelationshipType,
} from '../../cypher/model.ts';

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
  /** Labels smaller than this on screen are not drawn (cheap at low zoom). */
  minZoomedFontSize: number;
  /** 'bezier' keeps parallel edges apart; 'haystack' is much faster for big graphs. */
  curveStyle: 'bezier' | 'haystack';
  /** Arrows cost a little per edge; big graphs may drop them. */
  arrows: boolean;
}

export const DEFAULT_STYLE_OPTIONS: StyleOptions = {
  minZoomedFontSize: 7,
  curveStyle: 'bezier',
  arrows: true,
};

export function buildStyle(opts: StyleOptions = DEFAULT_STYLE_OPTIONS): StylesheetJson {
  const style: StylesheetJson = [
    {
      selector: 'node',
      style: {
        label: 'data(display)',
        'font-size': 11,
        'font-family': 'system-ui, sans-serif',
        color: '#1a1a1a',
        'text-valign': 'bottom',
        'text-margin-y': 3,
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.75,
        'text-background-padding': '1px',
        'min-zoomed-font-size': opts.minZoomedFontSize,
        width: 22,
        height: 22,
        'background-color': '#888',
        'border-width': 1,
        'border-color': '#ffffff',
      },
    },
    ...(Object.entries(LABEL_SHAPES).map(([label, shape]) => ({
      selector: `node[label = "${label}"]`,
      style: { shape },
    })) as StylesheetJson),
    { selector: 'node[label = "Event"]', style: { width: 18, height: 18 } },
    { selector: 'node[label = "Place"]', style: { width: 20, height: 14 } },
    ...(Object.entries(CATEGORY_COLOURS).map(([category, colour]) => ({
      selector: `node[category = "${category}"]`,
      style: { 'background-color': colour },
    })) as StylesheetJson),
    {
      selector: 'edge',
      style: {
        'curve-style': opts.curveStyle,
        width: 'mapData(shown, 1, 5, 1.5, 7)',
        'line-color': '#999',
        'target-arrow-color': '#999',
        'arrow-scale': 0.9,
        opacity: 0.85,
      },
    },
    ...(RELATIONSHIP_TYPE_NAMES.map((type) => [type, typeStyle(type)] as const).map(([type, s]) => ({
      selector: `edge[type = "${type}"]`,
      style: { 'line-color': s.colour, 'target-arrow-color': s.colour, 'line-style': s.line },
    })) as StylesheetJson),
  ];
  if (opts.arrows) {
    const directed = Object.entries(RELATIONSHIP_TYPES)
      .filter(([, info]) => !info.symmetric)
      .map(([t]) => `edge[type = "${t}"]`)
      .join(', ');
    style.push({ selector: directed, style: { 'target-arrow-shape': 'triangle' } });
  }
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
    { selector: '.faded', style: { opacity: 0.15, 'text-opacity': 0.3 } },
    { selector: '.dimmed', style: { opacity: 0.2, 'text-opacity': 0.25 } },
    {
      selector: 'node:selected',
      style: { 'border-width': 4, 'border-color': '#ffb300', 'z-index': 10, 'font-weight': 'bold' },
    },
    {
      selector: 'edge:selected',
      style: { 'underlay-color': '#ffb300', 'underlay-opacity': 0.5, 'underlay-padding': 4 },
    },
    {
      selector: 'node.found',
      style: {
        'border-width': 4,
        'border-color': '#ffb300',
        'font-weight': 'bold',
        'min-zoomed-font-size': 0,
      },
    },
    {
      selector: '.trail',
      style: { 'underlay-color': '#1e88e5', 'underlay-opacity': 0.35, 'underlay-padding': 5, opacity: 1 },
    },
    { selector: 'node.trail', style: { 'min-zoomed-font-size': 0, 'z-index': 8 } },
  );
  return style;
}
