/**
 * Alibaba Cloud OpenAPI RPC calls (Tag 2018-08-28, STS 2015-04-01), signed with signature version 1.0: HMAC-SHA1 of
 * `POST&%2F&<percent-encoded sorted query>` keyed with `<AccessKeySecret>&`, the STS token as `SecurityToken`
 * (https://www.alibabacloud.com/help/en/sdk/product-overview/rpc-mechanism ; `@alicloud/pop-core` `lib/rpc.js`).
 * Parameters go in a form body, so 50 ARNs never make an over-long URL.
 */
import { createHmac, randomUUID } from 'crypto';
import { isRecord } from '../core/audit-event';
import { HttpError } from '../core/retry';
import { AlicloudCredentials } from './credentials';
import { assertTrustedUrl } from './endpoints';
import { AlicloudHttpOptions, defaultFetch, send, withAlicloudRetry } from './http';

/** RFC 3986 encoding as the RPC signature wants it (`*` → %2A, `~` kept, space → %20). */
export function percentEncode(value: string): string {
  return encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

export function rpcSignature(method: string, params: Readonly<Record<string, string>>, secret: string): string {
  const canonical = Object.keys(params)
    .sort()
    .map((k) => `${percentEncode(k)}=${percentEncode(params[k])}`)
    .join('&');
  const toSign = `${method}&${percentEncode('/')}&${percentEncode(canonical)}`;
  return createHmac('sha1', `${secret}&`).update(toSign).digest('base64');
}

/** The common parameters plus the signature, for one call. */
export function signedRpcParams(
  action: string,
  version: string,
  params: Readonly<Record<string, string>>,
  credentials: AlicloudCredentials,
  now: number,
  nonce: string = randomUUID(),
): Record<string, string> {
  const all: Record<string, string> = {
    ...params,
    Action: action,
    Version: version,
    Format: 'JSON',
    AccessKeyId: credentials.accessKeyId,
    SignatureMethod: 'HMAC-SHA1',
    SignatureVersion: '1.0',
    SignatureNonce: nonce,
    Timestamp: new Date(now).toISOString().replace(/\.\d{3}Z$/, 'Z'),
  };
  if (credentials.securityToken) all.SecurityToken = credentials.securityToken;
  all.Signature = rpcSignature('POST', all, credentials.accessKeySecret);
  return all;
}

export type RpcOptions = AlicloudHttpOptions;

/** An RPC call that answered with an error code (HTTP 4xx/5xx with `{Code, Message}`). */
export class RpcError extends Error {
  public constructor(
    public readonly code: string,
    message: string,
    public readonly status: number,
  ) {
    super(`${code}: ${message}`);
    this.name = 'RpcError';
  }
}

/** POSTs one RPC action to `endpoint` with retries (throttling, 5xx, network); answers the parsed JSON. */
export async function callRpc(
  endpoint: string,
  action: string,
  version: string,
  params: Readonly<Record<string, string>>,
  credentials: AlicloudCredentials,
  options: RpcOptions,
  counter?: { calls: number },
): Promise<Record<string, unknown>> {
  const url = `${endpoint}/`;
  assertTrustedUrl(url, options.endpoints);
  try {
    return await withAlicloudRetry(async () => {
      if (counter) counter.calls++;
      const body = new URLSearchParams(
        signedRpcParams(action, version, params, credentials, (options.now ?? Date.now)()),
      ).toString();
      const answer = await send(
        options.fetch ?? defaultFetch,
        url,
        {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
          body,
        },
        `${action}`,
      );
      const parsed: unknown = JSON.parse(answer.body.toString('utf8'));
      if (!isRecord(parsed)) throw new Error(`${action} answered with something other than a JSON object`);
      return parsed;
    }, options);
  } catch (error) {
    if (error instanceof HttpError) {
      let code = `HTTP${error.status}`;
      let message = error.body.slice(0, 300);
      try {
        const body: unknown = JSON.parse(error.body);
        if (isRecord(body) && typeof body.Code === 'string') {
          code = body.Code;
          message = typeof body.Message === 'string' ? body.Message : message;
        }
      } catch {
        // keep the raw body
      }
      throw new RpcError(code, `${action} failed: ${message}`, error.status);
    }
    throw error;
  }
}
