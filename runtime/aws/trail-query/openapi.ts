/**
 * OpenAPI 3.0 document of the trail query API, generated from the route table (routes.ts) that also drives the
 * deployed routes and the request router, so the three cannot disagree. Pure.
 */
import { EVENT_ATTRIBUTES } from './table-model';
import {
  ParameterType,
  QueryParameterDefinition,
  RouteDefinition,
  RouteKind,
  TRAIL_QUERY_ROUTES,
  queryParametersOf,
} from './routes';

export interface OpenApiOptions {
  /** The deployed base URL (the stage's invoke URL). @default a placeholder server */
  readonly serverUrl?: string;
  /** @default '1.0.0' */
  readonly version?: string;
}

type Json = Record<string, unknown>;

function parameterSchema(parameter: QueryParameterDefinition): Json {
  const base: Json =
    parameter.type === ParameterType.DATE_TIME
      ? { type: 'string', description: 'ISO 8601 date or date-time' }
      : parameter.type === ParameterType.INTEGER
        ? { type: 'integer', minimum: parameter.minimum, maximum: parameter.maximum }
        : { type: parameter.type };
  if (parameter.name === 'order') base.enum = ['asc', 'desc'];
  if (parameter.enum) base.enum = [...parameter.enum];
  if (parameter.pattern) base.pattern = parameter.pattern;
  if (parameter.default !== undefined) base.default = parameter.default;
  return parameter.repeated ? { type: 'array', items: base } : base;
}

function operation(route: RouteDefinition): Json {
  const parameters: Json[] = [];
  if (route.pathParameter) {
    parameters.push({
      name: route.pathParameter.name,
      in: 'path',
      required: true,
      description: route.pathParameter.description,
      schema: { type: 'string' },
    });
  }
  for (const parameter of queryParametersOf(route)) {
    parameters.push({
      name: parameter.name,
      in: 'query',
      required: false,
      description: parameter.description,
      schema: parameterSchema(parameter),
      ...(parameter.repeated ? { style: 'form', explode: true } : {}),
      ...(parameter.example !== undefined ? { example: parameter.example } : {}),
    });
  }
  const page = route.kind === RouteKind.EVENTS ? '#/components/schemas/EventPage' : '#/components/schemas/ValuePage';
  const error = (description: string) => ({
    description,
    content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
  });
  const ok =
    route.kind === RouteKind.STATS
      ? {
          description: 'Counts of the window.',
          content: { 'application/json': { schema: { $ref: '#/components/schemas/Stats' } } },
        }
      : {
          description: 'A page of results, or `{"count": n}` with `count=true`.',
          content: {
            'application/json': { schema: { oneOf: [{ $ref: page }, { $ref: '#/components/schemas/Count' }] } },
          },
        };
  return {
    operationId: route.operationId,
    summary: route.summary,
    tags: [route.kind],
    parameters,
    responses: {
      '200': ok,
      '400': error('Invalid date, filter, limit, cursor or unknown query parameter.'),
      '401': error('Missing or invalid credentials (JWT authorization).'),
      '403': error('Not allowed (IAM authorization).'),
      '404': error('Unknown route.'),
      '500': error('The query failed.'),
      '503': error('DynamoDB is throttling: retry after the Retry-After header.'),
    },
  };
}

const EVENT_PROPERTY_DESCRIPTIONS: Record<string, Json> = {
  eventTime: { type: 'string', format: 'date-time' },
  readOnly: { type: 'boolean' },
  requestParameters: {
    type: 'object',
    additionalProperties: { type: 'string' },
    description:
      'Flattened request parameters (`instancesSet.items.0.instanceId`), values as text. Response elements are never stored.',
  },
  service: { type: 'string', description: 'Short service name (`ec2`).' },
  user: {
    type: 'string',
    description: 'IAM user name, `root`, `<role>/<session>` for assumed roles, or the invoking service.',
  },
};

export function buildOpenApiDocument(options: OpenApiOptions = {}): Json {
  const paths: Json = {};
  for (const route of TRAIL_QUERY_ROUTES) {
    const existing = (paths[route.path] as Json | undefined) ?? {};
    paths[route.path] = { ...existing, [route.method.toLowerCase()]: operation(route) };
  }
  const eventProperties: Json = {};
  for (const name of EVENT_ATTRIBUTES) eventProperties[name] = EVENT_PROPERTY_DESCRIPTIONS[name] ?? { type: 'string' };
  return {
    openapi: '3.0.3',
    info: {
      title: 'TrailWatch trail query API',
      version: options.version ?? '1.0.0',
      description:
        'Who did what, and when, from CloudTrail log files stored in DynamoDB. Every route is a DynamoDB Query (never a Scan). Windows are inclusive; a date-only `to` includes that whole day; times without a zone are UTC. ' +
        "Drop-in for CloudTrail-Tracker clients: its documented forms `params=['instanceType','eventSource']&value=['m1.small','ec2.amazonaws.com']` (bracketed, quoted lists; `param` and `values` too), `count=True` and `begin_with=True` are accepted and applied, so its scripts and portal work unchanged. Any other unknown query parameter is refused with a 400 rather than ignored. " +
        '`/stats` counts a window from hourly rollups that ingestion keeps (exact: the same numbers as `count=true` on the list routes).',
    },
    servers: [
      {
        url: options.serverUrl ?? 'https://{apiId}.execute-api.{region}.amazonaws.com',
        variables: options.serverUrl ? undefined : { apiId: { default: 'apiId' }, region: { default: 'us-east-1' } },
      },
    ],
    // One of the two applies, chosen when the API is deployed (ApiAuthorization.iam() or .jwt()).
    security: [{ sigv4: [] }, { jwt: [] }],
    paths,
    components: {
      securitySchemes: {
        sigv4: {
          type: 'apiKey',
          name: 'Authorization',
          in: 'header',
          'x-amazon-apigateway-authtype': 'awsSigv4',
          description: 'AWS Signature Version 4 (service execute-api).',
        },
        jwt: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' },
      },
      schemas: {
        Event: {
          type: 'object',
          properties: eventProperties,
          required: ['eventID', 'eventTime', 'eventName', 'eventSource', 'user'],
        },
        EventPage: {
          type: 'object',
          properties: {
            items: { type: 'array', items: { $ref: '#/components/schemas/Event' } },
            cursor: { type: 'string', description: 'Present when more may follow.' },
          },
          required: ['items'],
        },
        ValueItem: {
          type: 'object',
          properties: {
            name: { type: 'string' },
            firstSeen: { type: 'string', format: 'date' },
            lastSeen: { type: 'string', format: 'date' },
          },
          required: ['name'],
        },
        ValuePage: {
          type: 'object',
          properties: {
            items: { type: 'array', items: { $ref: '#/components/schemas/ValueItem' } },
            cursor: { type: 'string' },
          },
          required: ['items'],
        },
        StatsGroup: {
          type: 'object',
          properties: {
            key: { type: 'string', description: 'Service, user, event name, hour (ISO instant) or day (YYYY-MM-DD).' },
            count: { type: 'integer' },
            errors: { type: 'integer', description: 'Events with an errorCode (failed or denied calls).' },
            split: {
              type: 'object',
              additionalProperties: { type: 'integer' },
              description: 'With `split`: counts of the bucket by that dimension.',
            },
          },
          required: ['key', 'count', 'errors'],
        },
        Stats: {
          type: 'object',
          properties: {
            from: { type: 'string', format: 'date-time' },
            to: { type: 'string', format: 'date-time' },
            by: { type: 'string' },
            split: { type: 'string' },
            total: { type: 'integer' },
            errors: { type: 'integer' },
            groupCount: { type: 'integer', description: 'Distinct groups, also those left out by `limit`.' },
            groups: { type: 'array', items: { $ref: '#/components/schemas/StatsGroup' } },
            results: {
              type: 'object',
              description: 'With several `by` groupings: each one, by name.',
              additionalProperties: {
                type: 'object',
                properties: {
                  groupCount: { type: 'integer' },
                  groups: { type: 'array', items: { $ref: '#/components/schemas/StatsGroup' } },
                },
              },
            },
          },
          required: ['from', 'to', 'by', 'total', 'errors', 'groupCount', 'groups'],
        },
        Count: {
          type: 'object',
          properties: { count: { type: 'integer' }, cursor: { type: 'string' } },
          required: ['count'],
        },
        Error: {
          type: 'object',
          properties: { message: { type: 'string' }, requestId: { type: 'string' } },
          required: ['message'],
        },
      },
    },
  };
}
