// The API's query runner starts each query without the caller's stack trace (run-query.ts
// runWithoutCallerStack): the driver builds its Result, and reads `new Error().stack`, while the
// limit is 0, and the limit is back as it was after, whether the start returned or threw.
import type { Driver } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { createTextRunner, runWithoutCallerStack } from '../../../cypher/db/run-query.ts';

describe('runWithoutCallerStack', () => {
  it('builds no stack while starting, and restores the limit after a return or a throw', () => {
    const before = Error.stackTraceLimit;
    expect(runWithoutCallerStack(() => new Error('').stack)).not.toContain('\n');
    expect(Error.stackTraceLimit).toBe(before);
    expect(() =>
      runWithoutCallerStack(() => {
        throw new Error('refused');
      }),
    ).toThrow('refused');
    expect(Error.stackTraceLimit).toBe(before);
    expect(new Error('').stack).toContain('\n');
  });

  it('is how the text runner starts a query', async () => {
    const limits: number[] = [];
    const session = {
      run: () => {
        limits.push(Error.stackTraceLimit);
        return Promise.resolve({ records: [{ toObject: () => ({ n: 1 }) }] });
      },
      close: () => Promise.resolve(),
    };
    const driver = { session: () => session } as unknown as Driver;
    const rows = await createTextRunner(driver, { timeoutMs: 1000 })('ping-database', 'RETURN 1 AS n', {});
    expect(rows).toEqual([{ n: 1 }]);
    expect(limits).toEqual([0]);
    expect(Error.stackTraceLimit).toBeGreaterThan(0);
  });
});
