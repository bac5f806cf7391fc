// Labels only where they can be read: for big graphs, after the view settles, the nodes inside the
// viewport get class .labelled when the zoom makes their text at least the minimum size; nodes
// that left the viewport lose it. Keeps label measuring off the first render and off panning.
import type { Core } from 'cytoscape';

const SETTLE_MS = 120;
const FONT_SIZE = 12;
const MAX_LABELLED = 1500;

export function lazyLabels(cy: Core, minZoomedFontSize: number): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const update = () => {
    const readable = cy.zoom() * FONT_SIZE >= minZoomedFontSize;
    const ext = cy.extent();
    cy.batch(() => {
      const wanted = readable
        ? cy
            .nodes()
            .filter((n) => {
              const p = n.position();
              return p.x >= ext.x1 && p.x <= ext.x2 && p.y >= ext.y1 && p.y <= ext.y2;
            })
            .slice(0, MAX_LABELLED)
        : cy.collection();
      cy.nodes('.labelled').difference(wanted).removeClass('labelled');
      wanted.addClass('labelled');
    });
  };
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(update, SETTLE_MS);
  };
  cy.on('viewport resize', schedule);
  schedule();
  return () => {
    clearTimeout(timer);
    cy.off('viewport resize', schedule);
  };
}
