// Explore: layout, focus on a neighbourhood of depth N, expand a node's neighbours, shortest path
// between two entities and a group's lineage. Entity fields accept any name or alias.
import type { Controller } from './controller.ts';
import { h } from './dom.ts';
import { LAYOUT_LABELS } from './layouts.ts';
import { LAYOUT_NAMES, MAX_DEPTH, type LayoutName } from './url-state.ts';

/** Finds an entity id by id, name or alias, ignoring case. */
export function resolveEntity(ctl: Controller, text: string): string | null {
  const t = text.trim().toLowerCase();
  if (!t) return null;
  const nodes = ctl.nodes();
  return (
    nodes.find((n) => n.id === t)?.id ??
    nodes.find((n) => n.name.toLowerCase() === t)?.id ??
    nodes.find((n) => n.aliases.some((a) => a.toLowerCase() === t))?.id ??
    null
  );
}

export interface ExploreOptions {
  /** On a part of a large graph: finds an entity the page does not hold yet by its exact name or alias. */
  lookup?: (text: string) => Promise<string | null>;
}

export function mountExplorePanel(root: HTMLElement, ctl: Controller, opts: ExploreOptions = {}) {
  const names = h(
    'datalist',
    { id: 'entity-names' },
    ctl.nodes().map((n) => h('option', { value: n.name })),
  );
  const note = h('p', { id: 'explore-note', class: 'hint', role: 'status' });
  const entityInput = (id: string, label: string) => {
    const input = h('input', { type: 'text', id, list: 'entity-names', autocomplete: 'off' });
    return { input, label: h('label', { for: id, class: 'block' }, label) };
  };
  const nameOf = (id: string | null) => (id ? (ctl.node(id)?.name ?? id) : '');
  const need = async (text: string, what: string): Promise<string | null> => {
    let id = resolveEntity(ctl, text);
    if (!id && text.trim() && opts.lookup) {
      note.textContent = `Looking for "${text.trim()}"…`;
      id = await opts.lookup(text).catch(() => null);
    }
    if (!id)
      note.textContent = text.trim() ? `No entity is called "${text.trim()}".` : `Choose ${what} first.`;
    return id;
  };

  const layout = h(
    'select',
    { id: 'layout', onchange: () => ctl.update({ layout: layout.value as LayoutName }, { relayout: true }) },
    LAYOUT_NAMES.map((l) => h('option', { value: l }, LAYOUT_LABELS[l])),
  );
  const rerun = h(
    'button',
    { type: 'button', onclick: () => ctl.update({}, { relayout: true }) },
    'Re-run layout',
  );

  const focus = entityInput('focus-entity', 'Focus on');
  const depth = h('input', { type: 'number', id: 'focus-depth', min: 1, max: MAX_DEPTH, value: 1 });
  const doFocus = async () => {
    const id = await need(focus.input.value || nameOf(ctl.state.selected), 'an entity to focus on');
    if (!id) return;
    const d = Math.min(MAX_DEPTH, Math.max(1, Math.round(Number(depth.value) || 1)));
    note.textContent = '';
    ctl.update({ focus: id, depth: d, expanded: [], selected: id }, { relayout: true });
  };

  const from = entityInput('path-from', 'Path from');
  const to = entityInput('path-to', 'to');
  const doPath = async () => {
    const a = await need(from.input.value, 'where the path starts');
    const b = a && (await need(to.input.value, 'where the path ends'));
    if (!a || !b) return;
    note.textContent = '';
    ctl.update({ path: [a, b], lineage: null });
  };

  const lin = entityInput('lineage-entity', 'Lineage of');
  const doLineage = async () => {
    const id = await need(lin.input.value || nameOf(ctl.state.selected), 'a group');
    if (!id) return;
    note.textContent = '';
    ctl.update({ lineage: id, path: null, selected: id });
  };

  root.replaceChildren(
    h('h2', {}, 'Explore'),
    names,
    h('label', { for: 'layout', class: 'block' }, 'Layout'),
    h('div', { class: 'row' }, layout, rerun),
    h(
      'fieldset',
      {},
      h('legend', {}, 'Neighbourhood'),
      focus.label,
      focus.input,
      h('div', { class: 'row' }, h('label', { for: 'focus-depth' }, 'depth'), depth),
      h(
        'div',
        { class: 'row' },
        h('button', { type: 'button', id: 'focus-apply', onclick: doFocus }, 'Focus'),
        h(
          'button',
          {
            type: 'button',
            id: 'focus-clear',
            onclick: () => ctl.update({ focus: null, expanded: [] }, { relayout: true }),
          },
          'Show all',
        ),
      ),
    ),
    h(
      'fieldset',
      {},
      h('legend', {}, 'Shortest path'),
      from.label,
      from.input,
      to.label,
      to.input,
      h(
        'div',
        { class: 'row' },
        h('button', { type: 'button', id: 'path-apply', onclick: doPath }, 'Find path'),
        h('button', { type: 'button', onclick: () => ctl.update({ path: null }) }, 'Clear'),
      ),
    ),
    h(
      'fieldset',
      {},
      h('legend', {}, 'Lineage'),
      lin.label,
      lin.input,
      h(
        'div',
        { class: 'row' },
        h('button', { type: 'button', id: 'lineage-apply', onclick: doLineage }, 'Show lineage'),
        h('button', { type: 'button', onclick: () => ctl.update({ lineage: null }) }, 'Clear'),
      ),
    ),
    note,
  );

  return {
    sync() {
      layout.value = ctl.state.layout;
      depth.value = String(ctl.state.depth);
      if (document.activeElement !== focus.input) focus.input.value = nameOf(ctl.state.focus);
      if (ctl.state.path) {
        if (document.activeElement !== from.input) from.input.value = nameOf(ctl.state.path[0]);
        if (document.activeElement !== to.input) to.input.value = nameOf(ctl.state.path[1]);
      }
      if (document.activeElement !== lin.input) lin.input.value = nameOf(ctl.state.lineage);
    },
    /** A line about what the last path or lineage found, for the panel's status. */
    report(text: string) {
      note.textContent = text;
    },
    startPathFrom(id: string) {
      from.input.value = nameOf(id);
      to.input.focus();
    },
  };
}
