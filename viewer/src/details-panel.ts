// The details panel: for an entity its names, dates with precision, figures side by side with their
// sources, a timeline of its relationships and every relationship with every citation, denials
// included; for a drawn edge, all of its citations. "Sources disagree" is the API's flag.
import { formatBounds } from '../../core/dates.ts';
import { citationCount } from './citation-count.ts';
import type { Controller } from './controller.ts';
import { h, humanType } from './dom.ts';
import { categorySwatch } from './swatches.ts';
import { citationView, claimRow } from './provenance.ts';
import { timelineStrip } from './timeline-strip.ts';
import type { EdgeData, NodeData } from './to-elements.ts';
import type { Claim, ClaimGroup, EntityDetails } from './types.ts';

export interface DetailsApi {
  entity(id: string): Promise<EntityDetails | null>;
}

export interface DetailsActions {
  focus(id: string): void;
  expand(id: string): void;
  lineage(id: string): void;
  pathFrom(id: string): void;
}

function entityButton(ctl: Controller, id: string): HTMLElement {
  const n = ctl.node(id);
  return h('button', { type: 'button', class: 'link', onclick: () => ctl.select(id) }, n?.name ?? id);
}

const PROPERTY_LABELS: Record<string, string> = {
  killed: 'Killed',
  fighters: 'Fighters',
  'outside-funding': 'Outside funding',
  'funding-received': 'Funding received',
  surrendered: 'Surrendered',
  'leaders-killed': 'Leaders killed',
  'emirs-killed': 'Emirs killed',
  'attack-method': 'How it attacks',
  'funding-method': 'How it is funded',
  'recruitment-method': 'How it recruits',
};

const disagreeBadge = () =>
  h(
    'span',
    { class: 'badge disagree', title: 'one source says so, another says it is not so' },
    'sources disagree',
  );

/** Figures grouped by what they measure (the API's groups), every source's figure side by side. */
function claimsSection(groups: ClaimGroup[]): HTMLElement {
  const figures = groups.filter((g) => g.property !== 'validFrom' && g.property !== 'validTo');
  if (!figures.length) return h('p', { class: 'hint' }, 'No figures are given for this entity.');
  return h(
    'div',
    {},
    figures.map((g) => {
      const sources = new Set(g.claims.map((c) => c.source.id));
      return h(
        'section',
        { class: 'claim-group', 'data-property': g.property },
        h(
          'h4',
          {},
          PROPERTY_LABELS[g.property] ?? g.property.replace(/-/g, ' '),
          ` · ${sources.size} source${sources.size > 1 ? 's' : ''}`,
          g.disagreement ? h('span', { class: 'badge disagree' }, 'sources differ') : '',
        ),
        h('table', { class: 'claims' }, h('tbody', {}, g.claims.map(claimRow))),
      );
    }),
  );
}

function dateClaims(groups: ClaimGroup[]): HTMLElement | string {
  const dated: Claim[] = groups
    .filter((g) => g.property === 'validFrom' || g.property === 'validTo')
    .flatMap((g) => g.claims);
  if (!dated.length) return '';
  return h(
    'table',
    { class: 'claims' },
    h(
      'tbody',
      {},
      dated.map((c) => {
        const row = claimRow(c);
        row.firstElementChild?.prepend(c.property === 'validFrom' ? 'from ' : 'until ');
        return row;
      }),
    ),
  );
}

function relationships(ctl: Controller, node: NodeData): HTMLElement {
  const incident = ctl.edges().filter((e) => e.source === node.id || e.target === node.id);
  if (!incident.length) return h('p', { class: 'hint' }, 'No relationships.');
  const groups = new Map<string, EdgeData[]>();
  for (const e of incident) {
    const dir = e.symmetric ? 'both' : e.source === node.id ? 'out' : 'in';
    const key = `${e.type}|${dir}`;
    groups.set(key, [...(groups.get(key) ?? []), e]);
  }
  const heading = (type: string, dir: string) =>
    dir === 'in' ? `${humanType(type)} (by others)` : humanType(type);
  return h(
    'div',
    { class: 'relationships' },
    [...groups.entries()].map(([key, edges]) => {
      const [type, dir] = key.split('|') as [string, string];
      return h(
        'details',
        { open: true, class: 'rel-group', 'data-type': type },
        h('summary', {}, `${heading(type, dir)} (${edges.length})`),
        h(
          'ul',
          { class: 'rel-list' },
          edges.map((e) => {
            const other = e.source === node.id ? e.target : e.source;
            const arrow = dir === 'out' ? '→ ' : dir === 'in' ? '← ' : '— ';
            return h(
              'li',
              { 'data-edge': e.id },
              h(
                'p',
                { class: 'rel-head' },
                arrow,
                entityButton(ctl, other),
                h(
                  'button',
                  { type: 'button', class: 'link small', onclick: () => ctl.select(e.id) },
                  citationCount(e.citations),
                ),
                e.disagreement ? disagreeBadge() : '',
              ),
              h('ul', { class: 'citations' }, e.citations.map(citationView)),
            );
          }),
        ),
      );
    }),
  );
}

export function mountDetailsPanel(
  root: HTMLElement,
  ctl: Controller,
  api: DetailsApi,
  actions: DetailsActions,
) {
  let shown: string | null = null;
  /** The shown entity's timeline, redrawn when the filters or the date it depends on change. */
  let timeline: HTMLElement | null = null;
  let timelineKey = '';
  const stripKey = () => {
    const s = ctl.state;
    return [s.stances, s.modalities, s.minCredibility, s.asOf].join('|');
  };

  function empty() {
    root.replaceChildren(
      h('h2', {}, 'Details'),
      h('p', { class: 'hint' }, 'Search for a name or click a node or an edge to see its sources.'),
    );
  }

  function showNode(node: NodeData) {
    const figures = h(
      'div',
      { class: 'figures', 'aria-busy': 'true' },
      h('p', { class: 'hint' }, 'Loading figures…'),
    );
    const dates = h('div', { class: 'dates' });
    timeline = h('div', { class: 'timeline-box' }, timelineStrip(ctl, node));
    timelineKey = stripKey();
    const bounds = formatBounds(node);
    root.replaceChildren(
      h('h2', { id: 'details-title' }, node.name),
      h(
        'p',
        { class: 'kind' },
        categorySwatch(node.label, node.category),
        `${node.label} · ${node.category.replace(/-/g, ' ')}`,
      ),
      node.aliases.length
        ? h(
            'p',
            { class: 'aliases' },
            h('strong', {}, 'Also called: '),
            node.aliases.filter((a) => a !== node.name).join(' · ') || '—',
          )
        : '',
      bounds ? h('p', { class: 'bounds' }, h('strong', {}, 'When: '), bounds) : '',
      dates,
      h(
        'div',
        { class: 'row actions' },
        h('button', { type: 'button', onclick: () => actions.focus(node.id) }, 'Focus here'),
        h('button', { type: 'button', onclick: () => actions.expand(node.id) }, 'Expand neighbours'),
        node.label === 'Group'
          ? h('button', { type: 'button', onclick: () => actions.lineage(node.id) }, 'Lineage')
          : '',
        h('button', { type: 'button', onclick: () => actions.pathFrom(node.id) }, 'Path from here'),
      ),
      h('h3', {}, 'Figures'),
      figures,
      h('h3', {}, 'Over time'),
      timeline,
      h('h3', {}, 'Relationships'),
      relationships(ctl, node),
    );
    api.entity(node.id).then(
      (details) => {
        if (shown !== node.id) return;
        figures.removeAttribute('aria-busy');
        if (!details)
          return figures.replaceChildren(
            h('p', { class: 'error-text' }, 'The API no longer knows this entity.'),
          );
        figures.replaceChildren(claimsSection(details.claimGroups));
        dates.replaceChildren(dateClaims(details.claimGroups));
      },
      (err: Error) => {
        if (shown !== node.id) return;
        figures.removeAttribute('aria-busy');
        figures.replaceChildren(
          h('p', { class: 'error-text' }, `Figures could not be loaded: ${err.message}`),
        );
      },
    );
  }

  function showEdge(e: EdgeData) {
    root.replaceChildren(
      h(
        'h2',
        { id: 'details-title' },
        ctl.node(e.source)?.name ?? e.source,
        ` ${e.symmetric ? '—' : '→'} `,
        ctl.node(e.target)?.name ?? e.target,
      ),
      h(
        'p',
        { class: 'kind' },
        h('strong', {}, humanType(e.type)),
        e.symmetric ? ' (mutual)' : ' (directed)',
      ),
      h('div', { class: 'row' }, entityButton(ctl, e.source), entityButton(ctl, e.target)),
      h('h3', {}, citationCount(e.citations), e.disagreement ? disagreeBadge() : ''),
      h('ul', { class: 'citations' }, e.citations.map(citationView)),
    );
  }

  empty();
  return {
    show(id: string | null) {
      if (id === shown) {
        const node = id ? ctl.node(id) : undefined;
        if (node && timeline && stripKey() !== timelineKey) {
          timelineKey = stripKey();
          timeline.replaceChildren(timelineStrip(ctl, node));
        }
        return;
      }
      shown = id;
      timeline = null;
      if (!id) return empty();
      const node = ctl.node(id);
      if (node) return showNode(node);
      const edge = ctl.edges().find((e) => e.id === id);
      if (edge) return showEdge(edge);
      root.replaceChildren(
        h('h2', {}, 'Details'),
        h('p', { class: 'error-text' }, `Nothing called "${id}" is in the graph.`),
      );
    },
  };
}
