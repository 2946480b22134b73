/**
 * The ingestion core shared by the Lambda handler and the backfill CLI: records of one log file → items in the
 * trail table. Idempotent: a file delivered twice (or backfilled after live ingestion) rewrites the same keys.
 */
import { Readable } from 'stream';
import { ParseResult, fail, ok } from '../../core/audit-event';
import { SettingLookup } from '../../core/settings';
import { TrailQuerySettings } from '../../core/setting-names';
import { Dimension, DistinctKind, TrailAttribute, dayOf, directoryPartition } from './table-model';
import {
  DEFAULT_SKIP_EVENT_NAME_PREFIXES,
  RecordOutcome,
  TrailEventItem,
  TrailItemOptions,
  toTrailItem,
} from './trail-item';
import { StoredItem, TrailStore, WriteStats } from './trail-store';
import { LogFileError, LogFileReadOptions, logFileRecordBatches } from './log-file';
import { refreshHourlyStats } from './stats-rollup';

export interface IngestOptions extends TrailItemOptions {
  /** Only records with eventTime in this window (epoch ms, inclusive) are stored (backfill). */
  readonly window?: { readonly fromMs: number; readonly toMs: number };
  /** Concurrent conditional writes of distinct values. @default 8 */
  readonly distinctConcurrency?: number;
  readonly now?: () => number;
}

export interface IngestStats extends WriteStats {
  records: number;
  stored: number;
  /** Records whose eventName starts with a skipped prefix. */
  skipped: number;
  /** Records older than the TTL retention. */
  expired: number;
  outsideWindow: number;
  /** Records without eventID/eventName/eventTime or not objects: logged and counted, never fatal. */
  malformed: number;
  /** Records repeated in the same file (same eventTime and eventID). */
  duplicates: number;
  distinctWrites: number;
  directoryItems: number;
  /** The first few malformed-record reasons, for the log. */
  malformedExamples: string[];
}

export function emptyIngestStats(): IngestStats {
  return {
    records: 0,
    stored: 0,
    skipped: 0,
    expired: 0,
    outsideWindow: 0,
    malformed: 0,
    duplicates: 0,
    distinctWrites: 0,
    directoryItems: 0,
    batchCalls: 0,
    unprocessedRetries: 0,
    malformedExamples: [],
  };
}

export function addIngestStats(total: IngestStats, part: IngestStats): void {
  for (const key of Object.keys(total) as (keyof IngestStats)[]) {
    const value = part[key];
    if (typeof value === 'number') (total[key] as number) += value;
  }
  total.malformedExamples = [...total.malformedExamples, ...part.malformedExamples].slice(0, 5);
}

/** Ingestion options from function settings (environment variables set by the construct). */
export function ingestOptionsFrom(settings: SettingLookup): IngestOptions {
  const raw = settings(TrailQuerySettings.SKIP_EVENT_NAME_PREFIXES);
  const ttl = settings(TrailQuerySettings.TTL_DAYS)?.trim();
  const ttlDays = ttl ? Number(ttl) : undefined;
  if (ttlDays !== undefined && (!Number.isInteger(ttlDays) || ttlDays < 1)) {
    throw new Error(`setting ${TrailQuerySettings.TTL_DAYS}="${ttl}" is not a positive whole number of days`);
  }
  return {
    // Absent means the defaults; an empty value means "store everything".
    skipEventNamePrefixes: raw === undefined ? DEFAULT_SKIP_EVENT_NAME_PREFIXES : parsePrefixList(raw),
    ttlDays,
  };
}

export function parsePrefixList(raw: string): string[] {
  return raw
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

// Warm containers skip writes already made: a day directory entry or a distinct value seen today is written once.
const written = new Set<string>();
const MAX_REMEMBERED = 100_000;

// Remembered only after the write succeeded, so a failed file retried in the same container rewrites everything.
function remember(keys: Iterable<string>): void {
  for (const key of keys) {
    if (written.size >= MAX_REMEMBERED) written.clear();
    written.add(key);
  }
}

/** Forgets what this process has written (tests, and the bench between runs). */
export function resetIngestCache(): void {
  written.clear();
}

export async function ingestRecords(
  store: TrailStore,
  records: readonly unknown[],
  options: IngestOptions,
): Promise<IngestStats> {
  const stats = emptyIngestStats();
  const nowMs = (options.now ?? Date.now)();
  const items = new Map<string, TrailEventItem>();
  records.forEach((record, index) => {
    stats.records++;
    const result = toTrailItem(record, options, nowMs);
    if (!result.ok) {
      stats.malformed++;
      if (stats.malformedExamples.length < 5) stats.malformedExamples.push(`record ${index}: ${result.error}`);
      return;
    }
    const outcome = result.value;
    if (outcome.outcome === RecordOutcome.SKIPPED) stats.skipped++;
    else if (outcome.outcome === RecordOutcome.EXPIRED) stats.expired++;
    else {
      const item = outcome.item;
      const timeMs = Date.parse(item.eventTime);
      if (options.window && (timeMs < options.window.fromMs || timeMs > options.window.toMs)) {
        stats.outsideWindow++;
        return;
      }
      const key = `${item.pk}|${item.sk}`;
      if (items.has(key)) stats.duplicates++;
      items.set(key, item);
    }
  });
  if (items.size === 0) return stats;

  // Directory and distinct values first: if the event write fails, the file is retried and a directory entry
  // pointing at a day without events costs one empty Query; the reverse would hide stored events.
  const directory = directoryItems(items.values(), options.ttlDays, stats);
  await store.putItems([...directory.values()], stats);
  remember(directory.keys());
  await recordDistinctValues(store, items.values(), options, stats);
  await store.putItems([...items.values()] as unknown as StoredItem[], stats);
  // /stats (trail portal): recount the hours this file touched, after its events are stored (stats-rollup.ts).
  await refreshHourlyStats(
    store,
    [...items.values()].map((item) => item.eventTime),
    options.ttlDays,
  );
  stats.stored = items.size;
  return stats;
}

/**
 * Streams one gzip log file into the table batch by batch (`logFileRecordBatches`): the file is never held whole,
 * only one batch of records. An unreadable file is a failed result (batches before the fault are already stored,
 * and rewriting them on the retry is harmless); a store failure is thrown, as with `ingestRecords`.
 */
export async function ingestLogFile(
  store: TrailStore,
  body: Readable,
  options: IngestOptions,
  read: LogFileReadOptions = {},
): Promise<ParseResult<IngestStats>> {
  const total = emptyIngestStats();
  try {
    for await (const batch of logFileRecordBatches(body, read)) {
      const offset = total.records;
      const stats = await ingestRecords(store, batch, options);
      // Record numbers in the examples count from the start of the file, not of the batch.
      stats.malformedExamples = stats.malformedExamples.map((e) =>
        e.replace(/^record (\d+)/, (_, n: string) => `record ${Number(n) + offset}`),
      );
      addIngestStats(total, stats);
    }
  } catch (error) {
    if (error instanceof LogFileError) return fail(error.message);
    throw error;
  }
  return ok(total);
}

function directoryItems(
  items: Iterable<TrailEventItem>,
  ttlDays: number | undefined,
  stats: IngestStats,
): Map<string, StoredItem> {
  const entries = new Map<string, StoredItem>();
  for (const item of items) {
    const day = dayOf(Date.parse(item.eventTime));
    const partitions = [
      directoryPartition(Dimension.ALL),
      directoryPartition(Dimension.USER, item.user),
      directoryPartition(Dimension.SERVICE, item.service),
      directoryPartition(Dimension.EVENT_NAME, item.eventName),
    ];
    for (const pk of partitions) {
      const key = `${pk}|${day}`;
      if (entries.has(key) || written.has(key)) continue;
      const expiresAt = dayExpiry(day, ttlDays);
      entries.set(key, { pk, sk: day, ...(expiresAt ? { [TrailAttribute.EXPIRES_AT]: expiresAt } : {}) });
    }
  }
  stats.directoryItems += entries.size;
  return entries;
}

/** Bookkeeping of a day outlives every event of that day: end of the day plus the retention, epoch seconds. */
export function dayExpiry(day: string, ttlDays: number | undefined): number | undefined {
  if (ttlDays === undefined) return undefined;
  return Date.parse(`${day}T00:00:00Z`) / 1000 + (ttlDays + 1) * 86_400;
}

async function recordDistinctValues(
  store: TrailStore,
  items: Iterable<TrailEventItem>,
  options: IngestOptions,
  stats: IngestStats,
): Promise<void> {
  // Per value: the oldest and newest day in this file (backfill may go backwards in time).
  const spans = new Map<string, { kind: DistinctKind; value: string; days: Set<string> }>();
  const note = (kind: DistinctKind, value: string, day: string) => {
    const key = `${kind}|${value}`;
    const span = spans.get(key) ?? { kind, value, days: new Set<string>() };
    span.days.add(day);
    spans.set(key, span);
  };
  for (const item of items) {
    const day = dayOf(Date.parse(item.eventTime));
    note(DistinctKind.USER, item.user, day);
    note(DistinctKind.SERVICE, item.service, day);
    for (const name of Object.keys(item.requestParameters ?? {})) note(DistinctKind.PARAMETER, name, day);
  }
  const work: (() => Promise<void>)[] = [];
  for (const span of spans.values()) {
    const days = [...span.days].sort();
    const bounds = days.length > 1 ? [days[0], days[days.length - 1]] : days;
    for (const day of bounds) {
      const key = `V|${span.kind}|${span.value}|${day}`;
      if (written.has(key)) continue;
      work.push(async () => {
        await store.recordDistinct(span.kind, span.value, day, dayExpiry(day, options.ttlDays));
        stats.distinctWrites++;
        remember([key]);
      });
    }
  }
  await runPool(work, options.distinctConcurrency ?? 8);
}

/** Runs tasks with at most `concurrency` in flight; the first failure is thrown after the others settle. */
export async function runPool(tasks: readonly (() => Promise<void>)[], concurrency: number): Promise<void> {
  let next = 0;
  let failure: unknown;
  const worker = async () => {
    while (next < tasks.length) {
      const task = tasks[next++];
      try {
        await task();
      } catch (error) {
        failure ??= error;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, tasks.length)) }, worker));
  if (failure !== undefined) throw failure;
}
