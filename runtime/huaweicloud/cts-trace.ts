import {
  ActorType,
  AuditEvent,
  Cloud,
  Outcome,
  ParseResult,
  eventObject,
  fail,
  isRecord,
  ok,
  text,
} from '../core/audit-event';
import { toIsoTime } from '../core/time';

/**
 * Normalizes one CTS trace. Tolerates the documented variations: `time`/`record_time` as ms, seconds, a display
 * string or ""; `trace_rating` or `trace_status`; `request`/`response` as object, JSON string or ""; old and new
 * `user` shapes; `resource_id` as {}.
 */
export function normalizeCtsTrace(
  trace: unknown,
  region?: string,
  now: () => Date = () => new Date(),
): ParseResult<AuditEvent> {
  if (!isRecord(trace)) return fail('CTS trace is not a JSON object');
  const action = text(trace.trace_name);
  if (!action) return fail('CTS trace has no trace_name');
  const traceId = text(trace.trace_id);
  if (!traceId) return fail(`CTS trace "${action}" has no trace_id`);
  const recorded = toIsoTime(trace.record_time) ?? toIsoTime(trace.time);
  // "" is a documented form of both fields: a sign-in must still be judged, so fall back to the arrival time.
  const time = recorded ?? now().toISOString();
  const user = isRecord(trace.user) ? trace.user : {};
  const domain = isRecord(user.domain) ? user.domain : {};
  const readOnly =
    trace.read_only === true || trace.read_only === 'true'
      ? true
      : trace.read_only === false || trace.read_only === 'false'
        ? false
        : undefined;
  return ok({
    cloud: Cloud.HUAWEICLOUD,
    traceId,
    action,
    service: text(trace.service_type) ?? 'unknown',
    time,
    ...(recorded ? {} : { timeApproximate: true }),
    region: text(trace.region) ?? region,
    sourceIp: text(trace.source_ip),
    userAgent: text(trace.user_agent),
    actor: {
      name: text(user.name) ?? text(user.user_name) ?? 'unknown',
      type: actorType(user),
      id: text(user.id) ?? text(user.principal_id),
      accountId: text(user.account_id) ?? text(domain.id) ?? text(trace.domain_id),
    },
    resource: {
      type: text(trace.resource_type),
      name: text(trace.resource_name),
      id: text(trace.resource_id),
    },
    outcome: outcome(trace, action),
    readOnly,
  });
}

function actorType(user: Record<string, unknown>): ActorType {
  if (user.principal_is_root_user === true || user.principal_is_root_user === 'true') return ActorType.ROOT;
  switch (text(user.type)) {
    case 'User':
      return ActorType.USER;
    case 'AssumedAgency':
      return ActorType.ASSUMED_ROLE;
    case 'ExternalUser':
      return ActorType.FEDERATED;
    case 'Root':
    case 'Domain':
      return ActorType.ROOT;
    default:
      return text(user.name) ? ActorType.USER : ActorType.UNKNOWN;
  }
}

function outcome(trace: Record<string, unknown>, action: string): Outcome {
  // loginFailed / loginfailed / oidcLoginFailed ...: the operation name itself says it failed.
  if (/failed$/i.test(action)) return Outcome.FAILURE;
  const rating = (text(trace.trace_rating) ?? text(trace.trace_status))?.toLowerCase();
  if (rating === 'warning' || rating === 'incident') return Outcome.FAILURE;
  if (rating === 'normal') return Outcome.SUCCESS;
  return Outcome.UNKNOWN;
}

/**
 * The CTS trigger delivers `{"cts": <trace>}`; accept the trace itself or its JSON text as well, since test
 * consoles and replays send those.
 */
export function traceFromTriggerEvent(event: unknown): ParseResult<unknown> {
  const parsed = eventObject(Buffer.isBuffer(event) ? event.toString() : event);
  if (!parsed.ok) return parsed;
  const value = parsed.value;
  if (isRecord(value.cts)) return ok(value.cts);
  if ('trace_name' in value) return ok(value);
  return fail('event has no "cts" trace (is this a CTS trigger?)');
}

/** A CTS trigger event (or a bare trace, or its JSON text) as one normalized audit event. */
export function auditEventFromCtsTrigger(event: unknown, region?: string): ParseResult<AuditEvent> {
  const trace = traceFromTriggerEvent(event);
  return trace.ok ? normalizeCtsTrace(trace.value, region) : trace;
}
