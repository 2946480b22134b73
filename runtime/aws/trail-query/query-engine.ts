/**
 * Runs a validated query with DynamoDB Queries only: the day directory says which day buckets hold data, then
 * each bucket is queried in order on the table or the GSI of the dimension. Pages end at `limit` items or at a
 * budget of Query calls, whichever comes first; the cursor says where to go on.
 */
import { NativeAttributeValue } from '@aws-sdk/lib-dynamodb';
import { encodeCursor } from './cursor';
import { EventQuery, ParameterFilter, SortOrder, ValueQuery } from './query-request';
import {
  Dimension,
  EVENT_ATTRIBUTES,
  TrailAttribute,
  bucketPartition,
  dayOf,
  directoryPartition,
  distinctPartition,
  indexFor,
  partitionAttributeFor,
} from './table-model';
import { DAY_MS, isoMs } from './time-window';
import { TrailStore } from './trail-store';

export interface EngineOptions {
  /** Query calls one page may use (directory included) before it returns with a cursor. @default 100 */
  readonly maxQueriesPerPage?: number;
  /** The same for `count=true`, which reads more per call. @default 400 */
  readonly maxQueriesPerCount?: number;
}

export interface EventPage {
  readonly items: Record<string, unknown>[];
  readonly cursor?: string;
}

export interface ValueItem {
  readonly name: string;
  readonly firstSeen?: string;
  readonly lastSeen?: string;
}

export interface ValuePage {
  readonly items: ValueItem[];
  readonly cursor?: string;
}

export interface CountPage {
  readonly count: number;
  readonly cursor?: string;
}

type Key = Record<string, NativeAttributeValue>;

interface Plan {
  readonly dimension: Dimension;
  readonly value?: string;
  readonly filterExpression?: string;
  readonly names: Record<string, string>;
  readonly values: Record<string, string>;
}

/** Picks the access path: the path's own dimension, or the eventName index for `/scan?eventName=X`. */
export function planEventQuery(query: EventQuery): Plan {
  let dimension = query.dimension;
  let value = query.value;
  const names: Record<string, string> = {};
  const values: Record<string, string> = {};
  const conditions: string[] = [];
  if (query.eventName !== undefined) {
    if (dimension === Dimension.ALL) {
      dimension = Dimension.EVENT_NAME;
      value = query.eventName;
    } else {
      names['#eventName'] = 'eventName';
      values[':eventName'] = query.eventName;
      conditions.push('#eventName = :eventName');
    }
  }
  if (query.eventNamePrefix !== undefined) {
    names['#eventName'] = 'eventName';
    values[':eventNamePrefix'] = query.eventNamePrefix;
    conditions.push('begins_with(#eventName, :eventNamePrefix)');
  }
  query.filters.forEach((filter: ParameterFilter, i) => {
    names[`#f${i}`] = filter.name;
    values[`:v${i}`] = filter.value;
    if (filter.topLevel) {
      conditions.push(`#f${i} = :v${i}`);
    } else {
      names['#rp'] = 'requestParameters';
      conditions.push(`#rp.#f${i} = :v${i}`);
    }
  });
  return {
    dimension,
    value,
    names,
    values,
    filterExpression: conditions.length > 0 ? conditions.join(' AND ') : undefined,
  };
}

class QueryBudget {
  public used = 0;
  public constructor(private readonly max: number) {}
  public get exhausted(): boolean {
    return this.used >= this.max;
  }
}

/** Days of the directory that hold data for the plan, in query order, from `startDay` on. */
async function* daysWithData(
  store: TrailStore,
  plan: Plan,
  query: EventQuery,
  budget: QueryBudget,
  startDay?: string,
): AsyncGenerator<string> {
  const ascending = query.order === SortOrder.ASC;
  let low = dayOf(query.window.fromMs);
  let high = dayOf(query.window.toMs);
  if (startDay !== undefined) {
    if (ascending && startDay > low) low = startDay;
    if (!ascending && startDay < high) high = startDay;
  }
  if (low > high) return;
  let start: Key | undefined;
  do {
    budget.used++;
    const page = await store.query({
      KeyConditionExpression: '#pk = :pk AND #sk BETWEEN :low AND :high',
      ExpressionAttributeNames: { '#pk': TrailAttribute.PARTITION_KEY, '#sk': TrailAttribute.SORT_KEY },
      ExpressionAttributeValues: { ':pk': directoryPartition(plan.dimension, plan.value), ':low': low, ':high': high },
      ProjectionExpression: '#sk',
      ScanIndexForward: ascending,
      ExclusiveStartKey: start,
    });
    for (const item of page.Items ?? []) yield String(item[TrailAttribute.SORT_KEY]);
    start = page.LastEvaluatedKey;
  } while (start);
}

function nextDay(day: string, order: SortOrder): string {
  return dayOf(Date.parse(`${day}T00:00:00Z`) + (order === SortOrder.ASC ? DAY_MS : -DAY_MS));
}

/** The key a Query on the plan's table/index would return as LastEvaluatedKey after `item`. */
function keyOfItem(item: Record<string, unknown>, dimension: Dimension): Key {
  const key: Key = {
    [TrailAttribute.PARTITION_KEY]: item[TrailAttribute.PARTITION_KEY],
    [TrailAttribute.SORT_KEY]: item[TrailAttribute.SORT_KEY],
  };
  const indexAttribute = partitionAttributeFor(dimension);
  if (indexAttribute !== TrailAttribute.PARTITION_KEY) key[indexAttribute] = item[indexAttribute];
  return key;
}

/** A resumed key must belong to the bucket being queried: a forged cursor cannot wander into other partitions. */
function checkedStartKey(
  key: Readonly<Record<string, string>> | undefined,
  dimension: Dimension,
  partition: string,
): Key | undefined {
  if (!key) return undefined;
  const attribute = partitionAttributeFor(dimension);
  const expected = new Set([TrailAttribute.PARTITION_KEY, TrailAttribute.SORT_KEY, attribute]);
  if (key[attribute] !== partition || !Object.keys(key).every((name) => expected.has(name as never))) return undefined;
  return { ...key };
}

export function toApiEvent(item: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const name of EVENT_ATTRIBUTES) if (item[name] !== undefined) out[name] = item[name];
  return out;
}

export async function runEventQuery(
  store: TrailStore,
  query: EventQuery,
  options: EngineOptions = {},
): Promise<EventPage | CountPage> {
  const plan = planEventQuery(query);
  const budget = new QueryBudget(
    query.countOnly ? (options.maxQueriesPerCount ?? 400) : (options.maxQueriesPerPage ?? 100),
  );
  const indexName = indexFor(plan.dimension);
  const partitionAttribute = partitionAttributeFor(plan.dimension);
  const window: readonly [number, number] = [query.window.fromMs, query.window.toMs];
  const cursorAt = (day: string, key?: Key): string =>
    encodeCursor({ f: query.fingerprint, w: window, d: day, k: key as Record<string, string> | undefined });
  const items: Record<string, unknown>[] = [];
  let count = 0;
  const page = (cursor?: string): EventPage | CountPage =>
    query.countOnly ? { count, cursor } : { items: items.map(toApiEvent), cursor };

  for await (const day of daysWithData(store, plan, query, budget, query.cursor?.d)) {
    const partition = bucketPartition(plan.dimension, plan.value, day);
    let start = day === query.cursor?.d ? checkedStartKey(query.cursor.k, plan.dimension, partition) : undefined;
    do {
      if (budget.exhausted) return page(cursorAt(day, start));
      const remaining = query.limit - items.length;
      budget.used++;
      const output = await store.query({
        IndexName: indexName,
        KeyConditionExpression: '#pk = :pk AND #sk BETWEEN :low AND :high',
        FilterExpression: plan.filterExpression,
        ExpressionAttributeNames: { '#pk': partitionAttribute, '#sk': TrailAttribute.SORT_KEY, ...plan.names },
        // The upper bound is the instant after `to`: `<to>#<eventID>` sorts below it, `<to+1ms>#…` above.
        ExpressionAttributeValues: {
          ':pk': partition,
          ':low': isoMs(query.window.fromMs),
          ':high': isoMs(query.window.toMs + 1),
          ...plan.values,
        },
        ScanIndexForward: query.order === SortOrder.ASC,
        ExclusiveStartKey: start,
        Select: query.countOnly ? 'COUNT' : undefined,
        // Without a filter every item read is returned, so read exactly what the page needs. With one, read
        // more per call and cut the surplus (the cursor then restarts after the last item returned).
        Limit: query.countOnly
          ? undefined
          : plan.filterExpression
            ? Math.min(1000, Math.max(remaining * 2, 100))
            : remaining,
      });
      start = output.LastEvaluatedKey;
      if (query.countOnly) {
        count += output.Count ?? 0;
        continue;
      }
      const got = output.Items ?? [];
      if (got.length > remaining) {
        const kept = got.slice(0, remaining);
        items.push(...kept);
        return page(cursorAt(day, keyOfItem(kept[kept.length - 1], plan.dimension)));
      }
      items.push(...got);
      if (items.length >= query.limit) {
        if (start) return page(cursorAt(day, start));
        const following = nextDay(day, query.order);
        const inWindow = following >= dayOf(query.window.fromMs) && following <= dayOf(query.window.toMs);
        return page(inWindow ? cursorAt(following) : undefined);
      }
    } while (start);
  }
  return page();
}

export async function runValueQuery(
  store: TrailStore,
  query: ValueQuery,
  options: EngineOptions = {},
): Promise<ValuePage | CountPage> {
  const partition = distinctPartition(query.distinctKind);
  const budget = new QueryBudget(
    query.countOnly ? (options.maxQueriesPerCount ?? 400) : (options.maxQueriesPerPage ?? 100),
  );
  const names: Record<string, string> = { '#pk': TrailAttribute.PARTITION_KEY };
  const values: Record<string, string> = { ':pk': partition };
  let condition = '#pk = :pk';
  if (query.prefix !== undefined) {
    condition += ' AND begins_with(#sk, :prefix)';
    names['#sk'] = TrailAttribute.SORT_KEY;
    values[':prefix'] = query.prefix;
  }
  let start: Key | undefined = checkedStartKey(query.cursor?.k, Dimension.ALL, partition);
  let count = 0;
  const items: ValueItem[] = [];
  do {
    if (budget.exhausted) break;
    budget.used++;
    const output = await store.query({
      KeyConditionExpression: condition,
      ExpressionAttributeNames: names,
      ExpressionAttributeValues: values,
      ExclusiveStartKey: start,
      Select: query.countOnly ? 'COUNT' : undefined,
      Limit: query.countOnly ? undefined : query.limit - items.length,
    });
    start = output.LastEvaluatedKey;
    if (query.countOnly) count += output.Count ?? 0;
    else {
      for (const item of output.Items ?? []) {
        items.push({
          name: String(item[TrailAttribute.SORT_KEY]),
          firstSeen: item.firstSeen as string | undefined,
          lastSeen: item.lastSeen as string | undefined,
        });
      }
    }
  } while (start && (query.countOnly || items.length < query.limit));
  const cursor = start ? encodeCursor({ f: query.fingerprint, k: start as Record<string, string> }) : undefined;
  return query.countOnly ? { count, cursor } : { items, cursor };
}
