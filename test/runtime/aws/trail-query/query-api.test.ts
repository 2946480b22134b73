/**
 * The query API handler against a real local DynamoDB (dynalite) holding the documented CloudTrail records plus a
 * synthetic multi-day set: every route with and without filters, pagination, errors as JSON.
 */
import { TrailQuerySettings } from '../../../../runtime/core/setting-names';
import { createTrailQueryApiHandler } from '../../../../runtime/aws/functions/trail-query-api';
import { HttpApiEvent, HttpApiResult } from '../../../../runtime/aws/trail-query/api-handler';
import { DEFAULT_SKIP_EVENT_NAME_PREFIXES } from '../../../../runtime/aws/trail-query/trail-item';
import { ingestRecords, resetIngestCache } from '../../../../runtime/aws/trail-query/ingest';
import { TrailStore } from '../../../../runtime/aws/trail-query/trail-store';
import { documentedRecords } from './fake-s3';
import { LocalDynamo, startLocalDynamo } from './local-dynamodb';

let dynamo: LocalDynamo;
let store: TrailStore;
let api: (event: HttpApiEvent) => Promise<HttpApiResult>;
const NOW = Date.parse('2024-05-08T12:00:00Z');

/** 3 days × 4 users × 10 events: alternating services and event names, one bucket parameter each. */
function syntheticRecords(): unknown[] {
  const records: unknown[] = [];
  for (let day = 0; day < 3; day++) {
    for (let user = 0; user < 4; user++) {
      for (let n = 0; n < 10; n++) {
        const time = new Date(
          Date.parse('2024-05-05T00:00:00Z') + day * 86_400_000 + user * 3_600_000 + n * 60_000 + 1234,
        );
        records.push({
          eventVersion: '1.08',
          userIdentity: {
            type: 'IAMUser',
            principalId: `AIDA${user}`,
            arn: `arn:aws:iam::123456789012:user/user${user}`,
            accountId: '123456789012',
            userName: `user${user}`,
          },
          eventTime: time.toISOString().replace('.234Z', 'Z'),
          eventSource: n % 2 === 0 ? 'ec2.amazonaws.com' : 's3.amazonaws.com',
          eventName: n % 2 === 0 ? 'RunInstances' : 'PutBucketPolicy',
          awsRegion: user % 2 === 0 ? 'eu-west-1' : 'us-east-1',
          sourceIPAddress: '198.51.100.7',
          userAgent: 'aws-cli/2.15.0',
          requestParameters:
            n % 2 === 0 ? { instanceType: n < 5 ? 't3.micro' : 'm5.large' } : { bucketName: `bucket-${user}` },
          eventID: `00000000-0000-4000-8000-${String(day * 1000 + user * 100 + n).padStart(12, '0')}`,
          eventType: 'AwsApiCall',
        });
      }
    }
  }
  return records;
}

async function get(path: string, query = ''): Promise<{ status: number; body: Record<string, unknown> }> {
  const result = await api({
    version: '2.0',
    rawPath: path,
    rawQueryString: query,
    requestContext: { http: { method: 'GET', path }, requestId: 'req-1', stage: '$default' },
  });
  expect(result.headers['content-type']).toContain('application/json');
  return { status: result.statusCode, body: JSON.parse(result.body) as Record<string, unknown> };
}

async function items(path: string, query: string): Promise<Record<string, unknown>[]> {
  const { status, body } = await get(path, query);
  expect(status).toBe(200);
  return body.items as Record<string, unknown>[];
}

/** Follows cursors to the end; returns every item and the number of pages. */
async function allPages(path: string, query: string): Promise<{ all: Record<string, unknown>[]; pages: number }> {
  const all: Record<string, unknown>[] = [];
  let cursor: string | undefined;
  let pages = 0;
  do {
    const { status, body } = await get(path, cursor ? `${query}&cursor=${cursor}` : query);
    expect(status).toBe(200);
    all.push(...(body.items as Record<string, unknown>[]));
    cursor = body.cursor as string | undefined;
    pages++;
  } while (cursor && pages < 100);
  return { all, pages };
}

const WIDE = 'from=2014-01-01&to=2019-12-31';

beforeAll(async () => {
  dynamo = await startLocalDynamo();
  store = await dynamo.createTrailTable();
  resetIngestCache();
  const options = { skipEventNamePrefixes: DEFAULT_SKIP_EVENT_NAME_PREFIXES };
  await ingestRecords(store, documentedRecords(), options);
  await ingestRecords(store, syntheticRecords(), options);
  const env: Record<string, string> = {
    [TrailQuerySettings.TABLE_NAME]: store.tableName,
    [TrailQuerySettings.DYNAMODB_ENDPOINT]: dynamo.endpoint,
    [TrailQuerySettings.MAX_WINDOW_DAYS]: '2200',
    TRAILWATCH_ALLOW_LOCAL_ENDPOINTS: 'true',
  };
  api = createTrailQueryApiHandler({
    settings: (name) => env[name],
    options: { now: () => NOW, log: () => undefined },
  });
});

afterAll(() => dynamo.close());

describe('list routes', () => {
  test('/users, /services, /parameters list distinct values with first/last seen days', async () => {
    const users = await items('/users', '');
    expect(users.map((u) => u.name)).toEqual([
      'Alice',
      'AssumeNothing/devdsk',
      'JohnDoe',
      'JohnDoe/JohnRole1',
      'anaya',
      'root',
      'user0',
      'user1',
      'user2',
      'user3',
    ]);
    expect(users.find((u) => u.name === 'anaya')).toEqual({
      name: 'anaya',
      firstSeen: '2018-07-24',
      lastSeen: '2018-08-29',
    });
    expect((await items('/services', '')).map((s) => s.name)).toEqual(['cloudtrail', 'ec2', 's3', 'signin', 'sts']);
    const parameters = (await items('/parameters', '')).map((p) => p.name);
    expect(parameters).toEqual(expect.arrayContaining(['bucketName', 'instanceType', 'roleArn', 'tags.0.key', 'name']));
    expect(parameters).not.toContain('userName'); // only in the skipped GetUserPolicy and the eventID-less records
  });

  test('prefix filter, count and pagination', async () => {
    expect((await items('/users', 'prefix=user')).map((u) => u.name)).toEqual(['user0', 'user1', 'user2', 'user3']);
    expect((await get('/users', 'count=true')).body).toEqual({ count: 10 });
    const { all, pages } = await allPages('/users', 'limit=3');
    expect(pages).toBe(4);
    expect(all).toHaveLength(10);
  });
});

describe('event routes', () => {
  test('/scan over the documented records, oldest first, with eventName, prefix and param filters', async () => {
    const all = await items('/scan', `${WIDE}&limit=1000`);
    expect(all).toHaveLength(10);
    expect(all.map((e) => e.eventTime)).toEqual([...all.map((e) => e.eventTime as string)].sort());
    expect((await items('/scan', `${WIDE}&eventName=ConsoleLogin`)).map((e) => e.eventID)).toEqual([
      'd38ce1b3-4575-4cb8-a632-611b8243bfc3',
      'fed06f42-cb12-4764-8c69-121063dc79b9',
      'a4fbbe77-91a0-4238-804a-64314184edb6',
      '3fcfb182-98f8-4744-bd45-10a395ab61cb',
      'deb1e1f9-c99b-4612-8e9f-21f93b5d79c0',
    ]);
    expect((await items('/scan', `${WIDE}&eventName=Check*`)).map((e) => e.eventName)).toEqual(['CheckMfa']);
    const deleted = await items('/scan', `${WIDE}&param=bucketName&value=my-test-bucket-cross-account`);
    expect(deleted.map((e) => e.eventName)).toEqual(['DeleteBucket']);
    expect(await items('/scan', `${WIDE}&param=errorCode&value=TrailNotFoundException`)).toHaveLength(1);
    expect((await get('/scan', `${WIDE}&count=true`)).body).toEqual({ count: 10 });
    expect((await get('/scan', `${WIDE}&eventName=ConsoleLogin&count=1`)).body).toEqual({ count: 5 });
  });

  test('/users/{user}: plain, with eventName, with param pairs, assumed-role sessions with a slash', async () => {
    expect((await items('/users/anaya', 'from=2018-07-01&to=2018-08-31')).map((e) => e.eventName)).toEqual([
      'ConsoleLogin',
      'CheckMfa',
      'ConsoleLogin',
      'ConsoleLogin',
    ]);
    expect(await items('/users/anaya', 'from=2018-07-01&to=2018-08-31&eventName=CheckMfa')).toHaveLength(1);
    expect(await items('/users/anaya', 'from=2018-07-01&to=2018-08-31&param=awsRegion&value=us-east-2')).toHaveLength(
      1,
    );
    expect((await items('/users/JohnDoe/JohnRole1', WIDE)).map((e) => e.eventName)).toEqual(['AssumeRole']);
    // Flattened names hold dots: each is one map key, not a nested path.
    expect(await items('/users/JohnDoe/JohnRole1', `${WIDE}&param=tags.1.key&value=CostCenter`)).toHaveLength(1);
    expect(
      await items('/users/JohnDoe/JohnRole1', `${WIDE}&param=requestParameters.durationSeconds&value=3600`),
    ).toHaveLength(1);
    expect(await items('/users/JohnDoe/JohnRole1', `${WIDE}&param=tags.1.key&value=Email`)).toHaveLength(0);
    expect((await items('/users/AssumeNothing%2Fdevdsk', WIDE)).map((e) => e.eventName)).toEqual(['DeleteBucket']);
    expect(await items('/users/nobody', WIDE)).toEqual([]);
    // Two pairs must both match.
    const query = 'from=2024-05-05&to=2024-05-07&param=instanceType&value=t3.micro&param=awsRegion&value=eu-west-1';
    const both = await items('/users/user0', query);
    expect(both).toHaveLength(3 * 3);
    expect(
      both.every(
        (e) =>
          (e.requestParameters as Record<string, string>).instanceType === 't3.micro' && e.awsRegion === 'eu-west-1',
      ),
    ).toBe(true);
  });

  test('/services/{service} by short name or event source, with filters', async () => {
    expect((await items('/services/sts', WIDE)).map((e) => e.user)).toEqual(['JohnDoe', 'JohnDoe/JohnRole1']);
    expect(await items('/services/signin.amazonaws.com', WIDE)).toHaveLength(6);
    expect(await items('/services/signin', `${WIDE}&eventName=ConsoleLogin&param=userType&value=root`)).toHaveLength(2);
    expect((await get('/services/ec2', 'from=2024-05-05&to=2024-05-07&count=true')).body).toEqual({ count: 60 });
  });

  test('date-only `to` includes the whole day; times without zone are UTC; offsets are honoured', async () => {
    // anaya's three events of 2018-07-24 are at 18:32, 18:33 and 18:34 UTC.
    expect(await items('/users/anaya', 'from=2018-07-24&to=2018-07-24')).toHaveLength(3);
    expect(await items('/users/anaya', 'from=2018-07-24T18:33:00&to=2018-07-24T18:33:45')).toHaveLength(1);
    expect(await items('/users/anaya', 'from=2018-07-24T20:33:00%2B02:00&to=2018-07-24T20:34:07%2B02:00')).toHaveLength(
      2,
    );
    // An unencoded "+" arrives as a space: still read as the offset.
    expect(await items('/users/anaya', 'from=2018-07-24T20:33:00+02:00&to=2018-07-24T20:34:07+02:00')).toHaveLength(2);
    expect(await items('/users/anaya', 'from=2018-07-24T18:33&to=2018-07-24T18:33')).toHaveLength(1);
  });

  test('default window: the last 7 days up to now', async () => {
    // NOW is 2024-05-08T12:00Z: all 120 synthetic events (2024-05-05..07) are inside, the documented ones are not.
    expect((await get('/scan', 'count=true')).body).toEqual({ count: 120 });
  });

  test('pagination walks pages and day buckets in both orders without gaps or repeats', async () => {
    const query = 'from=2024-05-05&to=2024-05-07&limit=7';
    const { all, pages } = await allPages('/scan', query);
    expect(all).toHaveLength(120);
    expect(pages).toBeGreaterThan(17);
    expect(new Set(all.map((e) => e.eventID)).size).toBe(120);
    expect(all.map((e) => e.eventTime)).toEqual([...all.map((e) => e.eventTime as string)].sort());
    const newestFirst = await allPages('/scan', `${query}&order=desc`);
    expect(newestFirst.all.map((e) => e.eventID)).toEqual([...all.map((e) => e.eventID)].reverse());
    // Filtered pages: the filter reads more than a page and cuts, the cursor restarts after the last item.
    const filtered = await allPages(
      '/users/user1',
      'from=2024-05-05&to=2024-05-07&param=bucketName&value=bucket-1&limit=4',
    );
    expect(filtered.all).toHaveLength(15);
    expect(new Set(filtered.all.map((e) => e.eventID)).size).toBe(15);
    const byName = await allPages('/scan', 'from=2024-05-05&to=2024-05-07&eventName=PutBucketPolicy&limit=25');
    expect(byName.all).toHaveLength(60);
    expect(byName.pages).toBe(3);
  });
});

describe('CloudTrail-Tracker forms are accepted and applied', () => {
  test("params=['a','b']&value=['x','y'], count=True, begin_with=True", async () => {
    const week = 'from=2024-05-05&to=2024-05-07';
    const legacy = await items(
      '/scan',
      `${week}&limit=1000&params=['instanceType','eventSource']&value=['t3.micro','ec2.amazonaws.com']`,
    );
    const modern = await items(
      '/scan',
      `${week}&limit=1000&param=instanceType&value=t3.micro&param=eventSource&value=ec2.amazonaws.com`,
    );
    expect(legacy).toHaveLength(36);
    expect(legacy).toEqual(modern);
    expect(
      await items('/scan', `${week}&limit=1000&param=["requestParameters_instanceType"]&values=["m5.large"]`),
    ).toHaveLength(24);
    expect(await items('/scan', `${week}&param=userIdentity_userName&value=user2&limit=1000`)).toHaveLength(30);
    expect((await get('/scan', `${week}&count=True`)).body).toEqual({ count: 120 });
    expect((await get('/scan', `${week}&eventName=Put&begin_with=True&count=True`)).body).toEqual({ count: 60 });
    expect((await get('/users/user1', `${week}&eventName=Run&begin_with=true&count=true`)).body).toEqual({ count: 15 });
  });
});

describe('/stats', () => {
  const stats = async (query: string) => {
    const { status, body } = await get('/stats', query);
    expect(status).toBe(200);
    return body as {
      total: number;
      errors: number;
      groupCount: number;
      groups: { key: string; count: number; split?: Record<string, number> }[];
    };
  };
  const count = async (path: string, query: string) => (await get(path, `${query}&count=true`)).body.count as number;

  test('counts equal the list routes, whole hours and ragged ends alike', async () => {
    for (const window of [
      'from=2024-05-05&to=2024-05-07',
      'from=2024-05-04T22:10:00Z&to=2024-05-07T00:30:00Z',
      'from=2024-05-05T03:00:00Z&to=2024-05-06T23:59:59.999Z',
      'from=2024-05-05T01:04:30Z&to=2024-05-06T02:03:00Z',
      'from=2024-05-05T00:03&to=2024-05-05T00:05',
      WIDE,
    ]) {
      const byService = await stats(`${window}&by=service`);
      expect(byService.total).toBe(await count('/scan', window));
      for (const group of byService.groups)
        expect([group.key, group.count]).toEqual([group.key, await count(`/services/${group.key}`, window)]);
      const byUser = await stats(`${window}&by=user&limit=1000`);
      for (const group of byUser.groups)
        expect([group.key, group.count]).toEqual([
          group.key,
          await count(`/users/${encodeURIComponent(group.key)}`, window),
        ]);
      const byName = await stats(`${window}&by=eventName`);
      for (const group of byName.groups)
        expect([group.key, group.count]).toEqual([group.key, await count('/scan', `${window}&eventName=${group.key}`)]);
    }
  });

  test('filters, timelines with split, limit and errors', async () => {
    const week = 'from=2024-05-05&to=2024-05-07';
    expect((await stats(`${week}&by=service&user=user1`)).groups).toEqual([
      { key: 'ec2', count: 15, errors: 0 },
      { key: 's3', count: 15, errors: 0 },
    ]);
    expect((await stats(`${week}&by=user&service=ec2.amazonaws.com&eventName=Run*`)).total).toBe(60);
    const days = await stats(`${week}&by=day&split=service`);
    expect(days.groups.map((g) => [g.key, g.count, g.split])).toEqual([
      ['2024-05-05', 40, { ec2: 20, s3: 20 }],
      ['2024-05-06', 40, { ec2: 20, s3: 20 }],
      ['2024-05-07', 40, { ec2: 20, s3: 20 }],
    ]);
    const hours = await stats(`${week}&by=hour`);
    expect(hours.groups).toHaveLength(12);
    expect(hours.groups[0]).toEqual({ key: '2024-05-05T00:00:00.000Z', count: 10, errors: 0 });
    // Several groupings from one read: each equals its own request.
    const combined = (await get('/stats', `${week}&by=service,user,eventName,day&split=service`)).body as {
      groups: unknown[];
      results: Record<string, { groups: unknown[] }>;
    };
    expect(Object.keys(combined.results)).toEqual(['service', 'user', 'eventName', 'day']);
    expect(combined.groups).toEqual(combined.results.service.groups);
    expect(combined.results.day.groups).toEqual(days.groups);
    expect(combined.results.user.groups).toEqual((await stats(`${week}&by=user`)).groups);
    const top = await stats(`${WIDE}&by=user&limit=2`);
    expect(top.groups).toHaveLength(2);
    expect(top.groupCount).toBe(6);
    const documented = await stats(`${WIDE}&by=eventName`);
    expect(documented.errors).toBe(
      (await count('/scan', `${WIDE}&param=errorCode&value=TrailNotFoundException`)) +
        (await count('/scan', `${WIDE}&param=errorCode&value=AccessDenied`)),
    );
  });

  test('re-ingesting the same records changes no count (rollups are recounts, not increments)', async () => {
    const before = await stats('from=2024-05-05&to=2024-05-07&by=service');
    await ingestRecords(store, syntheticRecords().slice(0, 50), {
      skipEventNamePrefixes: DEFAULT_SKIP_EVENT_NAME_PREFIXES,
    });
    expect(await stats('from=2024-05-05&to=2024-05-07&by=service')).toEqual(before);
  });
});

describe('errors are JSON with 4xx/5xx statuses', () => {
  test.each([
    ['/scan', 'from=2024-13-01', /from="2024-13-01" is not a real date/],
    ['/scan', 'to=yesterday', /to="yesterday" is not a date/],
    ['/scan', 'from=2024-02-30', /not a real date/],
    ['/scan', 'from=2024-05-07&to=2024-05-01', /is after to/],
    ['/scan', 'from=2010-01-01&to=2024-01-01', /longer than 2200 days/],
    ['/scan', 'limit=0', /limit="0"/],
    ['/scan', 'limit=1001', /limit="1001"/],
    ['/scan', 'count=maybe', /count="maybe"/],
    ['/scan', 'param=bucketName', /1 param and 0 value/],
    ['/scan', 'parms=bucketName&value=x', /unknown query parameter "parms"/],
    ['/scan', "params=['a','b'&value=x", /is not a list of quoted names/],
    ['/scan', 'begin_with=True', /begin_with=true needs an eventName/],
    ['/stats', 'by=region', /by="region" is not one of/],
    ['/stats', 'by=user&split=service', /split is for timelines/],
    ['/stats', 'by=hour,day', /both hours and days/],
    ['/stats', 'by=user,user', /names a grouping twice/],
    ['/stats', 'param=a&value=b', /unknown query parameter "param"/],
    ['/stats', 'from=2024-13-01', /not a real date/],
    ['/scan', 'eventName=Run%20Instances', /is not an event name/],
    ['/scan', 'order=sideways', /order="sideways"/],
    ['/users', 'from=2024-01-01', /unknown query parameter "from"/],
    ['/scan', 'cursor=garbage!', /cursor is not one this API returned/],
  ])('%s?%s → 400', async (path, query, message) => {
    const { status, body } = await get(path, query);
    expect(status).toBe(400);
    expect(body.message).toMatch(message);
  });

  test('a cursor replayed with other filters is refused', async () => {
    const first = await get('/scan', 'from=2024-05-05&to=2024-05-07&limit=5');
    const { status, body } = await get(
      '/scan',
      `from=2024-05-05&to=2024-05-07&eventName=RunInstances&limit=5&cursor=${first.body.cursor as string}`,
    );
    expect(status).toBe(400);
    expect(body.message).toMatch(/different query/);
  });

  test('unknown routes are 404 and other methods 405, as JSON', async () => {
    for (const path of ['/', '/events', '/users/', '/services/ec2/extra', '/scan/more']) {
      const { status, body } = await get(path);
      expect([status, path]).toEqual([path === '/users/' ? 200 : 404, path]);
      if (status === 404) expect(body.message).toMatch(/no route GET/);
    }
    const post = await api({ rawPath: '/scan', requestContext: { http: { method: 'POST' } } });
    expect(post.statusCode).toBe(405);
    expect(post.headers.allow).toBe('GET');
    expect(JSON.parse(post.body).message).toMatch(/GET only/);
  });

  test('a failing table is a 500 JSON without internals', async () => {
    const broken = createTrailQueryApiHandler({
      store: new TrailStore(dynamo.client, 'no-such-table'),
      options: { log: () => undefined },
    });
    const result = await broken({ rawPath: '/users', requestContext: { http: { method: 'GET' }, requestId: 'r-9' } });
    expect(result.statusCode).toBe(500);
    expect(JSON.parse(result.body)).toEqual({ message: expect.stringMatching(/internal error/), requestId: 'r-9' });
    expect(result.body).not.toContain('no-such-table');
  });
});
