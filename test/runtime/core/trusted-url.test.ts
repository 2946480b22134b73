/**
 * Review finding H: one trusted-URL check (runtime/core/trusted-url.ts) for every cloud. Being on the cloud's
 * domain is not enough: only `<service>.<region>.<domain>` of a listed service (plus each cloud's documented other
 * shapes) may receive credentials, never a host a customer can own there; loopback only with the local switch.
 */
import { createServer } from 'http';
import { AddressInfo } from 'net';
import { AlicloudEndpoints, assertTrustedUrl as assertAlicloudUrl } from '../../../runtime/alicloud/endpoints';
import { awsTrustedUrlPolicy } from '../../../runtime/aws/trusted-hosts';
import { untrustedUrlReason } from '../../../runtime/core/trusted-url';
import {
  HUAWEI_CLOUD,
  OPEN_TELEKOM_CLOUD,
  assertTrustedUrl,
  checkedRegion,
  endpointOrOverride,
  untrustedUrlReason as huaweiReason,
} from '../../../runtime/huaweicloud/regions';
import { publishToSmn } from '../../../runtime/huaweicloud/smn';

const aws = awsTrustedUrlPolicy(false);

describe('AWS service hosts', () => {
  test.each([
    'https://sns.eu-west-1.amazonaws.com',
    'https://vpce-0123-abcd.sns.eu-west-1.vpce.amazonaws.com',
    'https://s3.cn-north-1.amazonaws.com.cn/',
    'https://dynamodb.eu-west-1.api.aws',
    'https://sns-fips.us-gov-west-1.amazonaws.com',
    'https://sts.amazonaws.com',
    'https://logs.us-east-1.amazonaws.com:443/x',
  ])('%s is trusted', (url) => {
    expect(untrustedUrlReason(url, aws)).toBeUndefined();
  });

  test.each([
    ['https://abc123.execute-api.eu-west-1.amazonaws.com', /execute-api host, which any customer can own/],
    ['https://execute-api.eu-west-1.amazonaws.com', /execute-api host/],
    ['https://my-lb-1234.eu-west-1.elb.amazonaws.com', /elb host/],
    ['https://ec2-203-0-113-1.compute-1.amazonaws.com', /compute-1 host/],
    ['https://ec2-203-0-113-1.eu-west-1.compute.amazonaws.com', /compute host/],
    ['https://bucket.s3-website-eu-west-1.amazonaws.com', /s3-website-eu-west-1 host/],
    ['https://bucket.s3-website.eu-west-1.amazonaws.com', /s3-website host/],
    ['https://bucket.s3.eu-west-1.amazonaws.com', /is not an AWS service host/],
    ['https://abc.lambda-url.eu-west-1.on.aws', /is not on an AWS domain/],
    ['https://attacker.eu-west-1.amazonaws.com', /is not an AWS service host/],
    ['https://sns.attacker.amazonaws.com', /is not an AWS service host/],
    ['https://amazonaws.com.attacker.example', /is not on an AWS domain/],
    ['http://sns.eu-west-1.amazonaws.com', /is not https/],
    ['https://user:pw@sns.eu-west-1.amazonaws.com', /carries user info/],
    ['http://127.0.0.1:4566', /is not https/],
  ])('%s is refused', (url, reason) => {
    expect(untrustedUrlReason(url, aws)).toMatch(reason);
  });

  test('the local switch admits loopback only', () => {
    const local = awsTrustedUrlPolicy(true);
    for (const url of ['http://127.0.0.1:4566', 'http://[::1]:9', 'https://localhost:8443'])
      expect(untrustedUrlReason(url, local)).toBeUndefined();
    for (const url of ['http://10.0.0.1:4566', 'http://127.0.0.2', 'http://localhost.attacker.example'])
      expect(untrustedUrlReason(url, local)).toBeDefined();
  });
});

describe('Huawei-family service hosts', () => {
  const huawei = { cloud: HUAWEI_CLOUD };
  test.each([
    'https://smn.cn-north-4.myhuaweicloud.com',
    'https://lts-access.cn-north-4.myhuaweicloud.com:8102/v2/p',
    'https://smn.eu-west-101.myhuaweicloud.eu',
    'https://tms.myhuaweicloud.com',
  ])('%s is trusted', (url) => {
    expect(huaweiReason(url, huawei)).toBeUndefined();
  });

  test.each([
    ['https://my-bucket.obs.cn-north-4.myhuaweicloud.com', /not a Huawei Cloud service host/],
    ['https://my-bucket.obs-website.cn-north-4.myhuaweicloud.com', /obs-website host/],
    ['https://abc.apig.cn-north-4.myhuaweicloud.com', /apig host/],
    ['https://attacker.cn-north-4.myhuaweicloud.com', /not a Huawei Cloud service host/],
    ['https://smn.attacker-region.myhuaweicloud.com', /not a Huawei Cloud service host/],
    ['https://smn.eu-de.otc.t-systems.com', /not on a Huawei Cloud domain/],
  ])('%s is refused', (url, reason) => {
    expect(huaweiReason(url, huawei)).toMatch(reason);
  });

  test('Open Telekom Cloud hosts by the same rule', () => {
    const otc = { cloud: OPEN_TELEKOM_CLOUD };
    expect(huaweiReason('https://smn.eu-de.otc.t-systems.com', otc)).toBeUndefined();
    expect(huaweiReason('https://smn.eu-ch2.sc.otc.t-systems.com', otc)).toBeUndefined();
    expect(huaweiReason('https://bucket.obs.eu-de.otc.t-systems.com', otc)).toMatch(/service host/);
  });

  test('an endpoint override is an origin: a path, query or fragment is refused; the origin is returned', () => {
    const check = (value: string) => endpointOrOverride(() => 'fallback', value, huawei, 'TRAILWATCH_SMN_ENDPOINT');
    expect(check('https://smn.cn-north-4.myhuaweicloud.com/')).toBe('https://smn.cn-north-4.myhuaweicloud.com');
    expect(check('https://lts-access.cn-north-4.myhuaweicloud.com:8102')).toBe(
      'https://lts-access.cn-north-4.myhuaweicloud.com:8102',
    );
    expect(() => check('https://smn.cn-north-4.myhuaweicloud.com/v2/x')).toThrow(/has a path, query or fragment/);
    expect(() => check('https://smn.cn-north-4.myhuaweicloud.com/?x=1')).toThrow(/has a path, query or fragment/);
    expect(() => check('https://smn.cn-north-4.myhuaweicloud.com#x')).toThrow(/has a path, query or fragment/);
  });

  test('messages show event text escaped (cleanText), not raw', () => {
    expect(() => checkedRegion(HUAWEI_CLOUD, 'cn-north-4\u202e\nx')).toThrow(/cn-north-4\\u202e\\u000ax/);
    expect(() => assertTrustedUrl('https://evil.example/\u202e', huawei)).toThrow(/refusing to send credentials/);
  });

  test('SMN publish checks its URL last, before the token is sent, and keeps the URN one path segment', async () => {
    const fetchSpy = jest.spyOn(globalThis, 'fetch');
    await expect(
      publishToSmn(
        { endpoint: 'https://bucket.obs.cn-north-4.myhuaweicloud.com', projectId: 'p', topicUrn: 'urn:smn:x' },
        'agency-token',
        's',
        'm',
      ),
    ).rejects.toThrow(/SMN publish URL .* refusing to send credentials/);
    expect(fetchSpy).not.toHaveBeenCalled();
    fetchSpy.mockRestore();

    const paths: string[] = [];
    const server = createServer((req, res) => {
      paths.push(req.url ?? '');
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end('{"message_id":"m-1"}');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      const target = { endpoint, projectId: 'p', policy: { cloud: HUAWEI_CLOUD, allowLocal: true } };
      await publishToSmn({ ...target, topicUrn: 'urn:smn:cn-north-4:p:alerts' }, 't', 's', 'm');
      await publishToSmn({ ...target, topicUrn: 'urn:smn:x/../../v3/auth/tokens?#' }, 't', 's', 'm');
      expect(paths).toEqual([
        '/v2/p/notifications/topics/urn:smn:cn-north-4:p:alerts/publish',
        '/v2/p/notifications/topics/urn:smn:x%2F..%2F..%2Fv3%2Fauth%2Ftokens%3F%23/publish',
      ]);
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});

describe('Alibaba Cloud service hosts', () => {
  const endpoints = new AlicloudEndpoints();
  test.each([
    'https://tag.cn-hangzhou.aliyuncs.com',
    'https://sts.cn-hangzhou.aliyuncs.com',
    'https://sts.aliyuncs.com',
    'https://audit-project.cn-hangzhou-intranet.log.aliyuncs.com/logstores/x',
    'https://audit-project.cn-hangzhou.log.aliyuncs.com',
  ])('%s is trusted', (url) => {
    expect(() => assertAlicloudUrl(url, endpoints)).not.toThrow();
  });

  test.each([
    'https://my-bucket.oss-cn-hangzhou.aliyuncs.com',
    'https://my-bucket.oss-website-cn-hangzhou.aliyuncs.com',
    'https://attacker.cn-hangzhou.aliyuncs.com',
    'https://123.cn-hangzhou.fc.aliyuncs.com',
    'http://tag.cn-hangzhou.aliyuncs.com',
    'http://127.0.0.1:8080',
  ])('%s is refused', (url) => {
    expect(() => assertAlicloudUrl(url, endpoints)).toThrow(/refusing to send signed requests/);
  });

  test('loopback with the local switch', () => {
    const local = new AlicloudEndpoints('http://127.0.0.1:8080', true);
    expect(() => assertAlicloudUrl('http://127.0.0.1:8080/x', local)).not.toThrow();
    expect(() => assertAlicloudUrl('http://10.0.0.1:8080/x', local)).toThrow();
  });
});
