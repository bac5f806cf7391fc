// Drag-panning for big graphs: while the mouse drags the background, the drawn canvases move with a
// CSS transform (the compositor shifts the bitmap, nothing is redrawn), and Cytoscape pans once when
// the button is released. Touch, wheel and programmatic pans stay Cytoscape's own.
import type { Core, EventObject } from 'cytoscape';

const TOLD_PX = 6;

export function transformPan(cy: Core): () => void {
  const container = cy.container();
  const layer = container?.querySelector('canvas')?.parentElement;
  if (!container || !layer) return () => undefined;
  // The moved canvases must not spill over the page around the graph.
  container.style.overflow = 'hidden';
  // Its own compositing layer from the start, so the first drag does not repaint to create one.
  layer.style.willChange = 'transform';

  let drag: { x: number; y: number; dx: number; dy: number; told: boolean } | null = null;

  const move = (e: MouseEvent) => {
    if (!drag) return;
    drag.dx = e.clientX - drag.x;
    drag.dy = e.clientY - drag.y;
    layer.style.transform = `translate(${drag.dx}px, ${drag.dy}px)`;
    // Cytoscape hit-tests every element on each move it sees while not panning itself; it needs
    // only one move past its tap threshold (4 px) to know the press is a drag, not a tap.
    if (drag.told) e.stopImmediatePropagation();
    else if (drag.dx * drag.dx + drag.dy * drag.dy > TOLD_PX * TOLD_PX) drag.told = true;
  };
  const up = () => {
    window.removeEventListener('mousemove', move, true);
    window.removeEventListener('mouseup', up, true);
    if (!drag) return;
    const { dx, dy } = drag;
    drag = null;
    layer.style.transform = '';
    cy.userPanningEnabled(true);
    if (dx || dy) cy.panBy({ x: dx, y: dy });
  };
  const down = (ev: EventObject) => {
    const e = ev.originalEvent as MouseEvent | undefined;
    // Background only, main button, no modifier (those keep Cytoscape's own meaning).
    if (ev.target !== cy || !e || e.button !== 0 || e.shiftKey || e.ctrlKey || e.metaKey || e.altKey) return;
    if (!cy.panningEnabled() || !cy.userPanningEnabled()) return;
    drag = { x: e.clientX, y: e.clientY, dx: 0, dy: 0, told: false };
    // Cytoscape still sees the drag (so a drag is not a tap) but does not pan and redraw per move.
    cy.userPanningEnabled(false);
    window.addEventListener('mousemove', move, true);
    window.addEventListener('mouseup', up, true);
  };
  cy.on('mousedown', down);
  return () => {
    up();
    cy.off('mousedown', down);
  };
}
