/**
 * ActionTrail events as a trail delivers them to SLS: one content key `event` holding the event as JSON text, topic
 * `actiontrail_audit_event` (SLS "Log fields" of ActionTrail, https://www.alibabacloud.com/help/en/sls/log-fields-25;
 * ActionTrail event structure, https://www.alibabacloud.com/help/doc-detail/28819.htm).
 */
import {
  ActorType,
  AuditActor,
  AuditEvent,
  Cloud,
  Outcome,
  ParseResult,
  fail,
  isRecord,
  ok,
  text,
} from '../core/audit-event';
import { ParsedRecord, RecordParser } from '../core/enrichment/pipeline';

/** The value the records carry in `cloud`. */
export const ALICLOUD = Cloud.ALICLOUD;

export const ACTIONTRAIL_TOPIC = 'actiontrail_audit_event';

const ACTOR_TYPES: Record<string, ActorType> = {
  'root-account': ActorType.ROOT,
  'ram-user': ActorType.USER,
  'assumed-role': ActorType.ASSUMED_ROLE,
  system: ActorType.SERVICE,
  'alibaba-cloud-service': ActorType.SERVICE,
};

function actorOf(identity: unknown): AuditActor {
  if (!isRecord(identity)) return { name: 'unknown', type: ActorType.UNKNOWN };
  const type = ACTOR_TYPES[text(identity.type)?.toLowerCase() ?? ''] ?? ActorType.UNKNOWN;
  return {
    name: text(identity.userName) ?? text(identity.principalId) ?? text(identity.accountId) ?? 'unknown',
    type,
    id: text(identity.principalId),
    accountId: text(identity.accountId),
    arn: text(identity.arn),
  };
}

function isoTime(value: unknown): string | undefined {
  const raw = text(value);
  if (!raw) return undefined;
  const ms = Date.parse(raw);
  return Number.isFinite(ms) ? new Date(ms).toISOString() : undefined;
}

function readOnlyOf(eventRW: unknown): boolean | undefined {
  const rw = text(eventRW)?.toLowerCase();
  if (rw === 'read') return true;
  if (rw === 'write') return false;
  return undefined;
}

/** An ActionTrail event (already parsed from JSON) in the core's shape; fails without eventId or eventName. */
export function normalizeActionTrailEvent(value: unknown, logTimeSeconds?: number): ParseResult<AuditEvent> {
  if (!isRecord(value)) return fail('the event is not a JSON object');
  const traceId = text(value.eventId);
  const action = text(value.eventName);
  if (!traceId) return fail('the event has no eventId');
  if (!action) return fail(`event ${traceId} has no eventName`);
  const time = isoTime(value.eventTime);
  const fallback =
    logTimeSeconds && logTimeSeconds > 0 ? new Date(logTimeSeconds * 1000).toISOString() : new Date().toISOString();
  const resourceTypes = (text(value.resourceType) ?? '').split(';').map((s) => s.trim());
  const resourceNames = (text(value.resourceName) ?? '').split(';').map((s) => s.trim());
  const errorCode = text(value.errorCode);
  return ok<AuditEvent>({
    cloud: ALICLOUD,
    traceId,
    action,
    service: text(value.serviceName) ?? text(value.eventSource) ?? 'unknown',
    time: time ?? fallback,
    ...(time ? {} : { timeApproximate: true }),
    region: text(value.acsRegion),
    sourceIp: text(value.sourceIpAddress),
    userAgent: text(value.userAgent),
    actor: actorOf(value.userIdentity),
    resource: { type: resourceTypes[0] || undefined, id: resourceNames[0] || undefined },
    outcome: errorCode ? Outcome.FAILURE : Outcome.SUCCESS,
    readOnly: readOnlyOf(value.eventRW),
    errorMessage: errorCode ? [errorCode, text(value.errorMessage)].filter(Boolean).join(': ') : undefined,
  });
}

/**
 * The parser of one `event` content value. Also accepted: the event double-encoded (a JSON string of JSON text).
 * The log's own time (seconds) stands in for a missing eventTime.
 */
export function parseActionTrailContent(logTimeSeconds?: number): RecordParser {
  return (message, line) => {
    const value = parseEventJson(message);
    if (value instanceof Error) return fail(`the event field is not JSON: ${value.message}`);
    // An event without eventTime takes its own log's time (each SLS log has one), never one fixed for the batch.
    const event = normalizeActionTrailEvent(value, logTimeSeconds ?? (line ? line.timestamp / 1000 : undefined));
    return event.ok ? ok<ParsedRecord>({ event: event.value, raw: value as Record<string, unknown> }) : event;
  };
}

/** The event object of an `event` value, unwrapping one level of JSON-in-a-string; an Error when it is not JSON. */
function parseEventJson(message: string): unknown {
  try {
    const value: unknown = JSON.parse(message);
    return typeof value === 'string' ? JSON.parse(value) : value;
  } catch (error) {
    return error as Error;
  }
}
