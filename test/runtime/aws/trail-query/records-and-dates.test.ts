import { BatchWriteCommand, DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { deliveryTimeOfKey, isTrailLogKey } from '../../../../runtime/aws/trail-query/log-file';
import { objectsOfMessage } from '../../../../runtime/aws/trail-query/notification';
import { Bound, parseInstant, resolveWindow } from '../../../../runtime/aws/trail-query/time-window';
import {
  RecordOutcome,
  flattenParameters,
  shortServiceName,
  toTrailItem,
} from '../../../../runtime/aws/trail-query/trail-item';
import { TrailStore, WriteStats } from '../../../../runtime/aws/trail-query/trail-store';
import { matchRoute } from '../../../../runtime/aws/trail-query/routes';
import { documentedRecords } from './fake-s3';

describe('dates', () => {
  const iso = (raw: string, bound: Bound) => {
    const parsed = parseInstant(raw, bound);
    return parsed.ok ? new Date(parsed.value).toISOString() : parsed.error;
  };

  test.each([
    ['2024-05-01', Bound.FROM, '2024-05-01T00:00:00.000Z'],
    ['2024-05-01', Bound.TO, '2024-05-01T23:59:59.999Z'],
    ['2024-05-01T13:45:00', Bound.FROM, '2024-05-01T13:45:00.000Z'],
    ['2024-05-01T13:45:00', Bound.TO, '2024-05-01T13:45:00.999Z'],
    ['2024-05-01T13:45', Bound.TO, '2024-05-01T13:45:59.999Z'],
    ['2024-05-01T13:45:00Z', Bound.FROM, '2024-05-01T13:45:00.000Z'],
    ['2024-05-01T15:45:00+02:00', Bound.FROM, '2024-05-01T13:45:00.000Z'],
    ['2024-05-01T15:45:00+0200', Bound.FROM, '2024-05-01T13:45:00.000Z'],
    ['2024-05-01T08:45:00-05', Bound.FROM, '2024-05-01T13:45:00.000Z'],
    ['2024-05-01T15:45:00 02:00', Bound.FROM, '2024-05-01T13:45:00.000Z'],
    ['2024-05-01 13:45:00.5', Bound.TO, '2024-05-01T13:45:00.599Z'],
    ['2024-05-01t13:45:00.123z', Bound.FROM, '2024-05-01T13:45:00.123Z'],
    ['2024-02-29', Bound.FROM, '2024-02-29T00:00:00.000Z'],
  ])('%s as %s → %s', (raw, bound, expected) => {
    expect(iso(raw, bound)).toBe(expected);
  });

  test.each([
    '2023-02-29',
    '2024-05-01T24:00:00',
    '2024-05-01T12:60',
    '2024-5-1',
    '01/05/2024',
    '2024-05-01T10:00:00+25:00',
    '',
    'now',
    '1714567890',
  ])('"%s" is refused with an example of what works', (raw) => {
    const parsed = parseInstant(raw, Bound.FROM);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toMatch(/ISO 8601|2024-05-01/);
  });

  test('default window is the 7 days before `to` (now when absent)', () => {
    const now = Date.parse('2024-05-08T12:00:00Z');
    expect(resolveWindow(undefined, undefined, now, 366)).toEqual({
      ok: true,
      value: { fromMs: now - 7 * 86_400_000, toMs: now },
    });
    const onlyTo = resolveWindow(undefined, '2024-05-01', now, 366);
    expect(onlyTo.ok && new Date(onlyTo.value.fromMs).toISOString()).toBe('2024-04-24T23:59:59.999Z');
  });
});

describe('records', () => {
  const records = documentedRecords();
  const options = { skipEventNamePrefixes: ['Get', 'List', 'Describe', 'Head'] };

  test('records without eventID are malformed (with the reason); Get* is skipped; the rest are stored', () => {
    const outcomes = records.map((r) => {
      const result = toTrailItem(r, options);
      return result.ok ? result.value.outcome : result.error;
    });
    expect(outcomes.slice(0, 5)).toEqual(expect.arrayContaining([expect.stringMatching(/has no eventID/)]));
    expect(outcomes.filter((o) => o === RecordOutcome.STORE)).toHaveLength(11);
    expect(outcomes.filter((o) => o === RecordOutcome.SKIPPED)).toHaveLength(1);
    expect(toTrailItem('not a record', options)).toEqual({
      ok: false,
      error: 'CloudTrail record is not a JSON object',
    });
  });

  test('an empty skip list stores read-only calls too; prefixes are case-sensitive', () => {
    const getUserPolicy = records[12];
    expect(toTrailItem(getUserPolicy, { skipEventNamePrefixes: [] })).toMatchObject({
      ok: true,
      value: { outcome: RecordOutcome.STORE },
    });
    expect(toTrailItem(getUserPolicy, { skipEventNamePrefixes: ['get'] })).toMatchObject({
      ok: true,
      value: { outcome: RecordOutcome.STORE },
    });
  });

  test('request parameters are flattened to text, bounded, without nulls', () => {
    expect(
      flattenParameters({
        instancesSet: { items: [{ instanceId: 'i-1' }, { instanceId: 'i-2' }] },
        force: false,
        n: 3,
        none: null,
        empty: '',
      }),
    ).toEqual({
      'instancesSet.items.0.instanceId': 'i-1',
      'instancesSet.items.1.instanceId': 'i-2',
      force: 'false',
      n: '3',
    });
    const many = Object.fromEntries(Array.from({ length: 100 }, (_, i) => [`k${i}`, 'x'.repeat(2000)]));
    const flat = flattenParameters(many);
    expect(Object.keys(flat)).toHaveLength(64);
    expect(flat.k0.length).toBe(512);
    expect(flattenParameters(null)).toEqual({});
  });

  test('service short names', () => {
    expect(shortServiceName('ec2.amazonaws.com')).toBe('ec2');
    expect(shortServiceName('s3.amazonaws.com.cn')).toBe('s3');
    expect(shortServiceName('EC2')).toBe('ec2');
  });
});

describe('log file keys and notifications', () => {
  test.each([
    [
      'AWSLogs/111122223333/CloudTrail/us-east-2/2015/08/01/111122223333_CloudTrail_us-east-2_20150801T0210Z_Mu0KsOhtH1ar15ZZ.json.gz',
      '',
      true,
    ],
    [
      'org/AWSLogs/o-exampleorgid/111122223333/CloudTrail/eu-west-1/2024/05/01/111122223333_CloudTrail_eu-west-1_20240501T0000Z_abc.json.gz',
      'org/',
      true,
    ],
    [
      'AWSLogs/111122223333/CloudTrail-Digest/us-east-2/2015/08/01/111122223333_CloudTrail-Digest_us-east-2_t_us-east-2_20150801T021000Z.json.gz',
      '',
      false,
    ],
    ['AWSLogs/111122223333/CloudTrail-Insight/us-east-2/2015/08/01/x.json.gz', '', false],
    ['AWSLogs/111122223333/CloudTrail/us-east-2/2015/08/01/x.json', '', false],
    ['other/AWSLogs/111122223333/CloudTrail/us-east-2/2015/08/01/x.json.gz', 'org/', false],
  ])('%s (prefix "%s") → %s', (key, prefix, expected) => {
    expect(isTrailLogKey(key, prefix)).toBe(expected);
  });

  test('delivery time from the file name', () => {
    expect(
      new Date(
        deliveryTimeOfKey('a/111122223333_CloudTrail_us-east-2_20150801T0210Z_Mu0KsOhtH1ar15ZZ.json.gz') ?? 0,
      ).toISOString(),
    ).toBe('2015-08-01T02:10:00.000Z');
    expect(deliveryTimeOfKey('a/b.json.gz')).toBeUndefined();
  });

  test('message bodies: EventBridge, S3 notification, S3 test event, garbage', () => {
    expect(objectsOfMessage(JSON.stringify({ detail: { bucket: { name: 'b' }, object: { key: 'a b+c' } } }))).toEqual({
      ok: true,
      value: [{ bucket: 'b', key: 'a b+c' }],
    });
    expect(
      objectsOfMessage(JSON.stringify({ Records: [{ s3: { bucket: { name: 'b' }, object: { key: 'a+b%2Bc' } } }] })),
    ).toEqual({ ok: true, value: [{ bucket: 'b', key: 'a b+c' }] });
    expect(objectsOfMessage(JSON.stringify({ Event: 's3:TestEvent' }))).toEqual({ ok: true, value: [] });
    expect(objectsOfMessage('{').ok).toBe(false);
    expect(objectsOfMessage(JSON.stringify({ detail: {} })).ok).toBe(false);
  });

  test('route matching decodes path values and keeps slashes for users only', () => {
    expect(matchRoute('/users/Admin%2Falice%40example.com')?.pathValue).toBe('Admin/alice@example.com');
    expect(matchRoute('/users/Admin/alice')?.pathValue).toBe('Admin/alice');
    expect(matchRoute('/services/ec2/x')).toBeUndefined();
    expect(matchRoute('/users/%E0%A4%A')).toBeUndefined();
  });
});

describe('BatchWriteItem', () => {
  function fakeClient(unprocessedRounds: number): { client: DynamoDBDocumentClient; calls: number[] } {
    const calls: number[] = [];
    const client = {
      send: async (command: BatchWriteCommand) => {
        const requests = command.input.RequestItems?.t ?? [];
        calls.push(requests.length);
        // Hand back the last item as unprocessed for the first rounds.
        if (unprocessedRounds-- > 0) return { UnprocessedItems: { t: requests.slice(-1) } };
        return { UnprocessedItems: {} };
      },
    } as unknown as DynamoDBDocumentClient;
    return { client, calls };
  }
  const items = Array.from({ length: 60 }, (_, i) => ({ pk: 'p', sk: String(i) }));

  test('writes 25 items per call and re-sends unprocessed items', async () => {
    const { client, calls } = fakeClient(2);
    const stats: WriteStats = { batchCalls: 0, unprocessedRetries: 0 };
    await new TrailStore(client, 't', { sleep: async () => undefined, writeConcurrency: 1 }).putItems(items, stats);
    expect(calls).toEqual([25, 1, 1, 25, 10]);
    expect(stats).toEqual({ batchCalls: 5, unprocessedRetries: 2 });
  });

  test('several calls in flight by default, every item written once', async () => {
    const { client, calls } = fakeClient(0);
    const stats: WriteStats = { batchCalls: 0, unprocessedRetries: 0 };
    await new TrailStore(client, 't').putItems(
      Array.from({ length: 260 }, (_, i) => ({ pk: 'p', sk: String(i) })),
      stats,
    );
    expect(calls.reduce((a, b) => a + b, 0)).toBe(260);
    expect(stats.batchCalls).toBe(11);
  });

  test('gives up (so the file is retried) when items stay unprocessed', async () => {
    const { client } = fakeClient(100);
    const store = new TrailStore(client, 't', { sleep: async () => undefined, unprocessedAttempts: 3 });
    await expect(store.putItems(items, { batchCalls: 0, unprocessedRetries: 0 })).rejects.toThrow(
      /still unprocessed after 3/,
    );
  });
});
