import { ActorType, Outcome } from '../../../runtime/core/audit-event';
import { normalizeActionTrailEvent } from '../../../runtime/alicloud/actiontrail-event';
import { AlicloudEndpoints, assertTrustedUrl } from '../../../runtime/alicloud/endpoints';
import { percentEncode, rpcSignature, signedRpcParams } from '../../../runtime/alicloud/pop-rpc';
import { slsSignature } from '../../../runtime/alicloud/sls-client';
import {
  decodeLogGroup,
  decodeLogGroupList,
  encodeLogGroup,
  encodeLogGroupList,
} from '../../../runtime/alicloud/sls-protobuf';
import { enrichedLog } from '../../../runtime/alicloud/sls-writer';
import { tagArn, tagTriples } from '../../../runtime/alicloud/tags';
import { actionTrailEvent } from '../../src/alicloud/fixtures';

describe('SLS protobuf', () => {
  test('round-trips a LogGroupList with topic, source, tags and multi-byte text', () => {
    const groups = [
      {
        logs: [{ time: 1795760000, contents: [['event', '{"a":"ü 中文"}'] as const] }],
        topic: 'actiontrail_audit_event',
        source: '10.0.0.1',
        tags: [['__tag__:x', 'y'] as const],
      },
      {
        logs: [
          { time: 1, contents: [] },
          { time: 2 ** 31, contents: [['k', ''] as const] },
        ],
        topic: '',
        source: '',
        tags: [],
      },
    ];
    const decoded = decodeLogGroupList(encodeLogGroupList(groups));
    expect(
      decoded.map((g) => ({
        ...g,
        logs: g.logs.map((l) => ({ ...l, contents: l.contents.map((c) => [...c]) })),
        tags: g.tags?.map((t) => [...t]),
      })),
    ).toEqual(
      groups.map((g) => ({
        ...g,
        logs: g.logs.map((l) => ({ ...l, contents: l.contents.map((c) => [...c]) })),
        tags: g.tags.map((t) => [...t]),
      })),
    );
  });

  test('skips unknown fields (TimeNs, Reserved) and rejects truncated input', () => {
    // Log with Time=5, TimeNs (fixed32, field 4) and one content; LogGroup with Reserved (field 2).
    const log = Buffer.concat([
      Buffer.from([0x08, 0x05, 0x25, 1, 2, 3, 4]),
      Buffer.from([0x12, 0x06, 0x0a, 0x01, 0x6b, 0x12, 0x01, 0x76]),
    ]);
    const group = Buffer.concat([Buffer.from([0x0a, log.length]), log, Buffer.from([0x12, 0x01, 0x72])]);
    expect(decodeLogGroup(group).logs).toEqual([{ time: 5, contents: [['k', 'v']] }]);
    expect(() => decodeLogGroup(group.subarray(0, group.length - 5))).toThrow();
  });

  test('PutLogs flattens a record into one content key per field', () => {
    const log = enrichedLog(
      {
        timestamp: 1795760000123,
        message: JSON.stringify({
          eventName: 'StopInstance',
          tags: { Project: 'a' },
          resourceCount: 1,
          tag_Project: 'a',
        }),
      },
      1795760009999,
    );
    expect(log).toEqual({
      time: 1795760000,
      contents: [
        ['eventName', 'StopInstance'],
        ['tags', '{"Project":"a"}'],
        ['resourceCount', '1'],
        ['tag_Project', 'a'],
      ],
    });
    expect(decodeLogGroup(encodeLogGroup({ logs: [log] })).logs[0]).toEqual(log);
    expect(enrichedLog({ timestamp: 1795769999000, message: '{}' }, 1795760000000).time).toBe(1795760000);
    expect(enrichedLog({ timestamp: Number.NaN, message: '{}' }, 1795760000000).time).toBe(1795760000);
  });
});

describe('signatures', () => {
  test('RPC signature matches the documented example (ECS "Request signatures": DescribeRegions, testsecret)', () => {
    const params = {
      AccessKeyId: 'testid',
      Action: 'DescribeRegions',
      Format: 'XML',
      SignatureMethod: 'HMAC-SHA1',
      SignatureNonce: '3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf',
      SignatureVersion: '1.0',
      Timestamp: '2016-02-23T12:46:24Z',
      Version: '2014-05-26',
    };
    expect(rpcSignature('GET', params, 'testsecret')).toBe('OLeaidS1JvxuMvnyHOwuJ+uX5qY=');
  });

  test('percent-encodes as RFC 3986 wants', () => {
    expect(percentEncode("a b*c~d!'()/:")).toBe('a%20b%2Ac~d%21%27%28%29%2F%3A');
  });

  test('RPC calls carry the STS token and a second-precision UTC timestamp', () => {
    const p = signedRpcParams(
      'ListTagResources',
      '2018-08-28',
      { RegionId: 'cn-hangzhou' },
      { accessKeyId: 'id', accessKeySecret: 's', securityToken: 't' },
      Date.UTC(2026, 10, 27, 8, 0, 0, 456),
      'n',
    );
    expect(p).toMatchObject({
      Timestamp: '2026-11-27T08:00:00Z',
      SecurityToken: 't',
      SignatureNonce: 'n',
      Format: 'JSON',
    });
  });

  test('SLS v1 signs verb, MD5, type, date, the sorted x-log-/x-acs- headers and the sorted query', () => {
    const headers = {
      date: 'Fri, 27 Nov 2026 08:00:00 GMT',
      'x-log-apiversion': '0.6.0',
      'x-acs-security-token': 't',
      'x-log-signaturemethod': 'hmac-sha1',
      accept: 'x',
    };
    const a = slsSignature(
      { method: 'GET', path: '/logstores/ls/shards/0', query: { type: 'log', cursor: 'MTU=', count: '100' }, headers },
      { accessKeyId: 'id', accessKeySecret: 's' },
    );
    const b = slsSignature(
      {
        method: 'GET',
        path: '/logstores/ls/shards/0',
        query: { count: '100', cursor: 'MTU=', type: 'log' },
        headers: { ...headers, accept: 'other' },
      },
      { accessKeyId: 'id', accessKeySecret: 's' },
    );
    expect(a).toBe(b);
    expect(a).toMatch(/^LOG id:[A-Za-z0-9+/]{27}=$/);
    expect(
      slsSignature(
        { method: 'GET', path: '/logstores/ls/shards/0', query: {}, headers },
        { accessKeyId: 'id', accessKeySecret: 's' },
      ),
    ).not.toBe(a);
  });
});

describe('endpoints', () => {
  test('builds hosts from the configured region on aliyuncs.com only', () => {
    const e = new AlicloudEndpoints();
    expect(e.sls('audit-proj', 'cn-hangzhou', true)).toBe('https://audit-proj.cn-hangzhou-intranet.log.aliyuncs.com');
    expect(e.tag('ap-southeast-1')).toBe('https://tag.ap-southeast-1.aliyuncs.com');
    expect(e.sts('eu-central-1')).toBe('https://sts.eu-central-1.aliyuncs.com');
    expect(() => e.tag('evil.com/x')).toThrow(/region/);
    expect(() => e.sls('a.b.evil', 'cn-hangzhou', true)).toThrow(/project/);
    expect(() => assertTrustedUrl('https://example.com/', e)).toThrow(/refusing/);
    expect(() => assertTrustedUrl('http://tag.cn-hangzhou.aliyuncs.com/', e)).toThrow(/refusing/);
  });

  test('accepts only loopback local endpoints, and only when allowed', () => {
    expect(() => new AlicloudEndpoints('http://127.0.0.1:9000')).toThrow(/not allowed/);
    expect(() => new AlicloudEndpoints('http://10.0.0.1:9000', true)).toThrow(/loopback/);
    expect(new AlicloudEndpoints('http://127.0.0.1:9000', true).tag('cn-hangzhou')).toBe('http://127.0.0.1:9000');
  });
});

describe('ActionTrail events', () => {
  test('normalizes the documented fields', () => {
    const result = normalizeActionTrailEvent(actionTrailEvent({ eventId: 'e1' }));
    expect(result).toEqual({
      ok: true,
      value: expect.objectContaining({
        cloud: 'alicloud',
        traceId: 'e1',
        action: 'StopInstance',
        service: 'Ecs',
        region: 'cn-hangzhou',
        time: '2026-11-27T06:11:36.000Z',
        readOnly: false,
        outcome: Outcome.SUCCESS,
        sourceIp: '192.0.2.10',
      }),
    });
  });

  test.each([
    ['root-account', ActorType.ROOT],
    ['ram-user', ActorType.USER],
    ['assumed-role', ActorType.ASSUMED_ROLE],
    ['system', ActorType.SERVICE],
    ['something-new', ActorType.UNKNOWN],
  ])('maps userIdentity.type %s', (type, expected) => {
    const r = normalizeActionTrailEvent(actionTrailEvent({ userIdentity: { type, principalId: 'p' } }));
    expect(r.ok && r.value.actor.type).toBe(expected);
  });

  test('errors, read events and missing times', () => {
    const r = normalizeActionTrailEvent(
      actionTrailEvent({ errorCode: 'Forbidden.RAM', errorMessage: 'no', eventRW: 'Read', eventTime: undefined }),
    );
    expect(r.ok && r.value).toMatchObject({
      outcome: Outcome.FAILURE,
      errorMessage: 'Forbidden.RAM: no',
      readOnly: true,
      timeApproximate: true,
    });
    expect(normalizeActionTrailEvent([]).ok).toBe(false);
    expect(normalizeActionTrailEvent({ eventId: 'x' }).ok).toBe(false);
  });
});

describe('Tag API', () => {
  test('builds ARNs from ActionTrail resource types as the OOS template does', () => {
    expect(tagArn('ACS::ECS::Instance', 'i-1', 'cn-hangzhou', '123')).toBe('arn:acs:ecs:cn-hangzhou:123:instance/i-1');
    expect(tagArn('ACS::RDS::DBInstance', 'rm-1', 'cn-hangzhou', '123')).toBe(
      'arn:acs:rds:cn-hangzhou:123:dbinstance/rm-1',
    );
    expect(tagArn('ACS::SLB::LoadBalancer', 'lb-1', 'r', 'a')).toBe('arn:acs:slb:r:a:loadbalancer/lb-1');
    expect(tagArn('Instance', 'i-1', 'r', 'a')).toBeUndefined();
    expect(tagArn('ACS::ECS::Instance', 'i 1 & x', 'r', 'a')).toBeUndefined();
  });

  test('reads the documented answer and its XML-style and flat variants', () => {
    expect(tagTriples([{ ResourceARN: 'a', Tags: [{ Key: 'k', Value: 'v', Category: 'Custom' }] }])).toEqual([
      ['a', 'k', 'v'],
    ]);
    expect(tagTriples({ TagResource: [{ ResourceARN: 'a', Tags: { Tag: [{ Key: 'k', Value: 'v' }] } }] })).toEqual([
      ['a', 'k', 'v'],
    ]);
    expect(tagTriples([{ ResourceARN: 'a', TagKey: 'k', TagValue: 'v' }])).toEqual([['a', 'k', 'v']]);
    expect(tagTriples('nonsense')).toEqual([]);
  });
});
