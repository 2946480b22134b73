/**
 * The ingest Lambda handler end to end: an SQS batch (EventBridge "Object Created" bodies) → a real S3 client
 * streaming gzip files from a local S3 stand-in → a real local DynamoDB (dynalite) created from the construct's
 * table definition.
 */
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { TrailQuerySettings } from '../../../../runtime/core/setting-names';
import { createTrailIngestHandler } from '../../../../runtime/aws/functions/trail-ingest';
import { resetIngestCache } from '../../../../runtime/aws/trail-query/ingest';
import { SqsEvent } from '../../../../runtime/aws/trail-query/notification';
import { TrailStore } from '../../../../runtime/aws/trail-query/trail-store';
import { FakeS3, documentedRecords, gzipLogFile, logKey, startFakeS3 } from './fake-s3';
import { LocalDynamo, startLocalDynamo } from './local-dynamodb';

const BUCKET = 'acme-cloudtrail-logs';
const PREFIX = 'org/';
const KEY = logKey(PREFIX, '123456789012', 'us-east-2', new Date('2019-10-02T22:20:00Z'));

let dynamo: LocalDynamo;
let s3: FakeS3;
let store: TrailStore;
let silence: jest.SpyInstance[];

function eventBridgeMessage(id: string, key: string, bucket = BUCKET): SqsEvent['Records'] {
  const body = {
    version: '0',
    id: `eb-${id}`,
    'detail-type': 'Object Created',
    source: 'aws.s3',
    account: '123456789012',
    time: '2019-10-02T22:20:01Z',
    region: 'us-east-2',
    resources: [`arn:aws:s3:::${bucket}`],
    detail: {
      version: '0',
      bucket: { name: bucket },
      object: { key, size: 1, etag: 'x', sequencer: '00' },
      'request-id': 'R',
      requester: 'cloudtrail.amazonaws.com',
      reason: 'PutObject',
    },
  };
  return [{ messageId: id, body: JSON.stringify(body) }];
}

function handlerFor(settings: Record<string, string> = {}) {
  const env: Record<string, string> = {
    [TrailQuerySettings.TABLE_NAME]: store.tableName,
    [TrailQuerySettings.KEY_PREFIX]: PREFIX,
    [TrailQuerySettings.DYNAMODB_ENDPOINT]: dynamo.endpoint,
    [TrailQuerySettings.S3_ENDPOINT]: s3.endpoint,
    TRAILWATCH_ALLOW_LOCAL_ENDPOINTS: 'true',
    ...settings,
  };
  return createTrailIngestHandler({ settings: (name) => env[name] });
}

async function allEventItems(): Promise<Record<string, unknown>[]> {
  const items: Record<string, unknown>[] = [];
  for (const day of [
    '2014-07-18',
    '2016-07-14',
    '2016-11-14',
    '2018-07-24',
    '2018-08-25',
    '2018-08-29',
    '2019-10-02',
    '2014-07-15',
  ]) {
    const out = await dynamo.client.send(
      new QueryCommand({
        TableName: store.tableName,
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': `ALL#${day}` },
      }),
    );
    items.push(...(out.Items ?? []));
  }
  return items;
}

beforeAll(async () => {
  silence = [
    jest.spyOn(console, 'log').mockImplementation(() => undefined),
    jest.spyOn(console, 'warn').mockImplementation(() => undefined),
    jest.spyOn(console, 'error').mockImplementation(() => undefined),
  ];
  dynamo = await startLocalDynamo();
  s3 = await startFakeS3();
  s3.put(BUCKET, KEY, gzipLogFile(documentedRecords()));
});

beforeEach(async () => {
  resetIngestCache();
  store = await dynamo.createTrailTable();
});

afterAll(async () => {
  await s3.close();
  await dynamo.close();
  silence.forEach((spy) => spy.mockRestore());
});

test('ingests the documented CloudTrail log file; a second delivery adds no duplicates', async () => {
  const handler = handlerFor();
  expect(await handler({ Records: eventBridgeMessage('m1', KEY) })).toEqual({ batchItemFailures: [] });
  const first = await allEventItems();
  // 17 records: 5 published without eventID (malformed), 1 GetUserPolicy (skipped: Get*), 1 duplicate.
  expect(first).toHaveLength(10);
  expect(new Set(first.map((i) => i.eventID)).size).toBe(10);
  expect(first.find((i) => i.eventName === 'GetUserPolicy')).toBeUndefined();

  // Delivered again (S3/EventBridge are at-least-once), in a cold container: same items, no duplicates.
  resetIngestCache();
  expect(await handlerFor()({ Records: eventBridgeMessage('m2', KEY) })).toEqual({ batchItemFailures: [] });
  const second = await allEventItems();
  expect(second).toHaveLength(10);
  expect(second.map((i) => i.sk).sort()).toEqual(first.map((i) => i.sk).sort());
});

test('stores what the API needs and never the credentials of AssumeRole responses', async () => {
  await handlerFor()({ Records: eventBridgeMessage('m1', KEY) });
  const items = await allEventItems();
  const assumeRole = items.find((i) => i.eventID === 'dEXAMPLE-ac7f-466c-a608-4ac8dEXAMPLE') as Record<string, unknown>;
  expect(assumeRole).toMatchObject({
    eventName: 'AssumeRole',
    service: 'sts',
    user: 'JohnDoe',
    eventTime: '2014-07-18T15:07:39.000Z',
    userPk: 'USER#JohnDoe#2014-07-18',
    servicePk: 'SVC#sts#2014-07-18',
    eventNamePk: 'EVT#AssumeRole#2014-07-18',
    requestParameters: {
      roleArn: 'arn:aws:iam::111122223333:role/EC2-dev',
      roleSessionName: 'JohnDoe-EC2-dev',
      sourceIdentity: 'JohnDoe',
      serialNumber: 'arn:aws:iam::777788889999:mfa',
    },
  });
  expect(JSON.stringify(items)).not.toContain('sessionToken');
  expect(JSON.stringify(items)).not.toContain('session token blob');
  const failedCall = items.find((i) => i.eventName === 'UpdateTrail');
  expect(failedCall).toMatchObject({ errorCode: 'TrailNotFoundException', user: 'Alice' });
  const chained = items.find((i) => i.eventID === '1917948f-3042-46ec-98e2-62865EXAMPLE');
  expect(chained).toMatchObject({
    user: 'JohnDoe/JohnRole1',
    userType: 'assumed-role',
    requestParameters: expect.objectContaining({ 'tags.1.key': 'CostCenter', durationSeconds: '3600' }),
  });
});

test('TTL: items carry expiresAt from eventTime; records already past the retention are not written', async () => {
  const recent = {
    ...(documentedRecords()[6] as object),
    eventTime: new Date(Date.now() - 86_400_000).toISOString(),
    eventID: 'recent-1',
  };
  const key = logKey(PREFIX, '123456789012', 'us-east-2', new Date(), 'TtlTtlTtlTtlTtl1');
  s3.put(BUCKET, key, gzipLogFile([recent, documentedRecords()[6]]));
  await handlerFor({ [TrailQuerySettings.TTL_DAYS]: '30' })({ Records: eventBridgeMessage('m1', key) });
  const day = (recent.eventTime as string).slice(0, 10);
  const out = await dynamo.client.send(
    new QueryCommand({
      TableName: store.tableName,
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': `ALL#${day}` },
    }),
  );
  expect(out.Items).toHaveLength(1);
  expect(out.Items?.[0].expiresAt).toBe(Math.floor(Date.parse(recent.eventTime as string) / 1000) + 30 * 86_400);
  expect(await allEventItems()).toHaveLength(0); // the 2018 record is long expired
});

test('digest files and foreign keys are ignored; unreadable files and broken messages fail alone', async () => {
  s3.put(
    BUCKET,
    'org/AWSLogs/123456789012/CloudTrail/us-east-2/2019/10/02/corrupt_CloudTrail_us-east-2_20191002T2220Z_x.json.gz',
    Buffer.from('not gzip'),
  );
  const digest =
    'org/AWSLogs/123456789012/CloudTrail-Digest/us-east-2/2019/10/02/123456789012_CloudTrail-Digest_us-east-2_t_us-east-2_20191002T222000Z.json.gz';
  const missing = logKey(PREFIX, '123456789012', 'us-east-2', new Date('2019-10-02T23:00:00Z'), 'MissingMissing12');
  const result = await handlerFor()({
    Records: [
      ...(eventBridgeMessage('ok', KEY) ?? []),
      ...(eventBridgeMessage('digest', digest) ?? []),
      ...(eventBridgeMessage(
        'corrupt',
        'org/AWSLogs/123456789012/CloudTrail/us-east-2/2019/10/02/corrupt_CloudTrail_us-east-2_20191002T2220Z_x.json.gz',
      ) ?? []),
      ...(eventBridgeMessage('missing', missing) ?? []),
      { messageId: 'garbage', body: 'not json' },
      {
        messageId: 'test-event',
        body: JSON.stringify({ Service: 'Amazon S3', Event: 's3:TestEvent', Bucket: BUCKET }),
      },
    ],
  });
  expect(result.batchItemFailures.map((f) => f.itemIdentifier).sort()).toEqual(['corrupt', 'garbage', 'missing']);
  expect(await allEventItems()).toHaveLength(10);
  expect(s3.requests.some((r) => r.includes('CloudTrail-Digest'))).toBe(false);
});

test('a queue fed by a plain S3 event notification (URL-encoded keys) works too', async () => {
  const key = logKey(PREFIX, '123456789012', 'us-east-2', new Date('2019-10-02T22:25:00Z'), 'Plus+Sign=Key123');
  s3.put(BUCKET, key, gzipLogFile(documentedRecords()));
  const body = {
    Records: [
      {
        eventSource: 'aws:s3',
        s3: { bucket: { name: BUCKET }, object: { key: encodeURIComponent(key).replace(/%2F/g, '/') } },
      },
    ],
  };
  expect(await handlerFor()({ Records: [{ messageId: 's3', body: JSON.stringify(body) }] })).toEqual({
    batchItemFailures: [],
  });
  expect(await allEventItems()).toHaveLength(10);
});
