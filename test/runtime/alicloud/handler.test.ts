import { createTagEnrichmentHandler } from '../../../runtime/alicloud/functions/tag-enrichment';
import { decodeSlsTriggerEvent } from '../../../runtime/alicloud/sls-trigger';
import { FUNCTION_KEY, FakeAlicloud, startFakeAlicloud } from '../../src/alicloud/fake-alicloud';
import {
  OWN_ACCOUNT,
  REGION,
  actionTrailEvent,
  ecsArn,
  eventLog,
  trailGroup,
  triggerEvent,
} from '../../src/alicloud/fixtures';

const MEMBER = '1999999999999999';
const UNLISTED = '1888888888888888';

function settings(fake: FakeAlicloud, extra: Record<string, string> = {}) {
  const values: Record<string, string> = {
    TRAILWATCH_REGION: REGION,
    TRAILWATCH_ACCOUNT_ID: OWN_ACCOUNT,
    TRAILWATCH_SOURCE_PROJECT: 'audit-source',
    TRAILWATCH_SOURCE_LOGSTORE: 'actiontrail_trail',
    TRAILWATCH_TARGET_PROJECT: 'audit-target',
    TRAILWATCH_TARGET_LOGSTORE: 'enriched',
    TRAILWATCH_LOCAL_ENDPOINT: fake.url,
    TRAILWATCH_ALLOW_LOCAL_ENDPOINTS: 'true',
    TRAILWATCH_MEMBER_ROLE_NAME: 'TrailWatchTagReader',
    TRAILWATCH_MEMBER_ACCOUNT_IDS: MEMBER,
    ...extra,
  };
  return (name: string) => values[name];
}

const context = {
  requestId: 'req-1',
  accountId: OWN_ACCOUNT,
  credentials: FUNCTION_KEY,
  function: { name: 'enricher' },
};
const noSleep = async () => undefined;

function writtenRecords(fake: FakeAlicloud): Record<string, string>[] {
  return fake.written.flatMap((g) => g.logs.map((l) => Object.fromEntries(l.contents)));
}

describe('alicloud tag-enrichment handler against local SLS, Tag and STS', () => {
  let fake: FakeAlicloud;
  beforeEach(async () => {
    fake = await startFakeAlicloud();
  });
  afterEach(() => fake.close());

  test('pulls the cursor range, looks up tags and puts enriched records, every request signed', async () => {
    fake.pages = [
      [trailGroup([eventLog(actionTrailEvent({ instanceId: 'i-a' }))])],
      [trailGroup([eventLog(actionTrailEvent({ instanceId: 'i-b' }))])],
    ];
    fake.tags = { [ecsArn('i-a')]: { Project: 'alpha', Owner: 'ops' } };
    const handler = createTagEnrichmentHandler({ settings: settings(fake), sleep: noSleep });
    const result = await handler(triggerEvent(2), context);
    expect(result.status).toBe('enriched');
    expect(result.report).toMatchObject({ received: 2, writeEvents: 2, written: 2, writeCalls: 1, malformed: 0 });

    expect(fake.requests.every((r) => r.signatureValid)).toBe(true);
    const pulls = fake.requests.filter((r) => r.method === 'GET');
    expect(pulls.map((r) => r.query.cursor)).toEqual(['c0', 'c1']);
    expect(pulls[0].path).toBe('/logstores/actiontrail_trail/shards/0');
    expect(pulls[0].query).toMatchObject({ type: 'log', end_cursor: 'c2', count: '100' });
    expect(pulls[0].headers).toMatchObject({
      accept: 'application/x-protobuf',
      'accept-encoding': 'deflate',
      'x-log-apiversion': '0.6.0',
      'x-log-signaturemethod': 'hmac-sha1',
      'x-acs-security-token': 'function-token',
    });
    expect(String(pulls[0].headers.authorization)).toMatch(/^LOG STS\.function:/);

    const put = fake.requests.find((r) => r.method === 'POST' && r.path !== '/')!;
    expect(put.path).toBe('/logstores/enriched/shards/lb');
    expect(put.headers).toMatchObject({
      'content-type': 'application/x-protobuf',
      'x-log-bodyrawsize': String(put.body.length),
    });
    expect(fake.written[0].topic).toBe('trailwatch_enriched_event');
    expect(fake.written[0].source).toBe('enricher');

    const [tag] = fake.rpc('ListTagResources');
    expect(tag.params).toMatchObject({
      Action: 'ListTagResources',
      Version: '2018-08-28',
      RegionId: REGION,
      SignatureMethod: 'HMAC-SHA1',
      SignatureVersion: '1.0',
      SecurityToken: 'function-token',
      AccessKeyId: 'STS.function',
      Format: 'JSON',
    });
    expect([tag.params['ResourceARN.1'], tag.params['ResourceARN.2']].sort()).toEqual([ecsArn('i-a'), ecsArn('i-b')]);

    const records = writtenRecords(fake);
    const a = records.find((r) => r.resourceId === 'i-a')!;
    expect(a).toMatchObject({
      cloud: 'alicloud',
      eventName: 'StopInstance',
      service: 'Ecs',
      actor: 'alice',
      actorType: 'user',
      region: REGION,
      tag_Project: 'alpha',
      tag_Owner: 'ops',
      tagStatus: 'found',
      resourceType: 'ACS::ECS::Instance',
      resourceAccount: OWN_ACCOUNT,
    });
    expect(JSON.parse(a.tags)).toEqual({ Project: 'alpha', Owner: 'ops' });
    expect(records.find((r) => r.resourceId === 'i-b')).toMatchObject({ tagStatus: 'untagged' });
  });

  test('batches 50 ARNs per ListTagResources call and caches across invocations', async () => {
    const logs = Array.from({ length: 120 }, (_, i) => eventLog(actionTrailEvent({ instanceId: `i-${i}` })));
    fake.pages = [[trailGroup(logs)]];
    const handler = createTagEnrichmentHandler({ settings: settings(fake), sleep: noSleep });
    await handler(triggerEvent(1), context);
    const calls = fake.rpc('ListTagResources');
    expect(calls).toHaveLength(3);
    expect(calls.map((c) => Object.keys(c.params).filter((k) => k.startsWith('ResourceARN.')).length).sort()).toEqual([
      20, 50, 50,
    ]);
    await handler(triggerEvent(1), context);
    expect(fake.rpc('ListTagResources')).toHaveLength(3);
  });

  test('de-duplicates resources named by many events and by both resourceName and referencedResources', async () => {
    fake.pages = [[trailGroup(Array.from({ length: 30 }, () => eventLog(actionTrailEvent({ instanceId: 'i-same' }))))]];
    const handler = createTagEnrichmentHandler({ settings: settings(fake), sleep: noSleep });
    const result = await handler(triggerEvent(1), context);
    expect(result.report?.tags).toMatchObject({ distinct: 1, lookedUp: 1 });
    const [call] = fake.rpc('ListTagResources');
    expect(Object.keys(call.params).filter((k) => k.startsWith('ResourceARN.'))).toEqual(['ResourceARN.1']);
  });

  test('retries throttled Tag API calls and SLS quota errors', async () => {
    fake.pages = [[trailGroup([eventLog(actionTrailEvent({ instanceId: 'i-t' }))])]];
    fake.tags = { [ecsArn('i-t')]: { Project: 'p' } };
    fake.failures = {
      ListTagResources: [
        { status: 400, body: '{"Code":"Throttling.User","Message":"Request was denied due to user flow control."}' },
      ],
      PutLogs: [{ status: 403, body: '{"errorCode":"WriteQuotaExceed","errorMessage":"quota"}' }],
      PullLogs: [{ status: 500, body: '{"errorCode":"InternalServerError","errorMessage":"x"}' }],
    };
    const handler = createTagEnrichmentHandler({ settings: settings(fake), sleep: noSleep });
    const result = await handler(triggerEvent(1), context);
    expect(fake.rpc('ListTagResources')).toHaveLength(2);
    expect(writtenRecords(fake)[0]).toMatchObject({ tag_Project: 'p', tagStatus: 'found' });
    expect(result.report?.written).toBe(1);
  });

  test('a Tag API error that is not throttling marks only its resources, the records are still written', async () => {
    fake.pages = [[trailGroup([eventLog(actionTrailEvent({ instanceId: 'i-x' }))])]];
    fake.failures = { ListTagResources: [{ status: 403, body: '{"Code":"Forbidden.RAM","Message":"not allowed"}' }] };
    const handler = createTagEnrichmentHandler({ settings: settings(fake), sleep: noSleep });
    await handler(triggerEvent(1), context);
    expect(fake.rpc('ListTagResources')).toHaveLength(1);
    expect(writtenRecords(fake)[0]).toMatchObject({ tagStatus: 'error' });
    expect(writtenRecords(fake)[0].tagLookupError).toContain('Forbidden.RAM');
  });

  test('follows NextToken until the answer is complete', async () => {
    fake.pages = [[trailGroup(['i-p1', 'i-p2'].map((id) => eventLog(actionTrailEvent({ instanceId: id }))))]];
    fake.tags = { [ecsArn('i-p1')]: { Project: 'a', Owner: 'x' }, [ecsArn('i-p2')]: { Project: 'b', Owner: 'y' } };
    fake.tagPageSize = 1;
    const handler = createTagEnrichmentHandler({ settings: settings(fake), sleep: noSleep });
    await handler(triggerEvent(1), context);
    expect(fake.rpc('ListTagResources').map((r) => r.params.NextToken)).toEqual([undefined, '1', '2', '3']);
    const byId = Object.fromEntries(writtenRecords(fake).map((r) => [r.resourceId, r]));
    expect(JSON.parse(byId['i-p2'].tags)).toEqual({ Project: 'b', Owner: 'y' });
  });

  test('a call refused for one odd ARN is split, so the other resources still get their tags', async () => {
    fake.pages = [
      [trailGroup(['i-1', 'i-2', 'i-3', 'i-4'].map((id) => eventLog(actionTrailEvent({ instanceId: id }))))],
    ];
    fake.tags = {
      [ecsArn('i-1')]: { Project: 'a' },
      [ecsArn('i-2')]: { Project: 'b' },
      [ecsArn('i-4')]: { Project: 'd' },
    };
    fake.invalidArns = [ecsArn('i-3')];
    const handler = createTagEnrichmentHandler({ settings: settings(fake), sleep: noSleep });
    await handler(triggerEvent(1), context);
    // [1,2,3,4] refused → [1,2] ok, [3,4] refused → [3] refused, [4] ok.
    expect(fake.rpc('ListTagResources')).toHaveLength(5);
    const byId = Object.fromEntries(writtenRecords(fake).map((r) => [r.resourceId, r]));
    expect([byId['i-1'].tag_Project, byId['i-2'].tag_Project, byId['i-4'].tag_Project]).toEqual(['a', 'b', 'd']);
    expect(byId['i-3']).toMatchObject({ tagStatus: 'error' });
    expect(byId['i-3'].tagLookupError).toContain('InvalidResourceArn');
  });

  test('reads a member account resource with the assumed member role, once per account', async () => {
    const arn = ecsArn('i-m', MEMBER);
    fake.tags = { [arn]: { Project: 'member-proj' } };
    fake.pages = [
      [
        trailGroup([
          eventLog(actionTrailEvent({ instanceId: 'i-m', recipientAccountId: MEMBER })),
          eventLog(actionTrailEvent({ instanceId: 'i-m2', recipientAccountId: MEMBER })),
        ]),
      ],
    ];
    const handler = createTagEnrichmentHandler({ settings: settings(fake), sleep: noSleep });
    await handler(triggerEvent(1), context);
    const [assume] = fake.rpc('AssumeRole');
    expect(fake.rpc('AssumeRole')).toHaveLength(1);
    expect(assume.params).toMatchObject({
      Version: '2015-04-01',
      RoleArn: `acs:ram::${MEMBER}:role/TrailWatchTagReader`,
      AccessKeyId: 'STS.function',
    });
    expect(assume.signatureValid).toBe(true);
    const [tag] = fake.rpc('ListTagResources');
    expect(tag.params).toMatchObject({ AccessKeyId: `STS.member-${MEMBER}`, SecurityToken: `token-${MEMBER}` });
    expect(tag.signatureValid).toBe(true);
    expect(writtenRecords(fake).find((r) => r.resourceId === 'i-m')).toMatchObject({
      tag_Project: 'member-proj',
      resourceAccount: MEMBER,
    });
  });

  test('never assumes a role in an account that is not listed, nor looks up regions outside the tag regions', async () => {
    fake.pages = [
      [
        trailGroup([
          eventLog(actionTrailEvent({ instanceId: 'i-u', recipientAccountId: UNLISTED })),
          eventLog(actionTrailEvent({ instanceId: 'i-r', acsRegion: 'evil.example.com' })),
        ]),
      ],
    ];
    const handler = createTagEnrichmentHandler({ settings: settings(fake), sleep: noSleep });
    await handler(triggerEvent(1), context);
    expect(fake.rpc('AssumeRole')).toHaveLength(0);
    expect(fake.rpc('ListTagResources')).toHaveLength(0);
    expect(writtenRecords(fake).map((r) => r.tagStatus)).toEqual(['unsupported', 'unsupported']);
  });

  test('a malformed log never crashes the batch and never drops good records', async () => {
    fake.pages = [
      [
        trailGroup([
          eventLog(actionTrailEvent({ instanceId: 'i-good1' })),
          eventLog('{not json'),
          { time: 1, contents: [['other', 'x']] },
          eventLog({ eventName: 'NoId' }),
          eventLog('"double-encoded '),
          eventLog(JSON.stringify(JSON.stringify(actionTrailEvent({ instanceId: 'i-good2' })))),
          eventLog(actionTrailEvent({ instanceId: 'i-read', eventRW: 'Read', eventName: 'DescribeInstances' })),
          eventLog(
            actionTrailEvent({ instanceId: 'i-weird', resourceType: 'Not an ACS type', referencedResources: 'x' }),
          ),
        ]),
      ],
    ];
    const handler = createTagEnrichmentHandler({ settings: settings(fake), sleep: noSleep });
    const result = await handler(triggerEvent(1), context);
    expect(result.report).toMatchObject({ received: 8, malformed: 4, readOnlyDropped: 1, writeEvents: 3 });
    const ids = writtenRecords(fake).map((r) => r.resourceId ?? r.eventName);
    expect(ids).toEqual(expect.arrayContaining(['i-good1', 'i-good2', 'i-weird']));
  });

  test('keeps only the chosen services', async () => {
    fake.pages = [
      [
        trailGroup([
          eventLog(actionTrailEvent({ instanceId: 'i-e' })),
          eventLog(
            actionTrailEvent({
              serviceName: 'Rds',
              resourceType: 'ACS::RDS::DBInstance',
              resourceName: 'rm-1',
              referencedResources: {},
            }),
          ),
        ]),
      ],
    ];
    const handler = createTagEnrichmentHandler({
      settings: settings(fake, { TRAILWATCH_ENRICH_SERVICES: 'rds' }),
      sleep: noSleep,
    });
    const result = await handler(triggerEvent(1), context);
    expect(result.report).toMatchObject({ serviceDropped: 1, writeEvents: 1 });
    expect(fake.rpc('ListTagResources')[0].params['ResourceARN.1']).toBe(
      `arn:acs:rds:${REGION}:${OWN_ACCOUNT}:dbinstance/rm-1`,
    );
  });

  test('refuses a trigger that names another project, and an event that is not an SLS trigger event', async () => {
    const handler = createTagEnrichmentHandler({ settings: settings(fake), sleep: noSleep });
    expect(await handler(triggerEvent(1, 'someone-else'), context)).toMatchObject({ status: 'error' });
    expect(await handler(Buffer.from('{"hello":1}'), context)).toMatchObject({ status: 'error' });
    expect(fake.requests).toHaveLength(0);
  });

  test('takes credentials only from the FC context, never from environment keys', async () => {
    process.env.ALIBABA_CLOUD_ACCESS_KEY_ID = 'env-key';
    process.env.ALIBABA_CLOUD_ACCESS_KEY_SECRET = 'env-secret';
    try {
      const handler = createTagEnrichmentHandler({ settings: settings(fake), sleep: noSleep });
      await expect(handler(triggerEvent(1), { requestId: 'r' })).rejects.toThrow(/RAM role/);
    } finally {
      delete process.env.ALIBABA_CLOUD_ACCESS_KEY_ID;
      delete process.env.ALIBABA_CLOUD_ACCESS_KEY_SECRET;
    }
  });

  test('refuses a local endpoint unless local endpoints are explicitly allowed', async () => {
    const handler = createTagEnrichmentHandler({
      settings: settings(fake, { TRAILWATCH_ALLOW_LOCAL_ENDPOINTS: 'false' }),
      sleep: noSleep,
    });
    await expect(handler(triggerEvent(1), context)).rejects.toThrow(/local endpoints are not allowed/);
  });

  test('reads plain (uncompressed) PullLogs answers too', async () => {
    fake.deflate = false;
    fake.pages = [[trailGroup([eventLog(actionTrailEvent({ instanceId: 'i-plain' }))])]];
    const handler = createTagEnrichmentHandler({ settings: settings(fake), sleep: noSleep });
    expect((await handler(triggerEvent(1), context)).report?.written).toBe(1);
  });
});

describe('decodeSlsTriggerEvent', () => {
  test('reads the documented event from a Buffer and ignores its endpoint', () => {
    const decoded = decodeSlsTriggerEvent(triggerEvent(3));
    expect(decoded).toEqual({
      ok: true,
      value: expect.objectContaining({
        project: 'audit-source',
        logstore: 'actiontrail_trail',
        shardId: 0,
        beginCursor: 'c0',
        endCursor: 'c3',
        cursorTime: 1795760000,
      }),
    });
    expect(JSON.stringify(decoded)).not.toContain('intranet');
  });

  test.each([
    ['not json'],
    ['{}'],
    ['{"source":{"projectName":"p","logstoreName":"l","shardId":0}}'],
    ['{"source":{"projectName":"p","logstoreName":"l","shardId":-1,"beginCursor":"a","endCursor":"b"}}'],
  ])('fails on %s', (raw) => {
    expect(decodeSlsTriggerEvent(Buffer.from(raw)).ok).toBe(false);
  });
});
