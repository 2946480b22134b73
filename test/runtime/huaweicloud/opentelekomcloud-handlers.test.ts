/**
 * The Huawei-family handlers as Open Telekom Cloud runs them: the same bundles, `TRAILWATCH_CLOUD=otc`, OTC-shaped
 * CTS and LTS payloads, and local servers standing in for OTC's SMN, OBS, LTS ingestion and tag APIs. The hosts are
 * the ones the handlers build from OTC's region table (checked on each recorded request); only the connection goes
 * to 127.0.0.1.
 */
import { handler as loginAlarm } from '../../../runtime/huaweicloud/functions/login-alarm';
import { handler as keywordAlarm } from '../../../runtime/huaweicloud/functions/log-keyword-alarm';
import { createTagEnrichmentHandler } from '../../../runtime/huaweicloud/functions/tag-enrichment';
import { FunctionGraphContext, HuaweiEndpoints } from '../../../runtime/huaweicloud/functiongraph';
import { KeywordAlarmStatus } from '../../../runtime/core/keyword-alarm';
import { LoginFinding } from '../../../runtime/core/login-rules';
import { FetchLike } from '../../../runtime/huaweicloud/tags';
import { LocalServer, startLocalServer } from '../../helpers/local-server';
import { FakeOtc, startFakeOtc } from '../../src/opentelekomcloud/fake-otc';
import {
  HUAWEI_DOC_WRN_LINE,
  OTC_DOMAIN_ID,
  OTC_PROJECT_ID,
  OTC_TOPIC_URN,
  otcEcsTrace,
  otcIamTrace,
  otcLtsEvent,
} from '../../src/opentelekomcloud/fixtures';

let otc: FakeOtc;
let obs: LocalServer;
let userData: Record<string, string>;

function context(): FunctionGraphContext {
  return {
    getRequestID: () => 'req-otc-1',
    getUserData: (key) => userData[key],
    getToken: () => 'otc-agency-token',
    getProjectID: () => OTC_PROJECT_ID,
    getSecurityAccessKey: () => 'OTCTEMPAK',
    getSecuritySecretKey: () => 'otc-temp-secret',
    getSecurityToken: () => 'otc-security-token',
  };
}

beforeAll(async () => {
  otc = await startFakeOtc(
    {
      smn: '{"request_id":"r-1","message_id":"otc-m-1"}',
      'lts-access': '{"errorCode":"SVCSTG.ALS.200.200","error_msg":"Report success.","result":null}',
      ecs: '{"tags":[{"key":"project","value":"apollo"}]}',
    },
    { token: 'member-agency-token', ownProjects: [{ id: OTC_PROJECT_ID, domain_id: OTC_DOMAIN_ID }] },
  );
  obs = await startLocalServer('');
});
afterAll(async () => {
  await otc.close();
  await obs.close();
});
beforeEach(() => {
  otc.reset();
  obs.requests.length = 0;
  userData = {
    TRAILWATCH_CLOUD: 'otc',
    TRAILWATCH_REGION: 'eu-de',
    TRAILWATCH_SMN_TOPIC_URN: OTC_TOPIC_URN,
    TRAILWATCH_ALLOW_LIST: '203.0.113.0/24,2001:db8::/32',
    TRAILWATCH_WATCHED_ACTIONS: 'login,logout,loginfailed',
    TRAILWATCH_ALERT_ON_FAILURE: 'true',
    TRAILWATCH_ALERT_ON_ROOT: 'false',
  };
  jest
    .spyOn(globalThis, 'fetch')
    .mockImplementation((input, init) =>
      otc.fetch(String(input), init as { method: string; headers: Record<string, string>; body?: string }),
    );
  for (const level of ['log', 'warn', 'error'] as const) jest.spyOn(console, level).mockImplementation(() => undefined);
});
afterEach(() => jest.restoreAllMocks());

describe('login alarm on OTC CTS traces', () => {
  test('a login from an allowed IP publishes nothing', async () => {
    expect(await loginAlarm({ cts: otcIamTrace() }, context())).toMatchObject({ status: 'allowed' });
    expect(otc.requests).toHaveLength(0);
  });

  test('a login from outside the CIDR is published to SMN of eu-de with the agency token', async () => {
    const result = await loginAlarm({ cts: otcIamTrace({ source_ip: '198.51.100.23' }) }, context());
    expect(result).toMatchObject({ status: 'alerted', findings: [LoginFinding.IP_NOT_ALLOWED], messageId: 'otc-m-1' });
    expect(otc.requests).toHaveLength(1);
    const [publish] = otc.requests;
    expect(publish.method).toBe('POST');
    expect(publish.host).toBe('smn.eu-de.otc.t-systems.com');
    expect(publish.path).toBe(`/v2/${OTC_PROJECT_ID}/notifications/topics/${OTC_TOPIC_URN}/publish`);
    expect(publish.headers['x-auth-token']).toBe('otc-agency-token');
    const body = JSON.parse(publish.body) as { subject: string; message: string };
    expect(body.subject).toContain('alice from 198.51.100.23');
    expect(body.subject).toContain('eu-de');
    expect(body.message).toContain('Source IP: 198.51.100.23');
  });

  test('IPv6 sources are judged by range', async () => {
    expect((await loginAlarm({ cts: otcIamTrace({ source_ip: '2001:db8:1::7' }) }, context())).status).toBe('allowed');
    expect((await loginAlarm({ cts: otcIamTrace({ source_ip: '2001:db9::7' }) }, context())).status).toBe('alerted');
  });

  test('a logout from outside the allow-list alerts', async () => {
    expect(
      (await loginAlarm({ cts: otcIamTrace({ trace_name: 'logout', source_ip: '192.0.2.8' }) }, context())).status,
    ).toBe('alerted');
  });

  test('a failed login (OTC spells it "loginfailed") alerts even from an allowed IP', async () => {
    const result = await loginAlarm(
      { cts: otcIamTrace({ trace_name: 'loginfailed', trace_rating: 'warning' }) },
      context(),
    );
    expect(result).toMatchObject({ status: 'alerted', findings: [LoginFinding.LOGIN_FAILED] });
    expect(otc.requests[0].host).toBe('smn.eu-de.otc.t-systems.com');
  });

  test('a trace that is not a watched sign-in is ignored', async () => {
    const trace = otcIamTrace({ trace_name: 'createUser', source_ip: '192.0.2.8', trace_type: 'ApiCall' });
    expect((await loginAlarm({ cts: trace }, context())).status).toBe('ignored');
    expect(otc.requests).toHaveLength(0);
  });

  test.each([
    ['no cts member', { lts: {} }],
    ['no trace_id', { cts: { trace_name: 'login', service_type: 'IAM' } }],
    ['not JSON', '{"cts": {"trace_name": "login"'],
  ])('a malformed event (%s) is an error result, not a publish', async (_name, event) => {
    expect((await loginAlarm(event, context())).status).toBe('error');
    expect(otc.requests).toHaveLength(0);
  });

  test('the Swiss region publishes to its own domain', async () => {
    userData.TRAILWATCH_REGION = 'eu-ch2';
    userData.TRAILWATCH_SMN_TOPIC_URN = `urn:smn:eu-ch2:${OTC_PROJECT_ID}:alerts`;
    await loginAlarm({ cts: otcIamTrace({ source_ip: '198.51.100.1' }) }, context());
    expect(otc.requests[0].host).toBe('smn.eu-ch2.sc.otc.t-systems.com');
  });

  test('a region outside OTC, or a Huawei Cloud endpoint override, is refused before anything is sent', async () => {
    userData.TRAILWATCH_REGION = 'cn-north-4';
    await expect(loginAlarm({ cts: otcIamTrace({ source_ip: '198.51.100.1' }) }, context())).rejects.toThrow(
      /not a Open Telekom Cloud region|Open Telekom Cloud/,
    );
    userData.TRAILWATCH_REGION = 'eu-de';
    userData.TRAILWATCH_SMN_ENDPOINT = 'https://smn.eu-de.myhuaweicloud.com';
    await expect(loginAlarm({ cts: otcIamTrace({ source_ip: '198.51.100.1' }) }, context())).rejects.toThrow(
      /otc\.t-systems\.com/,
    );
    expect(otc.requests).toHaveLength(0);
  });
});

describe('log keyword alarm on OTC LTS payloads', () => {
  beforeEach(() => {
    Object.assign(userData, {
      TRAILWATCH_ARCHIVE_BUCKET: 'otc-archive',
      TRAILWATCH_ARCHIVE_PREFIX: 'log-keyword-alarm',
      // OBS goes through the S3 SDK (no fetch): its override points at the local server.
      TRAILWATCH_OBS_ENDPOINT: obs.url,
      TRAILWATCH_ALLOW_LOCAL_ENDPOINTS: 'true',
    });
  });

  test('without a keyword setting the Huawei-family default matches the documented [WRN] line', async () => {
    const result = await keywordAlarm(otcLtsEvent([HUAWEI_DOC_WRN_LINE, 'INFO all good']), context());
    expect(result).toMatchObject({ status: KeywordAlarmStatus.ALERTED, scanned: 2, matched: 1 });
    expect(obs.requests).toHaveLength(1);
    expect(obs.requests[0].method).toBe('PUT');
    expect(obs.requests[0].url).toMatch(/^\/otc-archive\/log-keyword-alarm\/2024\/11\/27\//);
    expect(obs.requests[0].headers.authorization).toMatch(/Credential=OTCTEMPAK\/\d{8}\/eu-de\/s3\/aws4_request/);
    expect(obs.requests[0].headers['x-amz-security-token']).toBe('otc-security-token');
    expect(otc.requests).toHaveLength(1);
    expect(otc.requests[0].host).toBe('smn.eu-de.otc.t-systems.com');
    expect(JSON.parse(otc.requests[0].body).subject).toContain('Open Telekom Cloud LTS: 1 log line matched WRN');
  });

  test('WARN, WRN, ERROR and ERR as whole words; one alert and one new archive object per invocation', async () => {
    const lines = [
      '[WARN] disk 91%',
      'E [ERR] broken pipe',
      'ERROR: timeout',
      'TERRAIN loaded',
      'warning in prose',
      'ERRORS_TOTAL=0',
    ];
    const result = await keywordAlarm(otcLtsEvent(lines), context());
    expect(result).toMatchObject({ status: KeywordAlarmStatus.ALERTED, scanned: 6, matched: 3 });
    expect(obs.requests).toHaveLength(1);
    expect(otc.requests).toHaveLength(1);
    expect(obs.requests[0].body.trimEnd().split('\n')).toHaveLength(3);
  });

  test('the best practice form: `logs` as a list instead of JSON text', async () => {
    const result = await keywordAlarm(otcLtsEvent(['2024-11-27 ERROR failed'], { asList: true }), context());
    expect(result).toMatchObject({ status: KeywordAlarmStatus.ALERTED, matched: 1 });
  });

  test('nothing matching: no alert, no archive; a malformed envelope fails the invocation', async () => {
    expect(await keywordAlarm(otcLtsEvent(['INFO ok']), context())).toMatchObject({
      status: KeywordAlarmStatus.NO_MATCH,
    });
    expect(obs.requests).toHaveLength(0);
    expect(await keywordAlarm({ lts: { data: 'not base64 json' } }, context())).toMatchObject({
      status: KeywordAlarmStatus.ERROR,
    });
    expect(otc.requests).toHaveLength(0);
  });

  test('OBS is reached at obs.<region>.otc.t-systems.com without an override', () => {
    const endpoints = HuaweiEndpoints.fromSettings((k) => ({ TRAILWATCH_CLOUD: 'otc', TRAILWATCH_REGION: 'eu-nl' })[k]);
    expect(endpoints.obs()).toBe('https://obs.eu-nl.otc.t-systems.com');
    expect(endpoints.ltsIngest()).toBe('https://lts-access.eu-nl.otc.t-systems.com:8102');
  });
});

describe('tag enrichment on OTC', () => {
  const settings =
    (extra: Record<string, string> = {}) =>
    (name: string) =>
      ({
        TRAILWATCH_CLOUD: 'otc',
        TRAILWATCH_REGION: 'eu-de',
        TRAILWATCH_TARGET_LOG_GROUP: 'target-group',
        TRAILWATCH_TARGET_LOG_STREAM: 'target-stream',
        ...extra,
      })[name];

  test('tags come from ecs.eu-de.otc.t-systems.com and records go to lts-access…:8102 with the agency token', async () => {
    const handler = createTagEnrichmentHandler({ settings: settings(), fetch: otc.fetch as unknown as FetchLike });
    const event = otcLtsEvent([JSON.stringify(otcEcsTrace('createServer', 'srv-0001')), 'not json']);
    const result = await handler(event, context());
    expect(result.status).toBe('enriched');
    const tagRead = otc.requests.find((r) => r.path.includes('/tags'))!;
    expect(tagRead).toMatchObject({
      method: 'GET',
      host: 'ecs.eu-de.otc.t-systems.com',
      path: `/v1/${OTC_PROJECT_ID}/cloudservers/srv-0001/tags`,
    });
    expect(tagRead.headers['x-auth-token']).toBe('otc-agency-token');
    const write = otc.requests.find((r) => r.path.includes('/tenant/contents'))!;
    expect(write).toMatchObject({ method: 'POST', host: 'lts-access.eu-de.otc.t-systems.com:8102' });
    expect(write.path).toBe(`/v2/${OTC_PROJECT_ID}/lts/groups/target-group/streams/target-stream/tenant/contents`);
    expect(write.headers['x-auth-token']).toBe('otc-agency-token');
    const record = JSON.parse((JSON.parse(write.body) as { contents: string[] }).contents[0]) as Record<
      string,
      unknown
    >;
    expect(record).toMatchObject({ eventName: 'createServer', resourceId: 'srv-0001', tag_project: 'apollo' });
    expect(JSON.stringify(record)).toContain(OTC_DOMAIN_ID);
  });

  test('a member project is read with an agency token from iam.eu-de.otc.t-systems.com (assume_role)', async () => {
    const handler = createTagEnrichmentHandler({
      settings: settings({ TRAILWATCH_MEMBER_ROLE_NAME: 'trailwatch_tag_reader' }),
      fetch: otc.fetch as unknown as FetchLike,
    });
    const member = {
      ...otcEcsTrace('stopServer', 'srv-0003'),
      project_id: 'feedfeedfeedfeedfeedfeedfeedfeed',
      resource_account_id: 'member-domain-1',
    };
    await handler(otcLtsEvent([JSON.stringify(member)]), context());
    const assume = otc.requests.find((r) => r.path === '/v3/auth/tokens')!;
    expect(assume).toMatchObject({ method: 'POST', host: 'iam.eu-de.otc.t-systems.com' });
    expect(assume.headers['x-auth-token']).toBe('otc-agency-token');
    expect(JSON.parse(assume.body)).toEqual({
      auth: {
        identity: {
          methods: ['assume_role'],
          assume_role: { domain_id: 'member-domain-1', xrole_name: 'trailwatch_tag_reader' },
        },
        scope: { project: { id: 'feedfeedfeedfeedfeedfeedfeedfeed' } },
      },
    });
    const tagRead = otc.requests.find((r) => r.path.includes('/srv-0003/tags'))!;
    expect(tagRead).toMatchObject({
      host: 'ecs.eu-de.otc.t-systems.com',
      path: '/v1/feedfeedfeedfeedfeedfeedfeedfeed/cloudservers/srv-0003/tags',
    });
    expect(tagRead.headers['x-auth-token']).toBe('member-agency-token');
  });

  test('a trace naming another region is not fetched: the host comes from the configured regions only', async () => {
    const handler = createTagEnrichmentHandler({ settings: settings(), fetch: otc.fetch as unknown as FetchLike });
    const foreign = { ...otcEcsTrace('deleteServer', 'srv-0002'), region: 'evil.example.com' };
    await handler(otcLtsEvent([JSON.stringify(foreign)]), context());
    expect(otc.requests.filter((r) => r.path.includes('/tags'))).toEqual([]);
    expect(
      otc.requests.every((r) => r.host.endsWith('.otc.t-systems.com') || r.host.endsWith('.otc.t-systems.com:8102')),
    ).toBe(true);
  });
});
