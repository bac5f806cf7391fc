// The "in the document" view: a panel over the graph that opens a source at the paragraph a quote
// stands in, the quote marked, a paragraph either side (more on request), the document's title,
// date and speakers, and every fact the graph takes from that paragraph, denials and aims marked
// as such; a fact selects its edge or entity in the graph. Esc or the close button closes it.
import './document-panel.css';
import { formatDate } from '../../core/dates.ts';
import type { DatePrecision } from '../../core/model.ts';
import type { Controller } from './controller.ts';
import {
  fetchDocumentAt,
  fetchMoreParagraphs,
  type DocumentAt,
  type DocumentParagraph,
  type ParagraphFact,
} from './document-api.ts';
import { OPEN_DOCUMENT, type OpenDocumentDetail } from './document-link.ts';
import { quoteSegments, type DocumentPlace } from './document-view-model.ts';
import { h, humanType } from './dom.ts';
import { statementLine } from './provenance.ts';

export interface DocumentView {
  open(place: DocumentPlace, opener?: HTMLElement | null): void;
  close(): void;
  /** Where the view stands, for the page URL; null when closed. */
  place(): DocumentPlace | null;
}

export interface DocumentApi {
  at: typeof fetchDocumentAt;
  more: typeof fetchMoreParagraphs;
}

const DEFAULT_API: DocumentApi = { at: fetchDocumentAt, more: fetchMoreParagraphs };

function factLabel(f: ParagraphFact): string {
  return f.kind === 'relationship'
    ? `${f.from.name} → ${humanType(f.type ?? '')} → ${f.to?.name ?? ''}`
    : `${f.from.name}: ${f.display ?? ''}`;
}

/** The paragraph's text with `fact`'s quote in a <mark> (text nodes only: the text is never HTML). */
function paragraphText(p: DocumentParagraph, fact: ParagraphFact | undefined): (Node | string)[] {
  return quoteSegments(p.text, fact?.quoteStart ?? null, fact?.quoteEnd ?? null).map((s) =>
    s.mark ? h('mark', { class: 'quote' }, s.text) : s.text,
  );
}

/**
 * Mounts the view in `host` (the graph area), listening for "in the document" links
 * (document-link.ts); `onPlace` hears every open, move and close (the page URL follows it).
 */
export function mountDocumentPanel(
  host: HTMLElement,
  ctl: Controller,
  onPlace: (place: DocumentPlace | null) => void,
  api: DocumentApi = DEFAULT_API,
): DocumentView {
  const panel = h('section', {
    id: 'document-view',
    class: 'document-view',
    role: 'dialog',
    'aria-modal': 'false',
    'aria-labelledby': 'document-title',
    tabindex: '-1',
    hidden: true,
  });
  host.append(panel);
  let current: DocumentPlace | null = null;
  let opener: HTMLElement | null = null;
  let request = 0;

  function setPlace(place: DocumentPlace | null) {
    current = place;
    onPlace(place);
  }

  const closeButton = () =>
    h(
      'button',
      {
        type: 'button',
        class: 'doc-close',
        'aria-label': 'Close the document (Esc)',
        title: 'Close (Esc)',
        onclick: () => view.close(),
      },
      '×',
    );

  /** A paragraph shown for context: its number opens it as the view's paragraph. */
  function paragraphView(p: DocumentParagraph, source: string): HTMLElement {
    return h(
      'div',
      { class: 'doc-paragraph', 'data-paragraph': p.number },
      h(
        'button',
        {
          type: 'button',
          class: 'link para-number',
          title: `Open paragraph ${p.number} and the facts taken from it`,
          onclick: () => view.open({ source, paragraph: p.number, fact: null }),
        },
        `¶ ${p.number}`,
      ),
      h('p', {}, ...paragraphText(p, undefined)),
    );
  }

  function selectInGraph(f: ParagraphFact) {
    if (f.kind === 'claim') {
      if (ctl.node(f.from.id)) ctl.select(f.from.id);
      else ctl.say(`${f.from.name} is not drawn in the graph.`, 'error');
      return;
    }
    const edge = ctl.edges().find((e) => e.citations.some((c) => c.id === f.id));
    if (edge) ctl.select(edge.id);
    else ctl.say(`${factLabel(f)} is not drawn in the graph.`, 'error');
  }

  function render(doc: DocumentAt, place: DocumentPlace) {
    const source = doc.meta.id;
    const facts = doc.paragraph.facts;
    let marked = facts.find((f) => f.id === place.fact);
    const targetText = h('p', {}, ...paragraphText(doc.paragraph, marked));
    const target = h(
      'div',
      { class: 'doc-paragraph target', 'data-paragraph': doc.paragraph.number, 'aria-current': 'true' },
      h(
        'span',
        { class: 'para-number', title: `paragraph ${doc.paragraph.number}` },
        `¶ ${doc.paragraph.number}`,
      ),
      targetText,
    );
    const before = h(
      'div',
      { class: 'doc-before' },
      doc.before.map((p) => paragraphView(p, source)),
    );
    const after = h(
      'div',
      { class: 'doc-after' },
      doc.after.map((p) => paragraphView(p, source)),
    );

    /** A button that reads on (or back) from the last (first) paragraph shown, then goes if none remain. */
    function moreButton(direction: 'next' | 'previous', box: HTMLElement): HTMLElement {
      const button = h(
        'button',
        {
          type: 'button',
          class: 'doc-more',
          'data-more': direction,
          onclick: async () => {
            const shown = [...box.parentElement!.querySelectorAll<HTMLElement>('.doc-paragraph')].map((el) =>
              Number(el.dataset.paragraph),
            );
            const from = direction === 'next' ? Math.max(...shown) : Math.min(...shown);
            button.setAttribute('aria-busy', 'true');
            try {
              const run = await api.more(source, from, direction);
              const views = run.items.map((p) => paragraphView(p, source));
              if (direction === 'next') box.append(...views);
              else box.prepend(...views);
              if (!(direction === 'next' ? run.hasNext : run.hasPrevious)) button.remove();
            } catch (error) {
              ctl.say(`More of the document could not be loaded: ${(error as Error).message}`, 'error');
            } finally {
              button.removeAttribute('aria-busy');
            }
          },
        },
        direction === 'next' ? 'Read on ↓' : 'Read back ↑',
      );
      return button;
    }

    const list = h(
      'ul',
      { class: 'doc-facts' },
      facts.map((f) =>
        h(
          'li',
          {
            class: `doc-fact${f === marked ? ' marked' : ''}`,
            'data-fact': f.id,
            'data-stance': f.stance,
            'data-modality': f.modality,
          },
          h(
            'button',
            {
              type: 'button',
              class: 'link fact-label',
              title: 'Select it in the graph and mark its quote',
              onclick: () => {
                marked = f;
                targetText.replaceChildren(...paragraphText(doc.paragraph, f));
                for (const li of list.children)
                  li.classList.toggle('marked', li.getAttribute('data-fact') === f.id);
                setPlace({ ...place, fact: f.id });
                selectInGraph(f);
              },
            },
            factLabel(f),
          ),
          statementLine({ ...f, source: { id: source } }),
          h('blockquote', {}, `“${f.quote}”`),
        ),
      ),
    );

    const m = doc.meta;
    const when = m.date ? formatDate(m.date, (m.datePrecision?.toLowerCase() ?? 'day') as DatePrecision) : '';
    panel.replaceChildren(
      h(
        'header',
        { class: 'doc-head' },
        h('h2', { id: 'document-title', tabindex: '-1' }, m.title),
        closeButton(),
        h(
          'p',
          { class: 'doc-meta' },
          [m.publisher, when, m.kind?.replace(/-/g, ' '), m.id].filter(Boolean).join(' · '),
        ),
        m.speakers.length
          ? h('p', { class: 'doc-speakers' }, h('strong', {}, 'Speakers: '), m.speakers.join(', '))
          : '',
      ),
      h(
        'div',
        { class: 'doc-text', 'aria-label': 'The document around the quote' },
        doc.hasPrevious ? moreButton('previous', before) : '',
        before,
        target,
        after,
        doc.hasNext ? moreButton('next', after) : '',
      ),
      h(
        'section',
        { class: 'doc-facts-box', 'aria-labelledby': 'document-facts-title' },
        h(
          'h3',
          { id: 'document-facts-title' },
          `What the graph takes from paragraph ${doc.paragraph.number} (${facts.length})`,
        ),
        facts.length ? list : h('p', { class: 'hint' }, 'No fact of the graph quotes this paragraph.'),
      ),
    );
    target.scrollIntoView({ block: 'nearest' });
  }

  const view: DocumentView = {
    open(place, from = null) {
      if (from) opener = from;
      const mine = ++request;
      setPlace(place);
      panel.hidden = false;
      panel.setAttribute('aria-busy', 'true');
      panel.replaceChildren(
        h(
          'header',
          { class: 'doc-head' },
          h(
            'h2',
            { id: 'document-title', tabindex: '-1' },
            `Opening ${place.source}, paragraph ${place.paragraph}…`,
          ),
          closeButton(),
        ),
      );
      panel.querySelector<HTMLElement>('#document-title')?.focus();
      api.at(place.source, place.paragraph).then(
        (doc) => {
          if (mine !== request) return;
          panel.removeAttribute('aria-busy');
          render(doc, place);
          panel.querySelector<HTMLElement>('#document-title')?.focus();
        },
        (error: Error) => {
          if (mine !== request) return;
          panel.removeAttribute('aria-busy');
          panel.replaceChildren(
            h(
              'header',
              { class: 'doc-head' },
              h('h2', { id: 'document-title', tabindex: '-1' }, 'The document could not be opened'),
              closeButton(),
            ),
            h('p', { class: 'error-text', role: 'alert' }, error.message),
          );
        },
      );
    },
    close() {
      if (panel.hidden) return;
      request++;
      panel.hidden = true;
      panel.replaceChildren();
      setPlace(null);
      const back = opener?.isConnected ? opener : document.getElementById('details-body');
      opener = null;
      back?.focus();
    },
    place: () => current,
  };

  window.addEventListener(OPEN_DOCUMENT, (event) => {
    const { opener: from, ...place } = (event as CustomEvent<OpenDocumentDetail>).detail;
    view.open(place, from);
  });
  document.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || panel.hidden) return;
    const target = event.target as HTMLElement | null;
    // The search box has its own Esc (closing its suggestions).
    if (target?.closest('.search')) return;
    event.preventDefault();
    view.close();
  });
  return view;
}
