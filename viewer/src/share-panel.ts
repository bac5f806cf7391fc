// Share and export: copy a link to this exact view, download the picture (PNG, SVG) and the data
// behind it through the API's export endpoints.
import type { Controller } from './controller.ts';
import { h } from './dom.ts';
import { EXPORT_FORMATS, EXPORT_FORMAT_INFO, type ExportFormat } from '../../core/export-formats.ts';
import { exportUrl } from './export-url.ts';

export interface Pictures {
  png(): Promise<Blob>;
  svg(): string;
}

export function download(blob: Blob, name: string) {
  const url = URL.createObjectURL(blob);
  const a = h('a', { href: url, download: name, hidden: true });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function fileStem(ctl: Controller): string {
  const parts = ['khorasan-graph', ctl.state.focus, ctl.state.asOf].filter(Boolean);
  return parts.join('-');
}

export function mountSharePanel(root: HTMLElement, ctl: Controller, pictures: Pictures) {
  const link = h('input', {
    type: 'text',
    id: 'share-link',
    readonly: true,
    'aria-label': 'Link to this view',
  });
  const format = h(
    'select',
    { id: 'export-format', onchange: () => sync() },
    EXPORT_FORMATS.map((f) => h('option', { value: f }, EXPORT_FORMAT_INFO[f].label)),
  );
  const dataLink = h('a', { id: 'export-data', class: 'button', href: '#', download: '' }, 'Download data');

  async function copy() {
    link.select();
    try {
      await navigator.clipboard.writeText(link.value);
      ctl.say('Link copied: it reopens this exact view.');
    } catch {
      ctl.say('Select the link and copy it (the browser did not allow copying).');
    }
  }

  async function png() {
    try {
      download(await pictures.png(), `${fileStem(ctl)}.png`);
      ctl.say('PNG saved.');
    } catch (e) {
      ctl.say(`PNG export failed: ${(e as Error).message}`, 'error');
    }
  }

  function svg() {
    try {
      download(new Blob([pictures.svg()], { type: 'image/svg+xml' }), `${fileStem(ctl)}.svg`);
      ctl.say('SVG saved.');
    } catch (e) {
      ctl.say(`SVG export failed: ${(e as Error).message}`, 'error');
    }
  }

  function sync() {
    link.value = location.href;
    dataLink.href = exportUrl(format.value as ExportFormat, ctl.state);
  }

  root.replaceChildren(
    h('h2', {}, 'Share & export'),
    h(
      'div',
      { class: 'row' },
      link,
      h('button', { type: 'button', id: 'copy-link', onclick: copy }, 'Copy link'),
    ),
    h(
      'div',
      { class: 'row' },
      h('button', { type: 'button', id: 'export-png', onclick: png }, 'Image (PNG)'),
      h('button', { type: 'button', id: 'export-svg', onclick: svg }, 'Vector (SVG)'),
    ),
    h('label', { for: 'export-format', class: 'block' }, 'Data of this view'),
    format,
    dataLink,
  );
  sync();
  return { sync };
}
