// Filters: relationship types (with their colour, so the list doubles as the edge legend), entity
// categories grouped by kind, what the documents do with a fact (asserted, unclear, denied: "show
// denied"; facts, aims, forecasts, each with its line) and the minimum credibility.
import {
  CATEGORIES,
  CREDIBILITY_LEVELS,
  CREDIBILITY_SCALE,
  ENTITY_LABELS,
  MODALITIES,
  RELATIONSHIP_TYPES,
  RELATIONSHIP_TYPE_NAMES,
  STANCES,
  type Credibility,
  type Modality,
  type RelationshipType,
  type Stance,
} from '../../core/model.ts';
import type { Controller } from './controller.ts';
import { h, humanType } from './dom.ts';
import { LOOK_MEANINGS, lookOf, type Look } from './edge-look.ts';
import { typeStyle } from './style.ts';
import { categorySwatch, lookSwatch } from './swatches.ts';
import { ALL_CATEGORIES } from './url-state.ts';

export const CREDIBILITY_CHOICES: Record<Credibility, string> = {
  reported: 'reported only',
  estimated: 'estimated or stronger',
  alleged: 'alleged or stronger',
  suspected: 'every grade, suspected too',
};

const STANCE_LABELS: Record<Stance, string> = {
  asserted: 'asserted',
  unclear: 'unclear',
  denied: 'show denied',
};

const MODALITY_LABELS: Record<Modality, string> = {
  actual: 'facts',
  intended: 'aims (intended)',
  expected: 'forecasts (expected)',
};

function typeSwatch(type: RelationshipType): HTMLElement {
  const s = typeStyle(type);
  return h('span', {
    class: `swatch-line ${RELATIONSHIP_TYPES[type].symmetric ? '' : 'arrow'}`,
    style: `border-top: 3px solid ${s.colour}; color: ${s.colour}`,
    'aria-hidden': 'true',
  });
}

/** `everything`: list every type and category of the model, not only those drawn (a part of a large graph). */
export function mountFilterPanel(
  root: HTMLElement,
  ctl: Controller,
  opts: { everything?: boolean } = {},
): { sync(): void } {
  const presentTypes = () =>
    new Set<string>(opts.everything ? RELATIONSHIP_TYPE_NAMES : ctl.edges().map((e) => e.type));
  const presentCategories = () =>
    new Set(opts.everything ? ALL_CATEGORIES : ctl.nodes().map((n) => n.category));

  const typeBoxes = new Map<RelationshipType, HTMLInputElement>();
  const typeList = h('ul', { class: 'checklist' });
  const catBoxes = new Map<string, HTMLInputElement>();
  const catGroups = h('div');
  const credibility = h(
    'select',
    {
      id: 'min-credibility',
      onchange: () => ctl.update({ minCredibility: credibility.value as Credibility }),
    },
    CREDIBILITY_LEVELS.map((c) =>
      h('option', { value: c, title: CREDIBILITY_SCALE[c].meaning }, CREDIBILITY_CHOICES[c]),
    ),
  );

  /** One checkbox per word of an axis (stance or modality), with the line it is drawn with. */
  function axisBoxes<T extends string>(
    words: readonly T[],
    labels: Record<T, string>,
    look: (w: T) => Look,
    get: () => T[],
    set: (next: T[]) => void,
  ) {
    const boxes = new Map<T, HTMLInputElement>();
    const list = h(
      'ul',
      { class: 'checklist' },
      words.map((w) => {
        const box = h('input', {
          type: 'checkbox',
          id: `show-${w}`,
          value: w,
          onchange: () => set(box.checked ? [...get(), w] : get().filter((x) => x !== w)),
        });
        boxes.set(w, box);
        return h(
          'li',
          {},
          box,
          h('label', { for: `show-${w}`, title: LOOK_MEANINGS[look(w)] }, lookSwatch(look(w)), labels[w]),
        );
      }),
    );
    return { boxes, list };
  }
  const stances = axisBoxes(
    STANCES,
    STANCE_LABELS,
    (stance) => lookOf({ stance, modality: 'actual' }),
    () => ctl.state.stances,
    (next) => ctl.update({ stances: STANCES.filter((s) => next.includes(s)) }),
  );
  const modalities = axisBoxes(
    MODALITIES,
    MODALITY_LABELS,
    (modality) => lookOf({ stance: 'asserted', modality }),
    () => ctl.state.modalities,
    (next) => ctl.update({ modalities: MODALITIES.filter((m) => next.includes(m)) }),
  );

  const setTypes = (types: RelationshipType[]) => ctl.update({ types });
  const setCats = (categories: string[]) => ctl.update({ categories });

  function build() {
    const types = presentTypes();
    typeList.replaceChildren();
    typeBoxes.clear();
    for (const t of RELATIONSHIP_TYPE_NAMES.filter((x) => types.has(x))) {
      const box = h('input', {
        type: 'checkbox',
        id: `type-${t}`,
        value: t,
        onchange: () =>
          setTypes(box.checked ? [...ctl.state.types, t] : ctl.state.types.filter((x) => x !== t)),
      });
      typeBoxes.set(t, box);
      typeList.append(
        h(
          'li',
          {},
          box,
          h('label', { for: `type-${t}`, title: RELATIONSHIP_TYPES[t].meaning }, typeSwatch(t), humanType(t)),
        ),
      );
    }
    const cats = presentCategories();
    catGroups.replaceChildren();
    catBoxes.clear();
    for (const label of ENTITY_LABELS) {
      const list = h('ul', { class: 'checklist' });
      for (const c of CATEGORIES[label].filter((x) => cats.has(x))) {
        const box = h('input', {
          type: 'checkbox',
          id: `cat-${c}`,
          value: c,
          onchange: () =>
            setCats(box.checked ? [...ctl.state.categories, c] : ctl.state.categories.filter((x) => x !== c)),
        });
        catBoxes.set(c, box);
        list.append(
          h('li', {}, box, h('label', { for: `cat-${c}` }, categorySwatch(label, c), c.replace(/-/g, ' '))),
        );
      }
      if (list.childElementCount) catGroups.append(h('h4', {}, `${label}s`), list);
    }
  }

  root.replaceChildren(
    h('h2', {}, 'Filters'),
    h(
      'fieldset',
      {},
      h('legend', {}, 'Relationship types'),
      h(
        'div',
        { class: 'row' },
        h('button', { type: 'button', onclick: () => setTypes([...RELATIONSHIP_TYPE_NAMES]) }, 'All'),
        h('button', { type: 'button', onclick: () => setTypes([]) }, 'None'),
      ),
      typeList,
      h('p', { class: 'hint' }, 'Arrow: directed. No arrow: mutual. Thicker: more sources.'),
    ),
    h(
      'fieldset',
      {},
      h('legend', {}, 'What the documents say'),
      stances.list,
      modalities.list,
      h(
        'p',
        { class: 'hint' },
        'A denial is not drawn unless asked for; the details panel always lists it beside what it denies.',
      ),
      h('label', { for: 'min-credibility', class: 'block' }, 'Credibility (how the document hedges it)'),
      credibility,
    ),
    h(
      'fieldset',
      {},
      h('legend', {}, 'Entity categories'),
      h(
        'div',
        { class: 'row' },
        h('button', { type: 'button', onclick: () => setCats([...ALL_CATEGORIES]) }, 'All'),
        h('button', { type: 'button', onclick: () => setCats([]) }, 'None'),
      ),
      catGroups,
    ),
  );
  build();

  return {
    sync() {
      if (typeBoxes.size === 0 && catBoxes.size === 0) build();
      for (const [t, box] of typeBoxes) box.checked = ctl.state.types.includes(t);
      for (const [c, box] of catBoxes) box.checked = ctl.state.categories.includes(c);
      for (const [w, box] of stances.boxes) box.checked = ctl.state.stances.includes(w);
      for (const [w, box] of modalities.boxes) box.checked = ctl.state.modalities.includes(w);
      credibility.value = ctl.state.minCredibility;
    },
  };
}
