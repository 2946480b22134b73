import { IncomingHttpHeaders, createServer } from 'http';
import { AddressInfo } from 'net';
import { HuaweiCloudSettings, TagEnrichmentSettings } from '../../../runtime/core/setting-names';
import { createTagEnrichmentHandler, parseCtsLine } from '../../../runtime/huaweicloud/functions/tag-enrichment';
import { ctsResources, tagApiFor } from '../../../runtime/huaweicloud/tags';

const PROJECT = '0a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d';
const MEMBER_PROJECT = 'ffffffffffffffffffffffffffffffff';

interface Seen {
  readonly method: string;
  readonly path: string;
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
}

/** Stands in for the ECS/EVS tag APIs, IAM and LTS ingestion on 127.0.0.1. */
async function fakeHuaweiCloud() {
  const seen: Seen[] = [];
  const failuresLeft = new Map<string, number>([['throttled-once', 1]]);
  const lts = { throttleNext: 0 };
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const path = req.url ?? '';
      seen.push({ method: req.method ?? '', path, headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
      const reply = (status: number, body: unknown, headers: Record<string, string> = {}) => {
        res.writeHead(status, { 'Content-Type': 'application/json', ...headers });
        res.end(JSON.stringify(body));
      };
      const tags = /^\/v(?:1|2)\/([^/]+)\/(cloudservers|cloudvolumes)\/([^/]+)\/tags$/.exec(path);
      if (req.method === 'GET' && tags) {
        const id = tags[3];
        const left = failuresLeft.get(id) ?? 0;
        if (left > 0) {
          failuresLeft.set(id, left - 1);
          return reply(429, { error_code: 'APIGW.0308', error_msg: 'throttled' });
        }
        if (id === 'gone') return reply(404, { error: { code: 'Ecs.0114', message: 'not found' } });
        if (id === 'broken') return reply(500, { error_msg: 'internal' });
        if (id.startsWith('untagged')) return reply(200, { tags: [] });
        return reply(200, {
          tags: [
            { key: 'project', value: `proj-of-${id.slice(0, 8)}` },
            { key: 'cost-center', value: '42' },
          ],
        });
      }
      if (req.method === 'POST' && path === '/v3/auth/tokens')
        return reply(201, { token: {} }, { 'X-Subject-Token': 'member-token' });
      if (req.method === 'GET' && path === '/v3/auth/projects')
        return reply(200, { projects: [{ id: PROJECT, domain_id: 'd-own', name: 'cn-north-4' }] });
      if (req.method === 'POST' && /\/lts\/groups\/[^/]+\/streams\/[^/]+\/tenant\/contents$/.test(path)) {
        if (lts.throttleNext > 0) {
          lts.throttleNext--;
          return reply(429, { error_code: 'LTS.0007', error_msg: 'too many requests' });
        }
        return reply(200, { errorCode: 'SVCSTG.ALS.200.200', error_msg: 'Report success.', result: null });
      }
      reply(404, { error_msg: `no route ${path}` });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { url, seen, lts, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

/** A CTS trace in the structure documented for CTS (numeric ms times, read_only, project_id). */
function trace(traceName: string, resourceId: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    time: 1714564740000,
    record_time: 1714564741000,
    user: { name: 'alice', id: 'u-1', type: 'User', domain: { name: 'acme', id: 'd-own' } },
    request: {},
    response: {},
    code: 200,
    service_type: 'ECS',
    resource_type: 'ecs',
    resource_name: 'web-1',
    resource_id: resourceId,
    source_ip: '203.0.113.7',
    trace_name: traceName,
    trace_type: 'ApiCall',
    trace_rating: 'normal',
    trace_id: `t-${traceName}-${resourceId}`,
    project_id: PROJECT,
    domain_id: 'd-own',
    read_only: false,
    ...extra,
  };
}

/** The CTS user guide's "ECS Server Creation" example trace: no read_only, request/response as JSON text. */
const ECS_CREATION_EXAMPLE = {
  time: '12/01/2016 11:07:28 GMT+08:00',
  user: {
    name: 'aaa/op_service',
    id: 'f2fe9fac63414a35a7d03108d5f1ea73',
    domain: { name: 'aaa', id: '1f9b9ba51f6b4061bd5c1736b28469f8' },
  },
  request:
    '{"server":{"name":"as-config-15f1_XWO68TFC","imageRef":"b2b2c7dc-bbb0-4d6b-81dd-f0904023d54f","flavorRef":"m1.tiny","count":1}}',
  response:
    '{"status":"SUCCESS","entities":{"server_id":"42d39b4a-19b7-4ee2-b01b-a9f1353b4c54"},"job_id":"4010b39d58b855980158b8574b270018","job_type":"createSingleServer","error_code":null,"fail_reason":null}',
  service_type: 'ECS',
  resource_type: 'ecs',
  resource_name: 'as-config-15f1_XWO68TFC',
  resource_id: '42d39b4a-19b7-4ee2-b01b-a9f1353b4c54',
  source_ip: '',
  trace_name: 'createSingleServer',
  trace_status: 'normal',
  trace_type: 'SystemAction',
  api_version: '1.0',
  record_time: '12/01/2016 11:07:28 GMT+08:00',
  trace_id: '4abc3a67-b773-11e6-8412-8f0ed3cc97c6',
};

/** The LTS trigger payload: base64 JSON whose `logs` is itself a JSON string of lines. */
function ltsTriggerEvent(messages: string[]): { lts: { data: string } } {
  const logs = messages.map((message, i) => ({
    message,
    time: 1714564742000 + i,
    host_name: 'cts',
    ip: '',
    path: '',
    log_uid: `uid-${i}`,
    line_no: i,
  }));
  const payload = { logs: JSON.stringify(logs), owner: PROJECT, log_group_id: 'src-group', log_topic_id: 'src-stream' };
  return { lts: { data: Buffer.from(JSON.stringify(payload)).toString('base64') } };
}

function contextFor(url: string, extra: Record<string, string> = {}) {
  const settings: Record<string, string> = {
    [HuaweiCloudSettings.REGION]: 'cn-north-4',
    [HuaweiCloudSettings.LTS_INGEST_ENDPOINT]: url,
    [HuaweiCloudSettings.ALLOW_LOCAL_ENDPOINTS]: 'true',
    [TagEnrichmentSettings.TAG_ENDPOINT]: url,
    [TagEnrichmentSettings.IAM_ENDPOINT]: url,
    [TagEnrichmentSettings.TARGET_LOG_GROUP]: 'target-group',
    [TagEnrichmentSettings.TARGET_LOG_STREAM]: 'target-stream',
    ...extra,
  };
  return {
    getToken: () => 'agency-token',
    getProjectID: () => PROJECT,
    getRequestID: () => 'req-1',
    getUserData: (key: string) => settings[key],
  };
}

const noSleep = async (): Promise<void> => undefined;
let cloud: Awaited<ReturnType<typeof fakeHuaweiCloud>>;

beforeAll(() => {
  jest.spyOn(console, 'log').mockImplementation(() => undefined);
  jest.spyOn(console, 'warn').mockImplementation(() => undefined);
  jest.spyOn(console, 'error').mockImplementation(() => undefined);
});
beforeEach(async () => {
  cloud = await fakeHuaweiCloud();
});
afterEach(async () => {
  await cloud.close();
});

function reports(): { contents: string[]; labels: Record<string, string>; log_time_ns: string }[] {
  return cloud.seen
    .filter((s) => s.path.endsWith('/tenant/contents'))
    .map((s) => JSON.parse(s.body) as { contents: string[]; labels: Record<string, string>; log_time_ns: string });
}
const written = () => reports().flatMap((r) => r.contents.map((c) => JSON.parse(c) as Record<string, unknown>));
const tagCalls = () => cloud.seen.filter((s) => s.method === 'GET' && !s.path.startsWith('/v3/'));

describe('Huawei Cloud tag-enrichment handler (LTS trigger with CTS traces)', () => {
  test('keeps write traces, attaches tags and reports to the target stream with the agency token', async () => {
    const handler = createTagEnrichmentHandler({ sleep: noSleep });
    const result = await handler(
      ltsTriggerEvent([
        JSON.stringify(trace('stopServer', 'srv-aaaa-1')),
        JSON.stringify(trace('showServer', 'srv-aaaa-1', { read_only: true })),
        JSON.stringify(ECS_CREATION_EXAMPLE),
        // The same trace as JSON text inside a JSON string.
        JSON.stringify(JSON.stringify(trace('rebootServer', 'srv-bbbb-2'))),
      ]),
      contextFor(cloud.url),
    );
    expect(result.report).toMatchObject({ readOnlyDropped: 1, writeEvents: 3, written: 3, malformed: 0 });
    // Lines are written in event-time order, so the 2016 example comes first.
    expect(written()).toHaveLength(3);
    expect(written()).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          eventName: 'stopServer',
          actor: 'alice',
          resourceId: 'srv-aaaa-1',
          tags: { project: 'proj-of-srv-aaaa', 'cost-center': '42' },
          tag_project: 'proj-of-srv-aaaa',
          tag_cost_center: '42',
          tagStatus: 'found',
          readOnlyBasis: 'flag',
        }),
        expect.objectContaining({
          eventName: 'createSingleServer',
          resourceId: '42d39b4a-19b7-4ee2-b01b-a9f1353b4c54',
          readOnlyBasis: 'action-name',
          tag_project: 'proj-of-42d39b4a',
        }),
        expect.objectContaining({ eventName: 'rebootServer', resourceId: 'srv-bbbb-2' }),
      ]),
    );
    const report = cloud.seen.find((s) => s.path.endsWith('/tenant/contents'));
    expect(report?.path).toBe(`/v2/${PROJECT}/lts/groups/target-group/streams/target-stream/tenant/contents`);
    expect(report?.headers['x-auth-token']).toBe('agency-token');
    expect(reports()[0].labels).toEqual({ source: 'trailwatch-tag-enrichment' });
    expect(reports()[0].log_time_ns).toMatch(/^\d{19}$/);
    expect(tagCalls().map((s) => s.path)).toEqual(
      expect.arrayContaining([`/v1/${PROJECT}/cloudservers/srv-aaaa-1/tags`]),
    );
    expect(tagCalls().every((s) => s.headers['x-auth-token'] === 'agency-token')).toBe(true);
  });

  test('service filter, per-batch de-duplication and cache hits across invocations', async () => {
    const handler = createTagEnrichmentHandler({ sleep: noSleep });
    const context = contextFor(cloud.url, { [TagEnrichmentSettings.SERVICES]: 'ECS' });
    const evs = trace('deleteVolume', 'vol-1', { service_type: 'EVS', resource_type: 'evs' });
    const first = await handler(
      ltsTriggerEvent([
        JSON.stringify(trace('stopServer', 'srv-1')),
        JSON.stringify(trace('startServer', 'srv-1')),
        JSON.stringify(evs),
      ]),
      context,
    );
    expect(first.report).toMatchObject({ serviceDropped: 1, written: 2, tags: { distinct: 1, lookedUp: 1 } });
    expect(tagCalls()).toHaveLength(1);
    const second = await handler(ltsTriggerEvent([JSON.stringify(trace('resizeServer', 'srv-1'))]), context);
    expect(second.report?.tags).toMatchObject({ cacheHits: 1, lookedUp: 0 });
    expect(tagCalls()).toHaveLength(1);
  });

  test('retries a throttled tag API; a failing or missing resource does not drop the batch', async () => {
    const handler = createTagEnrichmentHandler({ sleep: noSleep });
    const result = await handler(
      ltsTriggerEvent([
        JSON.stringify(trace('stopServer', 'throttled-once')),
        JSON.stringify(trace('deleteServer', 'gone')),
        JSON.stringify(trace('stopServer', 'broken')),
        JSON.stringify(trace('stopServer', 'untagged-1')),
      ]),
      contextFor(cloud.url),
    );
    expect(result.report).toMatchObject({ written: 4, tags: { failed: 1 } });
    const byId = Object.fromEntries(written().map((r) => [r.resourceId, r]));
    expect(byId['throttled-once']).toMatchObject({ tagStatus: 'found' });
    expect(byId.gone).toMatchObject({ tagStatus: 'not-found', tags: {} });
    expect(byId.broken).toMatchObject({ tagStatus: 'error', tags: {} });
    expect(String(byId.broken.tagLookupError)).toContain('HTTP 500');
    expect(byId['untagged-1']).toMatchObject({ tagStatus: 'untagged', tags: {} });
    expect(tagCalls().filter((s) => s.path.includes('throttled-once'))).toHaveLength(2);
  });

  test('a corrupt line is skipped without losing the rest; LTS report throttling is retried', async () => {
    const handler = createTagEnrichmentHandler({ sleep: noSleep });
    cloud.lts.throttleNext = 1;
    const result = await handler(
      ltsTriggerEvent(['{"trace_name": "stopSer', '"just text"', JSON.stringify(trace('stopServer', 'srv-9'))]),
      contextFor(cloud.url),
    );
    expect(result.report).toMatchObject({ malformed: 2, written: 1, writeCalls: 1 });
    expect(cloud.seen.filter((s) => s.path.endsWith('/tenant/contents'))).toHaveLength(2);
    // The retried call carries the same single line.
    expect(reports().map((r) => r.contents.map((c) => (JSON.parse(c) as { resourceId: string }).resourceId))).toEqual([
      ['srv-9'],
      ['srv-9'],
    ]);
  });

  test('member-project resources are read with a token of the member agency, when configured', async () => {
    const member = trace('stopServer', 'srv-m', { project_id: MEMBER_PROJECT, domain_id: 'd-member' });
    const off = createTagEnrichmentHandler({ sleep: noSleep });
    await off(ltsTriggerEvent([JSON.stringify(member)]), contextFor(cloud.url));
    expect(written()[0]).toMatchObject({ tagStatus: 'unsupported' });
    expect(tagCalls()).toHaveLength(0);

    const on = createTagEnrichmentHandler({ sleep: noSleep });
    await on(
      ltsTriggerEvent([JSON.stringify(member)]),
      contextFor(cloud.url, { [TagEnrichmentSettings.MEMBER_ROLE_NAME]: 'trailwatch_tag_reader' }),
    );
    const assume = cloud.seen.find((s) => s.path === '/v3/auth/tokens');
    expect(JSON.parse(assume?.body ?? '{}')).toEqual({
      auth: {
        identity: {
          methods: ['assume_role'],
          assume_role: { domain_id: 'd-member', xrole_name: 'trailwatch_tag_reader' },
        },
        scope: { project: { id: MEMBER_PROJECT } },
      },
    });
    const lookup = tagCalls()[0];
    expect(lookup.path).toBe(`/v1/${MEMBER_PROJECT}/cloudservers/srv-m/tags`);
    expect(lookup.headers['x-auth-token']).toBe('member-token');
  });

  test('an event that is not an LTS trigger is reported, not thrown', async () => {
    const handler = createTagEnrichmentHandler();
    expect(await handler({ cts: {} }, contextFor(cloud.url))).toMatchObject({ status: 'error' });
  });
});

describe('CTS resource identity', () => {
  test('service and resource types map to the per-service tag APIs', () => {
    expect(tagApiFor('ECS', 'ecs')).toBe('ecs');
    expect(tagApiFor('EVS', 'volume')).toBe('evs');
    expect(tagApiFor('VPC', 'security_group')).toBe('securityGroup');
    expect(tagApiFor('VPC', 'publicip')).toBe('eip');
    expect(tagApiFor('VPC', undefined)).toBeUndefined();
    expect(tagApiFor('ELB', undefined)).toBe('elb');
    expect(tagApiFor('IAM', 'user')).toBeUndefined();
  });

  test('ids come from resource_id and from response fields; unknown types fall to TMS or unsupported', () => {
    const parse = parseCtsLine('cn-north-4');
    const parsed = parse(
      JSON.stringify(
        trace('createVpc', '', {
          service_type: 'VPC',
          resource_type: 'vpc',
          response: JSON.stringify({ vpc: { id: 'vpc-123' } }),
        }),
      ),
    );
    if (!parsed.ok) throw new Error(parsed.error);
    expect(ctsResources(parsed.value, PROJECT, 'cn-north-4')).toEqual([
      expect.objectContaining({ id: 'vpc-123', api: 'vpc', project: PROJECT }),
    ]);
    const iam = parse(JSON.stringify(trace('createUser', 'user-1', { service_type: 'IAM', resource_type: 'user' })));
    if (!iam.ok) throw new Error(iam.error);
    expect(ctsResources(iam.value, PROJECT, 'cn-north-4')).toEqual([
      expect.objectContaining({ id: 'user-1', api: 'tms:user' }),
    ]);
  });
});
