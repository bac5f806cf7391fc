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
 * Neo4j's limit on all transactions' memory together, in bytes, as the server reports it
 * (dbms.memory.transaction.total.max: by default 70 % of the JVM's usable heap, 346.46MiB at
 * -Xmx512m); undefined when it reports none.
 */
export async function transactionMemoryLimit(driver: Driver): Promise<number | undefined> {
  const { records } = await driver.executeQuery(
    "SHOW SETTINGS YIELD name, value WHERE name = 'dbms.memory.transaction.total.max' RETURN value",
  );
  const match = /^(\d+(?:\.\d+)?)\s*([KMG]?)i?B?$/i.exec(String(records[0]?.get('value') ?? '').trim());
  if (!match) return undefined;
  const units: Record<string, number> = { '': 1, K: 2 ** 10, M: 2 ** 20, G: 2 ** 30 };
  const bytes = Number(match[1]) * units[match[2]!.toUpperCase()]!;
  return bytes > 0 ? bytes : undefined;
}
