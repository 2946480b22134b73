import { mkdtempSync, readFileSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { buildOpenApiDocument } from '../../../../runtime/aws/trail-query/openapi';
import {
  EVENT_QUERY_PARAMETERS,
  STATS_QUERY_PARAMETERS,
  TRAIL_QUERY_ROUTES,
  VALUE_QUERY_PARAMETERS,
  apiGatewayRouteKey,
} from '../../../../runtime/aws/trail-query/routes';
import { writeOpenApiDocument } from '../../../../scripts/generate-openapi';

type Operation = {
  operationId: string;
  parameters: { name: string; in: string }[];
  responses: Record<string, unknown>;
};

test('the generated document lists every route of the route table, with its parameters and JSON errors', () => {
  const doc = buildOpenApiDocument() as { openapi: string; paths: Record<string, Record<string, Operation>> };
  expect(doc.openapi).toBe('3.0.3');
  expect(Object.keys(doc.paths).sort()).toEqual([
    '/parameters',
    '/scan',
    '/services',
    '/services/{service}',
    '/stats',
    '/users',
    '/users/{user}',
  ]);
  for (const route of TRAIL_QUERY_ROUTES) {
    const operation = doc.paths[route.path].get;
    expect(operation.operationId).toBe(route.operationId);
    const expected =
      route.path === '/stats'
        ? STATS_QUERY_PARAMETERS
        : route.path.includes('{') || route.path === '/scan'
          ? EVENT_QUERY_PARAMETERS
          : VALUE_QUERY_PARAMETERS;
    expect(operation.parameters.filter((p) => p.in === 'query').map((p) => p.name)).toEqual(
      expected.map((p) => p.name),
    );
    expect(Object.keys(operation.responses)).toEqual(expect.arrayContaining(['200', '400', '404', '500']));
  }
  expect(doc.paths['/users/{user}'].get.parameters[0]).toMatchObject({ name: 'user', in: 'path' });
});

test('the document says which CloudTrail-Tracker forms are accepted, and describes /stats', () => {
  const doc = buildOpenApiDocument() as {
    info: { description: string };
    paths: Record<string, Record<string, { parameters: { name: string; schema: { enum?: string[] } }[] }>>;
    components: { schemas: Record<string, unknown> };
  };
  expect(doc.info.description).toMatch(/params=\['instanceType','eventSource'\]/);
  expect(doc.info.description).toMatch(/count=True/);
  expect(doc.info.description).toMatch(/begin_with=True/);
  const scan = doc.paths['/scan'].get.parameters.map((p) => p.name);
  expect(scan).toEqual(expect.arrayContaining(['params', 'values', 'begin_with']));
  const by = doc.paths['/stats'].get.parameters.find((p) => p.name === 'by');
  expect(new RegExp((by?.schema as { pattern: string }).pattern).test('service,user,eventName,day')).toBe(true);
  expect(new RegExp((by?.schema as { pattern: string }).pattern).test('service,region')).toBe(false);
  expect(doc.components.schemas.Stats).toBeDefined();
});

test('deployed route keys come from the same table (greedy user path)', () => {
  expect(TRAIL_QUERY_ROUTES.map(apiGatewayRouteKey)).toEqual([
    'GET /parameters',
    'GET /scan',
    'GET /users',
    'GET /users/{user+}',
    'GET /services',
    'GET /services/{service}',
    'GET /stats',
  ]);
});

test('scripts/generate-openapi writes the shipped file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tw-openapi-'));
  try {
    const path = writeOpenApiDocument(join(dir, 'aws', 'trail-query-openapi.json'));
    const written = JSON.parse(readFileSync(path, 'utf8')) as {
      paths: Record<string, unknown>;
      info: { version: string };
    };
    expect(Object.keys(written.paths)).toHaveLength(TRAIL_QUERY_ROUTES.length);
    expect(written.info.version).toMatch(/^\d+\.\d+\.\d+/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
