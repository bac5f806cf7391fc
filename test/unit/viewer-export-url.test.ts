// Unit tests for viewer/src/export-url.ts: the data export link carries the view's scope.
import { describe, expect, it } from 'vitest';
import { exportUrl } from '../../viewer/src/export-url.ts';
import { DEFAULT_STATE } from '../../viewer/src/url-state.ts';

describe('exportUrl', () => {
  it('exports what the default view draws: asserted and unclear facts, aims and forecasts', () => {
    expect(exportUrl('graphml', DEFAULT_STATE)).toBe(
      '/export/graphml?stances=asserted,unclear&modalities=actual,intended,expected',
    );
  });
  it('carries filters, statements, credibility, date and focus', () => {
    const url = exportUrl('csv', {
      ...DEFAULT_STATE,
      types: ['RIVAL_OF', 'LINKED_TO'],
      minCredibility: 'alleged',
      stances: ['asserted', 'denied'],
      modalities: ['actual'],
      asOf: '2016',
      focus: 'iskp',
      depth: 2,
    });
    const q = new URL(url, 'http://x').searchParams;
    expect(url.startsWith('/export/csv?')).toBe(true);
    expect(q.get('types')).toBe('RIVAL_OF,LINKED_TO');
    expect(q.get('minCredibility')).toBe('alleged');
    expect(q.get('stances')).toBe('asserted,denied');
    expect(q.get('modalities')).toBe('actual');
    expect(q.get('focus')).toBe('iskp');
    expect(q.get('depth')).toBe('2');
    expect(q.get('categories')).toBeNull();
  });
});
