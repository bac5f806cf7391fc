// The closing line's wording, which CI logs and scripts read.
import { describe, expect, it } from 'vitest';
import { closingLine, countResults } from '../../support/closing-line-reporter.ts';

describe('closingLine', () => {
  it('says passed and failed, and skipped only when there are any', () => {
    expect(closingLine({ passed: 12, failed: 0, skipped: 0 })).toBe('12 passed, 0 failed');
    expect(closingLine({ passed: 3, failed: 2, skipped: 1 })).toBe('3 passed, 2 failed, 1 skipped');
  });

  it('counts a run that failed with no test, file or error to show for it (a global setup that threw) as one failure', () => {
    expect(closingLine(countResults([], 0, true))).toBe('0 passed, 1 failed');
    expect(closingLine(countResults([], 2, true))).toBe('0 passed, 2 failed');
    expect(closingLine(countResults([], 0, false))).toBe('0 passed, 0 failed');
  });
});
