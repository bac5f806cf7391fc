// The legend over the canvas: shapes by kind, colours by category, line colour and style by
// relationship type (only those in the data), and what width, arrows and fading mean.
import { CATEGORIES, ENTITY_LABELS, RELATIONSHIP_TYPES, RELATIONSHIP_TYPE_NAMES } from '../../core/model.ts';
import type { Controller } from './controller.ts';
import { h, humanType } from './dom.ts';
import { categorySwatch } from './filter-panel.ts';
import { typeStyle } from './style.ts';

export function mountLegend(root: HTMLElement, ctl: Controller) {
  const cats = new Set(ctl.nodes().map((n) => n.category));
  const types = new Set(ctl.edges().map((e) => e.type));
  root.replaceChildren(
    h(
      'details',
      { id: 'legend-details' },
      h('summary', {}, 'Legend: ● group  ◆ event  ▬ place; arrow = directed, thicker = more sources'),
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
          RELATIONSHIP_TYPE_NAMES.filter((t) => types.has(t)).map((t) => {
            const s = typeStyle(t);
            return h(
              'li',
              {},
              h('span', {
                class: `swatch-line ${RELATIONSHIP_TYPES[t].symmetric ? '' : 'arrow'}`,
                style: `border-top: 3px ${s.line} ${s.colour}; color: ${s.colour}`,
                'aria-hidden': 'true',
              }),
              humanType(t),
            );
          }),
        ),
      ),
      h(
        'p',
        { class: 'hint' },
        'Circle: group · diamond: event · box: place. Arrow: directed; none: mutual. ' +
          'Thicker edge: more sources. Faint: outside the chosen date.',
      ),
    ),
  );
}
