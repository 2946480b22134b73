import { TagCache } from './tag-cache';
import { ResourceRef, TagLookup, TagResult, failedLookup } from './tags';

export interface ResolveStats {
  /** Distinct resources of the batch. */
  readonly distinct: number;
  readonly cacheHits: number;
  /** Distinct resources sent to the tag API (cache misses). */
  readonly lookedUp: number;
  readonly failed: number;
}

export interface Resolved {
  readonly results: ReadonlyMap<string, TagResult>;
  readonly stats: ResolveStats;
}

/**
 * The tags of every resource of a batch with as few API calls as possible: each distinct resource once, cached
 * ones not at all, the rest in one `TagLookup.lookup` call (the adapter batches further, e.g. 100 ARNs per
 * GetResources call). A look-up that fails, wholly or for one resource, yields an ERROR result for those keys
 * only: the records are still written, with empty tags and the error.
 */
export async function resolveTags(refs: readonly ResourceRef[], cache: TagCache, lookup: TagLookup): Promise<Resolved> {
  const distinct = new Map<string, ResourceRef>();
  for (const ref of refs) if (!distinct.has(ref.key)) distinct.set(ref.key, ref);

  const results = new Map<string, TagResult>();
  const missing: ResourceRef[] = [];
  let cacheHits = 0;
  for (const [key, ref] of distinct) {
    const cached = cache.get(key);
    if (cached) {
      results.set(key, cached);
      cacheHits++;
    } else {
      missing.push(ref);
    }
  }

  let failed = 0;
  if (missing.length > 0) {
    let found: ReadonlyMap<string, TagResult>;
    try {
      found = await lookup.lookup(missing);
    } catch (error) {
      found = new Map(missing.map((ref) => [ref.key, failedLookup(error)]));
    }
    for (const ref of missing) {
      const result = found.get(ref.key) ?? failedLookup(new Error('the tag API gave no answer for this resource'));
      if (result.error !== undefined) failed++;
      results.set(ref.key, result);
      cache.set(ref.key, result);
    }
  }
  return { results, stats: { distinct: distinct.size, cacheHits, lookedUp: missing.length, failed } };
}
