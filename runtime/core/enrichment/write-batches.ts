/** One line to write to the target log store. */
export interface OutputLine {
  /** Epoch ms the store should file the line under. */
  readonly timestamp: number;
  readonly message: string;
}

export interface BatchLimits {
  readonly maxEvents: number;
  /** Bytes per call, counting each message's UTF-8 length plus `perEventOverhead`. */
  readonly maxBytes: number;
  readonly perEventOverhead: number;
  /** Largest single message (bytes); longer ones are refused, not cut, so no half-JSON is stored. */
  readonly maxMessageBytes: number;
  /** Widest time span inside one call, ms; undefined when the store does not care. */
  readonly maxSpanMs?: number;
}

/**
 * CloudWatch Logs PutLogEvents: at most 10,000 events and 1,048,576 bytes per call (message bytes + 26 each),
 * events in time order and within 24 hours of each other; one event at most 256 KB (the long-standing limit,
 * kept although newer accounts accept 1 MB).
 */
export const CLOUDWATCH_LIMITS: BatchLimits = {
  maxEvents: 10000,
  maxBytes: 1048576,
  perEventOverhead: 26,
  maxMessageBytes: 256 * 1024 - 26,
  maxSpanMs: 24 * 60 * 60 * 1000,
};

/**
 * LTS log reporting API: a single line at most 1 MB (LTS "Basic Resource Constraints"); the API page names no
 * request size, so TrailWatch sends at most 1,000 lines and 1 MB of text per call, well under the per-stream
 * write limits (500 writes/s, 100 MB/s).
 */
export const LTS_LIMITS: BatchLimits = {
  maxEvents: 1000,
  maxBytes: 1024 * 1024,
  perEventOverhead: 4,
  maxMessageBytes: 1024 * 1024 - 1024,
};

export interface BatchPlan {
  readonly batches: readonly (readonly OutputLine[])[];
  /** Lines too large for the store, with their byte size. */
  readonly oversized: readonly { readonly line: OutputLine; readonly bytes: number }[];
}

/** Splits lines into calls within the limits; lines are sorted by time first (CloudWatch requires it). */
export function planBatches(lines: readonly OutputLine[], limits: BatchLimits): BatchPlan {
  const sorted = [...lines].sort((a, b) => a.timestamp - b.timestamp);
  const batches: OutputLine[][] = [];
  const oversized: { line: OutputLine; bytes: number }[] = [];
  let current: OutputLine[] = [];
  let bytes = 0;
  for (const line of sorted) {
    const size = Buffer.byteLength(line.message, 'utf8');
    if (size > limits.maxMessageBytes) {
      oversized.push({ line, bytes: size });
      continue;
    }
    const cost = size + limits.perEventOverhead;
    const spanExceeded =
      limits.maxSpanMs !== undefined && current.length > 0 && line.timestamp - current[0].timestamp > limits.maxSpanMs;
    if (current.length > 0 && (current.length >= limits.maxEvents || bytes + cost > limits.maxBytes || spanExceeded)) {
      batches.push(current);
      current = [];
      bytes = 0;
    }
    current.push(line);
    bytes += cost;
  }
  if (current.length > 0) batches.push(current);
  return { batches, oversized };
}

/**
 * CloudWatch refuses events older than 14 days or more than 2 hours ahead (and older than the group's
 * retention). Lines outside a safe window are filed at `now`; the record keeps the real `eventTime`.
 */
export function cloudWatchTimestamp(eventTimeMs: number, now: number): number {
  const oldest = now - 13 * 24 * 60 * 60 * 1000;
  const newest = now + 60 * 60 * 1000;
  return Number.isFinite(eventTimeMs) && eventTimeMs >= oldest && eventTimeMs <= newest ? eventTimeMs : now;
}
