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

/** Normalizes one CloudTrail record (as found in log files, CloudWatch Logs and EventBridge `detail`). */
export function normalizeCloudTrailRecord(record: unknown): ParseResult<AuditEvent> {
  if (!isRecord(record)) return fail('CloudTrail record is not a JSON object');
  const action = text(record.eventName);
  if (!action) return fail('CloudTrail record has no eventName');
  const traceId = text(record.eventID);
  if (!traceId) return fail(`CloudTrail record "${action}" has no eventID`);
  const time = toIsoTime(record.eventTime);
  if (!time) return fail(`CloudTrail record ${traceId} has no readable eventTime`);
  const identity = isRecord(record.userIdentity) ? record.userIdentity : {};
  const extra = isRecord(record.additionalEventData) ? record.additionalEventData : {};
  const response = isRecord(record.responseElements) ? record.responseElements : {};
  const mfa = text(extra.MFAUsed)?.toLowerCase();
  const firstResource = Array.isArray(record.resources) && isRecord(record.resources[0]) ? record.resources[0] : {};
  return ok({
    cloud: Cloud.AWS,
    traceId,
    action,
    service: text(record.eventSource) ?? 'unknown',
    time,
    region: text(record.awsRegion),
    sourceIp: text(record.sourceIPAddress),
    userAgent: text(record.userAgent),
    actor: {
      name: actorName(identity, extra),
      type: actorType(identity),
      id: text(identity.principalId),
      accountId: text(identity.accountId) ?? text(record.recipientAccountId),
      arn: text(identity.arn),
    },
    resource: { type: text(firstResource.type), id: text(firstResource.ARN) },
    outcome: outcomeOf(record, response, action),
    readOnly: typeof record.readOnly === 'boolean' ? record.readOnly : undefined,
    mfaUsed: mfa === 'yes' ? true : mfa === 'no' ? false : undefined,
    errorMessage: text(record.errorMessage),
  });
}

function outcomeOf(record: Record<string, unknown>, response: Record<string, unknown>, action: string): Outcome {
  const consoleLogin = text(response.ConsoleLogin);
  if (consoleLogin) return consoleLogin.toLowerCase() === 'success' ? Outcome.SUCCESS : Outcome.FAILURE;
  // IAM Identity Center sign-in events (AwsServiceEvent) say it under their own name:
  // "serviceEventDetails": {"CredentialVerification": "Failure"}.
  const details = isRecord(record.serviceEventDetails) ? record.serviceEventDetails : {};
  const serviceOutcome = text(details[action])?.toLowerCase();
  if (serviceOutcome === 'success') return Outcome.SUCCESS;
  if (serviceOutcome === 'failure') return Outcome.FAILURE;
  if (text(record.errorCode) || text(record.errorMessage)) return Outcome.FAILURE;
  return Outcome.SUCCESS;
}

function actorType(identity: Record<string, unknown>): ActorType {
  switch (text(identity.type)) {
    case 'IAMUser':
      return ActorType.USER;
    case 'Root':
      return ActorType.ROOT;
    case 'AssumedRole':
      return ActorType.ASSUMED_ROLE;
    case 'FederatedUser':
    case 'SAMLUser':
    case 'WebIdentityUser':
    case 'IdentityCenterUser':
      return ActorType.FEDERATED;
    case 'AWSService':
    case 'AWSAccount':
      return ActorType.SERVICE;
    default:
      return ActorType.UNKNOWN;
  }
}

function actorName(identity: Record<string, unknown>, extra: Record<string, unknown>): string {
  const session = isRecord(identity.sessionContext) ? identity.sessionContext : {};
  const issuer = isRecord(session.sessionIssuer) ? session.sessionIssuer : {};
  // IAM Identity Center users: the sign-in name when the event carries it, else the identity-store user id.
  const onBehalfOf = isRecord(identity.onBehalfOf) ? identity.onBehalfOf : {};
  const arn = text(identity.arn);
  return (
    text(identity.userName) ??
    text(extra.UserName) ??
    text(onBehalfOf.userId) ??
    // assumed-role/AWSReservedSSO_Admin_abc/alice@example.com → the session name is the person.
    (arn && text(identity.type) === 'AssumedRole' ? arn.split('/').slice(1).join('/') : undefined) ??
    text(issuer.userName) ??
    (text(identity.type) === 'Root' ? 'root' : undefined) ??
    arn ??
    text(identity.principalId) ??
    'unknown'
  );
}

/** EventBridge wraps the CloudTrail record in `detail`; accept a bare record too. */
export function recordFromEventBridgeEvent(event: unknown): ParseResult<unknown> {
  const parsed = eventObject(event);
  if (!parsed.ok) return parsed;
  const value = parsed.value;
  if (isRecord(value.detail)) return ok(value.detail);
  if ('eventName' in value) return ok(value);
  return fail('event has no CloudTrail "detail" (is this an EventBridge CloudTrail event?)');
}

/** An EventBridge CloudTrail event (or a bare record, or its JSON text) as one normalized audit event. */
export function auditEventFromEventBridge(event: unknown): ParseResult<AuditEvent> {
  const record = recordFromEventBridgeEvent(event);
  return record.ok ? normalizeCloudTrailRecord(record.value) : record;
}
