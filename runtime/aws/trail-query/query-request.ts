/**
 * HTTP query string → a validated query. Every mistake is a 400 with a message that says what to change; unknown
 * parameter names are refused too (the original API silently ignored `params=`, so filters quietly did nothing).
 */
import { CursorState, decodeCursor, fingerprintOf } from './cursor';
import {
  DEFAULT_PAGE_LIMIT,
  DEFAULT_STATS_GROUPS,
  MAX_PAGE_LIMIT,
  MAX_PARAMETER_FILTERS,
  RouteKind,
  RouteMatch,
  StatsGroup,
  queryParametersOf,
} from './routes';
import { StatsQuery } from './stats-engine';
import { Dimension, DistinctKind } from './table-model';
import { TimeWindow, resolveWindow } from './time-window';
import { shortServiceName } from './trail-item';

/** An answer other than 200, with the message returned as `{"message": ...}`. */
export class ApiError extends Error {
  public constructor(
    public readonly status: number,
    message: string,
    public readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** Record fields a `param` may name directly; any other name is a path inside `requestParameters`. */
export const TOP_LEVEL_FILTER_FIELDS: readonly string[] = [
  'awsRegion',
  'sourceIPAddress',
  'errorCode',
  'userType',
  'accountId',
  'eventType',
  'userAgent',
];

export enum SortOrder {
  ASC = 'asc',
  DESC = 'desc',
}

export interface ParameterFilter {
  readonly name: string;
  readonly value: string;
  /** True: a record field; false: a key of the flattened `requestParameters` map. */
  readonly topLevel: boolean;
}

interface PagedQuery {
  readonly limit: number;
  readonly countOnly: boolean;
  readonly cursor?: CursorState;
}

export interface EventQuery extends PagedQuery {
  readonly kind: RouteKind.EVENTS;
  readonly dimension: Dimension;
  /** The user / service of the path. */
  readonly value?: string;
  readonly eventName?: string;
  readonly eventNamePrefix?: string;
  readonly filters: readonly ParameterFilter[];
  readonly window: TimeWindow;
  readonly order: SortOrder;
  readonly fingerprint: string;
}

export interface ValueQuery extends PagedQuery {
  readonly kind: RouteKind.VALUES;
  readonly distinctKind: DistinctKind;
  readonly prefix?: string;
  readonly fingerprint: string;
}

export interface QueryLimits {
  readonly nowMs: number;
  readonly maxWindowDays: number;
}

const EVENT_NAME = /^[A-Za-z0-9_.:-]{1,128}$/;
const MAX_TEXT = 1024;

export function parseQueryRequest(
  match: RouteMatch,
  search: URLSearchParams,
  limits: QueryLimits,
): EventQuery | ValueQuery | StatsQuery {
  const { route } = match;
  const allowed = new Set(queryParametersOf(route).map((p) => p.name));
  const repeated = new Set(
    queryParametersOf(route)
      .filter((p) => p.repeated)
      .map((p) => p.name),
  );
  for (const name of new Set(search.keys())) {
    if (!allowed.has(name)) {
      throw new ApiError(400, `unknown query parameter "${name}" for ${route.path}: use ${[...allowed].join(', ')}`);
    }
    if (!repeated.has(name) && search.getAll(name).length > 1)
      throw new ApiError(400, `query parameter "${name}" is given more than once`);
  }
  const single = (name: string): string | undefined => {
    const value = search.get(name);
    return value === null ? undefined : value;
  };
  if (route.kind === RouteKind.STATS) return parseStatsRequest(single, limits);
  const limit = parseLimit(single('limit'));
  const countOnly = parseBoolean('count', single('count'));

  if (route.kind === RouteKind.VALUES) {
    const prefix = optionalText('prefix', single('prefix'));
    const fingerprint = fingerprintOf([route.operationId, prefix ?? null, countOnly]);
    const cursor = parseCursor(single('cursor'), fingerprint);
    return {
      kind: RouteKind.VALUES,
      distinctKind: route.distinctKind ?? DistinctKind.USER,
      prefix,
      limit,
      countOnly,
      cursor,
      fingerprint,
    };
  }

  let value = match.pathValue;
  if (value !== undefined && value.length > MAX_TEXT)
    throw new ApiError(400, `${route.pathParameter?.name} is longer than ${MAX_TEXT} characters`);
  if (value !== undefined && route.dimension === Dimension.SERVICE) value = shortServiceName(value);

  const { eventName, eventNamePrefix } = parseEventName(
    single('eventName'),
    parseBoolean('begin_with', single('begin_with')),
  );
  const filters = parseFilters(
    [...search.getAll('param'), ...search.getAll('params')].flatMap((raw) => legacyList('param', raw)),
    [...search.getAll('value'), ...search.getAll('values')].flatMap((raw) => legacyList('value', raw)),
  );
  const orderText = single('order') ?? SortOrder.ASC;
  if (orderText !== SortOrder.ASC && orderText !== SortOrder.DESC)
    throw new ApiError(400, `order="${orderText}" is not asc or desc`);
  const order = orderText as SortOrder;
  const from = single('from');
  const to = single('to');
  const fingerprint = fingerprintOf([
    route.operationId,
    value ?? null,
    from ?? null,
    to ?? null,
    eventName ?? null,
    eventNamePrefix ?? null,
    filters,
    order,
    countOnly,
  ]);
  const cursor = parseCursor(single('cursor'), fingerprint);
  let window: TimeWindow;
  if (cursor?.w) {
    // The window of the first page: a default "last 7 days" must not slide while the caller pages.
    window = { fromMs: cursor.w[0], toMs: cursor.w[1] };
    // Cursors are not signed: hold a hand-made one to the same limit as a fresh query.
    if (!(window.fromMs <= window.toMs) || window.toMs - window.fromMs > limits.maxWindowDays * 86_400_000) {
      throw new ApiError(
        400,
        `cursor: its window is not valid (at most ${limits.maxWindowDays} days); start again without a cursor`,
      );
    }
  } else {
    const resolved = resolveWindow(from, to, limits.nowMs, limits.maxWindowDays);
    if (!resolved.ok) throw new ApiError(400, resolved.error);
    window = resolved.value;
  }
  return {
    kind: RouteKind.EVENTS,
    dimension: route.dimension ?? Dimension.ALL,
    value,
    eventName,
    eventNamePrefix,
    filters,
    window,
    order,
    limit,
    countOnly,
    cursor,
    fingerprint,
  };
}

function parseLimit(raw: string | undefined): number {
  if (raw === undefined) return DEFAULT_PAGE_LIMIT;
  const n = Number(raw);
  if (!/^\d+$/.test(raw) || !Number.isInteger(n) || n < 1 || n > MAX_PAGE_LIMIT) {
    throw new ApiError(400, `limit="${raw}" is not a whole number from 1 to ${MAX_PAGE_LIMIT}`);
  }
  return n;
}

function parseBoolean(name: string, raw: string | undefined): boolean {
  if (raw === undefined) return false;
  const value = raw.trim().toLowerCase();
  if (['true', '1', 'yes', ''].includes(value)) return true;
  if (['false', '0', 'no'].includes(value)) return false;
  throw new ApiError(400, `${name}="${raw}" is not true or false`);
}

function optionalText(name: string, raw: string | undefined): string | undefined {
  if (raw === undefined || raw === '') return undefined;
  if (raw.length > MAX_TEXT) throw new ApiError(400, `${name} is longer than ${MAX_TEXT} characters`);
  return raw;
}

function parseFilters(names: string[], values: string[]): ParameterFilter[] {
  if (names.length !== values.length) {
    throw new ApiError(
      400,
      `${names.length} param and ${values.length} value given: pair each param with one value, e.g. param=bucketName&value=my-bucket`,
    );
  }
  if (names.length > MAX_PARAMETER_FILTERS)
    throw new ApiError(400, `at most ${MAX_PARAMETER_FILTERS} param/value pairs are accepted`);
  return names.map((rawName, i) => {
    // CloudTrail-Tracker's column names: `requestParameters_instanceType`, `userIdentity_userName`.
    if (LEGACY_FIELDS[rawName] && values[i].length <= MAX_TEXT)
      return { name: LEGACY_FIELDS[rawName], value: values[i], topLevel: true };
    const name = rawName.startsWith('requestParameters.')
      ? rawName.slice('requestParameters.'.length)
      : rawName.startsWith('requestParameters_')
        ? rawName.slice('requestParameters_'.length)
        : rawName;
    if (name === '' || name.length > 256 || [...name].some((c) => c.charCodeAt(0) < 0x20)) {
      throw new ApiError(400, `param="${rawName}" is not a parameter name: see GET /parameters`);
    }
    const value = values[i];
    if (value.length > MAX_TEXT)
      throw new ApiError(400, `value for param "${name}" is longer than ${MAX_TEXT} characters`);
    return { name, value, topLevel: name === rawName && TOP_LEVEL_FILTER_FIELDS.includes(name) };
  });
}

/** Record fields CloudTrail-Tracker clients filter on with `param`, by the name they use. */
const LEGACY_FIELDS: Readonly<Record<string, string>> = {
  eventSource: 'eventSource',
  eventName: 'eventName',
  userIdentity_userName: 'user',
};

function parseEventName(raw: string | undefined, beginWith: boolean): { eventName?: string; eventNamePrefix?: string } {
  if (raw === undefined) {
    if (beginWith)
      throw new ApiError(
        400,
        'begin_with=true needs an eventName: e.g. eventName=Create&begin_with=true (or eventName=Create*)',
      );
    return {};
  }
  const prefixed = beginWith || raw.endsWith('*');
  const name = raw.endsWith('*') ? raw.slice(0, -1) : raw;
  if (!EVENT_NAME.test(name)) {
    throw new ApiError(
      400,
      `eventName="${raw}" is not an event name: give one such as RunInstances, or a prefix such as Create*`,
    );
  }
  return prefixed ? { eventNamePrefix: name } : { eventName: name };
}

/**
 * CloudTrail-Tracker's list form, a Python literal of quoted strings: `['instanceType','eventSource']` → two
 * entries. Anything not starting with `[` is one entry as is.
 */
export function legacyList(name: string, raw: string): string[] {
  const text = raw.trim();
  if (!text.startsWith('[')) return [raw];
  const items: string[] = [];
  const item = /\s*(?:'([^']*)'|"([^"]*)")\s*(,|\])/y;
  item.lastIndex = 1;
  if (/^\[\s*\]$/.test(text)) return [];
  while (item.lastIndex < text.length) {
    const match = item.exec(text);
    if (!match) break;
    items.push(match[1] ?? match[2]);
    if (match[3] === ']') {
      if (item.lastIndex === text.length) return items;
      break;
    }
  }
  throw new ApiError(
    400,
    `${name}="${raw}" is not a list of quoted names: write ${name}=['a','b'] or repeat ${name}=a&${name}=b`,
  );
}

function parseStatsRequest(single: (name: string) => string | undefined, limits: QueryLimits): StatsQuery {
  const group = (name: string, raw: string | undefined, allowed: readonly StatsGroup[]): StatsGroup | undefined => {
    if (raw === undefined) return undefined;
    if (!allowed.includes(raw as StatsGroup))
      throw new ApiError(400, `${name}="${raw}" is not one of ${allowed.join(', ')}`);
    return raw as StatsGroup;
  };
  const groupings = (single('by') ?? StatsGroup.SERVICE)
    .split(',')
    .map((raw) => group('by', raw.trim(), Object.values(StatsGroup))!);
  const [by, ...also] = groupings;
  if (new Set(groupings).size !== groupings.length)
    throw new ApiError(400, `by="${single('by')}" names a grouping twice`);
  const times = groupings.filter((g) => g === StatsGroup.HOUR || g === StatsGroup.DAY);
  if (times.length > 1)
    throw new ApiError(400, `by="${single('by')}" asks for both hours and days: ask for one per request`);
  const split = group('split', single('split'), [StatsGroup.SERVICE, StatsGroup.USER, StatsGroup.EVENT_NAME]);
  if (split !== undefined && times.length === 0) {
    throw new ApiError(400, `split is for timelines: use it with by=hour or by=day (by is "${single('by') ?? by}")`);
  }
  const rawLimit = single('limit');
  const limit = rawLimit === undefined ? DEFAULT_STATS_GROUPS : parseLimit(rawLimit);
  const resolved = resolveWindow(single('from'), single('to'), limits.nowMs, limits.maxWindowDays);
  if (!resolved.ok) throw new ApiError(400, resolved.error);
  const service = optionalText('service', single('service'));
  return {
    kind: 'stats',
    window: resolved.value,
    by,
    also,
    split,
    user: optionalText('user', single('user')),
    service: service === undefined ? undefined : shortServiceName(service),
    ...parseEventName(single('eventName'), false),
    limit,
  };
}

function parseCursor(raw: string | undefined, fingerprint: string): CursorState | undefined {
  if (raw === undefined || raw === '') return undefined;
  const decoded = decodeCursor(raw, fingerprint);
  if (!decoded.ok) throw new ApiError(400, decoded.error);
  return decoded.value;
}
