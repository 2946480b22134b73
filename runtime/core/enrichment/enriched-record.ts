import { AuditEvent } from '../audit-event';
import { ReadOnlyVerdict } from './event-filter';
import { ResourceRef, TagResult, TagStatus, Tags } from './tags';

/** Top-level tag fields are `tag_` + the key with every character outside [A-Za-z0-9_] replaced by `_`. */
export const TAG_FIELD_PREFIX = 'tag_';
/** LTS structured field names are limited to 50 characters; CloudWatch has no lower limit worth a second rule. */
export const TAG_FIELD_MAX_LENGTH = 50;

/**
 * One line of the target log store: the key fields of the audit event, the resource, and its tags, both as a
 * `tags` object and as one top-level `tag_<key>` field per tag (query `tag_Project = "X"` without JSON paths).
 */
export interface EnrichedRecord {
  readonly cloud: string;
  readonly eventId: string;
  readonly eventTime: string;
  readonly eventName: string;
  readonly service: string;
  readonly region?: string;
  readonly actor: string;
  readonly actorType: string;
  readonly actorId?: string;
  readonly actorAccount?: string;
  readonly actorArn?: string;
  readonly sourceIp?: string;
  readonly userAgent?: string;
  readonly outcome: string;
  readonly errorMessage?: string;
  readonly readOnly: boolean;
  readonly readOnlyBasis: string;
  readonly resourceId?: string;
  readonly resourceType?: string;
  readonly resourceName?: string;
  readonly resourceAccount?: string;
  readonly resourceRegion?: string;
  /** How many resources the event touched (one record is written per resource). */
  readonly resourceCount: number;
  readonly tags: Tags;
  readonly tagStatus: TagStatus;
  readonly tagLookupError?: string;
  /** When the tags were read: they are the tags at look-up time, not at event time. */
  readonly tagsLookedUpAt: string;
  readonly [tagField: `tag_${string}`]: string;
}

/** The top-level field name of a tag key (see TAG_FIELD_PREFIX). */
export function tagFieldName(key: string): string {
  return `${TAG_FIELD_PREFIX}${key.replace(/[^A-Za-z0-9_]/g, '_')}`.slice(0, TAG_FIELD_MAX_LENGTH);
}

/**
 * `tag_<key>` fields for the tags, in key order. Two keys that sanitize to the same field name (`cost-center`
 * and `cost_center`) keep the first in sort order; the other stays readable in `tags`.
 */
export function tagFields(tags: Tags): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const key of Object.keys(tags).sort()) {
    const field = tagFieldName(key);
    if (!(field in fields)) fields[field] = tags[key];
  }
  return fields;
}

const NO_RESOURCE: TagResult = { status: TagStatus.NO_RESOURCE, tags: {} };

/**
 * One record per resource of the event, or one record without a resource when none was identified.
 * `lookedUpAt` is an ISO time stamp of the batch's look-up.
 */
export function enrichedRecords(
  event: AuditEvent,
  verdict: ReadOnlyVerdict,
  resources: readonly ResourceRef[],
  results: ReadonlyMap<string, TagResult>,
  lookedUpAt: string,
): EnrichedRecord[] {
  const base = {
    cloud: event.cloud,
    eventId: event.traceId,
    eventTime: event.time,
    eventName: event.action,
    service: event.service,
    region: event.region,
    actor: event.actor.name,
    actorType: event.actor.type,
    actorId: event.actor.id,
    actorAccount: event.actor.accountId,
    actorArn: event.actor.arn,
    sourceIp: event.sourceIp,
    userAgent: event.userAgent,
    outcome: event.outcome,
    errorMessage: event.errorMessage,
    readOnly: verdict.readOnly,
    readOnlyBasis: verdict.basis,
    resourceCount: resources.length,
    tagsLookedUpAt: lookedUpAt,
  };
  if (resources.length === 0) return [withTags(base, NO_RESOURCE)];
  return resources.map((ref) =>
    withTags(
      {
        ...base,
        resourceId: ref.id,
        resourceType: ref.type,
        resourceName: ref.name,
        resourceAccount: ref.account,
        resourceRegion: ref.region,
      },
      results.get(ref.key) ?? { status: TagStatus.ERROR, tags: {}, error: 'no look-up result' },
    ),
  );
}

function withTags(fields: Record<string, unknown>, result: TagResult): EnrichedRecord {
  const record: Record<string, unknown> = {};
  // Undefined fields are left out so the JSON stays small and queries can test ispresent().
  for (const [name, value] of Object.entries(fields)) if (value !== undefined) record[name] = value;
  record.tags = result.tags;
  record.tagStatus = result.status;
  if (result.error !== undefined) record.tagLookupError = result.error;
  Object.assign(record, tagFields(result.tags));
  return record as unknown as EnrichedRecord;
}
