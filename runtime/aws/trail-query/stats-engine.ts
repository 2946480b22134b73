/**
 * `/stats`: counts of a window by service, user, event name, hour or day. Whole hours come from the hourly
 * rollups (one Query per month), the ragged ends of the window (before the first and after the last whole hour)
 * from the events themselves, so the answer is exact to the millisecond, like the list routes' `count=true`.
 */
import { StatsGroup } from './routes';
import { HOUR_MS, StatsRow, countStoredEvents, readRollups } from './stats-rollup';
import { TimeWindow, isoMs } from './time-window';
import { TrailStore } from './trail-store';

export interface StatsQuery {
  readonly kind: 'stats';
  readonly window: TimeWindow;
  readonly by: StatsGroup;
  readonly split?: StatsGroup;
  readonly user?: string;
  readonly service?: string;
  readonly eventName?: string;
  readonly eventNamePrefix?: string;
  readonly limit: number;
}

export interface StatsGroupCount {
  readonly key: string;
  readonly count: number;
  readonly errors: number;
  /** With `split`: the bucket's counts by that dimension. */
  readonly split?: Record<string, number>;
}

export interface StatsResult {
  readonly from: string;
  readonly to: string;
  readonly by: StatsGroup;
  readonly split?: StatsGroup;
  /** Events in the window (after the filters). */
  readonly total: number;
  /** Events with an errorCode (failed or denied calls). */
  readonly errors: number;
  /** Distinct groups, including any left out by `limit`. */
  readonly groupCount: number;
  readonly groups: StatsGroupCount[];
}

function keyOf(row: StatsRow, group: StatsGroup): string {
  switch (group) {
    case StatsGroup.USER:
      return row.user;
    case StatsGroup.EVENT_NAME:
      return row.eventName;
    case StatsGroup.HOUR:
      return isoMs(row.hourMs);
    case StatsGroup.DAY:
      return isoMs(row.hourMs).slice(0, 10);
    default:
      return row.service;
  }
}

function matches(row: StatsRow, query: StatsQuery): boolean {
  return (
    (query.user === undefined || row.user === query.user) &&
    (query.service === undefined || row.service === query.service) &&
    (query.eventName === undefined || row.eventName === query.eventName) &&
    (query.eventNamePrefix === undefined || row.eventName.startsWith(query.eventNamePrefix))
  );
}

/** Rows of the window: rollups for the whole hours, events for the rest and for hours too large to roll up. */
async function windowRows(store: TrailStore, window: TimeWindow): Promise<Map<string, StatsRow>> {
  const rows = new Map<string, StatsRow>();
  const firstWhole = Math.ceil(window.fromMs / HOUR_MS) * HOUR_MS;
  const endWhole = Math.floor((window.toMs + 1) / HOUR_MS) * HOUR_MS;
  if (endWhole <= firstWhole) {
    await countStoredEvents(store, window.fromMs, window.toMs, false, rows);
    return rows;
  }
  const edges: Promise<unknown>[] = [];
  if (window.fromMs < firstWhole) edges.push(countStoredEvents(store, window.fromMs, firstWhole - 1, false, rows));
  if (endWhole <= window.toMs) edges.push(countStoredEvents(store, endWhole, window.toMs, false, rows));
  const overflow = await readRollups(store, firstWhole, endWhole - HOUR_MS, rows);
  await Promise.all([...edges, ...overflow.map((hourMs) => countStoredEvents(store, hourMs, hourMs + HOUR_MS - 1, false, rows))]);
  return rows;
}

export async function runStatsQuery(store: TrailStore, query: StatsQuery): Promise<StatsResult> {
  const rows = [...(await windowRows(store, query.window)).values()].filter((row) => matches(row, query));
  const groups = new Map<string, { key: string; count: number; errors: number; split?: Record<string, number> }>();
  let total = 0;
  let errors = 0;
  for (const row of rows) {
    total += row.count;
    errors += row.errors;
    const key = keyOf(row, query.by);
    const group = groups.get(key) ?? { key, count: 0, errors: 0, ...(query.split ? { split: {} } : {}) };
    group.count += row.count;
    group.errors += row.errors;
    if (group.split && query.split) {
      const part = keyOf(row, query.split);
      group.split[part] = (group.split[part] ?? 0) + row.count;
    }
    groups.set(key, group);
  }
  const timeline = query.by === StatsGroup.HOUR || query.by === StatsGroup.DAY;
  const sorted = [...groups.values()].sort((a, b) => (timeline ? (a.key < b.key ? -1 : 1) : b.count - a.count || (a.key < b.key ? -1 : 1)));
  return {
    from: isoMs(query.window.fromMs),
    to: isoMs(query.window.toMs),
    by: query.by,
    ...(query.split ? { split: query.split } : {}),
    total,
    errors,
    groupCount: sorted.length,
    groups: timeline ? sorted : sorted.slice(0, query.limit),
  };
}
