/**
 * Hourly rollups of the trail table, which `/stats` reads instead of the events. After ingestion writes a file's
 * events, every UTC hour the file touched is recounted from the stored events (a strongly consistent Query) and
 * written as one item per hour (UpdateItem): `pk STATS#<YYYY-MM>`, `sk <YYYY-MM-DDTHH>`, rows `[user, service, eventName,
 * count, errors]`.
 *
 * Why recount rather than increment: ingestion is idempotent (a file delivered twice, or backfilled after live
 * ingestion, rewrites the same keys), and a counter incremented per write would count such events twice. A recount
 * is exact and idempotent too. Two writers racing on one hour cannot leave a stale answer: events are only ever
 * added, so the hour with more events is the newer count, and the write is conditional on `total` not going down.
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

export function statsSortKey(hourMs: number): string {
  return isoMs(hourMs).slice(0, 13);
}

function rowKey(hourMs: number, user: string, service: string, eventName: string): string {
  return JSON.stringify([hourMs, user, service, eventName]);
}

/** Adds one event (or a stored row) to a row map. */
export function addToRows(rows: Map<string, StatsRow>, hourMs: number, user: string, service: string, eventName: string, count: number, errors: number): void {
  const key = rowKey(hourMs, user, service, eventName);
  const row = rows.get(key);
  if (row) {
    row.count += count;
    row.errors += errors;
  } else rows.set(key, { hourMs, user, service, eventName, count, errors });
}

/**
 * Counts the stored events of [fromMs, toMs] (inclusive) into rows, by day bucket of the base table. Reads the
 * events themselves: used for the ragged ends of a window and to recount an hour.
 */
export async function countStoredEvents(store: TrailStore, fromMs: number, toMs: number, consistent: boolean, rows = new Map<string, StatsRow>()): Promise<Map<string, StatsRow>> {
  const days: string[] = [];
  for (let day = Date.parse(`${dayOf(fromMs)}T00:00:00Z`); day <= toMs; day += 86_400_000) days.push(dayOf(day));
  await Promise.all(
    days.map(async (day) => {
      let start: Record<string, unknown> | undefined;
      do {
        const page = await store.query({
          KeyConditionExpression: '#pk = :pk AND #sk BETWEEN :low AND :high',
          ExpressionAttributeNames: { '#pk': TrailAttribute.PARTITION_KEY, '#sk': TrailAttribute.SORT_KEY, '#u': 'user', '#s': 'service', '#n': 'eventName', '#e': 'errorCode', '#t': 'eventTime' },
          // Same bounds as the list routes: `<to+1ms>` sorts above every `<to>#<eventID>`.
          ExpressionAttributeValues: { ':pk': `ALL#${day}`, ':low': isoMs(fromMs), ':high': isoMs(toMs + 1) },
          ProjectionExpression: '#u, #s, #n, #e, #t',
          ConsistentRead: consistent,
          ExclusiveStartKey: start,
        });
        for (const item of page.Items ?? []) {
          const hourMs = hourStart(Date.parse(String(item.eventTime)));
          addToRows(rows, hourMs, String(item.user), String(item.service), String(item.eventName), 1, item.errorCode ? 1 : 0);
        }
        start = page.LastEvaluatedKey;
      } while (start);
    }),
  );
  return rows;
}

/** Recounts one hour from its events and stores the rollup unless a newer (larger) count is already there. */
export async function refreshHour(store: TrailStore, hourMs: number, ttlDays?: number): Promise<void> {
  const rows = [...(await countStoredEvents(store, hourMs, hourMs + HOUR_MS - 1, true)).values()].sort((a, b) =>
    a.user === b.user ? (a.service === b.service ? (a.eventName < b.eventName ? -1 : 1) : a.service < b.service ? -1 : 1) : a.user < b.user ? -1 : 1,
  );
  const total = rows.reduce((n, row) => n + row.count, 0);
  const errors = rows.reduce((n, row) => n + row.errors, 0);
  const encoded = rows.map((row) => [row.user, row.service, row.eventName, row.count, row.errors]);
  const overflow = JSON.stringify(encoded).length > MAX_ROWS_JSON_CHARS;
  const expiresAt = ttlDays === undefined ? undefined : Math.floor((hourMs + HOUR_MS) / 1000) + (ttlDays + 1) * 86_400;
  // UpdateItem rather than PutItem: the ingest role already writes the table with UpdateItem.
  const set = ['#total = :total', '#errors = :errors', overflow ? '#overflow = :overflow' : '#rows = :rows', ...(expiresAt ? ['#expires = :expires'] : [])];
  try {
    await store.client.send(
      new UpdateCommand({
        TableName: store.tableName,
        Key: { [TrailAttribute.PARTITION_KEY]: statsPartition(hourMs), [TrailAttribute.SORT_KEY]: statsSortKey(hourMs) },
        UpdateExpression: `SET ${set.join(', ')} REMOVE ${overflow ? '#rows' : '#overflow'}`,
        ConditionExpression: 'attribute_not_exists(#total) OR #total <= :total',
        ExpressionAttributeNames: { '#total': 'total', '#errors': 'errors', '#rows': 'rows', '#overflow': 'overflow', ...(expiresAt ? { '#expires': TrailAttribute.EXPIRES_AT } : {}) },
        ExpressionAttributeValues: { ':total': total, ':errors': errors, ...(overflow ? { ':overflow': true } : { ':rows': encoded }), ...(expiresAt ? { ':expires': expiresAt } : {}) },
      }),
    );
  } catch (error) {
    if (!isConditionalCheckFailure(error)) throw error;
  }
}

/**
 * The ingestion hook: recounts every hour the given event times fall in. Call it after the events are written.
 * @param concurrency hours recounted at once
 */
export async function refreshHourlyStats(store: TrailStore, eventTimes: Iterable<string>, ttlDays?: number, concurrency = 8): Promise<number> {
  const hours = [...new Set([...eventTimes].map((time) => hourStart(Date.parse(time))))].sort((a, b) => a - b);
  let next = 0;
  const worker = async () => {
    while (next < hours.length) await refreshHour(store, hours[next++], ttlDays);
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, hours.length) }, worker));
  return hours.length;
}

/**
 * Reads the rollups of the whole hours [firstHourMs, lastHourMs]: one Query per month partition. Hours stored as
 * `overflow` are returned for counting from their events.
 */
export async function readRollups(store: TrailStore, firstHourMs: number, lastHourMs: number, rows: Map<string, StatsRow>): Promise<number[]> {
  const months: number[] = [];
  for (let m = firstHourMs; statsPartition(m) <= statsPartition(lastHourMs); ) {
    months.push(m);
    const d = new Date(m);
    m = Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1);
  }
  const overflowHours: number[] = [];
  await Promise.all(
    months.map(async (monthMs) => {
      let start: Record<string, unknown> | undefined;
      do {
        const page = await store.query({
          KeyConditionExpression: '#pk = :pk AND #sk BETWEEN :low AND :high',
          ExpressionAttributeNames: { '#pk': TrailAttribute.PARTITION_KEY, '#sk': TrailAttribute.SORT_KEY },
          ExpressionAttributeValues: { ':pk': statsPartition(monthMs), ':low': statsSortKey(firstHourMs), ':high': statsSortKey(lastHourMs) },
          ExclusiveStartKey: start,
        });
        for (const item of page.Items ?? []) {
          const hourMs = Date.parse(`${String(item.sk)}:00:00Z`);
          if (item.overflow) {
            overflowHours.push(hourMs);
            continue;
          }
          for (const [user, service, eventName, count, errors] of (item.rows ?? []) as [string, string, string, number, number][]) {
            addToRows(rows, hourMs, user, service, eventName, Number(count), Number(errors));
          }
        }
        start = page.LastEvaluatedKey;
      } while (start);
    }),
  );
  return overflowHours;
}
