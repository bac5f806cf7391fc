// Unit tests for viewer/src/explore.ts: neighbourhood, shortest path and lineage walks.
import { describe, expect, it } from 'vitest';
import { adjacency, lineage, neighbourhood, shortestPath } from '../../viewer/src/explore.ts';

const e = (source: string, type: string, target: string) => ({
  id: `${source}--${type}--${target}`,
  source,
  target,
  type,
});
const edges = [
  e('iskp', 'DEFECTED_FROM', 'ttp'),
  e('iskp', 'DEFECTED_FROM', 'afghan-taliban'),
  e('iskp', 'AFFILIATE_OF', 'islamic-state'),
  e('splinter', 'OFFSHOOT_OF', 'iskp'),
  e('iskp', 'DRAWS_MEMBERS_FROM', 'orakzai'),
  e('iskp', 'RIVAL_OF', 'afghan-taliban'),
  e('afghan-taliban', 'LINKED_TO', 'haqqani'),
  e('lonely', 'LINKED_TO', 'other'),
];

describe('explore walks', () => {
  const adj = adjacency(edges);

  it('finds the neighbourhood of depth N ignoring direction', () => {
    expect([...neighbourhood(adj, 'haqqani', 1)].sort()).toEqual(['afghan-taliban', 'haqqani']);
    expect(neighbourhood(adj, 'haqqani', 2).has('iskp')).toBe(true);
    expect(neighbourhood(adj, 'haqqani', 2).has('ttp')).toBe(false);
  });

  it('finds a fewest-hop path, or null when not connected', () => {
    const p = shortestPath(adj, 'haqqani', 'ttp')!;
    expect(p.nodes).toEqual(['haqqani', 'afghan-taliban', 'iskp', 'ttp']);
    expect(p.edges).toHaveLength(3);
    expect(shortestPath(adj, 'haqqani', 'lonely')).toBeNull();
    expect(shortestPath(adj, 'iskp', 'iskp')).toEqual({ nodes: ['iskp'], edges: [] });
  });

  it("traces a group's lineage both ways over lineage types only", () => {
    const l = lineage(edges, 'iskp');
    expect(l.ancestors.sort()).toEqual(['afghan-taliban', 'islamic-state', 'orakzai', 'ttp']);
    expect(l.descendants).toEqual(['splinter']);
    expect(l.edges).not.toContain('iskp--RIVAL_OF--afghan-taliban');
    expect(l.edges).toHaveLength(5);
  });
});
