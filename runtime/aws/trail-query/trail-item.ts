/**
 * One CloudTrail record → one DynamoDB event item, through the shared normalizer (runtime/aws/cloudtrail-record).
 * Pure: no SDK, no I/O.
 */
import { ActorType, ParseResult, fail, isRecord, ok, text } from '../../core/audit-event';
import { normalizeCloudTrailRecord } from '../cloudtrail-record';
import { Dimension, TrailAttribute, bucketPartition, dayOf, eventSortKey } from './table-model';

/** Event names skipped by default: read-only calls that make up most of a trail and rarely answer "who changed what". */
export const DEFAULT_SKIP_EVENT_NAME_PREFIXES: readonly string[] = ['Get', 'List', 'Describe', 'Head'];

/** Bounds that keep one item far below DynamoDB's 400 KB limit whatever a caller sent. */
export const ITEM_LIMITS = {
  MAX_PARAMETERS: 64,
  MAX_PARAMETER_NAME: 256,
  MAX_VALUE_CHARS: 512,
  MAX_USER_AGENT_CHARS: 512,
  MAX_ERROR_MESSAGE_CHARS: 1024,
  MAX_DEPTH: 8,
} as const;

export interface TrailItemOptions {
  /** Case-sensitive eventName prefixes that are not stored (`Get` skips `GetObject`). */
  readonly skipEventNamePrefixes: readonly string[];
  /** Items expire this many days after their eventTime (DynamoDB TTL). @default never */
  readonly ttlDays?: number;
}

/** What ingestion stores for one record. `requestParameters` is flattened: `instancesSet.items.0.instanceId`. */
export interface TrailEventItem {
  readonly pk: string;
  readonly sk: string;
  readonly userPk: string;
  readonly servicePk: string;
  readonly eventNamePk: string;
  readonly eventID: string;
  /** ISO 8601 UTC with milliseconds. */
  readonly eventTime: string;
  readonly eventName: string;
  readonly eventSource: string;
  /** Short service name: `ec2` for `ec2.amazonaws.com`. */
  readonly service: string;
  readonly user: string;
  readonly userType: string;
  readonly userArn?: string;
  readonly accountId?: string;
  readonly awsRegion?: string;
  readonly sourceIPAddress?: string;
  readonly userAgent?: string;
  readonly errorCode?: string;
  readonly errorMessage?: string;
  readonly readOnly?: boolean;
  readonly eventType?: string;
  readonly requestParameters?: Record<string, string>;
  readonly expiresAt?: number;
}

export enum RecordOutcome {
  STORE = 'store',
  SKIPPED = 'skipped',
  EXPIRED = 'expired',
}

export type TrailItemResult =
  | { readonly outcome: RecordOutcome.STORE; readonly item: TrailEventItem }
  | { readonly outcome: RecordOutcome.SKIPPED }
  | { readonly outcome: RecordOutcome.EXPIRED };

/** `ec2.amazonaws.com` → `ec2`; accepts the short name as is. */
export function shortServiceName(eventSource: string): string {
  return eventSource.replace(/\.amazonaws\.com(\.cn)?$/i, '').toLowerCase();
}

export function isSkippedEventName(eventName: string, prefixes: readonly string[]): boolean {
  return prefixes.some((prefix) => prefix !== '' && eventName.startsWith(prefix));
}

/**
 * Builds the item, or says why the record is not stored. Credentials and other `responseElements` are never
 * stored (AssumeRole responses carry session tokens); only request parameters are kept, flattened to strings so
 * that `param=force&value=false` matches a boolean too.
 */
export function toTrailItem(
  record: unknown,
  options: TrailItemOptions,
  nowMs: number = Date.now(),
): ParseResult<TrailItemResult> {
  const normalized = normalizeCloudTrailRecord(record);
  if (!normalized.ok) return fail(normalized.error);
  const event = normalized.value;
  const raw = record as Record<string, unknown>;
  if (isSkippedEventName(event.action, options.skipEventNamePrefixes)) return ok({ outcome: RecordOutcome.SKIPPED });
  const timeMs = Date.parse(event.time);
  let expiresAt: number | undefined;
  if (options.ttlDays !== undefined) {
    expiresAt = Math.floor(timeMs / 1000) + options.ttlDays * 86_400;
    // Backfilling history older than the retention would only feed TTL deletions.
    if (expiresAt * 1000 <= nowMs) return ok({ outcome: RecordOutcome.EXPIRED });
  }
  const identity = isRecord(raw.userIdentity) ? raw.userIdentity : {};
  const user =
    event.actor.type === ActorType.SERVICE && event.actor.name === 'unknown'
      ? (text(identity.invokedBy) ?? event.actor.name)
      : event.actor.name;
  const service = shortServiceName(event.service);
  const day = dayOf(timeMs);
  const parameters = flattenParameters(raw.requestParameters);
  const item: TrailEventItem = {
    [TrailAttribute.PARTITION_KEY]: bucketPartition(Dimension.ALL, undefined, day),
    [TrailAttribute.SORT_KEY]: eventSortKey(event.time, event.traceId),
    [TrailAttribute.USER_PARTITION]: bucketPartition(Dimension.USER, user, day),
    [TrailAttribute.SERVICE_PARTITION]: bucketPartition(Dimension.SERVICE, service, day),
    [TrailAttribute.EVENT_NAME_PARTITION]: bucketPartition(Dimension.EVENT_NAME, event.action, day),
    eventID: event.traceId,
    eventTime: event.time,
    eventName: event.action,
    eventSource: event.service,
    service,
    user,
    userType: event.actor.type,
    ...defined({
      userArn: event.actor.arn,
      accountId: event.actor.accountId,
      awsRegion: event.region,
      sourceIPAddress: event.sourceIp,
      userAgent: clip(event.userAgent, ITEM_LIMITS.MAX_USER_AGENT_CHARS),
      errorCode: text(raw.errorCode),
      errorMessage: clip(event.errorMessage, ITEM_LIMITS.MAX_ERROR_MESSAGE_CHARS),
      readOnly: event.readOnly,
      eventType: text(raw.eventType),
      requestParameters: Object.keys(parameters).length > 0 ? parameters : undefined,
      [TrailAttribute.EXPIRES_AT]: expiresAt,
    }),
  };
  return ok({ outcome: RecordOutcome.STORE, item });
}

/**
 * `{"instancesSet":{"items":[{"instanceId":"i-1"}]},"force":false}` →
 * `{"instancesSet.items.0.instanceId":"i-1","force":"false"}`. Nulls and empty strings are dropped; long values
 * are cut (they then no longer match an equality filter, which is documented); at most 64 names per record.
 */
export function flattenParameters(value: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  let count = 0;
  const visit = (node: unknown, path: string, depth: number): void => {
    if (count >= ITEM_LIMITS.MAX_PARAMETERS || node === null || node === undefined) return;
    if (Array.isArray(node) || isRecord(node)) {
      if (depth >= ITEM_LIMITS.MAX_DEPTH) return;
      const entries: [string, unknown][] = Array.isArray(node)
        ? node.map((v, i) => [String(i), v])
        : Object.entries(node);
      for (const [key, child] of entries) visit(child, path === '' ? key : `${path}.${key}`, depth + 1);
      return;
    }
    if (path === '' || path.length > ITEM_LIMITS.MAX_PARAMETER_NAME) return;
    const scalar =
      typeof node === 'string'
        ? node
        : typeof node === 'number' || typeof node === 'boolean'
          ? String(node)
          : undefined;
    if (scalar === undefined || scalar === '') return;
    out[path] = clip(scalar, ITEM_LIMITS.MAX_VALUE_CHARS) ?? '';
    count++;
  };
  visit(value, '', 0);
  return out;
}

function clip(value: string | undefined, max: number): string | undefined {
  if (value === undefined) return undefined;
  return value.length <= max ? value : `${value.slice(0, max - 1)}…`;
}

function defined<T extends Record<string, unknown>>(fields: T): Partial<T> {
  const out: Partial<T> = {};
  for (const [key, value] of Object.entries(fields) as [keyof T, T[keyof T]][]) {
    if (value !== undefined) out[key] = value;
  }
  return out;
}
