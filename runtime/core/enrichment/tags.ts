import { isRecord, text } from '../audit-event';

/**
 * One resource an audit event touched, as far as the record tells. Cloud adapters fill it (see
 * `ResourceIdentifier`); the core only uses `key` to cache and de-duplicate look-ups.
 */
export interface ResourceRef {
  /** Same key, same tags: the ARN on AWS, `<project>/<service>/<type>/<id>` on Huawei Cloud. */
  readonly key: string;
  /** ARN (AWS) or resource id (Huawei Cloud). */
  readonly id: string;
  readonly type?: string;
  readonly name?: string;
  /** Account (AWS) or account/domain id (Huawei) that owns the resource, when the record says. */
  readonly account?: string;
  readonly region?: string;
  /** Huawei Cloud project of the resource (per-service tag APIs are project-scoped). */
  readonly project?: string;
  /** Adapter-specific: which tag API answers for this resource (Huawei: a key of the tag-API table). */
  readonly api?: string;
}

export type Tags = Readonly<Record<string, string>>;

/** What a tag look-up found; written to each enriched record as `tagStatus`. */
export enum TagStatus {
  /** The resource has at least one tag. */
  FOUND = 'found',
  /** The resource has no tags (on AWS also: the tagging API did not know the ARN, e.g. a deleted resource). */
  UNTAGGED = 'untagged',
  /** The tag API answered 404: the resource is gone (typical for delete events). */
  NOT_FOUND = 'not-found',
  /** No tag API is known for this kind of resource. */
  UNSUPPORTED = 'unsupported',
  /** The event names no resource TrailWatch can identify. */
  NO_RESOURCE = 'no-resource',
  /** The look-up failed (after retries); see `tagLookupError`. */
  ERROR = 'error',
}

export interface TagResult {
  readonly status: TagStatus;
  readonly tags: Tags;
  readonly error?: string;
}

/**
 * Finds the tags of resources. Gets each distinct key once per call and must answer for every key it was given;
 * a key left out is treated as a failed look-up. It should not throw for one bad resource, only when nothing
 * could be looked up at all (the caller then marks every key of the call as failed).
 */
export interface TagLookup {
  lookup(refs: readonly ResourceRef[]): Promise<ReadonlyMap<string, TagResult>>;
}

export function tagResult(tags: Tags): TagResult {
  return { status: Object.keys(tags).length > 0 ? TagStatus.FOUND : TagStatus.UNTAGGED, tags };
}

export function failedLookup(error: unknown): TagResult {
  return { status: TagStatus.ERROR, tags: {}, error: error instanceof Error ? error.message : String(error) };
}

/**
 * Tag lists as the APIs return them: `[{key, value}]` (Huawei), `[{Key, Value}]` (AWS), or Nova's
 * `["k=v", "k"]`. Unreadable items are skipped.
 */
export function tagsFromList(list: unknown): Record<string, string> {
  const tags: Record<string, string> = {};
  if (!Array.isArray(list)) return tags;
  for (const item of list) {
    if (typeof item === 'string') {
      const at = item.indexOf('=');
      const key = (at < 0 ? item : item.slice(0, at)).trim();
      if (key) tags[key] = at < 0 ? '' : item.slice(at + 1);
    } else if (isRecord(item)) {
      const key = text(item.key) ?? text(item.Key);
      if (key)
        tags[key] = typeof item.value === 'string' ? item.value : typeof item.Value === 'string' ? item.Value : '';
    }
  }
  return tags;
}
