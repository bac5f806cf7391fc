// The largest heap any running transaction was estimated to use (SHOW TRANSACTIONS, sampled every
// 100 ms) while a load runs, for issue 13's "peak transaction memory under the default limit".
import type { Driver } from 'neo4j-driver';

/** Starts sampling through `driver`; the returned function stops and gives the peak in bytes. */
export function sampleTransactionMemory(driver: Driver): () => Promise<number> {
  let peak = 0;
  let running = true;
  const loop = (async () => {
    while (running) {
      try {
        const { records } = await driver.executeQuery(
          'SHOW TRANSACTIONS YIELD estimatedUsedHeapMemory AS heap RETURN max(heap) AS heap',
        );
        peak = Math.max(peak, Number(records[0]?.get('heap') ?? 0));
      } catch {
        // A sample lost to a busy server is just a sample lost.
      }
      await new Promise((done) => setTimeout(done, 100));
    }
  })();
  return async () => {
    running = false;
    await loop;
    return peak;
  };
}

/**
 * Neo4j's limit on all transactions' memory together (db.memory.transaction.total.max), in bytes:
 * its setting, or when that is 0 (the default: no fixed value) 70 % of the heap, which is what
 * Neo4j 5 enforces then ("…would use more than the limit 346.5 MiB" at a 512 MiB heap).
 */
export async function transactionMemoryLimit(driver: Driver, heapMb: number): Promise<number> {
  const { records } = await driver.executeQuery(
    "SHOW SETTINGS YIELD name, value WHERE name = 'db.memory.transaction.total.max' RETURN value",
  );
  const value = String(records[0]?.get('value') ?? '0');
  const match = /^(\d+(?:\.\d+)?)\s*([KMG]i?B?|B)?$/i.exec(value.trim());
  const units: Record<string, number> = { K: 2 ** 10, M: 2 ** 20, G: 2 ** 30 };
  const bytes = match ? Number(match[1]) * (units[(match[2] ?? 'B')[0]!.toUpperCase()] ?? 1) : 0;
  return bytes > 0 ? bytes : heapMb * 2 ** 20 * 0.7;
}
