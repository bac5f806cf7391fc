// The time slider: show the graph as of a year (or an exact month or day): what the documents place
// then is drawn as usual, what only may hold then is pale and outlined, and what cannot is hidden or
// faded (the API judges each: core/time.ts). Plays through the years.
import { parsePeriod } from '../../core/dates.ts';
import type { Controller } from './controller.ts';
import { h } from './dom.ts';
import type { TimeMode } from './url-state.ts';

export const DEFAULT_YEARS: [number, number] = [2013, 2022];
const STEP_MS = 1200;

/** The span of years the data mentions, widened to at least the default 2013–2022. */
export function yearSpan(dates: (string | null | undefined)[]): [number, number] {
  let [lo, hi] = DEFAULT_YEARS;
  for (const d of dates) {
    if (!d) continue;
    const y = Number(d.slice(0, 4));
    if (y >= 1900 && y < lo) lo = y;
    if (y <= 2100 && y > hi) hi = y;
  }
  return [lo, hi];
}

export function mountTimePanel(
  root: HTMLElement,
  ctl: Controller,
  years: [number, number],
): { sync(): void } {
  let timer: ReturnType<typeof setInterval> | null = null;

  const enabled = h('input', {
    type: 'checkbox',
    id: 'time-enabled',
    onchange: () => {
      stop();
      ctl.update({ asOf: enabled.checked ? slider.value : null });
    },
  });
  const slider = h('input', {
    type: 'range',
    id: 'time-slider',
    'aria-label': 'Year the graph is shown as of',
    min: years[0],
    max: years[1],
    step: 1,
    value: years[1],
    'aria-describedby': 'time-value',
    oninput: () => ctl.update({ asOf: slider.value }),
  });
  const value = h('output', { id: 'time-value', for: 'time-slider' });
  const exact = h('input', {
    type: 'text',
    id: 'time-exact',
    inputmode: 'numeric',
    placeholder: 'YYYY, YYYY-MM or YYYY-MM-DD',
    'aria-describedby': 'time-exact-error',
    onchange: () => {
      const v = exact.value.trim();
      if (!v) return ctl.update({ asOf: null });
      if (!parsePeriod(v)) {
        exactError.textContent = `"${v}" is not a date: write 2014, 2021-08 or 2021-08-26.`;
        return;
      }
      exactError.textContent = '';
      stop();
      ctl.update({ asOf: v });
    },
  });
  const exactError = h('p', { id: 'time-exact-error', class: 'error-text', role: 'alert' });
  const mode = h(
    'select',
    { id: 'time-mode', onchange: () => ctl.update({ timeMode: mode.value as TimeMode }) },
    h('option', { value: 'hide' }, 'hide'),
    h('option', { value: 'fade' }, 'fade'),
  );
  const play = h(
    'button',
    { type: 'button', id: 'time-play', 'aria-pressed': 'false', onclick: () => (timer ? stop() : start()) },
    'Play years',
  );

  function start() {
    let year = ctl.state.asOf ? Number(ctl.state.asOf.slice(0, 4)) : years[0];
    if (year >= years[1]) year = years[0];
    ctl.update({ asOf: String(year) });
    play.textContent = 'Pause';
    play.setAttribute('aria-pressed', 'true');
    timer = setInterval(() => {
      year += 1;
      if (year > years[1]) return stop();
      ctl.update({ asOf: String(year) });
    }, STEP_MS);
  }
  function stop() {
    if (timer) clearInterval(timer);
    timer = null;
    play.textContent = 'Play years';
    play.setAttribute('aria-pressed', 'false');
  }

  root.replaceChildren(
    h('h2', {}, 'Time'),
    h('div', { class: 'row' }, enabled, h('label', { for: 'time-enabled' }, 'Show the graph as of')),
    h('div', { class: 'row' }, slider, value),
    h('div', { class: 'row' }, play, h('label', { for: 'time-mode' }, 'what cannot hold then:'), mode),
    h('label', { for: 'time-exact', class: 'block' }, 'Exact date'),
    exact,
    exactError,
  );

  return {
    sync() {
      const asOf = ctl.state.asOf;
      enabled.checked = asOf !== null;
      if (asOf) slider.value = asOf.slice(0, 4);
      value.textContent = asOf ?? 'all dates';
      if (document.activeElement !== exact) exact.value = asOf && asOf.length > 4 ? asOf : '';
      mode.value = ctl.state.timeMode;
    },
  };
}
