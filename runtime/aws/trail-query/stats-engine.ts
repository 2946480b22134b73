/**
 * `/stats`: counts of a window by service, user, event name, hour or day. Whole days come from the daily rollups,
 * whole hours from the hourly ones (one Query per month partition each), the ragged ends of the window from the
 * events themselves, so the answer is exact to the millisecond, like the list routes' `count=true`.
 */
import { StatsGroup } from './routes';
import { DAY_MS, HOUR_MS, StatsRow, countStoredEvents, readRollups } from './stats-rollup';
import { TimeWindow, isoMs } from './time-window';
import { TrailStore } from './trail-store';

export interface StatsQuery {
  readonly kind: 'stats';
  readonly window: TimeWindow;
  readonly by: StatsGroup;
  /** More groupings answered by the same request (`by=service,user,day`). */
  readonly also: readonly StatsGroup[];
  /** Applies to the time grouping (hour or day). */
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
  /** With several `by` groupings: each one's groups, by name. */
  readonly results?: Partial<Record<StatsGroup, StatsGrouping>>;
}

export interface StatsGrouping {
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

/** Rows of [fromMs, toMs]: hour rollups for the whole hours, events for the rest and for hours too large to roll up. */
async function hourRows(store: TrailStore, fromMs: number, toMs: number, rows: Map<string, StatsRow>): Promise<void> {
  const firstWhole = Math.ceil(fromMs / HOUR_MS) * HOUR_MS;
  const endWhole = Math.floor((toMs + 1) / HOUR_MS) * HOUR_MS;
  if (endWhole <= firstWhole) {
    await countStoredEvents(store, fromMs, toMs, false, rows);
    return;
  }
  const edges: Promise<unknown>[] = [];
  if (fromMs < firstWhole) edges.push(countStoredEvents(store, fromMs, firstWhole - 1, false, rows));
  if (endWhole <= toMs) edges.push(countStoredEvents(store, endWhole, toMs, false, rows));
  const overflow = await readRollups(store, firstWhole, endWhole - HOUR_MS, rows);
  await Promise.all([
    ...edges,
    ...overflow.map((hourMs) => countStoredEvents(store, hourMs, hourMs + HOUR_MS - 1, false, rows)),
  ]);
}

/**
 * Rows of the window. Whole days come from day rollups (unless the answer is per hour), the ragged ends from
 * hours, and their ragged ends from the events: exact to the millisecond with few reads.
 */
async function windowRows(store: TrailStore, window: TimeWindow, byHour: boolean): Promise<Map<string, StatsRow>> {
  const rows = new Map<string, StatsRow>();
  const firstDay = Math.ceil(window.fromMs / DAY_MS) * DAY_MS;
  const endDay = Math.floor((window.toMs + 1) / DAY_MS) * DAY_MS;
  if (byHour || endDay <= firstDay) {
    await hourRows(store, window.fromMs, window.toMs, rows);
    return rows;
  }
  const parts: Promise<unknown>[] = [];
  if (window.fromMs < firstDay) parts.push(hourRows(store, window.fromMs, firstDay - 1, rows));
  if (endDay <= window.toMs) parts.push(hourRows(store, endDay, window.toMs, rows));
  const overflow = await readRollups(store, firstDay, endDay - DAY_MS, rows, { days: true });
  await Promise.all([...parts, ...overflow.map((dayMs) => hourRows(store, dayMs, dayMs + DAY_MS - 1, rows))]);
  return rows;
}

function isTimeline(group: StatsGroup): boolean {
  return group === StatsGroup.HOUR || group === StatsGroup.DAY;
}

/** Counts the rows by one grouping: largest first (cut to `limit`), or oldest first for hours and days. */
function groupRows(
  rows: readonly StatsRow[],
  by: StatsGroup,
  split: StatsGroup | undefined,
  limit: number,
): StatsGrouping {
  const groups = new Map<string, { key: string; count: number; errors: number; split?: Record<string, number> }>();
  const splitBy = split && isTimeline(by) ? split : undefined;
  for (const row of rows) {
    const key = keyOf(row, by);
    const group = groups.get(key) ?? { key, count: 0, errors: 0, ...(splitBy ? { split: {} } : {}) };
    group.count += row.count;
    group.errors += row.errors;
    if (group.split && splitBy) {
      const part = keyOf(row, splitBy);
      group.split[part] = (group.split[part] ?? 0) + row.count;
    }
    groups.set(key, group);
  }
  const timeline = isTimeline(by);
  const sorted = [...groups.values()].sort((a, b) =>
    timeline ? (a.key < b.key ? -1 : 1) : b.count - a.count || (a.key < b.key ? -1 : 1),
  );
  return { groupCount: sorted.length, groups: timeline ? sorted : sorted.slice(0, limit) };
}

export async function runStatsQuery(store: TrailStore, query: StatsQuery): Promise<StatsResult> {
  const all = [query.by, ...query.also];
  const byHour = all.includes(StatsGroup.HOUR);
  const rows = [...(await windowRows(store, query.window, byHour)).values()].filter((row) => matches(row, query));
  const groupings = all.map((by) => [by, groupRows(rows, by, query.split, query.limit)] as const);
  return {
    from: isoMs(query.window.fromMs),
    to: isoMs(query.window.toMs),
    by: query.by,
    ...(query.split ? { split: query.split } : {}),
    total: rows.reduce((n, row) => n + row.count, 0),
    errors: rows.reduce((n, row) => n + row.errors, 0),
    ...groupings[0][1],
    ...(query.also.length > 0 ? { results: Object.fromEntries(groupings) } : {}),
  };
}
