/** Cloud-neutral shape of one audit record (a Huawei CTS trace or an AWS CloudTrail record). */

export enum Cloud {
  HUAWEICLOUD = 'huaweicloud',
  AWS = 'aws',
  ALICLOUD = 'alicloud',
}

export enum Outcome {
  SUCCESS = 'success',
  FAILURE = 'failure',
  UNKNOWN = 'unknown',
}

export enum ActorType {
  /** A user of the account's identity service (IAM user). */
  USER = 'user',
  /** The account owner itself (AWS root, Huawei account / domain). */
  ROOT = 'root',
  /** A role or agency session (including SSO / Identity Center sessions). */
  ASSUMED_ROLE = 'assumed-role',
  /** A federated identity (SAML / OIDC) without an IAM user. */
  FEDERATED = 'federated',
  /** A cloud service acting on its own. */
  SERVICE = 'service',
  UNKNOWN = 'unknown',
}

export interface AuditActor {
  readonly name: string;
  readonly type: ActorType;
  readonly id?: string;
  readonly accountId?: string;
  readonly arn?: string;
}

export interface AuditResource {
  readonly type?: string;
  readonly name?: string;
  readonly id?: string;
}

export interface AuditEvent {
  readonly cloud: Cloud;
  /** Unique id of the record (CTS `trace_id`, CloudTrail `eventID`). */
  readonly traceId: string;
  /** Operation name (CTS `trace_name`, CloudTrail `eventName`). */
  readonly action: string;
  /** Service short name, upper case for CTS (`IAM`), the event source host for CloudTrail. */
  readonly service: string;
  /** ISO 8601 UTC. */
  readonly time: string;
  /** True when the record carried no readable time and `time` is when the function saw it. */
  readonly timeApproximate?: boolean;
  readonly region?: string;
  readonly sourceIp?: string;
  readonly userAgent?: string;
  readonly actor: AuditActor;
  readonly resource: AuditResource;
  readonly outcome: Outcome;
  /** True for read-only operations when the record says so; undefined when it does not. */
  readonly readOnly?: boolean;
  /** Console sign-in only: whether MFA was used (undefined when the record carries no MFA flag). */
  readonly mfaUsed?: boolean;
  readonly errorMessage?: string;
}

/** Result of parsing untrusted input: never throws, always says why it failed. */
export type ParseResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: string };

export function ok<T>(value: T): ParseResult<T> {
  return { ok: true, value };
}

export function fail<T>(error: string): ParseResult<T> {
  return { ok: false, error };
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A trigger event as a JSON object: the object itself, or parsed from its JSON text (test consoles and replays send text). */
export function eventObject(event: unknown): ParseResult<Record<string, unknown>> {
  let value = event;
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value);
    } catch (error) {
      return fail(`event is not valid JSON: ${(error as Error).message}`);
    }
  }
  return isRecord(value) ? ok(value) : fail('event is not a JSON object');
}

/** A non-empty trimmed string, or undefined. */
export function text(value: unknown): string | undefined {
  if (typeof value === 'string') {
    const trimmed = value.trim();
    return trimmed === '' ? undefined : trimmed;
  }
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return undefined;
}
