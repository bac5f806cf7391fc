// Drag-panning for big graphs: once Cytoscape has started a background drag-pan (its first pan
// step), the drawn picture follows the mouse by a CSS transform and Cytoscape pans by the rest
// when the button is released. Cytoscape keeps its own bookkeeping (a drag is no click and keeps
// the selection); touch, wheel and programmatic pans stay Cytoscape's own.
import type { Core } from 'cytoscape';

export function transformPan(cy: Core): () => void {
  const container = cy.container();
  const layer = container?.querySelector('canvas')?.parentElement;
  if (!container || !layer) return () => undefined;
  const canvases = [...layer.querySelectorAll('canvas')];
  // Cytoscape draws elements on its node layer; the drag and selection-box layers are empty while
  // the background is dragged.
  const nodeCanvas = canvases.find((c) => c.dataset['id']?.includes('node')) ?? canvases.at(-1)!;
  // The moved canvases must not spill over the page around the graph.
  container.style.overflow = 'hidden';
  // Its own compositing layer from the start, so the first drag does not repaint to create one.
  layer.style.willChange = 'transform';

  /** Where the mouse was at Cytoscape's last pan step, and how far it has moved since. */
  let drag: { x: number; y: number; dx: number; dy: number } | null = null;
  let lastMove: MouseEvent | null = null;
  /** Where the button went down, which is where Cytoscape's first pan step is measured from. */
  let lastDown: MouseEvent | null = null;
  /** The picture moved instead of Cytoscape's own canvases, once it is ready (see takeSnapshot). */
  let snapshot: HTMLCanvasElement | null = null;

  const showCanvases = () => {
    snapshot?.remove();
    snapshot = null;
    for (const c of canvases) c.style.visibility = '';
  };

  /**
   * A moved 2D canvas makes Chromium hand the compositor a fresh copy of its bitmap on every frame
   * (about 1.3 ms a frame for Cytoscape's three canvases in bench/); a canvas showing an ImageBitmap
   * does not. So the drag moves a bitmap of the node layer and hides the canvases until Cytoscape
   * has drawn the released view. The bitmap is taken when the drag starts, before Cytoscape draws
   * its first pan step (at the medium tier that step is drawn from a texture, with a grey band
   * where the view is uncovered), so it is placed `step` further than the canvases.
   */
  const takeSnapshot = (forDrag: NonNullable<typeof drag>, step: { x: number; y: number }) => {
    if (typeof createImageBitmap !== 'function') return;
    createImageBitmap(nodeCanvas).then(
      (bitmap) => {
        if (drag !== forDrag || cy.destroyed()) return bitmap.close();
        const picture = document.createElement('canvas');
        picture.width = bitmap.width;
        picture.height = bitmap.height;
        picture.style.cssText = nodeCanvas.style.cssText;
        picture.style.transform = `translate(${step.x}px, ${step.y}px)`;
        picture.setAttribute('aria-hidden', 'true');
        const bitmapContext = picture.getContext('bitmaprenderer');
        if (!bitmapContext) return bitmap.close();
        bitmapContext.transferFromImageBitmap(bitmap);
        layer.appendChild(picture);
        for (const c of canvases) c.style.visibility = 'hidden';
        snapshot = picture;
      },
      // No snapshot: the canvases themselves are moved, which only costs more per frame.
      () => undefined,
    );
  };

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
    const { dx, dy } = drag;
    drag = null;
    if (cy.destroyed()) return;
    cy.userPanningEnabled(true);
    if (!dx && !dy) {
      layer.style.transform = '';
      return showCanvases();
    }
    cy.panBy({ x: dx, y: dy });
    // The moved picture stays until Cytoscape draws the panned view, in the same frame, so the
    // page never shows the old picture at its old place.
    cy.one('render', () => {
      if (drag) return;
      layer.style.transform = '';
      showCanvases();
    });
  };
  // Cytoscape's first pan step of a background drag: from here on the picture moves instead.
  const started = () => {
    if (cy.destroyed()) return;
    if (drag || !lastMove || !(lastMove.buttons & 1)) return;
    const current = { x: lastMove.clientX, y: lastMove.clientY, dx: 0, dy: 0 };
    const from = lastDown ?? lastMove;
    const step = { x: lastMove.clientX - from.clientX, y: lastMove.clientY - from.clientY };
    drag = current;
    cy.userPanningEnabled(false);
    // A drag started before the last one's release was drawn: Cytoscape has that pan already.
    layer.style.transform = '';
    showCanvases();
    takeSnapshot(current, step);
  };
  const down = (e: MouseEvent) => {
    lastDown = e;
  };
  window.addEventListener('mousedown', down, true);
  window.addEventListener('mousemove', move, true);
  window.addEventListener('mouseup', up, true);
  cy.on('dragpan', started);
  return () => {
    up();
    layer.style.transform = '';
    showCanvases();
    window.removeEventListener('mousedown', down, true);
    window.removeEventListener('mousemove', move, true);
    window.removeEventListener('mouseup', up, true);
    cy.off('dragpan', started);
  };
}
