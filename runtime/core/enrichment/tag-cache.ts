import { TagResult, TagStatus } from './tags';

export interface TagCacheOptions {
  /** How long a look-up result is reused, in ms. 0 disables the cache. */
  readonly ttlMs: number;
  /** Entries kept at most; the oldest are dropped first. @default 20000 */
  readonly maxEntries?: number;
  /** Injectable clock (ms). @default Date.now */
  readonly now?: () => number;
}

interface Entry {
  readonly result: TagResult;
  readonly expiresAt: number;
}

/**
 * Tag look-up results kept across invocations of a warm function instance. Failed look-ups are never cached, so
 * the next batch tries again; "untagged" and "not found" are, since asking again would give the same answer.
 */
export class TagCache {
  public hits = 0;
  public misses = 0;
  private readonly entries = new Map<string, Entry>();
  private readonly maxEntries: number;
  private readonly now: () => number;

  public constructor(private readonly options: TagCacheOptions) {
    this.maxEntries = options.maxEntries ?? 20000;
    this.now = options.now ?? Date.now;
  }

  public get size(): number {
    return this.entries.size;
  }

  public get(key: string): TagResult | undefined {
    const entry = this.entries.get(key);
    if (entry && entry.expiresAt > this.now()) {
      this.hits++;
      return entry.result;
    }
    if (entry) this.entries.delete(key);
    this.misses++;
    return undefined;
  }

  public set(key: string, result: TagResult): void {
    if (this.options.ttlMs <= 0 || result.status === TagStatus.ERROR) return;
    this.entries.delete(key);
    if (this.entries.size >= this.maxEntries) {
      // Map iteration order is insertion order: the first key is the oldest entry.
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    this.entries.set(key, { result, expiresAt: this.now() + this.options.ttlMs });
  }

  public clear(): void {
    this.entries.clear();
  }
}
