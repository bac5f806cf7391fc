// Filters: relationship types (with their colour and line style, so the list doubles as the
// edge legend), entity categories grouped by kind, and the minimum confidence.
import {
  CATEGORIES,
  CONFIDENCE_LEVELS,
  ENTITY_LABELS,
  RELATIONSHIP_TYPES,
  RELATIONSHIP_TYPE_NAMES,
  type Confidence,
  type RelationshipType,
} from '../../core/model.ts';
import type { Controller } from './controller.ts';
import { h, humanType } from './dom.ts';
import { CATEGORY_COLOURS, LABEL_SHAPES, typeStyle } from './style.ts';
import { ALL_CATEGORIES } from './url-state.ts';

export const CONFIDENCE_CHOICES: Record<Confidence, string> = {
  reported: 'reported only',
  alleged: 'alleged or stronger',
  suspected: 'suspected or stronger',
  disputed: 'everything, disputed too',
};

function typeSwatch(type: RelationshipType): HTMLElement {
  const s = typeStyle(type);
  return h('span', {
    class: `swatch-line ${RELATIONSHIP_TYPES[type].symmetric ? '' : 'arrow'}`,
    style: `border-top: 3px ${s.line} ${s.colour}; color: ${s.colour}`,
    'aria-hidden': 'true',
  });
}

export function categorySwatch(label: string, category: string): HTMLElement {
  return h('span', {
    class: `swatch-node shape-${LABEL_SHAPES[label as keyof typeof LABEL_SHAPES]}`,
    style: `background: ${CATEGORY_COLOURS[category] ?? '#888'}`,
    'aria-hidden': 'true',
  });
}

export function mountFilterPanel(root: HTMLElement, ctl: Controller): { sync(): void } {
  const presentTypes = () => new Set(ctl.edges().map((e) => e.type));
  const presentCategories = () => new Set(ctl.nodes().map((n) => n.category));

  const typeBoxes = new Map<RelationshipType, HTMLInputElement>();
  const typeList = h('ul', { class: 'checklist' });
  const catBoxes = new Map<string, HTMLInputElement>();
  const catGroups = h('div');
  const confidence = h(
    'select',
    { id: 'min-confidence', onchange: () => ctl.update({ minConfidence: confidence.value as Confidence }) },
    CONFIDENCE_LEVELS.map((c) => h('option', { value: c }, CONFIDENCE_CHOICES[c])),
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
      h('legend', {}, 'Entity categories'),
      h(
        'div',
        { class: 'row' },
        h('button', { type: 'button', onclick: () => setCats([...ALL_CATEGORIES]) }, 'All'),
        h('button', { type: 'button', onclick: () => setCats([]) }, 'None'),
      ),
      catGroups,
    ),
    h('label', { for: 'min-confidence', class: 'block' }, 'Minimum confidence'),
    confidence,
  );
  build();

  return {
    sync() {
      if (typeBoxes.size === 0 && catBoxes.size === 0) build();
      for (const [t, box] of typeBoxes) box.checked = ctl.state.types.includes(t);
      for (const [c, box] of catBoxes) box.checked = ctl.state.categories.includes(c);
      confidence.value = ctl.state.minConfidence;
    },
  };
}
