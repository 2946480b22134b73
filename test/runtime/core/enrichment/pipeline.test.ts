import { ActorType, AuditEvent, Cloud, Outcome, ok } from '../../../../runtime/core/audit-event';
import { LogBatch } from '../../../../runtime/core/log-batch';
import {
  ReadOnlyBasis,
  ServiceFilter,
  isReadOnlyActionName,
  readOnlyVerdict,
} from '../../../../runtime/core/enrichment/event-filter';
import { enrichedRecords, tagFieldName, tagFields } from '../../../../runtime/core/enrichment/enriched-record';
import { EnrichedLineWriter, ParsedRecord, enrichLogBatch } from '../../../../runtime/core/enrichment/pipeline';
import { TagCache } from '../../../../runtime/core/enrichment/tag-cache';
import { resolveTags } from '../../../../runtime/core/enrichment/tag-resolver';
import {
  ResourceRef,
  TagLookup,
  TagResult,
  TagStatus,
  tagResult,
  tagsFromList,
} from '../../../../runtime/core/enrichment/tags';
import {
  CLOUDWATCH_LIMITS,
  LTS_LIMITS,
  OutputLine,
  cloudWatchTimestamp,
  planBatches,
} from '../../../../runtime/core/enrichment/write-batches';

function auditEvent(overrides: Partial<AuditEvent> = {}): AuditEvent {
  return {
    cloud: Cloud.AWS,
    traceId: 'e-1',
    action: 'StopInstances',
    service: 'ec2.amazonaws.com',
    time: '2024-05-01T10:00:00.000Z',
    region: 'us-east-2',
    actor: { name: 'Alice', type: ActorType.USER, accountId: '123456789012' },
    resource: {},
    outcome: Outcome.SUCCESS,
    readOnly: false,
    ...overrides,
  };
}

const ref = (id: string): ResourceRef => ({ key: id, id });

class CountingLookup implements TagLookup {
  public calls: string[][] = [];
  public constructor(private readonly answer: (ref: ResourceRef) => TagResult | Error) {}
  public async lookup(refs: readonly ResourceRef[]): Promise<ReadonlyMap<string, TagResult>> {
    this.calls.push(refs.map((r) => r.key));
    const out = new Map<string, TagResult>();
    for (const r of refs) {
      const a = this.answer(r);
      if (a instanceof Error) throw a;
      out.set(r.key, a);
    }
    return out;
  }
}

describe('write-event filter', () => {
  test('the record flag wins', () => {
    expect(readOnlyVerdict(auditEvent({ action: 'GetObject', readOnly: false }))).toEqual({
      readOnly: false,
      basis: ReadOnlyBasis.FLAG,
    });
    expect(readOnlyVerdict(auditEvent({ action: 'DeleteBucket', readOnly: true }))).toEqual({
      readOnly: true,
      basis: ReadOnlyBasis.FLAG,
    });
  });

  test('without a flag, read prefixes decide, as whole words only', () => {
    for (const read of [
      'GetObject',
      'getUser',
      'ListBuckets',
      'DescribeInstances',
      'HeadObject',
      'showServer',
      'list_keys',
      'BatchGetItem',
      'LookupEvents',
      'Describe',
    ]) {
      expect(isReadOnlyActionName(read)).toBe(true);
    }
    for (const write of [
      'Getaway',
      'checkout',
      'createServer',
      'deleteVolume',
      'PutObject',
      'StopInstances',
      'Listen',
    ]) {
      expect(isReadOnlyActionName(write)).toBe(false);
    }
    expect(readOnlyVerdict(auditEvent({ action: 'createServer', readOnly: undefined }))).toEqual({
      readOnly: false,
      basis: ReadOnlyBasis.ACTION_NAME,
    });
  });

  test('service filter accepts short names, full event sources and CTS types case-insensitively', () => {
    const filter = new ServiceFilter(['ec2', 'S3.amazonaws.com', 'ecs']);
    expect(filter.keeps('ec2.amazonaws.com')).toBe(true);
    expect(filter.keeps('s3.amazonaws.com')).toBe(true);
    expect(filter.keeps('ECS')).toBe(true);
    expect(filter.keeps('iam.amazonaws.com')).toBe(false);
    expect(new ServiceFilter([]).keeps('anything')).toBe(true);
  });
});

describe('enriched record shape', () => {
  test('tag field names are sanitized, prefixed and cut to 50 characters; collisions keep the first key', () => {
    expect(tagFieldName('Project')).toBe('tag_Project');
    expect(tagFieldName('cost-center:team/a')).toBe('tag_cost_center_team_a');
    expect(tagFieldName('k'.repeat(80))).toHaveLength(50);
    expect(tagFields({ 'cost-center': 'A', cost_center: 'B', Owner: 'bob' })).toEqual({
      tag_Owner: 'bob',
      tag_cost_center: 'A',
    });
  });

  test('one record per resource with tags, status and each tag as a top-level field', () => {
    const results = new Map<string, TagResult>([
      ['a', tagResult({ Project: 'X', 'cost-center': '42' })],
      ['b', { status: TagStatus.ERROR, tags: {}, error: 'boom' }],
    ]);
    const [first, second] = enrichedRecords(
      auditEvent(),
      { readOnly: false, basis: ReadOnlyBasis.FLAG },
      [ref('a'), ref('b')],
      results,
      '2024-05-01T10:00:05.000Z',
    );
    expect(first).toMatchObject({
      eventId: 'e-1',
      eventName: 'StopInstances',
      actor: 'Alice',
      resourceId: 'a',
      resourceCount: 2,
      tags: { Project: 'X', 'cost-center': '42' },
      tag_Project: 'X',
      tag_cost_center: '42',
      tagStatus: 'found',
      tagsLookedUpAt: '2024-05-01T10:00:05.000Z',
    });
    expect(second).toMatchObject({ resourceId: 'b', tags: {}, tagStatus: 'error', tagLookupError: 'boom' });
    expect(JSON.stringify(second)).not.toContain('undefined');
  });

  test('an event without an identifiable resource still gives one record', () => {
    const records = enrichedRecords(auditEvent(), { readOnly: false, basis: ReadOnlyBasis.FLAG }, [], new Map(), 'now');
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({ tagStatus: 'no-resource', tags: {}, resourceCount: 0 });
    expect(records[0]).not.toHaveProperty('resourceId');
  });

  test('tag lists in Huawei, AWS and Nova shapes', () => {
    expect(
      tagsFromList([{ key: 'a', value: '1' }, { Key: 'b', Value: '2' }, 'c=3', 'd', 42, { value: 'no key' }]),
    ).toEqual({ a: '1', b: '2', c: '3', d: '' });
  });
});

describe('tag cache and resolver', () => {
  test('entries expire after the TTL on the injected clock; errors are not cached', () => {
    let now = 1000;
    const cache = new TagCache({ ttlMs: 500, now: () => now });
    cache.set('a', tagResult({ k: 'v' }));
    cache.set('e', { status: TagStatus.ERROR, tags: {}, error: 'x' });
    expect(cache.get('a')).toBeDefined();
    expect(cache.get('e')).toBeUndefined();
    now = 1499;
    expect(cache.get('a')).toBeDefined();
    now = 1500;
    expect(cache.get('a')).toBeUndefined();
    expect(cache.hits).toBe(2);
  });

  test('the oldest entry goes when the cache is full', () => {
    const cache = new TagCache({ ttlMs: 1000, maxEntries: 2, now: () => 0 });
    cache.set('a', tagResult({}));
    cache.set('b', tagResult({}));
    cache.set('c', tagResult({}));
    expect(cache.size).toBe(2);
    expect(cache.get('a')).toBeUndefined();
  });

  test('each distinct resource is looked up once per batch, cached ones not at all', async () => {
    const lookup = new CountingLookup(() => tagResult({ Project: 'X' }));
    const cache = new TagCache({ ttlMs: 60000 });
    const first = await resolveTags([ref('a'), ref('b'), ref('a'), ref('a')], cache, lookup);
    expect(lookup.calls).toEqual([['a', 'b']]);
    expect(first.stats).toEqual({ distinct: 2, cacheHits: 0, lookedUp: 2, failed: 0 });
    const second = await resolveTags([ref('a'), ref('c')], cache, lookup);
    expect(lookup.calls[1]).toEqual(['c']);
    expect(second.stats.cacheHits).toBe(1);
  });

  test('a failed look-up marks its resources only, and is tried again next time', async () => {
    let fail = true;
    const lookup = new CountingLookup(() => (fail ? new Error('service unavailable') : tagResult({ a: '1' })));
    const cache = new TagCache({ ttlMs: 60000 });
    const first = await resolveTags([ref('a')], cache, lookup);
    expect(first.results.get('a')).toMatchObject({ status: TagStatus.ERROR, error: 'service unavailable' });
    fail = false;
    const second = await resolveTags([ref('a')], cache, lookup);
    expect(second.results.get('a')?.status).toBe(TagStatus.FOUND);
  });
});

describe('write batching', () => {
  const line = (timestamp: number, size = 10): OutputLine => ({ timestamp, message: 'x'.repeat(size) });

  test('CloudWatch: at most 10,000 events per call, sorted by time', () => {
    const lines = Array.from({ length: 25000 }, (_, i) => line(25000 - i));
    const plan = planBatches(lines, CLOUDWATCH_LIMITS);
    expect(plan.batches.map((b) => b.length)).toEqual([10000, 10000, 5000]);
    const flat = plan.batches.flat();
    expect(flat.every((l, i) => i === 0 || flat[i - 1].timestamp <= l.timestamp)).toBe(true);
  });

  test('CloudWatch: at most 1,048,576 bytes per call counting 26 bytes per event', () => {
    const plan = planBatches(
      Array.from({ length: 10 }, (_, i) => line(i, 200000)),
      CLOUDWATCH_LIMITS,
    );
    for (const batch of plan.batches)
      expect(batch.reduce((n, l) => n + l.message.length + 26, 0)).toBeLessThanOrEqual(1048576);
    expect(plan.batches.map((b) => b.length)).toEqual([5, 5]);
  });

  test('CloudWatch: a call spans at most 24 hours; oversized lines are refused, not cut', () => {
    const day = 24 * 3600 * 1000;
    const plan = planBatches([line(0), line(day - 1), line(day + 1), line(5, 300 * 1024)], CLOUDWATCH_LIMITS);
    expect(plan.batches.map((b) => b.length)).toEqual([2, 1]);
    expect(plan.oversized).toHaveLength(1);
  });

  test('CloudWatch time stamps outside the accepted window fall back to now', () => {
    const now = Date.parse('2024-05-20T00:00:00Z');
    expect(cloudWatchTimestamp(now - 1000, now)).toBe(now - 1000);
    expect(cloudWatchTimestamp(now - 20 * 24 * 3600 * 1000, now)).toBe(now);
    expect(cloudWatchTimestamp(now + 3 * 3600 * 1000, now)).toBe(now);
  });

  test('LTS: at most 1,000 lines per call', () => {
    expect(
      planBatches(
        Array.from({ length: 2500 }, (_, i) => line(i)),
        LTS_LIMITS,
      ).batches.map((b) => b.length),
    ).toEqual([1000, 1000, 500]);
  });
});

describe('pipeline', () => {
  function batchOf(messages: string[]): LogBatch {
    return {
      group: 'g',
      stream: 's',
      records: messages.map((message, i) => ({ message, timestamp: i })),
      malformed: [{ index: 99, error: 'log event has no message' }],
      control: false,
    };
  }
  const parse = (message: string) => {
    const value = JSON.parse(message) as {
      id: string;
      action: string;
      service: string;
      resource?: string;
      readOnly?: boolean;
    };
    return ok<ParsedRecord>({
      event: auditEvent({ traceId: value.id, action: value.action, service: value.service, readOnly: value.readOnly }),
      raw: value,
    });
  };
  const identify = (record: ParsedRecord) => (record.raw.resource ? [ref(String(record.raw.resource))] : []);

  test('drops reads and other services, skips corrupt lines, writes the rest enriched', async () => {
    const written: OutputLine[] = [];
    const writer: EnrichedLineWriter = {
      write: async (lines) => (written.push(...lines), { written: lines.length, calls: 1, rejected: 0 }),
    };
    const malformed: number[] = [];
    const report = await enrichLogBatch(
      batchOf([
        JSON.stringify({ id: '1', action: 'StopInstances', service: 'ec2.amazonaws.com', resource: 'i-1' }),
        JSON.stringify({
          id: '2',
          action: 'DescribeInstances',
          service: 'ec2.amazonaws.com',
          readOnly: true,
          resource: 'i-1',
        }),
        '{corrupt',
        JSON.stringify({ id: '3', action: 'DeleteBucket', service: 's3.amazonaws.com', resource: 'b' }),
        JSON.stringify({ id: '4', action: 'TerminateInstances', service: 'ec2.amazonaws.com', resource: 'i-2' }),
      ]),
      {
        parse,
        identify,
        lookup: new CountingLookup((r) => (r.id === 'i-1' ? tagResult({ Project: 'X' }) : tagResult({}))),
        cache: new TagCache({ ttlMs: 1000 }),
        writer,
        options: { services: ['ec2'], writeUntagged: true, maxResourcesPerEvent: 20 },
        onMalformed: (i) => malformed.push(i),
      },
    );
    expect(report).toMatchObject({
      received: 6,
      malformed: 2,
      readOnlyDropped: 1,
      serviceDropped: 1,
      writeEvents: 2,
      written: 2,
    });
    expect(malformed.sort()).toEqual([2, 99]);
    const records = written.map((l) => JSON.parse(l.message) as Record<string, unknown>);
    expect(records.map((r) => [r.eventId, r.tag_Project ?? null, r.tagStatus])).toEqual([
      ['1', 'X', 'found'],
      ['4', null, 'untagged'],
    ]);
  });

  test('untagged records can be left out; failed look-ups are still written', async () => {
    const writer: EnrichedLineWriter = { write: async (lines) => ({ written: lines.length, calls: 1, rejected: 0 }) };
    const report = await enrichLogBatch(
      batchOf([
        JSON.stringify({ id: '1', action: 'StopInstances', service: 'ec2', resource: 'i-9' }),
        JSON.stringify({ id: '2', action: 'StopInstances', service: 'ec2', resource: 'i-broken' }),
      ]),
      {
        parse,
        identify,
        lookup: new CountingLookup((r) =>
          r.id === 'i-broken' ? { status: TagStatus.ERROR, tags: {}, error: 'denied' } : tagResult({}),
        ),
        cache: new TagCache({ ttlMs: 1000 }),
        writer,
        options: { services: [], writeUntagged: false, maxResourcesPerEvent: 20 },
      },
    );
    expect(report).toMatchObject({ untaggedDropped: 1, written: 1, writeCalls: 1 });
  });
});
