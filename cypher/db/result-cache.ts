// Answers of read queries kept per loaded generation: a generation never changes once readers
// see it (cypher/README.md "Loading"), so an answer stays exact for as long as its generation is
// the one read, and a load's new generation simply misses. Bounded in entries and in bytes
// (least recently used out first); rows are frozen, since every later hit hands out the same ones.
import type { Row } from './run-query.ts';

export interface ResultCacheLimits {
  /** Bytes of answers kept (estimated from their JSON length); 0 turns the cache off. */
  maxBytes: number;
  /** Answers kept at most. */
  maxEntries: number;
  /** A larger answer is not kept (one answer must not evict everything else). */
  maxEntryBytes: number;
}

export const DEFAULT_CACHE_LIMITS: ResultCacheLimits = {
  maxBytes: 64 * 1024 * 1024,
  maxEntries: 5_000,
  maxEntryBytes: 4 * 1024 * 1024,
};

interface Entry {
  rows: readonly Row[];
  bytes: number;
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value as object)) deepFreeze(child);
  }
  return value;
}

/**
 * Roughly the bytes a value holds (strings at 2 bytes a character, 16 per other value), walking
 * no further than `limit`: an answer too large to keep is not measured in full (a JSON copy of
 * the whole graph at 10k entities was 23 MB made only to be thrown away).
 */
function estimateBytes(value: unknown, limit: number): number {
  let bytes = 200;
  const stack: unknown[] = [value];
  while (stack.length > 0 && bytes <= limit) {
    const item = stack.pop();
    if (typeof item === 'string') bytes += 2 * item.length + 16;
    else if (item !== null && typeof item === 'object') {
      for (const [key, child] of Object.entries(item)) {
        bytes += 2 * key.length + 16;
        stack.push(child);
      }
    } else bytes += 16;
  }
  return bytes;
}

/** JSON of a value whose neo4j Integers, dates and lists stringify as their fields (stable per call site). */
function keyOf(stamp: string, name: string, params: Record<string, unknown>): string {
  return `${stamp}\u0000${name}\u0000${JSON.stringify(params, (_key, value: unknown) =>
    typeof value === 'bigint' ? `${value}n` : value,
  )}`;
}

export class ResultCache {
  private readonly entries = new Map<string, Entry>();
  private bytes = 0;
  private stamp: string | undefined;
  hits = 0;
  misses = 0;

  constructor(readonly limits: ResultCacheLimits = DEFAULT_CACHE_LIMITS) {}

  get enabled(): boolean {
    return this.limits.maxBytes > 0 && this.limits.maxEntries > 0;
  }

  get size(): { entries: number; bytes: number } {
    return { entries: this.entries.size, bytes: this.bytes };
  }

  get(stamp: string, name: string, params: Record<string, unknown>): readonly Row[] | undefined {
    if (!this.enabled) return undefined;
    if (this.stamp !== stamp) {
      // A request of a newer generation: answers of the one before would only wait to be
      // evicted. (Keys carry the stamp, so a request of the older one cannot be given them.)
      this.entries.clear();
      this.bytes = 0;
      this.stamp = stamp;
    }
    const key = keyOf(stamp, name, params);
    const entry = this.entries.get(key);
    if (!entry) {
      this.misses++;
      return undefined;
    }
    // Most recently used last: Map keeps insertion order.
    this.entries.delete(key);
    this.entries.set(key, entry);
    this.hits++;
    return entry.rows;
  }

  /** Keeps an answer of the generation requests read now (a late answer of an older one is not kept). */
  set(stamp: string, name: string, params: Record<string, unknown>, rows: Row[]): readonly Row[] {
    if (!this.enabled || stamp !== this.stamp) return rows;
    const bytes = estimateBytes(rows, this.limits.maxEntryBytes);
    if (bytes > this.limits.maxEntryBytes) return rows;
    const key = keyOf(stamp, name, params);
    const old = this.entries.get(key);
    if (old) {
      this.entries.delete(key);
      this.bytes -= old.bytes;
    }
    this.entries.set(key, { rows: deepFreeze(rows), bytes });
    this.bytes += bytes;
    for (const [oldest, entry] of this.entries) {
      if (this.bytes <= this.limits.maxBytes && this.entries.size <= this.limits.maxEntries) break;
      this.entries.delete(oldest);
      this.bytes -= entry.bytes;
    }
    return rows;
  }
}
