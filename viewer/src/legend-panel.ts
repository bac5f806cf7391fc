// The legend over the canvas: shapes by kind, colours by category, colour by relationship type
// (only those in the data), the line of each kind of statement (fact, aim, forecast, unclear,
// denied), and what width, arrows, outlines and fading mean.
import { CATEGORIES, ENTITY_LABELS, RELATIONSHIP_TYPES, RELATIONSHIP_TYPE_NAMES } from '../../core/model.ts';
import type { Controller } from './controller.ts';
import { h, humanType } from './dom.ts';
import { LOOKS, LOOK_MEANINGS } from './edge-look.ts';
import { categorySwatch, lookSwatch } from './swatches.ts';
import { typeStyle } from './style.ts';

const LOOK_NAMES = {
  asserted: 'solid: asserted fact',
  intended: 'dashed: intended (aim)',
  expected: 'light dashes: expected (forecast)',
  unclear: 'dotted: unclear',
  denied: 'red dashes ⊘: denied',
} as const;

export function mountLegend(root: HTMLElement, ctl: Controller) {
  const cats = new Set(ctl.nodes().map((n) => n.category));
  const types = new Set(ctl.edges().map((e) => e.type));
  root.replaceChildren(
    h(
      'details',
      { id: 'legend-details' },
      h(
        'summary',
        {},
        'Legend: ● group  ◆ event  ▬ place; solid = fact, dashed = aim, dotted = unclear, ⊘ = denied',
      ),
      h(
        'div',
        { class: 'legend-cols' },
        h(
          'ul',
          {},
          ENTITY_LABELS.flatMap((label) =>
            CATEGORIES[label]
              .filter((c) => cats.has(c))
              .map((c) => h('li', {}, categorySwatch(label, c), `${c.replace(/-/g, ' ')}`)),
          ),
        ),
        h(
          'ul',
          {},
          RELATIONSHIP_TYPE_NAMES.filter((t) => types.has(t)).map((t) =>
            h(
              'li',
              {},
              h('span', {
                class: `swatch-line ${RELATIONSHIP_TYPES[t].symmetric ? '' : 'arrow'}`,
                style: `border-top: 3px solid ${typeStyle(t).colour}; color: ${typeStyle(t).colour}`,
                'aria-hidden': 'true',
              }),
              humanType(t),
            ),
          ),
        ),
        h(
          'ul',
          { class: 'legend-looks' },
          LOOKS.map((look) =>
            h('li', { 'data-look': look }, lookSwatch(look), `${LOOK_NAMES[look]} — ${LOOK_MEANINGS[look]}`),
          ),
          h(
            'li',
            { 'data-time': 'possible' },
            h('span', { class: 'swatch-node possible', 'aria-hidden': 'true' }),
            'with a date chosen, pale with a dashed outline (thin, pale edge): only possible then — no document places it at that date',
          ),
          h(
            'li',
            { 'data-time': 'outside' },
            h('span', { class: 'swatch-node outside', 'aria-hidden': 'true' }),
            'hidden, or faint in "fade" mode: cannot hold at that date',
          ),
        ),
      ),
      h(
        'p',
        { class: 'hint' },
        'Circle: group · diamond: event · box: place. Colour of an edge: its type. Arrow: directed; ' +
          'none: mutual. Thicker edge: more sources. With a date chosen, what the documents place ' +
          'at that date is drawn as usual.',
      ),
    ),
  );
}
