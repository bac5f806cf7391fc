// findStoreFailure reads the cause of a database that did not start from Neo4j's debug.log (the
// lines below are Neo4j 5.26's own, from a store whose metadata file was cut short), and only
// what was written after the offset the launcher took at start.
import { appendFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findStoreFailure, logSize } from '../../../cypher/embedded/store-failure.ts';

const dir = mkdtempSync(join(tmpdir(), 'kg-store-failure-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const EARLIER = '2026-11-30 22:50:30.556+0000 INFO  [o.n.d.d.DatabaseLifecycles] Starting a database\n';
const FAILURE = `2026-11-30 22:52:51.006+0000 ERROR [o.n.d.d.DatabaseLifecycles] Failed to start DatabaseId{d581b53d[neo4j]}
java.lang.RuntimeException: java.lang.IllegalStateException: Failed to read current store version.
\tat org.neo4j.kernel.database.AbstractDatabase.handleStartupFailure(AbstractDatabase.java:222)
Caused by: java.lang.IllegalStateException: Failed to read current store version.
\tat org.neo4j.kernel.impl.storemigration.StoreMigrator.doUpgradeCheck(StoreMigrator.java:401)
Caused by: java.lang.IllegalStateException: Trying to read Store ID field from uninitialised metadata store
\tat org.neo4j.kernel.impl.store.MetaDataStore$FieldAccess.readStoreId(MetaDataStore.java:644)
\t... 15 more
`;
const AFTER = '2026-11-30 22:52:51.013+0000 INFO  [o.n.u.UserDataCollector] Anonymous Usage Data\n';

describe('findStoreFailure', () => {
  it('gives the failed step and its root cause once the exception block is complete', () => {
    const log = join(dir, 'debug.log');
    writeFileSync(log, EARLIER);
    const offset = logSize(log);
    expect(findStoreFailure(log, offset)).toBeUndefined();
    appendFileSync(log, FAILURE);
    // The block is not closed by a later log line yet: wait.
    expect(findStoreFailure(log, offset)).toBeUndefined();
    appendFileSync(log, AFTER);
    expect(findStoreFailure(log, offset)).toEqual({
      database: 'neo4j',
      cause:
        'Failed to read current store version (Trying to read Store ID field from uninitialised metadata store)',
    });
  });

  it('ignores a failure logged before the offset (an earlier start) and a missing log', () => {
    const log = join(dir, 'earlier.log');
    writeFileSync(log, FAILURE + AFTER);
    expect(findStoreFailure(log, logSize(log))).toBeUndefined();
    expect(findStoreFailure(join(dir, 'none.log'), 0)).toBeUndefined();
    expect(logSize(join(dir, 'none.log'))).toBe(0);
  });
});
