// Seeded synthetic networks for the viewer benchmark: preferential attachment (a few hubs, many
// nodes of degree 2–4, like the real graph), model labels, categories and types, drawn edges as the
// API sends them with 1–3 citations each, and positions placed near each node's first neighbour so
// the picture looks laid out.
import {
  CATEGORIES,
  CREDIBILITY_LEVELS,
  RELATIONSHIP_TYPES,
  RELATIONSHIP_TYPE_NAMES,
  type EntityLabel,
} from '../core/model.ts';
import { mulberry32 } from '../viewer/src/seeded-random.ts';
import type { Citation, Edge, Entity, Subgraph } from '../viewer/src/types.ts';

export interface SyntheticGraph {
  subgraph: Subgraph;
  positions: Record<string, { x: number; y: number }>;
}

/** `edgesPerNode` new links per added node (2 gives a mean degree near 4). */
export function syntheticGraph(nodeCount: number, seed = 1, edgesPerNode = 2): SyntheticGraph {
  const rand = mulberry32(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const gauss = () => Math.sqrt(-2 * Math.log(rand() + 1e-12)) * Math.cos(2 * Math.PI * rand());

  const entities: Entity[] = [];
  const edges: Edge[] = [];
  const positions: SyntheticGraph['positions'] = {};
  // Each edge end appears once in `ends`: picking from it is picking proportionally to degree.
  const ends: number[] = [];
  const spread = 60;

  for (let i = 0; i < nodeCount; i++) {
    const r = rand();
    const label: EntityLabel = r < 0.6 ? 'Group' : r < 0.85 ? 'Event' : 'Place';
    const id = `n${i}`;
    entities.push({
      id,
      name: `${label} ${i}`,
      aliases: [`${label.charAt(0)}${i}`],
      label,
      category: pick(CATEGORIES[label]),
      ...(label === 'Event' ? { validFrom: `20${10 + Math.floor(rand() * 12)}-01-01` } : {}),
    });
    const targets = new Set<number>();
    for (let k = 0; k < Math.min(edgesPerNode, i); k++) {
      const t =
        ends.length && rand() < 0.85 ? ends[Math.floor(rand() * ends.length)]! : Math.floor(rand() * i);
      targets.add(t);
    }
    const first = [...targets][0];
    const anchor = first === undefined ? { x: 0, y: 0 } : positions[`n${first}`]!;
    const scale = spread * (1 + Math.sqrt(i) * 0.08);
    positions[id] = { x: anchor.x + gauss() * scale, y: anchor.y + gauss() * scale };
    for (const t of targets) {
      const type = pick(RELATIONSHIP_TYPE_NAMES);
      const sources = 1 + (rand() < 0.3 ? 1 : 0) + (rand() < 0.1 ? 1 : 0);
      const citations: Citation[] = [];
      for (let s = 0; s < sources; s++)
        citations.push({
          id: `${id}--${type}--n${t}--doc-${s}`,
          source: { id: `doc-${s}`, title: `Document ${s}` },
          quote: 'synthetic',
          stance: 'asserted',
          modality: 'actual',
          credibility: pick(CREDIBILITY_LEVELS),
          reliability: 'C',
        });
      edges.push({
        id: `${id}--${type}--n${t}`,
        type,
        symmetric: RELATIONSHIP_TYPES[type].symmetric,
        source: id,
        target: `n${t}`,
        stance: 'asserted',
        modality: 'actual',
        credibility: 'reported',
        disagreement: false,
        citations,
      });
      ends.push(i, t);
    }
  }
  return { subgraph: { entities, edges }, positions };
}
