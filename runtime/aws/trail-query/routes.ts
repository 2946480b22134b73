/**
 * The route table of the trail query API: the single source of the HTTP API routes (construct), the request
 * router (handler) and the OpenAPI document. Pure, so the construct library can import it.
 */
import { Dimension, DistinctKind } from './table-model';

export enum HttpMethod {
  GET = 'GET',
}

export enum RouteKind {
  /** Events in a time window, filterable and paginated. */
  EVENTS = 'events',
  /** A list of distinct values (users, services, parameter names). */
  VALUES = 'values',
  /** Counts grouped by one dimension, from the hourly rollups ingestion maintains. */
  STATS = 'stats',
}

/** What `/stats` groups by (`by`) and splits each time bucket by (`split`). */
export enum StatsGroup {
  SERVICE = 'service',
  USER = 'user',
  EVENT_NAME = 'eventName',
  HOUR = 'hour',
  DAY = 'day',
}

export enum ParameterType {
  STRING = 'string',
  INTEGER = 'integer',
  BOOLEAN = 'boolean',
  DATE_TIME = 'date-time',
}

export interface QueryParameterDefinition {
  readonly name: string;
  readonly type: ParameterType;
  readonly description: string;
  /** May be given several times (`param=a&param=b`). */
  readonly repeated?: boolean;
  readonly example?: string;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly default?: string | number | boolean;
  /** Allowed values (rendered as an OpenAPI enum). */
  readonly enum?: readonly string[];
  /** Regular expression the value must match (OpenAPI `pattern`). */
  readonly pattern?: string;
}

export interface PathParameterDefinition {
  readonly name: string;
  readonly description: string;
  /** Matches the rest of the path, slashes included (`Admin/alice@example.com` role sessions). */
  readonly greedy: boolean;
}

export interface RouteDefinition {
  readonly operationId: string;
  readonly method: HttpMethod;
  /** OpenAPI-style path, e.g. `/users/{user}`. */
  readonly path: string;
  readonly summary: string;
  readonly kind: RouteKind;
  /** EVENTS routes: what the path selects. */
  readonly dimension?: Dimension;
  /** VALUES routes: which list. */
  readonly distinctKind?: DistinctKind;
  readonly pathParameter?: PathParameterDefinition;
}

export const DEFAULT_PAGE_LIMIT = 50;
export const MAX_PAGE_LIMIT = 1000;
export const MAX_PARAMETER_FILTERS = 10;
export const DEFAULT_MAX_WINDOW_DAYS = 366;
export const DEFAULT_STATS_GROUPS = 100;

const PAGING: readonly QueryParameterDefinition[] = [
  {
    name: 'limit',
    type: ParameterType.INTEGER,
    description: 'Page size.',
    minimum: 1,
    maximum: MAX_PAGE_LIMIT,
    default: DEFAULT_PAGE_LIMIT,
  },
  {
    name: 'cursor',
    type: ParameterType.STRING,
    description:
      "Opaque token from the previous page's `cursor`; repeat the same query with it to get the next page. A page may hold fewer than `limit` items; keep going while a `cursor` is returned.",
  },
  {
    name: 'count',
    type: ParameterType.BOOLEAN,
    description:
      'true: return only `{"count": n}` (still paginated by `cursor` on very large windows: add the counts up). `True`, `1` and `yes` (CloudTrail-Tracker\'s spellings) work too.',
    default: false,
  },
];

export const EVENT_QUERY_PARAMETERS: readonly QueryParameterDefinition[] = [
  {
    name: 'from',
    type: ParameterType.DATE_TIME,
    description:
      'Start of the window, inclusive. ISO 8601 with or without zone (no zone = UTC); a date alone = start of that day. Default: 7 days before `to`.',
    example: '2024-05-01T08:00:00Z',
  },
  {
    name: 'to',
    type: ParameterType.DATE_TIME,
    description:
      'End of the window, inclusive of the unit it names: a date alone includes that whole day. Default: now.',
    example: '2024-05-07',
  },
  {
    name: 'eventName',
    type: ParameterType.STRING,
    description: 'Exact event name (case-sensitive), or a prefix ending in `*` (`Create*`).',
    example: 'RunInstances',
  },
  {
    name: 'param',
    type: ParameterType.STRING,
    repeated: true,
    description:
      'Filter on a request parameter (flattened path inside `requestParameters`, e.g. `bucketName` or `instancesSet.items.0.instanceId`) or on one of the record fields `awsRegion`, `sourceIPAddress`, `errorCode`, `userType`, `accountId`, `eventType`, `userAgent`. Pair each `param` with a `value`, in order; several pairs must all match.',
    example: 'bucketName',
  },
  {
    name: 'value',
    type: ParameterType.STRING,
    repeated: true,
    description: 'Value the matching `param` must equal (as text: `false`, `3`).',
    example: 'my-bucket',
  },
  {
    name: 'params',
    type: ParameterType.STRING,
    repeated: true,
    description:
      "CloudTrail-Tracker form of `param`, accepted so its scripts and portal work unchanged: `params=['instanceType','eventSource']&value=['m1.small','ec2.amazonaws.com']`. `param` and `value` also accept such bracketed, quoted lists; `eventSource`, `eventName` and the original column names (`requestParameters_instanceType`, `userIdentity_userName`) are understood.",
    example: "['instanceType']",
  },
  {
    name: 'values',
    type: ParameterType.STRING,
    repeated: true,
    description: 'CloudTrail-Tracker form of `value` (its Swagger spelling).',
  },
  {
    name: 'begin_with',
    type: ParameterType.BOOLEAN,
    description: 'CloudTrail-Tracker form of a prefix: `eventName=Create&begin_with=True` is `eventName=Create*`.',
    default: false,
  },
  {
    name: 'order',
    type: ParameterType.STRING,
    description: '`asc` (oldest first, default) or `desc` (newest first).',
    default: 'asc',
  },
  ...PAGING,
];

export const VALUE_QUERY_PARAMETERS: readonly QueryParameterDefinition[] = [
  { name: 'prefix', type: ParameterType.STRING, description: 'Only values starting with this text (case-sensitive).' },
  ...PAGING,
];

export const STATS_QUERY_PARAMETERS: readonly QueryParameterDefinition[] = [
  EVENT_QUERY_PARAMETERS[0],
  EVENT_QUERY_PARAMETERS[1],
  {
    name: 'by',
    type: ParameterType.STRING,
    description:
      'What to count by: `service`, `user`, `eventName` (largest first), or `hour` / `day` (UTC, oldest first, empty buckets left out). Several, comma-separated (`service,user,eventName,day`), are answered from one read: the first in `groups`, each in `results`.',
    example: 'service',
    pattern: `^(${Object.values(StatsGroup).join('|')})(,(${Object.values(StatsGroup).join('|')}))*$`,
    default: StatsGroup.SERVICE,
  },
  {
    name: 'split',
    type: ParameterType.STRING,
    description:
      'With `by=hour` or `by=day`: also count each bucket by `service`, `user` or `eventName` (a timeline per service).',
    enum: [StatsGroup.SERVICE, StatsGroup.USER, StatsGroup.EVENT_NAME],
  },
  { name: 'user', type: ParameterType.STRING, description: 'Only this user (as listed by /users).', example: 'alice' },
  {
    name: 'service',
    type: ParameterType.STRING,
    description: 'Only this service (`ec2` or `ec2.amazonaws.com`).',
    example: 'ec2',
  },
  EVENT_QUERY_PARAMETERS[2],
  {
    name: 'limit',
    type: ParameterType.INTEGER,
    description: 'With `by=service|user|eventName`: the largest groups returned (`groupCount` still counts them all).',
    minimum: 1,
    maximum: MAX_PAGE_LIMIT,
    default: DEFAULT_STATS_GROUPS,
  },
];

export const TRAIL_QUERY_ROUTES: readonly RouteDefinition[] = [
  {
    operationId: 'listParameters',
    method: HttpMethod.GET,
    path: '/parameters',
    kind: RouteKind.VALUES,
    distinctKind: DistinctKind.PARAMETER,
    summary: 'Request parameter names seen, usable as `param`',
  },
  {
    operationId: 'scanEvents',
    method: HttpMethod.GET,
    path: '/scan',
    kind: RouteKind.EVENTS,
    dimension: Dimension.ALL,
    summary: 'All events in the window (a Query per day bucket, never a table Scan)',
  },
  {
    operationId: 'listUsers',
    method: HttpMethod.GET,
    path: '/users',
    kind: RouteKind.VALUES,
    distinctKind: DistinctKind.USER,
    summary: 'Users (principals) seen',
  },
  {
    operationId: 'userEvents',
    method: HttpMethod.GET,
    path: '/users/{user}',
    kind: RouteKind.EVENTS,
    dimension: Dimension.USER,
    summary: 'What one user did in the window',
    pathParameter: {
      name: 'user',
      greedy: true,
      description:
        'User name as listed by /users: the IAM user name, `root`, or `<role>/<session>` for assumed roles (the slash may be written as is or as %2F).',
    },
  },
  {
    operationId: 'listServices',
    method: HttpMethod.GET,
    path: '/services',
    kind: RouteKind.VALUES,
    distinctKind: DistinctKind.SERVICE,
    summary: 'Services seen (short names such as `ec2`)',
  },
  {
    operationId: 'serviceEvents',
    method: HttpMethod.GET,
    path: '/services/{service}',
    kind: RouteKind.EVENTS,
    dimension: Dimension.SERVICE,
    summary: 'What happened in one service in the window',
    pathParameter: {
      name: 'service',
      greedy: false,
      description: 'Short service name (`ec2`) or event source (`ec2.amazonaws.com`).',
    },
  },
  {
    operationId: 'eventStats',
    method: HttpMethod.GET,
    path: '/stats',
    kind: RouteKind.STATS,
    summary:
      "Event counts in the window by service, user, event name, hour or day (hourly rollups; counts equal the list routes' `count=true`)",
  },
];

export function queryParametersOf(route: RouteDefinition): readonly QueryParameterDefinition[] {
  if (route.kind === RouteKind.STATS) return STATS_QUERY_PARAMETERS;
  return route.kind === RouteKind.EVENTS ? EVENT_QUERY_PARAMETERS : VALUE_QUERY_PARAMETERS;
}

/** The API Gateway route key, e.g. `GET /users/{user+}` (greedy path variables end in `+`). */
export function apiGatewayRouteKey(route: RouteDefinition): string {
  const path = route.pathParameter?.greedy
    ? route.path.replace(`{${route.pathParameter.name}}`, `{${route.pathParameter.name}+}`)
    : route.path;
  return `${route.method} ${path}`;
}

export interface RouteMatch {
  readonly route: RouteDefinition;
  readonly pathValue?: string;
}

/**
 * Finds the route of a raw (still percent-encoded) path. Returns the route even when only the method differs,
 * so the caller can answer 405 rather than 404.
 */
export function matchRoute(rawPath: string): RouteMatch | undefined {
  const path = rawPath.length > 1 ? rawPath.replace(/\/+$/, '') : rawPath;
  for (const route of TRAIL_QUERY_ROUTES) {
    const param = route.pathParameter;
    if (!param) {
      if (path === route.path) return { route };
      continue;
    }
    const prefix = route.path.slice(0, route.path.indexOf(`{${param.name}}`));
    if (!path.startsWith(prefix) || path.length === prefix.length) continue;
    const rest = path.slice(prefix.length);
    if (!param.greedy && rest.includes('/')) continue;
    let decoded: string;
    try {
      decoded = rest.split('/').map(decodeURIComponent).join('/');
    } catch {
      continue;
    }
    if (decoded.trim() === '') continue;
    return { route, pathValue: decoded };
  }
  return undefined;
}
