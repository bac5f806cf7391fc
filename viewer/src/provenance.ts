// One citation or claim shown with its provenance: source title, verbatim quote, confidence, on
// whose word, time bounds, editor's note. Shared by the details panel for nodes and edges.
import { h } from './dom.ts';
import { formatBounds, formatDate } from './time.ts';
import type { DatePrecision } from '../../core/model.ts';
import type { Citation, Claim } from './types.ts';

export function confidenceBadge(c: string): HTMLElement {
  return h('span', { class: `badge conf-${c}`, title: `confidence: ${c}` }, c);
}

function sourceLine(src: Citation['source'], attributedTo?: string | null): HTMLElement {
  const title = src.title ?? src.id;
  const meta = [
    src.publisher,
    formatDate(src.date, (src.datePrecision?.toLowerCase() ?? 'day') as DatePrecision),
  ]
    .filter(Boolean)
    .join(', ');
  return h(
    'p',
    { class: 'source' },
    h('cite', {}, title),
    meta ? ` (${meta})` : '',
    attributedTo ? h('span', { class: 'speaker' }, ` — on the word of ${attributedTo}`) : '',
  );
}

export function citationView(c: Citation): HTMLElement {
  const bounds = formatBounds(c);
  return h(
    'li',
    { class: 'citation', 'data-citation': c.id },
    h('blockquote', {}, `“${c.quote}”`),
    sourceLine(c.source, c.attributedTo),
    h(
      'p',
      { class: 'meta' },
      confidenceBadge(c.confidence),
      c.role ? h('span', { class: 'role' }, ` role: ${c.role}`) : '',
      bounds ? h('span', { class: 'when' }, ` · ${bounds}`) : '',
    ),
    c.note ? h('p', { class: 'note' }, `Editor's note: ${c.note}`) : '',
  );
}

/**
 * "at least 60 people", "$100,000,000 USD per year", a date as precise as given, or the document's
 * own words first when it has them: "at least a dozen (12) people".
 */
export function claimValue(c: Claim): string {
  if (c.valueDate) return formatDate(c.valueDate, c.valuePrecision);
  const usd = c.unit?.startsWith('USD') ?? false;
  const n =
    c.value === null || c.value === undefined
      ? null
      : usd
        ? `$${c.value.toLocaleString('en-US')}`
        : c.value.toLocaleString('en-US');
  const unit = usd ? (c.unit ?? '').replace(/^USD ?/, '') : (c.unit ?? '');
  if (c.valueText) return [c.valueText, n ? `(${n})` : '', unit].filter(Boolean).join(' ');
  return [c.qualifier, n ?? '?', unit].filter(Boolean).join(' ');
}

export function claimRow(c: Claim): HTMLElement {
  return h(
    'tr',
    { 'data-claim': c.id },
    h(
      'td',
      { class: 'figure' },
      h('strong', {}, claimValue(c)),
      c.refersTo ? h('div', { class: 'refers' }, c.refersTo) : '',
      c.asOf ? h('div', { class: 'when' }, `as of ${formatDate(c.asOf, c.asOfPrecision)}`) : '',
    ),
    h(
      'td',
      {},
      h('blockquote', {}, `“${c.quote}”`),
      sourceLine(c.source, c.attributedTo),
      h('p', { class: 'meta' }, confidenceBadge(c.confidence)),
      c.note ? h('p', { class: 'note' }, `Editor's note: ${c.note}`) : '',
    ),
  );
}
