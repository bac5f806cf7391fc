// Drag-panning for big graphs: once Cytoscape has started a background drag-pan (its first pan
// step), the drawn canvases follow the mouse by a CSS transform (the compositor shifts the bitmap;
// nothing is hit-tested or redrawn) and Cytoscape pans by the rest when the button is released.
// Cytoscape keeps its own bookkeeping (a drag is no click and keeps the selection); touch, wheel
// and programmatic pans stay Cytoscape's own.
import type { Core } from 'cytoscape';

export function transformPan(cy: Core): () => void {
  const container = cy.container();
  const layer = container?.querySelector('canvas')?.parentElement;
  if (!container || !layer) return () => undefined;
  // The moved canvases must not spill over the page around the graph.
  container.style.overflow = 'hidden';
  // Its own compositing layer from the start, so the first drag does not repaint to create one.
  layer.style.willChange = 'transform';

  /** Where the mouse was at Cytoscape's last pan step, and how far it has moved since. */
  let drag: { x: number; y: number; dx: number; dy: number } | null = null;
  let lastMove: MouseEvent | null = null;

  const move = (e: MouseEvent) => {
    lastMove = e;
    if (!drag) return;
    // The button came up outside the window: end the drag here.
    if (!(e.buttons & 1)) return up();
    drag.dx = e.clientX - drag.x;
    drag.dy = e.clientY - drag.y;
    layer.style.transform = `translate(${drag.dx}px, ${drag.dy}px)`;
    // Cytoscape would pan and redraw for this move; it will get the whole distance on release.
    e.stopImmediatePropagation();
  };
  const up = () => {
    if (!drag) return;
    if (cy.destroyed()) {
      drag = null;
      return;
    }
    const { dx, dy } = drag;
    drag = null;
    layer.style.transform = '';
    cy.userPanningEnabled(true);
    if (dx || dy) cy.panBy({ x: dx, y: dy });
  };
  // Cytoscape's first pan step of a background drag: from here on the canvases move instead.
  const started = () => {
    if (cy.destroyed()) return;
    if (drag || !lastMove || !(lastMove.buttons & 1)) return;
    drag = { x: lastMove.clientX, y: lastMove.clientY, dx: 0, dy: 0 };
    cy.userPanningEnabled(false);
  };
  window.addEventListener('mousemove', move, true);
  window.addEventListener('mouseup', up, true);
  cy.on('dragpan', started);
  return () => {
    up();
    window.removeEventListener('mousemove', move, true);
    window.removeEventListener('mouseup', up, true);
    cy.off('dragpan', started);
  };
}
