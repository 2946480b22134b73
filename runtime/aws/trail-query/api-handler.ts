/**
 * API Gateway HTTP API (payload format 2.0) → route table → query engine → JSON. Every answer is JSON; errors
 * are 4xx/5xx with `{"message": ...}`, never a 200 with an error inside.
 */
import { SettingLookup } from '../../core/settings';
import { TrailQuerySettings } from '../../core/setting-names';
import { CountPage, EngineOptions, EventPage, ValuePage, runEventQuery, runValueQuery } from './query-engine';
import { ApiError, parseQueryRequest } from './query-request';
import { DEFAULT_MAX_WINDOW_DAYS, HttpMethod, RouteKind, TRAIL_QUERY_ROUTES, matchRoute } from './routes';
import { StatsResult, runStatsQuery } from './stats-engine';
import { TrailStore, isThrottling } from './trail-store';

/** The parts of an HTTP API (v2.0) request event this API reads. */
export interface HttpApiEvent {
  readonly version?: string;
  readonly rawPath?: string;
  readonly rawQueryString?: string;
  readonly requestContext?: {
    readonly http?: { readonly method?: string; readonly path?: string };
    readonly requestId?: string;
    readonly stage?: string;
  };
}

export interface HttpApiResult {
  readonly statusCode: number;
  readonly headers: Record<string, string>;
  readonly body: string;
}

export interface QueryApiOptions extends EngineOptions {
  readonly maxWindowDays?: number;
  readonly now?: () => number;
  readonly log?: (level: 'info' | 'warn' | 'error', message: string, fields: Record<string, unknown>) => void;
}

export function queryApiOptionsFrom(settings: SettingLookup): QueryApiOptions {
  const raw = settings(TrailQuerySettings.MAX_WINDOW_DAYS)?.trim();
  const maxWindowDays = raw ? Number(raw) : DEFAULT_MAX_WINDOW_DAYS;
  if (!Number.isInteger(maxWindowDays) || maxWindowDays < 1) {
    throw new Error(`setting ${TrailQuerySettings.MAX_WINDOW_DAYS}="${raw}" is not a positive whole number of days`);
  }
  return { maxWindowDays };
}

const JSON_HEADERS = {
  'content-type': 'application/json; charset=utf-8',
  'cache-control': 'no-store',
  'x-content-type-options': 'nosniff',
};

function respond(statusCode: number, body: unknown, headers: Record<string, string> = {}): HttpApiResult {
  return { statusCode, headers: { ...JSON_HEADERS, ...headers }, body: JSON.stringify(body) };
}

/** The request path without a named stage's prefix (`/prod/users` → `/users`). */
function routePath(event: HttpApiEvent): string {
  const path = event.rawPath ?? event.requestContext?.http?.path ?? '/';
  const stage = event.requestContext?.stage;
  if (stage && stage !== '$default' && (path === `/${stage}` || path.startsWith(`/${stage}/`)))
    return path.slice(stage.length + 1) || '/';
  return path;
}

export async function handleQueryApiRequest(
  store: TrailStore,
  event: HttpApiEvent,
  options: QueryApiOptions = {},
): Promise<HttpApiResult> {
  const method = (event.requestContext?.http?.method ?? 'GET').toUpperCase();
  const path = routePath(event);
  try {
    const match = matchRoute(path);
    if (!match) {
      throw new ApiError(
        404,
        `no route ${method} ${path}: the API serves ${TRAIL_QUERY_ROUTES.map((r) => `${r.method} ${r.path}`).join(', ')}`,
      );
    }
    if (method !== match.route.method) {
      throw new ApiError(405, `${path} answers ${match.route.method} only`, { allow: HttpMethod.GET });
    }
    const query = parseQueryRequest(match, new URLSearchParams(event.rawQueryString ?? ''), {
      nowMs: (options.now ?? Date.now)(),
      maxWindowDays: options.maxWindowDays ?? DEFAULT_MAX_WINDOW_DAYS,
    });
    const result: EventPage | ValuePage | CountPage | StatsResult =
      query.kind === 'stats'
        ? await runStatsQuery(store, query)
        : query.kind === RouteKind.EVENTS
          ? await runEventQuery(store, query, options)
          : await runValueQuery(store, query, options);
    return respond(200, result);
  } catch (error) {
    if (error instanceof ApiError) return respond(error.status, { message: error.message }, error.headers);
    const requestId = event.requestContext?.requestId;
    if (isThrottling(error)) {
      options.log?.('warn', 'DynamoDB throttled the query', { path, requestId });
      return respond(503, { message: 'the table is busy: retry in a few seconds', requestId }, { 'retry-after': '2' });
    }
    options.log?.('error', 'query failed', {
      path,
      requestId,
      error: (error as Error).message,
      name: (error as Error).name,
    });
    return respond(500, { message: 'internal error: the query failed; the function log has the details', requestId });
  }
}
