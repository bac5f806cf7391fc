// On a large graph the page holds only a part of it; this says which pieces a view state needs from
// the server that have not been asked for yet: the neighbours of the selected entity (the details
// panel lists every relationship of it), the focus neighbourhood to its depth, the neighbours of
// each expanded entity, a path's ends and a lineage. Pure; main.ts fetches and merges.
import type { ViewState } from './url-state.ts';

export type Load =
  | { kind: 'around'; id: string; depth: number }
  | { kind: 'path'; from: string; to: string }
  | { kind: 'lineage'; id: string };

/** The API's drawn-edge id `<start>--<TYPE>--<end>`: its two ends, or null for an entity id. */
export function edgeEnds(id: string): [string, string] | null {
  const m = /^(.+?)--([A-Z][A-Z_]*)--(.+)$/.exec(id);
  return m ? [m[1]!, m[3]!] : null;
}

/** What has been asked for (in flight or answered): neighbourhood depth by entity, paths, lineages. */
export class LoadLedger {
  private readonly around = new Map<string, number>();
  private readonly others = new Set<string>();

  has(load: Load): boolean {
    if (load.kind === 'around') return (this.around.get(load.id) ?? 0) >= load.depth;
    return this.others.has(key(load));
  }

  add(load: Load): void {
    if (load.kind === 'around') this.around.set(load.id, Math.max(load.depth, this.around.get(load.id) ?? 0));
    else this.others.add(key(load));
  }

  /** A load that failed is forgotten, so the next change of state asks again. */
  forget(load: Load): void {
    if (load.kind === 'around') this.around.delete(load.id);
    else this.others.delete(key(load));
  }
}

const key = (load: Load) =>
  load.kind === 'path'
    ? `path:${[load.from, load.to].sort().join(',')}`
    : load.kind === 'lineage'
      ? `lineage:${load.id}`
      : `around:${load.id}:${load.depth}`;

export function neededLoads(
  state: Pick<ViewState, 'selected' | 'focus' | 'depth' | 'expanded' | 'path' | 'lineage'>,
  ledger: LoadLedger,
): Load[] {
  const wanted: Load[] = [];
  if (state.selected) {
    // A selected edge (a shared link) is drawn once the neighbours of its start are there.
    const ends = edgeEnds(state.selected);
    wanted.push({ kind: 'around', id: ends ? ends[0] : state.selected, depth: 1 });
  }
  if (state.focus) {
    wanted.push({ kind: 'around', id: state.focus, depth: state.depth });
    for (const x of state.expanded) wanted.push({ kind: 'around', id: x, depth: 1 });
  }
  if (state.path) wanted.push({ kind: 'path', from: state.path[0], to: state.path[1] });
  if (state.lineage) wanted.push({ kind: 'lineage', id: state.lineage });
  const seen = new LoadLedger();
  return wanted.filter((l) => {
    if (ledger.has(l) || seen.has(l)) return false;
    seen.add(l);
    return true;
  });
}
