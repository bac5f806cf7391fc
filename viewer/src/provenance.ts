// One citation or claim shown with its provenance: the verbatim quote, source, what the speaker does
// with it in words ("denied by Anatol Lieven", "intended", "expected", "unclear"), the two grades
// with their meanings ("reported · B usually reliable"), time bounds and editor's note; a claim's
// figure in core/claim-text.ts's words; each with its "in the document" link (document-link.ts).
// Shared by the details panel for nodes and edges.
import { claimFigure } from '../../core/claim-text.ts';
import { formatBounds, formatDate } from '../../core/dates.ts';
import { CREDIBILITY_SCALE, RELIABILITY_SCALE, type DatePrecision } from '../../core/model.ts';
import { inDocumentLink } from './document-link.ts';
import { h } from './dom.ts';
import { LOOK_MEANINGS } from './edge-look.ts';
import type { Citation, Claim, Provenance } from './types.ts';

function sourceLine(src: Citation['source'], link: HTMLElement | string): HTMLElement {
  const title = src.title ?? src.id;
  const meta = [
    src.publisher,
    formatDate(src.date, (src.datePrecision?.toLowerCase() ?? 'day') as DatePrecision),
  ]
    .filter(Boolean)
    .join(', ');
  return h('p', { class: 'source' }, h('cite', {}, title), meta ? ` (${meta})` : '', link);
}

/** "denied by Anatol Lieven", "asserted by the document", "unclear, says Asfandyar Mir". */
export function stanceWords(p: Pick<Provenance, 'stance' | 'attributedTo'>): string {
  const speaker = p.attributedTo ?? 'the document';
  return p.stance === 'unclear' ? `unclear, says ${speaker}` : `${p.stance} by ${speaker}`;
}

/** "reported · B usually reliable": how the document hedges it, and how reliable its speaker is. */
export function gradeWords(p: Pick<Provenance, 'credibility' | 'reliability'>): string {
  return `${p.credibility} · ${p.reliability} ${RELIABILITY_SCALE[p.reliability]?.meaning ?? ''}`.trim();
}

function gradeTitle(p: Pick<Provenance, 'credibility' | 'reliability'>): string {
  const c = CREDIBILITY_SCALE[p.credibility];
  const r = RELIABILITY_SCALE[p.reliability];
  return (
    `credibility ${p.credibility}: ${c?.meaning ?? ''} (Admiralty ${c?.admiralty ?? '?'}, STIX ${c?.stix ?? '?'}); ` +
    `reliability ${p.reliability}: ${r?.meaning ?? ''}${r?.stix != null ? ` (STIX ${r.stix})` : ''}`
  );
}

/** The speaker's stance, the modality and tense when they are not plain, and the two grades. */
export function statementLine(p: Provenance, extra: (HTMLElement | string)[] = []): HTMLElement {
  return h(
    'p',
    { class: 'meta' },
    h(
      'span',
      { class: `badge stance-${p.stance}`, title: LOOK_MEANINGS[p.stance] },
      p.stance === 'denied' ? `⊘ ${stanceWords(p)}` : stanceWords(p),
    ),
    p.modality !== 'actual'
      ? h('span', { class: `badge modality-${p.modality}`, title: LOOK_MEANINGS[p.modality] }, p.modality)
      : '',
    p.tense === 'past'
      ? h(
          'span',
          { class: 'badge tense-past', title: 'the document says it held and no longer does' },
          'past',
        )
      : '',
    h('span', { class: 'grades', title: gradeTitle(p) }, gradeWords(p)),
    ...extra,
  );
}

export function citationView(c: Citation): HTMLElement {
  const bounds = formatBounds(c);
  return h(
    'li',
    {
      class: `citation stance-${c.stance}`,
      'data-citation': c.id,
      'data-stance': c.stance,
      'data-modality': c.modality,
    },
    h('blockquote', {}, `“${c.quote}”`),
    sourceLine(c.source, inDocumentLink(c)),
    statementLine(c, [
      c.role ? h('span', { class: 'role' }, ` role: ${c.role}`) : '',
      bounds ? h('span', { class: 'when' }, ` · ${bounds}`) : '',
    ]),
    c.note ? h('p', { class: 'note' }, `Editor's note: ${c.note}`) : '',
  );
}

export function claimRow(c: Claim): HTMLElement {
  return h(
    'tr',
    { 'data-claim': c.id, 'data-stance': c.stance },
    h(
      'td',
      { class: 'figure' },
      h('strong', {}, claimFigure(c)),
      c.refersTo ? h('div', { class: 'refers' }, c.refersTo) : '',
      c.asOf ? h('div', { class: 'when' }, `as of ${formatDate(c.asOf, c.asOfPrecision)}`) : '',
    ),
    h(
      'td',
      {},
      h('blockquote', {}, `“${c.quote}”`),
      sourceLine(c.source, inDocumentLink(c)),
      statementLine(c),
      c.note ? h('p', { class: 'note' }, `Editor's note: ${c.note}`) : '',
    ),
  );
}
