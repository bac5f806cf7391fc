// Search by any name or alias with suggestions from the API, as an ARIA combobox: arrows move,
// Enter picks, Escape closes. Picking a result selects and centres the entity.
import type { Controller } from './controller.ts';
import { h } from './dom.ts';
import type { SearchHit } from './types.ts';

export interface SearchApi {
  search(text: string, signal: AbortSignal): Promise<SearchHit[]>;
}

const DEBOUNCE_MS = 120;

export function mountSearch(
  input: HTMLInputElement,
  list: HTMLUListElement,
  ctl: Controller,
  api: SearchApi,
) {
  let hits: SearchHit[] = [];
  let active = -1;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let inflight: AbortController | undefined;
  /** Enter pressed before the suggestions arrived: take the first one when they do. */
  let pickFirst = false;

  function close() {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  }

  function render(message?: string) {
    list.replaceChildren();
    if (message) {
      list.append(h('li', { class: 'empty', role: 'option', 'aria-disabled': 'true' }, message));
    }
    hits.forEach((hit, i) => {
      const li = h(
        'li',
        {
          id: `search-hit-${i}`,
          role: 'option',
          'aria-selected': i === active ? 'true' : 'false',
          'data-id': hit.id,
          onmousedown: (ev: Event) => {
            ev.preventDefault();
            pick(i);
          },
        },
        h('span', { class: 'hit-name' }, hit.name),
        hit.matched && hit.matched !== hit.name ? h('span', { class: 'hit-alias' }, ` (${hit.matched})`) : '',
        h('span', { class: 'hit-kind' }, ` ${hit.label} · ${hit.category.replace(/-/g, ' ')}`),
      );
      list.append(li);
    });
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    if (active >= 0) input.setAttribute('aria-activedescendant', `search-hit-${active}`);
    else input.removeAttribute('aria-activedescendant');
  }

  function pick(i: number) {
    const hit = hits[i];
    if (!hit) return;
    input.value = hit.name;
    close();
    ctl.select(hit.id);
  }

  async function run(text: string) {
    inflight?.abort();
    inflight = new AbortController();
    const signal = inflight.signal;
    try {
      render('Searching…');
      const found = await api.search(text, signal);
      if (signal.aborted) return;
      hits = found;
      active = hits.length ? 0 : -1;
      render(
        !hits.length
          ? `Nothing found for "${text}"`
          : hits[0]!.someWords
            ? `No name has every word of "${text}"; these have some:`
            : undefined,
      );
      if (pickFirst && hits.length) pick(0);
      pickFirst = false;
    } catch (e) {
      if ((e as Error).name === 'AbortError') return;
      hits = [];
      render(`Search failed: ${(e as Error).message}`);
    }
  }

  input.addEventListener('input', () => {
    clearTimeout(timer);
    pickFirst = false;
    const text = input.value.trim();
    if (!text) {
      hits = [];
      return close();
    }
    timer = setTimeout(() => void run(text), DEBOUNCE_MS);
  });
  input.addEventListener('keydown', (ev) => {
    if (ev.key === 'ArrowDown' || ev.key === 'ArrowUp') {
      if (!hits.length) return;
      ev.preventDefault();
      active = (active + (ev.key === 'ArrowDown' ? 1 : -1) + hits.length) % hits.length;
      render();
    } else if (ev.key === 'Enter') {
      ev.preventDefault();
      if (hits.length && !list.hidden) pick(Math.max(active, 0));
      else if (input.value.trim()) {
        clearTimeout(timer);
        pickFirst = true;
        void run(input.value.trim());
      }
    } else if (ev.key === 'Escape') close();
  });
  input.addEventListener('blur', () => setTimeout(close, 150));
}
