/**
 * An answer shared by concurrent callers and reused for a while: until `goodUntil(value, arrivedAt)` once it arrives,
 * for `failureTtlMs` once it fails, so a refusal (an STS or IAM "access denied") is not asked again
 * for every event. Pending, it is shared.
 */
export interface Remembered<T> {
  readonly answer: Promise<T>;
  /** Epoch ms until which `answer` may be reused. */
  until: number;
}

/** Default time a failed answer is reused: 5 minutes. */
export const FAILURE_TTL_MS = 5 * 60 * 1000;

export function remember<T>(
  answer: Promise<T>,
  now: () => number,
  goodUntil: (value: T, arrivedAt: number) => number,
  failureTtlMs = FAILURE_TTL_MS,
): Remembered<T> {
  const entry: Remembered<T> = { answer, until: Number.POSITIVE_INFINITY };
  answer.then(
    (value) => (entry.until = goodUntil(value, now())),
    () => (entry.until = now() + failureTtlMs),
  );
  return entry;
}
