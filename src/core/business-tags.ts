import { TAG_FIELD_PREFIX, tagFieldName } from '../../runtime/core/enrichment/enriched-record';

/** A business tag key as the enriched records carry it. @internal */
export interface BusinessTagField {
  /** The key as the user gave it (`Cost Center`). */
  readonly key: string;
  /** Its record field (`tag_Cost_Center`). */
  readonly field: string;
  /** The field without the `tag_` prefix (`Cost_Center`), for query names. */
  readonly suffix: string;
}

/**
 * The saved business queries that exist once per business tag key, in a cloud's query language (`query` writes one);
 * the cloud adds its fixed queries (per user, per resource type, untagged resources) after them.
 * @internal
 */
export function perBusinessTag<Q>(tagKeys: readonly string[], query: (tag: BusinessTagField) => Q): Q[] {
  return tagKeys.map((key) => {
    const field = tagFieldName(key);
    return query({ key, field, suffix: field.slice(TAG_FIELD_PREFIX.length) });
  });
}
