export interface RetryOptions {
  /** Total attempts including the first. */
  readonly attempts: number;
  readonly baseDelayMs: number;
  readonly isRetryable: (error: unknown) => boolean;
  readonly sleep?: (ms: number) => Promise<void>;
}

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Runs `fn`, retrying retryable failures with exponential backoff and full jitter. */
export async function withRetry<T>(fn: () => Promise<T>, options: RetryOptions): Promise<T> {
  const sleep = options.sleep ?? realSleep;
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn();
    } catch (error) {
      if (attempt >= options.attempts || !options.isRetryable(error)) throw error;
      await sleep(Math.random() * options.baseDelayMs * 2 ** (attempt - 1));
    }
  }
}

/** An HTTP answer that was not 2xx, with what the server said. */
export class HttpError extends Error {
  public constructor(
    public readonly status: number,
    public readonly body: string,
    what: string,
  ) {
    super(`${what} failed with HTTP ${status}: ${body.slice(0, 500)}`);
    this.name = 'HttpError';
  }
}

/** How long one HTTP request may take before it is abandoned (and retried): a stalled connection must not eat the function's whole timeout. */
export const HTTP_TIMEOUT_MS = 10_000;

export function isRetryableHttpError(error: unknown): boolean {
  if (error instanceof HttpError) return error.status === 429 || error.status >= 500;
  // Network-level failures (connection reset, DNS) surface from fetch as TypeError; a request past
  // HTTP_TIMEOUT_MS as a TimeoutError (AbortSignal.timeout).
  return (
    error instanceof TypeError ||
    (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError'))
  );
}
