/**
 * Hourly and daily rollups of the trail table, which `/stats` reads instead of the events. After ingestion writes a
 * file's events, every UTC hour the file touched is recounted from the stored events (a strongly consistent
 * Query) and written as one item per hour (UpdateItem): `pk STATS#<YYYY-MM>`, `sk H#<YYYY-MM-DDTHH>`, rows
 * `[user, service, eventName, count, errors]`; then each day it touched is summed from its hours into
 * `sk D#<YYYY-MM-DD>`, so a 30-day window reads 30 items, not 720.
 *
 * Why recount rather than increment: ingestion is idempotent (a file delivered twice, or backfilled after live
 * ingestion, rewrites the same keys), and a counter incremented per write would count such events twice. A recount
 * is exact and idempotent too. Two writers racing on one hour cannot leave a stale answer: each reads after its
 * own write, so the later read sees both; events are only ever added, so that read has the larger total, and the
 * write is conditional on `total` not going down. Days work the same way over their (monotonic) hours.
 * Cost: each file re-reads the hours it touches (CloudTrail files cover minutes, so usually one or two hours).
 */
import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { TrailAttribute, dayOf } from './table-model';
import { isoMs } from './time-window';
import { TrailStore, isConditionalCheckFailure } from './trail-store';

export const HOUR_MS = 3_600_000;
/** Above this the hour's rows are not stored (the item limit is 400 KB) and `/stats` counts that hour from events. */
const MAX_ROWS_JSON_CHARS = 350_000;

/** One (hour, user, service, event name) combination and its counts. */
export interface StatsRow {
  readonly hourMs: number;
  readonly user: string;
  readonly service: string;
  readonly eventName: string;
  count: number;
  errors: number;
}

export function hourStart(ms: number): number {
  return Math.floor(ms / HOUR_MS) * HOUR_MS;
}

export function statsPartition(hourMs: number): string {
  return `STATS#${isoMs(hourMs).slice(0, 7)}`;
}

export const DAY_MS = 86_400_000;

export function statsSortKey(hourMs: number): string {
  return `H#${isoMs(hourMs).slice(0, 13)}`;
}

export function dayStatsSortKey(dayMs: number): string {
  return `D#${isoMs(dayMs).slice(0, 10)}`;
}

function rowKey(hourMs: number, user: string, service: string, eventName: string): string {
  return JSON.stringify([hourMs, user, service, eventName]);
}

/** Adds one event (or a stored row) to a row map. */
export function addToRows(
  rows: Map<string, StatsRow>,
  hourMs: number,
  user: string,
  service: string,
  eventName: string,
  count: number,
  errors: number,
): void {
  const key = rowKey(hourMs, user, service, eventName);
  const row = rows.get(key);
  if (row) {
    row.count += count;
    row.errors += errors;
  } else rows.set(key, { hourMs, user, service, eventName, count, errors });
}

type RollupRow = [string, string, string, number, number];

interface KeyRange {
  readonly low: string;
  readonly high: string;
  readonly consistent?: boolean;
  /** Attribute names to return (`#placeholder` → name); all when absent. */
  readonly projection?: Record<string, string>;
}

/** Every item of one partition whose sort key is in [low, high], page after page. */
async function queryRange(
  store: TrailStore,
  pk: string,
  range: KeyRange,
  onItem: (item: Record<string, unknown>) => void,
): Promise<void> {
  let start: Record<string, unknown> | undefined;
  do {
    const page = await store.query({
      KeyConditionExpression: '#pk = :pk AND #sk BETWEEN :low AND :high',
      ExpressionAttributeNames: {
        '#pk': TrailAttribute.PARTITION_KEY,
        '#sk': TrailAttribute.SORT_KEY,
        ...range.projection,
      },
      ExpressionAttributeValues: { ':pk': pk, ':low': range.low, ':high': range.high },
      ProjectionExpression: range.projection ? Object.keys(range.projection).join(', ') : undefined,
      ConsistentRead: range.consistent,
      ExclusiveStartKey: start,
    });
    for (const item of page.Items ?? []) onItem(item);
    start = page.LastEvaluatedKey;
  } while (start);
}

/**
 * Counts the stored events of [fromMs, toMs] (inclusive) into rows, by day bucket of the base table. Reads the
 * events themselves: used for the ragged ends of a window and to recount an hour.
 */
export async function countStoredEvents(
  store: TrailStore,
  fromMs: number,
  toMs: number,
  consistent: boolean,
  rows = new Map<string, StatsRow>(),
): Promise<Map<string, StatsRow>> {
  const days: string[] = [];
  for (let day = Date.parse(`${dayOf(fromMs)}T00:00:00Z`); day <= toMs; day += 86_400_000) days.push(dayOf(day));
  // Same bounds as the list routes: `<to+1ms>` sorts above every `<to>#<eventID>`.
  const range = { low: isoMs(fromMs), high: isoMs(toMs + 1), consistent };
  const projection = { '#u': 'user', '#s': 'service', '#n': 'eventName', '#e': 'errorCode', '#t': 'eventTime' };
  await Promise.all(
    days.map((day) =>
      queryRange(store, `ALL#${day}`, { ...range, projection }, (item) => {
        const hourMs = hourStart(Date.parse(String(item.eventTime)));
        addToRows(
          rows,
          hourMs,
          String(item.user),
          String(item.service),
          String(item.eventName),
          1,
          item.errorCode ? 1 : 0,
        );
      }),
    ),
  );
  return rows;
}

function sortRows(rows: Iterable<StatsRow>): StatsRow[] {
  const key = (row: StatsRow) => `${row.user}\u0000${row.service}\u0000${row.eventName}`;
  return [...rows].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

/** Writes one rollup item unless a newer (larger) count is already there. */
async function writeRollup(
  store: TrailStore,
  pk: string,
  sk: string,
  rows: StatsRow[],
  overflowed: boolean,
  endMs: number,
  ttlDays?: number,
): Promise<void> {
  const total = rows.reduce((n, row) => n + row.count, 0);
  const errors = rows.reduce((n, row) => n + row.errors, 0);
  const encoded = rows.map((row) => [row.user, row.service, row.eventName, row.count, row.errors]);
  const overflow = overflowed || JSON.stringify(encoded).length > MAX_ROWS_JSON_CHARS;
  const expiresAt = ttlDays === undefined ? undefined : Math.floor(endMs / 1000) + (ttlDays + 1) * 86_400;
  // UpdateItem rather than PutItem: the ingest role already writes the table with UpdateItem.
  const set = [
    '#total = :total',
    '#errors = :errors',
    overflow ? '#overflow = :overflow' : '#rows = :rows',
    ...(expiresAt ? ['#expires = :expires'] : []),
  ];
  try {
    await store.client.send(
      new UpdateCommand({
        TableName: store.tableName,
        Key: { [TrailAttribute.PARTITION_KEY]: pk, [TrailAttribute.SORT_KEY]: sk },
        UpdateExpression: `SET ${set.join(', ')} REMOVE ${overflow ? '#rows' : '#overflow'}`,
        ConditionExpression: 'attribute_not_exists(#total) OR #total <= :total',
        ExpressionAttributeNames: {
          '#total': 'total',
          '#errors': 'errors',
          '#rows': 'rows',
          '#overflow': 'overflow',
          ...(expiresAt ? { '#expires': TrailAttribute.EXPIRES_AT } : {}),
        },
        ExpressionAttributeValues: {
          ':total': total,
          ':errors': errors,
          ...(overflow ? { ':overflow': true } : { ':rows': encoded }),
          ...(expiresAt ? { ':expires': expiresAt } : {}),
        },
      }),
    );
  } catch (error) {
    if (!isConditionalCheckFailure(error)) throw error;
  }
}

/**
 * Recounts the given hours of one day from their events: one range read from the first to the last of them
 * (a file spanning many hours costs one Query series, not one per hour), then one write per hour.
 */
export async function refreshHours(store: TrailStore, hours: readonly number[], ttlDays?: number): Promise<void> {
  const first = Math.min(...hours);
  const last = Math.max(...hours);
  const counted = await countStoredEvents(store, first, last + HOUR_MS - 1, true);
  const byHour = new Map<number, StatsRow[]>(hours.map((hourMs) => [hourMs, []]));
  for (const row of counted.values()) byHour.get(row.hourMs)?.push(row);
  await Promise.all(
    [...byHour].map(([hourMs, rows]) =>
      writeRollup(
        store,
        statsPartition(hourMs),
        statsSortKey(hourMs),
        sortRows(rows),
        false,
        hourMs + HOUR_MS,
        ttlDays,
      ),
    ),
  );
}

/** Sums one day from its hour rollups (read consistently, after this writer's own hour updates). */
export async function refreshDay(store: TrailStore, dayMs: number, ttlDays?: number): Promise<void> {
  const rows = new Map<string, StatsRow>();
  const overflow = await readRollups(store, dayMs, dayMs + DAY_MS - HOUR_MS, rows, { consistent: true });
  const byCombination = new Map<string, StatsRow>();
  for (const row of rows.values())
    addToRows(byCombination, dayMs, row.user, row.service, row.eventName, row.count, row.errors);
  await writeRollup(
    store,
    statsPartition(dayMs),
    dayStatsSortKey(dayMs),
    sortRows(byCombination.values()),
    overflow.length > 0,
    dayMs + DAY_MS,
    ttlDays,
  );
}

async function runAll(tasks: (() => Promise<void>)[], concurrency: number): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < tasks.length) await tasks[next++]();
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, tasks.length) }, worker));
}

/**
 * The ingestion hook: recounts every hour the given event times fall in. Call it after the events are written.
 * @param concurrency hours recounted at once
 */
export async function refreshHourlyStats(
  store: TrailStore,
  eventTimes: Iterable<string>,
  ttlDays?: number,
  concurrency = 8,
): Promise<number> {
  const hours = [...new Set([...eventTimes].map((time) => hourStart(Date.parse(time))))].sort((a, b) => a - b);
  const byDay = new Map<number, number[]>();
  for (const hourMs of hours) {
    const dayMs = Math.floor(hourMs / DAY_MS) * DAY_MS;
    byDay.set(dayMs, [...(byDay.get(dayMs) ?? []), hourMs]);
  }
  await runAll(
    [...byDay.values()].map((dayHours) => () => refreshHours(store, dayHours, ttlDays)),
    concurrency,
  );
  const days = [...byDay.keys()];
  await runAll(
    days.map((dayMs) => () => refreshDay(store, dayMs, ttlDays)),
    concurrency,
  );
  return hours.length;
}

/**
 * Reads the rollups of the whole hours [firstMs, lastMs] (or, with `days`, the whole days): one Query per month
 * partition. Items stored as `overflow` are returned (their start) for counting another way.
 */
export async function readRollups(
  store: TrailStore,
  firstMs: number,
  lastMs: number,
  rows: Map<string, StatsRow>,
  options: { days?: boolean; consistent?: boolean } = {},
): Promise<number[]> {
  const sortKey = options.days ? dayStatsSortKey : statsSortKey;
  const months: number[] = [];
  for (let m = firstMs; statsPartition(m) <= statsPartition(lastMs);) {
    months.push(m);
    const d = new Date(m);
    m = Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1);
  }
  const overflow: number[] = [];
  const range = { low: sortKey(firstMs), high: sortKey(lastMs), consistent: options.consistent };
  await Promise.all(
    months.map((monthMs) =>
      queryRange(store, statsPartition(monthMs), range, (item) => {
        const text = String(item.sk).slice(2);
        const startMs = Date.parse(options.days ? `${text}T00:00:00Z` : `${text}:00:00Z`);
        if (item.overflow) {
          overflow.push(startMs);
          return;
        }
        for (const [user, service, eventName, count, errors] of (item.rows ?? []) as RollupRow[]) {
          addToRows(rows, startMs, user, service, eventName, Number(count), Number(errors));
        }
      }),
    ),
  );
  return overflow;
}
