import { HTTP_TIMEOUT_MS, HttpError, isRetryableHttpError, withRetry } from '../core/retry';
import type { AlicloudEndpoints } from './endpoints';

/** The part of `fetch` the Alibaba clients use (tests and the benchmark pass their own). */
export type HttpFetch = (
  url: string,
  init: { method: string; headers: Record<string, string>; body?: Uint8Array | string; signal?: AbortSignal },
) => Promise<{
  status: number;
  ok: boolean;
  headers: { get(name: string): string | null };
  arrayBuffer(): Promise<ArrayBuffer>;
}>;

export const defaultFetch: HttpFetch = (url, init) => fetch(url, init as RequestInit);

export interface HttpAnswer {
  readonly status: number;
  readonly headers: { get(name: string): string | null };
  readonly body: Buffer;
}

/** Sends one request with a timeout; a non-2xx answer becomes an `HttpError` carrying the body. */
export async function send(
  http: HttpFetch,
  url: string,
  init: { method: string; headers: Record<string, string>; body?: Uint8Array | string },
  what: string,
): Promise<HttpAnswer> {
  const response = await http(url, { ...init, signal: AbortSignal.timeout(HTTP_TIMEOUT_MS) });
  const body = Buffer.from(await response.arrayBuffer());
  if (!response.ok) throw new HttpError(response.status, body.toString('utf8'), what);
  return { status: response.status, headers: response.headers, body };
}

/** Error codes of Alibaba Cloud APIs that mean "slow down" (OpenAPI throttling; SLS quota errors). */
const THROTTLING =
  /"(Code|errorCode)"\s*:\s*"(Throttling[\w.]*|ServiceUnavailable|InternalError|(Shard)?(Write|Read)QuotaExceed|ExceedQuota|RequestTimeExpired)"/;

/** 429, 5xx, network errors, and throttling / quota errors that some APIs answer with 400 or 403. */
export function isRetryableAlicloudError(error: unknown): boolean {
  if (isRetryableHttpError(error)) return true;
  return error instanceof HttpError && (error.status === 400 || error.status === 403) && THROTTLING.test(error.body);
}

/** How an Alibaba Cloud client reaches its API: the trusted endpoints, the transport, the clock and the retries. */
export interface AlicloudHttpOptions {
  readonly endpoints: AlicloudEndpoints;
  readonly fetch?: HttpFetch;
  readonly now?: () => number;
  /** @default 5 */
  readonly attempts?: number;
  /** @default 200 */
  readonly baseDelayMs?: number;
  readonly sleep?: (ms: number) => Promise<void>;
}

/** Runs one call with the client's retries: throttling, quota, 5xx and network errors are tried again. */
export function withAlicloudRetry<T>(call: () => Promise<T>, options: AlicloudHttpOptions): Promise<T> {
  return withRetry(call, {
    attempts: options.attempts ?? 5,
    baseDelayMs: options.baseDelayMs ?? 200,
    isRetryable: isRetryableAlicloudError,
    sleep: options.sleep,
  });
}
