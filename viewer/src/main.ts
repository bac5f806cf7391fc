// The explorer page: loads the network from the API, draws it, and keeps the view state, the URL,
// the canvas and the panels in step. Each panel lives in its own file.
import './styles.css';
import { fetchEntity, fetchNetwork, fetchTimeStatuses, searchEntities } from './api-client.ts';
import { GraphStore } from './graph-store.ts';
import {
  DRAW_ALL_UP_TO,
  drawAllLink,
  loadMode,
  OVERVIEW_SIZE,
  overviewThreshold,
  partialSummary,
  withThreshold,
  type LoadMode,
} from './load-mode.ts';
import { localTimeStatuses } from './local-time.ts';
import {
  fetchGraphSize,
  fetchLineage,
  fetchNeighbourhood,
  fetchOverview,
  fetchPaths,
} from './overview-api.ts';
import { LoadLedger, neededLoads, type Load } from './overview-loads.ts';
import type { Controller, UpdateOptions } from './controller.ts';
import { mountDetailsPanel } from './details-panel.ts';
import { mountDocumentPanel } from './document-panel.ts';
import { parseDocumentPlace, withDocumentPlace, type DocumentPlace } from './document-view-model.ts';
import { byId, h } from './dom.ts';
import { adjacency, lineage, shortestPath, type Walk } from './explore.ts';
import { mountExplorePanel } from './explore-panel.ts';
import { mountFilterPanel } from './filter-panel.ts';
import { GraphView } from './graph-view.ts';
import { mountLegend } from './legend-panel.ts';
import { mountSearch } from './search-panel.ts';
import { mountSharePanel } from './share-panel.ts';
import { mountTimePanel, yearSpan } from './time-panel.ts';
import { toElements, type EdgeData, type NodeData } from './to-elements.ts';
import type { Subgraph, TimeStatuses } from './types.ts';
import { parseViewState, serializeViewState, type ViewState } from './url-state.ts';
import { computeVisibility } from './visibility.ts';

declare global {
  interface Window {
    /** For browser tests and the console: the Cytoscape instance and the view state. */
    khorasan?: {
      cy: GraphView['cy'];
      state: () => ViewState;
      ready: boolean;
      /** 'overview' when the page holds only part of a large graph; total: the graph's entities. */
      mode: LoadMode;
      total: number | null;
    };
  }
}

const status = byId('status');
function say(message: string, tone: 'info' | 'error' = 'info') {
  status.textContent = message;
  status.className = tone === 'error' ? 'error' : '';
}

function setupPanelToggles() {
  for (const btn of document.querySelectorAll<HTMLButtonElement>('[data-toggles]')) {
    const panel = byId(btn.dataset.toggles!);
    const narrow = window.matchMedia('(max-width: 900px)');
    const set = (open: boolean) => {
      panel.classList.toggle('collapsed', !open);
      btn.setAttribute('aria-expanded', String(open));
    };
    set(!narrow.matches);
    narrow.addEventListener('change', () => set(!narrow.matches));
    btn.addEventListener('click', () => set(panel.classList.contains('collapsed')));
  }
}

async function start() {
  setupPanelToggles();
  const parsed = parseViewState(location.search);
  let state = parsed.state;
  const linkedDocument = parseDocumentPlace(location.search);

  const threshold = overviewThreshold(location.search);
  if (threshold.problem) parsed.problems.push(threshold.problem);
  say('Loading the network…');
  const graphBox = byId('cy');
  graphBox.setAttribute('aria-busy', 'true');
  const loading = h('div', { class: 'overlay-message loading' }, h('p', {}, 'Loading the network…'));
  graphBox.append(loading);
  let network: Subgraph;
  // The graph's size first (a cheap count): a large graph starts from an overview.
  let mode: LoadMode = 'full';
  let total: number | null = null;
  const t0 = performance.now();
  try {
    // Asked together with the size, to save a round trip on a large graph (small ones drop it).
    const overview = fetchOverview(OVERVIEW_SIZE);
    overview.catch(() => undefined);
    total = await fetchGraphSize().catch(() => null);
    mode = total === null ? 'full' : loadMode(total, threshold);
    network = mode === 'overview' ? await overview : await fetchNetwork();
  } catch (e) {
    loading.remove();
    graphBox.removeAttribute('aria-busy');
    say(`Could not load the network. ${(e as Error).message}`, 'error');
    graphBox.append(
      h(
        'div',
        { class: 'overlay-message', role: 'alert' },
        h('p', {}, `The network could not be loaded: ${(e as Error).message}`),
        h('button', { type: 'button', onclick: () => location.reload() }, 'Try again'),
      ),
    );
    return;
  }
  const elements = toElements(network);
  loading.remove();
  graphBox.removeAttribute('aria-busy');
  if (!elements.nodes.length) {
    say('The graph is empty: load the seed data (npm run seed) and reload.', 'error');
    graphBox.append(h('div', { class: 'overlay-message', role: 'alert' }, h('p', {}, 'The graph is empty.')));
    return;
  }

  // What the page holds: the whole graph, or (overview mode) the part fetched so far; it only grows.
  const store = new GraphStore(elements);
  const nodes: NodeData[] = store.nodes;
  const edges: EdgeData[] = store.edges;
  const nodeById = store.nodeById;
  const edgeIds = { has: (id: string) => store.edgeById.has(id) };
  const partial = mode === 'overview';
  const view = new GraphView(graphBox, elements, { onSelect: (id) => ctl.update({ selected: id }) });

  let lastSelected: string | null = null;
  let centreWhenDrawn: string | null = null;
  let firstLayoutDone = false;
  let lastTrailKey = '';
  let renderScheduled = false;
  let pendingRelayout = false;
  let pendingIncremental = true;

  const ctl: Controller = {
    get state() {
      return state;
    },
    update(patch: Partial<ViewState>, opts: UpdateOptions = {}) {
      const focusChanged = 'focus' in patch && patch.focus !== state.focus;
      state = { ...state, ...patch };
      if (!state.focus) state.expanded = [];
      if (opts.relayout) {
        pendingRelayout = true;
        if (!opts.incremental && (focusChanged || 'layout' in patch || !('expanded' in patch)))
          pendingIncremental = false;
      }
      if (!renderScheduled) {
        renderScheduled = true;
        queueMicrotask(render);
      }
    },
    select(id) {
      ctl.update({ selected: id });
    },
    nodes: () => nodes,
    edges: () => edges,
    node: (id) => nodeById.get(id),
    say,
  };

  const details = mountDetailsPanel(
    byId('details-body'),
    ctl,
    { entity: fetchEntity },
    {
      focus: (id) => ctl.update({ focus: id, expanded: [], selected: id }, { relayout: true }),
      expand: (id) => {
        if (!state.focus) ctl.update({ focus: id, depth: 1, expanded: [], selected: id }, { relayout: true });
        else if (!state.expanded.includes(id))
          ctl.update({ expanded: [...state.expanded, id] }, { relayout: true });
      },
      lineage: (id) => ctl.update({ lineage: id, path: null }),
      pathFrom: (id) => explore.startPathFrom(id),
    },
  );
  // The "in the document" view keeps its place in the URL beside the view state (doc, p, fact).
  let documentPlace: DocumentPlace | null = null;
  const pageUrl = () =>
    `${location.pathname}${withThreshold(withDocumentPlace(serializeViewState(state), documentPlace), threshold)}`;
  const documentView = mountDocumentPanel(graphBox.parentElement!, ctl, (place) => {
    documentPlace = place;
    history.replaceState(null, '', pageUrl());
  });
  if (linkedDocument) documentView.open(linkedDocument);
  const filters = mountFilterPanel(byId('filters'), ctl, { everything: partial });
  const dates = nodes
    .flatMap((n) => [n.validFrom, n.validTo])
    .concat(edges.flatMap((e) => e.citations.flatMap((c) => [c.knownFrom, c.knownTo])));
  const time = mountTimePanel(byId('time'), ctl, yearSpan(dates));
  const explore = mountExplorePanel(byId('explore'), ctl, partial ? { lookup: findByName } : {});
  const share = mountSharePanel(byId('share'), ctl, { png: () => view.png(), svg: () => view.svg() });
  mountLegend(byId('legend'), ctl);
  mountSearch(byId<HTMLInputElement>('search-input'), byId<HTMLUListElement>('search-results'), ctl, {
    search: searchEntities,
  });

  /** An entity by its exact name or alias, from the API's search (a part of a large graph). */
  async function findByName(text: string): Promise<string | null> {
    const t = text.trim().toLowerCase();
    const hits = await searchEntities(text.trim(), new AbortController().signal);
    const exact = hits.find(
      (h) => h.id === t || h.name.toLowerCase() === t || h.matched?.toLowerCase() === t,
    );
    return exact?.id ?? null;
  }

  // ---- A part of a large graph: fetch what the view state needs, merge it, draw it. ----
  const ledger = new LoadLedger();
  const retried = new Set<string>();
  let pendingLoads = 0;
  const showPending = () => (document.body.dataset.pending = String(pendingLoads));
  showPending();
  const fetchLoad = (load: Load): Promise<Subgraph> =>
    load.kind === 'around'
      ? fetchNeighbourhood(load.id, load.depth)
      : load.kind === 'path'
        ? fetchPaths(load.from, load.to)
        : fetchLineage(load.id);
  const describe = (load: Load) => {
    const name = (id: string) => nodeById.get(id)?.name ?? id;
    return load.kind === 'around'
      ? `the neighbours of ${name(load.id)}`
      : load.kind === 'path'
        ? `the path between ${name(load.from)} and ${name(load.to)}`
        : `the lineage of ${name(load.id)}`;
  };
  function loadWhatIsNeeded() {
    for (const load of neededLoads(state, ledger)) {
      ledger.add(load);
      pendingLoads++;
      showPending();
      fetchLoad(load).then(
        (piece) => {
          pendingLoads--;
          const added = store.merge(toElements(piece));
          view.add(added);
          showPending();
          if (added.nodes.length || added.edges.length) ctl.update({}, { relayout: true, incremental: true });
          else ctl.update({});
        },
        (e: Error) => {
          pendingLoads--;
          ledger.forget(load);
          showPending();
          // Once more after a second: a cold Neo4j (first query of a kind on a large store) can
          // pass the API's time limit on a query it then answers in milliseconds.
          const key = JSON.stringify(load);
          if (!retried.has(key)) {
            retried.add(key);
            setTimeout(() => ctl.update({}), 1000);
            return;
          }
          // A missing entity is said by the status line (nothing with that id is in the graph).
          if (!/not found|no entity/i.test(e.message))
            say(`Could not load ${describe(load)}: ${e.message}`, 'error');
          else ctl.update({});
        },
      );
    }
  }

  /** Path and lineage walk the drawn edges that assert a fact, as the API's walks do. */
  function trailFor(walkable: EdgeData[]): Walk | null {
    if (state.path) {
      const [a, b] = state.path;
      const names = `${nodeById.get(a)?.name ?? a} and ${nodeById.get(b)?.name ?? b}`;
      if (partial && pendingLoads && (!nodeById.has(a) || !nodeById.has(b))) {
        explore.report(`Looking for a path between ${names}…`);
        return null;
      }
      if (!nodeById.has(a) || !nodeById.has(b)) {
        explore.report(`No path: ${!nodeById.has(a) ? a : b} is not in the graph.`);
        return null;
      }
      const walk = shortestPath(adjacency(walkable), a, b);
      explore.report(
        walk
          ? `Path (${walk.edges.length} step${walk.edges.length === 1 ? '' : 's'}): ${walk.nodes.map((n) => nodeById.get(n)?.name ?? n).join(' → ')}`
          : `No path between ${names} in the current view.`,
      );
      return walk;
    }
    if (state.lineage) {
      if (partial && pendingLoads && !nodeById.has(state.lineage)) {
        explore.report(`Loading the lineage of ${state.lineage}…`);
        return null;
      }
      if (!nodeById.has(state.lineage)) {
        explore.report(`No lineage: ${state.lineage} is not in the graph.`);
        return null;
      }
      const l = lineage(walkable, state.lineage);
      const name = (ids: string[]) => ids.map((n) => nodeById.get(n)?.name ?? n).join(', ') || 'none in view';
      explore.report(`Came from: ${name(l.ancestors)}. Gave rise to: ${name(l.descendants)}.`);
      return l;
    }
    explore.report('');
    return null;
  }

  // What the API says holds at each chosen date (known or only possible), asked once per date.
  const timeStatuses = new Map<string, TimeStatuses>();
  const timeRequests = new Set<string>();
  /** The date whose statuses are drawn; lags state.asOf while the API answers. */
  let drawnAsOf: string | null = null;
  /** On a part of a large graph, judged in the page for what it holds, again whenever that grows. */
  let localStatuses: { key: string; statuses: TimeStatuses } | null = null;
  function statusesFor(asOf: string | null): TimeStatuses | null | undefined {
    if (!asOf) return null;
    if (partial) {
      const key = `${asOf}|${nodes.length}|${edges.length}`;
      if (localStatuses?.key !== key)
        localStatuses = { key, statuses: localTimeStatuses(nodes, edges, asOf) };
      return localStatuses.statuses;
    }
    const known = timeStatuses.get(asOf);
    if (known || timeRequests.has(asOf)) return known;
    timeRequests.add(asOf);
    fetchTimeStatuses(asOf).then(
      (statuses) => {
        timeStatuses.set(asOf, statuses);
        timeRequests.delete(asOf);
        if (state.asOf === asOf) ctl.update({});
      },
      (e: Error) => {
        timeRequests.delete(asOf);
        say(`What holds in ${asOf} could not be loaded: ${e.message}`, 'error');
      },
    );
    return undefined;
  }

  function render() {
    renderScheduled = false;
    if (partial) loadWhatIsNeeded();
    // Until the API has answered for a new date, the previous date stays drawn.
    let statuses = statusesFor(state.asOf);
    if (statuses === undefined) statuses = statusesFor(drawnAsOf) ?? null;
    else drawnAsOf = state.asOf;
    if (!statuses) drawnAsOf = null;
    const vis = computeVisibility(nodes, edges, state, statuses);
    view.applyVisibility(vis);
    // For browser tests: the date whose statuses are drawn.
    document.body.dataset.drawnAsOf = drawnAsOf ?? '';
    const trail = trailFor(edges.filter((e) => vis.walkable.has(e.id)));
    view.highlight(trail);
    const trailKey = trail ? `${state.path ?? ''}|${state.lineage ?? ''}` : '';
    const trailChanged = trailKey !== lastTrailKey;
    lastTrailKey = trailKey;

    const selected = state.selected;
    let selectionChanged = selected !== lastSelected;
    lastSelected = selected;
    // On a part of a large graph a new selection may be drawn only once its piece has arrived.
    if (selectionChanged && selected && !view.cy.getElementById(selected).nonempty())
      centreWhenDrawn = selected;
    if (centreWhenDrawn && centreWhenDrawn === selected && view.cy.getElementById(selected).nonempty()) {
      selectionChanged = true;
      centreWhenDrawn = null;
    }
    const known = selected !== null && (nodeById.has(selected) || edgeIds.has(selected));
    details.show(known ? selected : null);

    history.replaceState(null, '', pageUrl());
    filters.sync();
    time.sync();
    explore.sync();
    share.sync();

    const hiddenNote =
      known && vis.hidden.has(selected)
        ? ` ${nodeById.get(selected)?.name ?? 'The selection'} is hidden by the current filters or date.`
        : '';
    const loadingSelected = partial && selected !== null && !known && pendingLoads > 0;
    const unknownNote =
      selected !== null && !known && !loadingSelected
        ? ` Nothing with id "${selected}" is in the graph.`
        : '';
    const shownLine = partial
      ? `${partialSummary(vis.nodeCount, nodes.length, total ?? nodes.length)} ${vis.edgeCount} relationships drawn`
      : `${vis.nodeCount} of ${nodes.length} entities, ${vis.edgeCount} of ${edges.length} relationships shown`;
    say(
      `${shownLine}` +
        `${drawnAsOf ? ` as of ${drawnAsOf}` : ''}${vis.possible.size ? ` (${vis.possible.size} of them only possible then)` : ''}.` +
        `${state.asOf && state.asOf !== drawnAsOf ? ` Loading ${state.asOf}…` : ''}${hiddenNote}${unknownNote}` +
        `${loadingSelected ? ` Loading ${selected}…` : ''}`,
      unknownNote ? 'error' : 'info',
    );

    if (pendingRelayout) {
      const incremental = pendingIncremental;
      pendingRelayout = false;
      pendingIncremental = true;
      view.select(selected, false);
      // The first view of a part of a large graph is drawn at once (a draft, not animated); what
      // is added later is laid out from there.
      const first = partial && !firstLayoutDone;
      firstLayoutDone = true;
      void view
        .layout(state.layout, {
          roots: state.focus ? [state.focus] : [],
          incremental,
          ...(first ? { animate: false, draft: true } : {}),
        })
        .then(() => {
          // Right after a layout: jump, so the view is final when the page says it is ready.
          if (trail) view.show(trail.nodes, false);
          // The layout has fitted the view; centre only a selection that is new (a shared link).
          else if (selected) view.select(selected, selectionChanged);
          markReady();
          // The draft drawn, the full layout refines it from there (labels overlap in a draft).
          if (first) ctl.update({}, { relayout: true, incremental: true });
        });
    } else if (trail && trailChanged) {
      view.select(selected, false);
      view.show(trail.nodes);
    } else view.select(selected, selectionChanged);
  }

  function markReady() {
    document.body.dataset.ready = 'true';
    if (window.khorasan) window.khorasan.ready = true;
  }

  window.khorasan = { cy: view.cy, state: () => state, ready: false, mode, total };
  document.body.dataset.mode = mode;
  if (partial) graphBox.parentElement!.append(partialNote(total ?? nodes.length));
  ctl.update({}, { relayout: true });
  console.info(
    `network loaded in ${Math.round(performance.now() - t0)} ms (${view.tuning.tier} graph, ${mode} mode)`,
  );
  if (parsed.problems.length) {
    // After the first render's status line, which would otherwise replace it.
    const problems = parsed.problems.join('; ');
    queueMicrotask(() => say(`Parts of the link were ignored: ${problems}`, 'error'));
  }
}

/** The note over a part of a large graph: what is drawn, how to see more, and (not too large) all of it. */
function partialNote(total: number): HTMLElement {
  const n = total.toLocaleString('en');
  return h(
    'p',
    { id: 'partial-note', class: 'partial-note' },
    `A part of a larger graph of ${n} entities: the ${OVERVIEW_SIZE} most connected ` +
      '(facts that hold) and what you open. Search, select or expand to load more.',
    total <= DRAW_ALL_UP_TO
      ? [
          ' ',
          h(
            'a',
            {
              id: 'draw-all',
              href: drawAllLink(location.href, total),
              // The link as it is when clicked: the page's own URL follows the view state.
              onclick: (event: Event) => {
                (event.currentTarget as HTMLAnchorElement).href = drawAllLink(location.href, total);
              },
            },
            `Draw all ${n}`,
          ),
          ' (laying out hundreds of entities takes seconds).',
        ]
      : null,
  );
}

void start();
