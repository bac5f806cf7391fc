// Unit tests for viewer/src/export-url.ts: the data export link carries the view's scope.
import { describe, expect, it } from 'vitest';
import { exportUrl } from '../../viewer/src/export-url.ts';
import { DEFAULT_STATE } from '../../viewer/src/url-state.ts';

describe('exportUrl', () => {
  it('exports everything from the default view', () => {
    expect(exportUrl('graphml', DEFAULT_STATE)).toBe('/export/graphml');
  });
  it('carries filters, date and focus', () => {
    const url = exportUrl('csv', {
      ...DEFAULT_STATE,
      types: ['RIVAL_OF', 'LINKED_TO'],
      minConfidence: 'alleged',
      asOf: '2016',
      focus: 'iskp',
      depth: 2,
    });
    const q = new URL(url, 'http://x').searchParams;
    expect(url.startsWith('/export/csv?')).toBe(true);
    expect(q.get('types')).toBe('RIVAL_OF,LINKED_TO');
    expect(q.get('minConfidence')).toBe('alleged');
    expect(q.get('focus')).toBe('iskp');
    expect(q.get('depth')).toBe('2');
    expect(q.get('categories')).toBeNull();
  });
});
