// The explorer page: loads the network from the API, draws it, and keeps the view state, the URL,
// the canvas and the panels in step. Each panel lives in its own file.
import './styles.css';
import { fetchEntity, fetchNetwork, fetchTimeStatuses, searchEntities } from './api-client.ts';
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
import type { TimeStatuses } from './types.ts';
import { parseViewState, serializeViewState, type ViewState } from './url-state.ts';
import { computeVisibility } from './visibility.ts';

declare global {
  interface Window {
    /** For browser tests and the console: the Cytoscape instance and the view state. */
    khorasan?: { cy: GraphView['cy']; state: () => ViewState; ready: boolean };
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

  say('Loading the network…');
  const graphBox = byId('cy');
  graphBox.setAttribute('aria-busy', 'true');
  const loading = h('div', { class: 'overlay-message loading' }, h('p', {}, 'Loading the network…'));
  graphBox.append(loading);
  let network;
  const t0 = performance.now();
  try {
    network = await fetchNetwork();
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

  const nodes: NodeData[] = elements.nodes.map((n) => n.data);
  const edges: EdgeData[] = elements.edges.map((e) => e.data);
  const nodeById = new Map(nodes.map((n) => [n.id, n]));
  const edgeIds = new Set(edges.map((e) => e.id));
  const view = new GraphView(graphBox, elements, { onSelect: (id) => ctl.update({ selected: id }) });

  let lastSelected: string | null = null;
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
        if (focusChanged || 'layout' in patch || !('expanded' in patch)) pendingIncremental = false;
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
  const pageUrl = () => `${location.pathname}${withDocumentPlace(serializeViewState(state), documentPlace)}`;
  const documentView = mountDocumentPanel(graphBox.parentElement!, ctl, (place) => {
    documentPlace = place;
    history.replaceState(null, '', pageUrl());
  });
  if (linkedDocument) documentView.open(linkedDocument);
  const filters = mountFilterPanel(byId('filters'), ctl);
  const dates = nodes
    .flatMap((n) => [n.validFrom, n.validTo])
    .concat(edges.flatMap((e) => e.citations.flatMap((c) => [c.knownFrom, c.knownTo])));
  const time = mountTimePanel(byId('time'), ctl, yearSpan(dates));
  const explore = mountExplorePanel(byId('explore'), ctl);
  const share = mountSharePanel(byId('share'), ctl, { png: () => view.png(), svg: () => view.svg() });
  mountLegend(byId('legend'), ctl);
  mountSearch(byId<HTMLInputElement>('search-input'), byId<HTMLUListElement>('search-results'), ctl, {
    search: searchEntities,
  });

  /** Path and lineage walk the drawn edges that assert a fact, as the API's walks do. */
  function trailFor(walkable: EdgeData[]): Walk | null {
    if (state.path) {
      const [a, b] = state.path;
      const names = `${nodeById.get(a)?.name ?? a} and ${nodeById.get(b)?.name ?? b}`;
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
  function statusesFor(asOf: string | null): TimeStatuses | null | undefined {
    if (!asOf) return null;
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
    const selectionChanged = selected !== lastSelected;
    lastSelected = selected;
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
    const unknownNote = selected !== null && !known ? ` Nothing with id "${selected}" is in the graph.` : '';
    say(
      `${vis.nodeCount} of ${nodes.length} entities, ${vis.edgeCount} of ${edges.length} relationships shown` +
        `${drawnAsOf ? ` as of ${drawnAsOf}` : ''}${vis.possible.size ? ` (${vis.possible.size} of them only possible then)` : ''}.` +
        `${state.asOf && state.asOf !== drawnAsOf ? ` Loading ${state.asOf}…` : ''}${hiddenNote}${unknownNote}`,
      unknownNote ? 'error' : 'info',
    );

    if (pendingRelayout) {
      const incremental = pendingIncremental;
      pendingRelayout = false;
      pendingIncremental = true;
      view.select(selected, false);
      void view.layout(state.layout, { roots: state.focus ? [state.focus] : [], incremental }).then(() => {
        // Right after a layout: jump, so the view is final when the page says it is ready.
        if (trail) view.show(trail.nodes, false);
        // The layout has fitted the view; centre only a selection that is new (a shared link).
        else if (selected) view.select(selected, selectionChanged);
        markReady();
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

  window.khorasan = { cy: view.cy, state: () => state, ready: false };
  ctl.update({}, { relayout: true });
  console.info(`network loaded in ${Math.round(performance.now() - t0)} ms (${view.tuning.tier} graph)`);
  if (parsed.problems.length) {
    // After the first render's status line, which would otherwise replace it.
    const problems = parsed.problems.join('; ');
    queueMicrotask(() => say(`Parts of the link were ignored: ${problems}`, 'error'));
  }
}

void start();
