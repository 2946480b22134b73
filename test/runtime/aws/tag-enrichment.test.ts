import { gzipSync } from 'zlib';
import {
  CloudWatchLogsClient,
  CreateLogStreamCommand,
  PutLogEventsCommand,
  ResourceAlreadyExistsException,
} from '@aws-sdk/client-cloudwatch-logs';
import { GetResourcesCommand, ResourceGroupsTaggingAPIClient } from '@aws-sdk/client-resource-groups-tagging-api';
import { AssumeRoleCommand, STSClient } from '@aws-sdk/client-sts';
import { mockClient } from 'aws-sdk-client-mock';
import { TagEnrichmentSettings } from '../../../runtime/core/setting-names';
import { createTagEnrichmentHandler } from '../../../runtime/aws/functions/tag-enrichment';
import { AwsTagLookup, cloudTrailResources } from '../../../runtime/aws/tagging';
import { TagStatus } from '../../../runtime/core/enrichment/tags';
import { normalizeCloudTrailRecord } from '../../../runtime/aws/cloudtrail-record';

const ACCOUNT = '123456789012';
const tagging = mockClient(ResourceGroupsTaggingAPIClient);
const logs = mockClient(CloudWatchLogsClient);
const sts = mockClient(STSClient);
const noSleep = async (): Promise<void> => undefined;
const NOW = Date.parse('2024-05-01T12:00:00Z');

/** The CloudTrail user guide's StopInstances example, with the fields current records carry (eventID, readOnly...). */
function stopInstances(instanceIds: string[], extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    eventVersion: '1.08',
    userIdentity: {
      type: 'IAMUser',
      principalId: 'EX_PRINCIPAL_ID',
      arn: `arn:aws:iam::${ACCOUNT}:user/Alice`,
      accountId: ACCOUNT,
      accessKeyId: 'EXAMPLE_KEY_ID',
      userName: 'Alice',
    },
    eventTime: '2024-05-01T11:59:00Z',
    eventSource: 'ec2.amazonaws.com',
    eventName: 'StopInstances',
    awsRegion: 'us-east-2',
    sourceIPAddress: '205.251.233.176',
    userAgent: 'ec2-api-tools 1.6.12.2',
    requestParameters: { instancesSet: { items: instanceIds.map((instanceId) => ({ instanceId })) }, force: false },
    responseElements: {
      instancesSet: {
        items: instanceIds.map((instanceId) => ({ instanceId, currentState: { code: 64, name: 'stopping' } })),
      },
    },
    eventID: `ev-${instanceIds.join('-')}`,
    readOnly: false,
    eventType: 'AwsApiCall',
    recipientAccountId: ACCOUNT,
    ...extra,
  };
}

function describeInstances(): Record<string, unknown> {
  return {
    ...stopInstances(['i-0aaa0001']),
    eventName: 'DescribeInstances',
    eventID: 'ev-describe',
    readOnly: true,
    responseElements: null,
  };
}

function createBucket(bucket: string): Record<string, unknown> {
  return {
    ...stopInstances([]),
    eventSource: 's3.amazonaws.com',
    eventName: 'CreateBucket',
    eventID: `ev-bucket-${bucket}`,
    requestParameters: { bucketName: bucket, Host: `${bucket}.s3.amazonaws.com` },
    responseElements: null,
  };
}

/** A CloudWatch Logs subscription event (awslogs.data = base64 of gzipped JSON) with one message per record. */
function subscriptionEvent(messages: (Record<string, unknown> | string)[]): { awslogs: { data: string } } {
  const payload = {
    messageType: 'DATA_MESSAGE',
    owner: ACCOUNT,
    logGroup: 'aws-cloudtrail-logs',
    logStream: `${ACCOUNT}_CloudTrail_us-east-2`,
    subscriptionFilters: ['trailwatch-tag-enrichment'],
    logEvents: messages.map((m, i) => ({
      id: String(36000000000000000000000000000000000000000000000000000000n + BigInt(i)),
      timestamp: NOW - 60000,
      message: typeof m === 'string' ? m : JSON.stringify(m),
    })),
  };
  return { awslogs: { data: gzipSync(Buffer.from(JSON.stringify(payload))).toString('base64') } };
}

const settings =
  (extra: Record<string, string> = {}) =>
  (name: string): string | undefined =>
    ({ [TagEnrichmentSettings.TARGET_LOG_GROUP]: 'trailwatch-enriched', ...extra })[name];

const context = { invokedFunctionArn: `arn:aws:lambda:us-east-2:${ACCOUNT}:function:tw`, awsRequestId: 'r-1' };

function tagsFor(arn: string): { Key: string; Value: string }[] {
  const n = Number(/(\d+)$/.exec(arn)?.[1] ?? 0);
  return n % 2 === 0
    ? [
        { Key: 'Project', Value: `p${n % 5}` },
        { Key: 'Owner', Value: 'team-a' },
      ]
    : [];
}

beforeAll(() => {
  // The handler logs one JSON line per batch and per skipped record; keep the test output readable.
  jest.spyOn(console, 'log').mockImplementation(() => undefined);
  jest.spyOn(console, 'warn').mockImplementation(() => undefined);
  jest.spyOn(console, 'error').mockImplementation(() => undefined);
});

beforeEach(() => {
  tagging.reset();
  logs.reset();
  sts.reset();
  tagging.on(GetResourcesCommand).callsFake(async (input: { ResourceARNList?: string[] }) => ({
    // Untagged resources are left out of the answer, as the API does.
    ResourceTagMappingList: (input.ResourceARNList ?? [])
      .filter((arn) => tagsFor(arn).length > 0)
      .map((arn) => ({ ResourceARN: arn, Tags: tagsFor(arn) })),
  }));
  logs.on(CreateLogStreamCommand).resolves({});
  logs.on(PutLogEventsCommand).resolves({});
});

function writtenRecords(): Record<string, unknown>[] {
  return logs
    .commandCalls(PutLogEventsCommand)
    .flatMap((c) =>
      (c.args[0].input.logEvents ?? []).map((e) => JSON.parse(e.message ?? '{}') as Record<string, unknown>),
    );
}

describe('AWS tag-enrichment handler (CloudWatch Logs subscription with CloudTrail records)', () => {
  test('drops read events, attaches tags and writes one record per resource', async () => {
    const handler = createTagEnrichmentHandler({ settings: settings(), now: () => NOW, sleep: noSleep });
    const result = await handler(
      subscriptionEvent([stopInstances(['i-0aaa0002', 'i-0aaa0003']), describeInstances()]),
      context,
    );
    expect(result.report).toMatchObject({ readOnlyDropped: 1, writeEvents: 1, written: 2 });
    const records = writtenRecords();
    expect(records).toEqual([
      expect.objectContaining({
        eventName: 'StopInstances',
        actor: 'Alice',
        resourceId: `arn:aws:ec2:us-east-2:${ACCOUNT}:instance/i-0aaa0002`,
        resourceType: 'ec2:instance',
        tags: { Project: 'p2', Owner: 'team-a' },
        tag_Project: 'p2',
        tag_Owner: 'team-a',
        tagStatus: 'found',
        readOnlyBasis: 'flag',
      }),
      expect.objectContaining({
        resourceId: `arn:aws:ec2:us-east-2:${ACCOUNT}:instance/i-0aaa0003`,
        tags: {},
        tagStatus: 'untagged',
      }),
    ]);
    const put = logs.commandCalls(PutLogEventsCommand)[0].args[0].input;
    expect(put.logGroupName).toBe('trailwatch-enriched');
    expect(put.logStreamName).toMatch(/^enriched\/2024\/05\/01\/[0-9a-f-]{36}$/);
    expect(logs.commandCalls(CreateLogStreamCommand)).toHaveLength(1);
  });

  test('keeps only the configured services', async () => {
    const handler = createTagEnrichmentHandler({
      settings: settings({ [TagEnrichmentSettings.SERVICES]: 's3' }),
      now: () => NOW,
      sleep: noSleep,
    });
    const result = await handler(
      subscriptionEvent([stopInstances(['i-0aaa0002']), createBucket('reports-bucket')]),
      context,
    );
    expect(result.report).toMatchObject({ serviceDropped: 1, written: 1 });
    expect(writtenRecords()[0]).toMatchObject({
      service: 's3.amazonaws.com',
      resourceId: 'arn:aws:s3:::reports-bucket',
    });
  });

  test('asks GetResources for at most 100 ARNs per call, and serves repeats from the cache', async () => {
    const handler = createTagEnrichmentHandler({ settings: settings(), now: () => NOW, sleep: noSleep });
    const ids = Array.from({ length: 250 }, (_, i) => `i-0bbb${String(i).padStart(4, '0')}`);
    // 250 distinct instances, each twice in the batch.
    await handler(
      subscriptionEvent([...ids, ...ids].map((id, i) => ({ ...stopInstances([id]), eventID: `e-${i}` }))),
      context,
    );
    const calls = tagging.commandCalls(GetResourcesCommand).map((c) => c.args[0].input.ResourceARNList ?? []);
    expect(calls.map((arns) => arns.length).sort((a, b) => b - a)).toEqual([100, 100, 50]);
    expect(new Set(calls.flat()).size).toBe(250);
    // 500 records fit one PutLogEvents call.
    expect(logs.commandCalls(PutLogEventsCommand).map((c) => c.args[0].input.logEvents?.length)).toEqual([500]);

    const second = await handler(subscriptionEvent(ids.slice(0, 10).map((id) => stopInstances([id]))), context);
    expect(tagging.commandCalls(GetResourcesCommand)).toHaveLength(3);
    expect(second.report?.tags).toMatchObject({ distinct: 10, cacheHits: 10, lookedUp: 0 });
  });

  test('retries throttled GetResources and PutLogEvents calls', async () => {
    const throttled = Object.assign(new Error('Rate exceeded'), {
      name: 'ThrottlingException',
      $metadata: { httpStatusCode: 400 },
    });
    tagging
      .on(GetResourcesCommand)
      .rejectsOnce(throttled)
      .resolves({
        ResourceTagMappingList: [
          {
            ResourceARN: `arn:aws:ec2:us-east-2:${ACCOUNT}:instance/i-0aaa0002`,
            Tags: [{ Key: 'Project', Value: 'X' }],
          },
        ],
      });
    logs
      .on(PutLogEventsCommand)
      .rejectsOnce(Object.assign(new Error('slow down'), { name: 'ThrottlingException' }))
      .resolves({});
    const handler = createTagEnrichmentHandler({ settings: settings(), now: () => NOW, sleep: noSleep });
    const result = await handler(subscriptionEvent([stopInstances(['i-0aaa0002'])]), context);
    expect(tagging.commandCalls(GetResourcesCommand)).toHaveLength(2);
    expect(logs.commandCalls(PutLogEventsCommand)).toHaveLength(2);
    expect(result.report).toMatchObject({ written: 1, tags: { failed: 0 } });
    expect(writtenRecords()[0]).toMatchObject({ tag_Project: 'X' });
  });

  test('a failed look-up does not drop the batch: records are written with empty tags and the error', async () => {
    tagging
      .on(GetResourcesCommand)
      .rejects(
        Object.assign(new Error('AccessDenied'), { name: 'AccessDeniedException', $metadata: { httpStatusCode: 400 } }),
      );
    const handler = createTagEnrichmentHandler({ settings: settings(), now: () => NOW, sleep: noSleep });
    const result = await handler(subscriptionEvent([stopInstances(['i-0aaa0002'])]), context);
    expect(result.report).toMatchObject({ written: 1, tags: { failed: 1 } });
    expect(writtenRecords()[0]).toMatchObject({ tags: {}, tagStatus: 'error', tagLookupError: 'AccessDenied' });
  });

  test('a corrupt record is skipped without losing the rest; an existing stream is fine', async () => {
    logs.on(CreateLogStreamCommand).rejects(new ResourceAlreadyExistsException({ message: 'exists', $metadata: {} }));
    const handler = createTagEnrichmentHandler({ settings: settings(), now: () => NOW, sleep: noSleep });
    const result = await handler(
      subscriptionEvent(['{"eventName": "StopInst', { eventName: 'NoId' }, stopInstances(['i-0aaa0002'])]),
      context,
    );
    expect(result.report).toMatchObject({ malformed: 2, written: 1 });
  });

  test('control messages are acknowledged without work', async () => {
    const handler = createTagEnrichmentHandler({ settings: settings(), now: () => NOW });
    const data = gzipSync(
      Buffer.from(
        JSON.stringify({
          messageType: 'CONTROL_MESSAGE',
          owner: 'CloudwatchLogs',
          logGroup: '',
          logStream: '',
          subscriptionFilters: [],
          logEvents: [{ id: '', timestamp: NOW, message: 'CWL CONTROL MESSAGE: Checking health of destination' }],
        }),
      ),
    ).toString('base64');
    expect(await handler({ awslogs: { data } }, context)).toEqual({ status: 'control' });
    expect(logs.commandCalls(PutLogEventsCommand)).toHaveLength(0);
  });

  test('resources of member accounts are read with the assumed member role, credentials reused', async () => {
    const member = '210987654321';
    sts.on(AssumeRoleCommand).resolves({
      Credentials: {
        AccessKeyId: 'AK',
        SecretAccessKey: 'SK',
        SessionToken: 'TOKEN',
        Expiration: new Date(NOW + 3600000),
      },
    });
    const handler = createTagEnrichmentHandler({
      settings: settings({
        [TagEnrichmentSettings.MEMBER_ROLE_NAME]: 'TrailWatchTagReader',
        [TagEnrichmentSettings.MEMBER_ACCOUNT_IDS]: member,
      }),
      now: () => NOW,
      sleep: noSleep,
    });
    const memberEvent = (id: string) => stopInstances([id], { recipientAccountId: member, eventID: `m-${id}` });
    await handler(subscriptionEvent([memberEvent('i-0ccc0002'), stopInstances(['i-0aaa0002'])]), context);
    await handler(subscriptionEvent([memberEvent('i-0ccc0004')]), context);
    expect(sts.commandCalls(AssumeRoleCommand).map((c) => c.args[0].input.RoleArn)).toEqual([
      `arn:aws:iam::${member}:role/TrailWatchTagReader`,
    ]);
    expect(writtenRecords().find((r) => String(r.resourceId).includes('i-0ccc0002'))).toMatchObject({
      resourceAccount: member,
      tagStatus: 'found',
    });
  });

  test('without a member role, member-account resources are marked unsupported, not failed', async () => {
    const handler = createTagEnrichmentHandler({ settings: settings(), now: () => NOW, sleep: noSleep });
    await handler(subscriptionEvent([stopInstances(['i-0ccc0002'], { recipientAccountId: '210987654321' })]), context);
    expect(writtenRecords()[0]).toMatchObject({ tagStatus: 'unsupported', tags: {} });
    expect(tagging.commandCalls(GetResourcesCommand)).toHaveLength(0);
  });
});

describe('CloudTrail resource identity', () => {
  const identify = (record: Record<string, unknown>) => {
    const event = normalizeCloudTrailRecord(record);
    if (!event.ok) throw new Error(event.error);
    return cloudTrailResources({ event: event.value, raw: record }).map((r) => [r.id, r.region]);
  };

  test('resources[] ARNs come first; IAM resources are looked up in us-east-1', () => {
    const record = {
      ...stopInstances([]),
      eventSource: 'iam.amazonaws.com',
      eventName: 'CreateRole',
      requestParameters: { roleName: 'TestRole' },
      responseElements: {
        role: { roleName: 'TestRole', arn: `arn:aws:iam::${ACCOUNT}:role/app/TestRole`, path: '/app/' },
      },
      resources: [{ ARN: `arn:aws:iam::${ACCOUNT}:role/app/TestRole`, accountId: ACCOUNT, type: 'AWS::IAM::Role' }],
    };
    expect(identify(record)).toEqual([[`arn:aws:iam::${ACCOUNT}:role/app/TestRole`, 'us-east-1']]);
  });

  test('derived ARNs for common services', () => {
    const base = stopInstances([]);
    const cases: [Record<string, unknown>, string][] = [
      [
        {
          eventSource: 'ec2.amazonaws.com',
          requestParameters: { resourcesSet: { items: [{ resourceId: 'vol-0123abcd' }] } },
        },
        `arn:aws:ec2:us-east-2:${ACCOUNT}:volume/vol-0123abcd`,
      ],
      [
        { eventSource: 'ec2.amazonaws.com', requestParameters: { groupId: 'sg-0a1b2c' } },
        `arn:aws:ec2:us-east-2:${ACCOUNT}:security-group/sg-0a1b2c`,
      ],
      [
        { eventSource: 'ec2.amazonaws.com', responseElements: { imageId: 'ami-0abc' } },
        'arn:aws:ec2:us-east-2::image/ami-0abc',
      ],
      [
        { eventSource: 'lambda.amazonaws.com', requestParameters: { functionName: 'fn' } },
        `arn:aws:lambda:us-east-2:${ACCOUNT}:function:fn`,
      ],
      [
        { eventSource: 'dynamodb.amazonaws.com', requestParameters: { tableName: 'orders' } },
        `arn:aws:dynamodb:us-east-2:${ACCOUNT}:table/orders`,
      ],
      [
        {
          eventSource: 'sqs.amazonaws.com',
          requestParameters: { queueUrl: `https://sqs.us-east-2.amazonaws.com/${ACCOUNT}/jobs` },
        },
        `arn:aws:sqs:us-east-2:${ACCOUNT}:jobs`,
      ],
      [
        { eventSource: 'rds.amazonaws.com', requestParameters: { dBInstanceIdentifier: 'db1' } },
        `arn:aws:rds:us-east-2:${ACCOUNT}:db:db1`,
      ],
      [
        { eventSource: 'logs.amazonaws.com', requestParameters: { logGroupName: '/app/x' } },
        `arn:aws:logs:us-east-2:${ACCOUNT}:log-group:/app/x`,
      ],
      [
        {
          eventSource: 'sns.amazonaws.com',
          requestParameters: { topicArn: `arn:aws:sns:us-east-2:${ACCOUNT}:alerts` },
        },
        `arn:aws:sns:us-east-2:${ACCOUNT}:alerts`,
      ],
    ];
    for (const [fields, arn] of cases) {
      expect(identify({ ...base, requestParameters: null, responseElements: null, ...fields })[0]?.[0]).toBe(arn);
    }
  });

  test('an event naming nothing identifiable has no resources', () => {
    expect(
      identify({
        ...stopInstances([]),
        eventSource: 'signin.amazonaws.com',
        eventName: 'ConsoleLogin',
        requestParameters: null,
        responseElements: null,
      }),
    ).toEqual([]);
  });
});

describe('AwsTagLookup and ARNs GetResources cannot take', () => {
  const bad = 'arn:aws:ec2:us-east-1:111122223333:instance/i-bad';
  function fakeClient(seen: string[][]) {
    return {
      send: async (command: { input: { ResourceARNList?: string[] } }) => {
        const arns = command.input.ResourceARNList ?? [];
        seen.push(arns);
        if (arns.includes(bad))
          throw Object.assign(new Error(`${bad} is not a valid AmazonResourceName`), {
            name: 'InvalidParameterException',
          });
        return {
          ResourceTagMappingList: arns.map((arn) => ({ ResourceARN: arn, Tags: [{ Key: 'project', Value: 'x' }] })),
        };
      },
    };
  }
  const ref = (arn: string) => ({ key: arn, id: arn, region: 'us-east-1' });

  test('IAM users and roles, S3 objects and over-long ARNs are unsupported and never sent', async () => {
    const seen: string[][] = [];
    const lookup = new AwsTagLookup({ clientFor: () => fakeClient(seen) as never });
    const role = 'arn:aws:iam::111122223333:role/deployer';
    const object = 'arn:aws:s3:::bucket/some/key.txt';
    const long = `arn:aws:s3:::${'b'.repeat(1100)}`;
    const instance = 'arn:aws:ec2:us-east-1:111122223333:instance/i-0abc';
    const results = await lookup.lookup([ref(role), ref(object), ref(long), ref(instance)]);
    expect(seen).toEqual([[instance]]);
    expect([role, object, long].map((a) => results.get(a)?.status)).toEqual([
      TagStatus.UNSUPPORTED,
      TagStatus.UNSUPPORTED,
      TagStatus.UNSUPPORTED,
    ]);
    expect(results.get(instance)?.status).toBe(TagStatus.FOUND);
  });

  test('a rejected ARN splits its chunk: the others still get their tags', async () => {
    const seen: string[][] = [];
    const lookup = new AwsTagLookup({ clientFor: () => fakeClient(seen) as never, attempts: 1 });
    const good = Array.from({ length: 7 }, (_, i) => `arn:aws:ec2:us-east-1:111122223333:instance/i-${i}`);
    const results = await lookup.lookup([...good, bad].map(ref));
    expect(good.every((arn) => results.get(arn)?.status === TagStatus.FOUND)).toBe(true);
    expect(results.get(bad)?.status).toBe(TagStatus.ERROR);
    expect(seen.every((call) => call.length <= 100)).toBe(true);
  });
});
