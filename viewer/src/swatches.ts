// The small pictures that tie the panels to the canvas: a node's shape and colour by category, and
// a line drawn as the graph draws a statement of each look. Used by the filters, legend and details.
import type { Look } from './edge-look.ts';
import { h } from './dom.ts';
import { CATEGORY_COLOURS, DENIED_COLOUR, LABEL_SHAPES, LOOK_LINES } from './style.ts';

/** A short line drawn as the graph draws a statement of that look. */
export function lookSwatch(look: Look): HTMLElement {
  const { line, opacity } = LOOK_LINES[look];
  const colour = look === 'denied' ? DENIED_COLOUR : '#37474f';
  return h(
    'span',
    {
      class: `swatch-line look-${look}`,
      style: `border-top: 3px ${line} ${colour}; opacity: ${opacity}; color: ${colour}`,
      'aria-hidden': 'true',
    },
    look === 'denied' ? h('span', { class: 'swatch-mark' }, '⊘') : '',
  );
}

export function categorySwatch(label: string, category: string): HTMLElement {
  return h('span', {
    class: `swatch-node shape-${LABEL_SHAPES[label as keyof typeof LABEL_SHAPES]}`,
    style: `background: ${CATEGORY_COLOURS[category] ?? '#888'}`,
    'aria-hidden': 'true',
  });
}
