// The "in the document" link under a quote: asks the document view (document-panel.ts) to open the
// paragraph the quote stands in, through one window event, so the panels that show quotes need no
// handle on the view.
import { h } from './dom.ts';
import type { DocumentPlace } from './document-view-model.ts';

export const OPEN_DOCUMENT = 'khorasan:open-document';

export interface OpenDocumentDetail extends DocumentPlace {
  /** The element to give focus back to when the view closes. */
  opener: HTMLElement | null;
}

/** The link for a fact whose quote stands in `paragraph` of `source`; nothing when it has no paragraph. */
export function inDocumentLink(fact: {
  id: string;
  source: { id: string };
  paragraph?: number | null;
}): HTMLElement | string {
  if (!fact.paragraph) return '';
  const place: DocumentPlace = { source: fact.source.id, paragraph: fact.paragraph, fact: fact.id };
  const link = h(
    'button',
    {
      type: 'button',
      class: 'link small in-document',
      'data-document': `${place.source}#${place.paragraph}`,
      title: `Read the quote in paragraph ${place.paragraph} of the document, with the facts taken from it`,
      onclick: () =>
        window.dispatchEvent(
          new CustomEvent<OpenDocumentDetail>(OPEN_DOCUMENT, { detail: { ...place, opener: link } }),
        ),
    },
    'in the document',
  );
  return link;
}
