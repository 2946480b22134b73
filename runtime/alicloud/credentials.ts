/**
 * Credentials of the function's RAM role, as Function Compute hands them to every invocation
 * (`context.credentials`: accessKeyId, accessKeySecret, securityToken; STS keys of the function's role). Never read
 * from environment variables: a function without a role has no credentials and fails.
 */
import { isRecord, text } from '../core/audit-event';

export interface AlicloudCredentials {
  readonly accessKeyId: string;
  readonly accessKeySecret: string;
  readonly securityToken?: string;
}

/** What TrailWatch reads of the FC 3.0 Node.js context. */
export interface FcContext {
  readonly requestId?: string;
  readonly region?: string;
  readonly accountId?: string;
  readonly credentials?: {
    readonly accessKeyId?: string;
    readonly accessKeySecret?: string;
    readonly securityToken?: string;
  };
  readonly function?: { readonly name?: string };
}

export function credentialsFrom(context: FcContext | undefined): AlicloudCredentials {
  const c: unknown = context?.credentials;
  const accessKeyId = isRecord(c) ? text(c.accessKeyId) : undefined;
  const accessKeySecret = isRecord(c) ? text(c.accessKeySecret) : undefined;
  if (!accessKeyId || !accessKeySecret) {
    throw new Error(
      'the invocation context has no credentials: give the function a RAM role (FC hands its STS keys to each invocation)',
    );
  }
  return { accessKeyId, accessKeySecret, securityToken: isRecord(c) ? text(c.securityToken) : undefined };
}
