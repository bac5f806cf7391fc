// A cache of at most a set number of entries, least recently used out first, that keeps no entry
// whose key is longer than a set length: what the API keeps per query text (parsed documents,
// parse errors, prepared queries) stays bounded whatever texts clients send.

export class BoundedCache<T> {
  private readonly entries = new Map<string, T>();

  /**
   * @param maxEntries entries kept at most
   * @param maxKeyLength longer keys are never kept (their value is made again when next asked)
   */
  constructor(
    private readonly maxEntries: number,
    private readonly maxKeyLength = Infinity,
  ) {}

  get size(): number {
    return this.entries.size;
  }

  get(key: string): T | undefined {
    const value = this.entries.get(key);
    if (value !== undefined) {
      // Map keeps insertion order: moving the key to the end makes the first the least recent.
      this.entries.delete(key);
      this.entries.set(key, value);
    }
    return value;
  }

  set(key: string, value: T): void {
    if (key.length > this.maxKeyLength) return;
    this.entries.delete(key);
    this.entries.set(key, value);
    if (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
  }
}
