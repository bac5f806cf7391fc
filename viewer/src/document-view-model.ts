// The document view's pure parts: a paragraph cut into plain text and the highlighted quote (by the
// API's offsets, core/paragraphs.ts), and the view's place in the page URL (`doc`, `p`, `fact`).
// Text stays text: the panel turns segments into text nodes and <mark>, never into HTML.

export interface Segment {
  text: string;
  /** True for the quote. */
  mark: boolean;
}

/** The paragraph with the quote at [start, end) marked; all plain when the offsets do not fit. */
export function quoteSegments(text: string, start: number | null, end: number | null): Segment[] {
  if (start === null || end === null || start < 0 || end > text.length || start >= end) {
    return [{ text, mark: false }];
  }
  return [
    { text: text.slice(0, start), mark: false },
    { text: text.slice(start, end), mark: true },
    { text: text.slice(end), mark: false },
  ].filter((s) => s.text !== '');
}

/** Where the document view stands: a source's paragraph, and the fact whose quote is highlighted. */
export interface DocumentPlace {
  source: string;
  paragraph: number;
  fact: string | null;
}

/** The place a link opens (`?doc=doc-001&p=9[&fact=…]`), or null when it names none or a bad one. */
export function parseDocumentPlace(search: string): DocumentPlace | null {
  const params = new URLSearchParams(search);
  const source = params.get('doc');
  const p = params.get('p');
  if (!source || !p || !/^\d+$/.test(p) || Number(p) < 1) return null;
  return { source, paragraph: Number(p), fact: params.get('fact') || null };
}

/** The view state's query (`?…` or '') with the document view's place added, when it is open. */
export function withDocumentPlace(search: string, place: DocumentPlace | null): string {
  if (!place) return search;
  const params = new URLSearchParams({ doc: place.source, p: String(place.paragraph) });
  if (place.fact) params.set('fact', place.fact);
  return `${search ? `${search}&` : '?'}${params.toString()}`;
}
