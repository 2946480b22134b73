/**
 * Issue 13, item 1: request hosts come only from configured regions checked against the cloud's region table,
 * never from event content; the agency token only goes to the cloud's own domains; endpoint overrides must be
 * https on those domains unless the explicit local-test switch is on.
 */
import {
  HuaweiCloudSettings,
  LogKeywordAlarmSettings,
  LoginAlarmSettings,
  TagEnrichmentSettings,
} from '../../../runtime/core/setting-names';
import { HuaweiEndpoints, serviceEndpoint } from '../../../runtime/huaweicloud/functiongraph';
import { handler as keywordHandler } from '../../../runtime/huaweicloud/functions/log-keyword-alarm';
import { handler as loginHandler } from '../../../runtime/huaweicloud/functions/login-alarm';
import { createTagEnrichmentHandler } from '../../../runtime/huaweicloud/functions/tag-enrichment';
import { LtsLineWriter, ltsIngestEndpoint } from '../../../runtime/huaweicloud/lts-writer';
import { obsEndpoint } from '../../../runtime/huaweicloud/obs';
import {
  HUAWEI_CLOUD,
  OPEN_TELEKOM_CLOUD,
  assertTrustedUrl,
  cloudProfile,
  globalEndpoint,
  regionalEndpoint,
  untrustedUrlReason,
} from '../../../runtime/huaweicloud/regions';
import { FetchLike, HuaweiTagLookup } from '../../../runtime/huaweicloud/tags';
import { LocalServer, startLocalServer } from '../../helpers/local-server';

const PROJECT = '0a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d';
const ATTACKER_REGION = 'attacker.example/x#';
/** Projects of the function's own account in other regions, and of a member account (region ids differ). */
const SG_OWN_PROJECT = '5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a';
const EU_PROJECT = '6b6b6b6b6b6b6b6b6b6b6b6b6b6b6b6b';
const SG_MEMBER_PROJECT = '7c7c7c7c7c7c7c7c7c7c7c7c7c7c7c7c';

function ltsEvent(messages: string[]): { lts: { data: string } } {
  const logs = messages.map((message, i) => ({ message, time: 1714564742000 + i, line_no: i }));
  const payload = { logs: JSON.stringify(logs), owner: PROJECT, log_group_id: 'src-group', log_topic_id: 'src-stream' };
  return { lts: { data: Buffer.from(JSON.stringify(payload)).toString('base64') } };
}

function ecsTrace(id: string, extra: Record<string, unknown> = {}): string {
  return JSON.stringify({
    time: 1714564740000,
    user: { name: 'alice', id: 'u-1', type: 'User', domain: { name: 'acme', id: 'd-own' } },
    service_type: 'ECS',
    resource_type: 'ecs',
    resource_id: id,
    trace_name: 'updateServer',
    trace_type: 'ApiCall',
    trace_rating: 'normal',
    trace_id: `t-${id}`,
    project_id: PROJECT,
    domain_id: 'd-own',
    read_only: false,
    ...extra,
  });
}

/** Records every request a handler makes instead of sending it; answers like the tag and LTS APIs. */
function recordingFetch() {
  const urls: { url: string; token?: string }[] = [];
  const fetch: FetchLike = async (url, init) => {
    urls.push({ url, token: init.headers['X-Auth-Token'] });
    const body = url.includes('/tenant/contents')
      ? '{"errorCode":"SVCSTG.ALS.200.200"}'
      : url.endsWith('/v3/auth/projects')
        ? JSON.stringify({
            projects: [
              { id: PROJECT, domain_id: 'd-own', name: 'cn-north-4' },
              { id: SG_OWN_PROJECT, domain_id: 'd-own', name: 'ap-southeast-3' },
            ],
          })
        : '{"tags":[{"key":"team","value":"a"}]}';
    const subject = url.endsWith('/v3/auth/tokens') ? 'member-token' : null;
    return {
      status: url.endsWith('/v3/auth/tokens') ? 201 : 200,
      ok: true,
      text: async () => body,
      headers: { get: () => subject },
    };
  };
  return { urls, fetch };
}

function fgContext(settings: Record<string, string>) {
  return {
    getToken: () => 'agency-token',
    getProjectID: () => PROJECT,
    getRequestID: () => 'req-1',
    getSecurityAccessKey: () => 'AK',
    getSecuritySecretKey: () => 'SK',
    getSecurityToken: () => 'ST',
    getUserData: (key: string) => settings[key],
  };
}

const tagSettings = (extra: Record<string, string> = {}): Record<string, string> => ({
  [HuaweiCloudSettings.REGION]: 'cn-north-4',
  [TagEnrichmentSettings.TARGET_LOG_GROUP]: 'target-group',
  [TagEnrichmentSettings.TARGET_LOG_STREAM]: 'target-stream',
  ...extra,
});

let warnings: string[];
beforeEach(() => {
  warnings = [];
  jest.spyOn(console, 'log').mockImplementation(() => undefined);
  jest.spyOn(console, 'warn').mockImplementation((line: string) => void warnings.push(line));
  jest.spyOn(console, 'error').mockImplementation(() => undefined);
});
afterEach(() => jest.restoreAllMocks());

describe('tag enrichment never takes a host from the trace', () => {
  test('a trace with region "attacker.example/x#" is counted and logged, never fetched; the token stays on myhuaweicloud.com', async () => {
    const net = recordingFetch();
    const settings = tagSettings();
    const handler = createTagEnrichmentHandler({ fetch: net.fetch, sleep: async () => undefined });
    const result = await handler(
      ltsEvent([
        ecsTrace('evil-1', { region: ATTACKER_REGION }),
        ecsTrace('good-1', { region: 'cn-north-4' }),
        ecsTrace('plain-1'),
      ]),
      fgContext(settings),
    );
    expect(result.status).toBe('enriched');
    const hosts = net.urls.map((u) => new URL(u.url).host);
    expect(hosts.filter((h) => !h.endsWith('.myhuaweicloud.com') && !h.endsWith('.myhuaweicloud.com:8102'))).toEqual(
      [],
    );
    expect(net.urls.some((u) => u.url.includes('attacker'))).toBe(false);
    // The configured region is still looked up, at its table host.
    expect(net.urls.map((u) => u.url)).toContain(
      `https://ecs.cn-north-4.myhuaweicloud.com/v1/${PROJECT}/cloudservers/good-1/tags`,
    );
    expect(net.urls.map((u) => u.url)).toContain(
      `https://ecs.cn-north-4.myhuaweicloud.com/v1/${PROJECT}/cloudservers/plain-1/tags`,
    );
    expect(net.urls.filter((u) => u.url.includes('evil-1'))).toEqual([]);
    expect(
      warnings.some((w) => w.includes('not configured for tag look-up') && w.includes('"foreignRegionRefs":1')),
    ).toBe(true);
    // The LTS line still goes out, marked unsupported for the foreign resource.
    const lts = net.urls.find((u) => u.url.includes('/tenant/contents'));
    expect(lts?.url).toBe(
      `https://lts-access.cn-north-4.myhuaweicloud.com:8102/v2/${PROJECT}/lts/groups/target-group/streams/target-stream/tenant/contents`,
    );
  });

  test('a known region that is not configured is not fetched; one listed in TRAILWATCH_TAG_REGIONS is, for a member account, at its own host', async () => {
    // Each region has its own project id: the same account's project in ap-southeast-3 is not PROJECT.
    const net = recordingFetch();
    const handler = createTagEnrichmentHandler({
      fetch: net.fetch,
      settings: (k) =>
        tagSettings({
          [TagEnrichmentSettings.TAG_REGIONS]: 'ap-southeast-3',
          [TagEnrichmentSettings.MEMBER_ROLE_NAME]: 'trailwatch_tag_reader',
        })[k],
    });
    await handler(
      ltsEvent([
        ecsTrace('sg-1', { region: 'ap-southeast-3', project_id: SG_MEMBER_PROJECT, domain_id: 'd-member' }),
        ecsTrace('eu-1', { region: 'eu-west-101', project_id: EU_PROJECT }),
      ]),
      fgContext({}),
    );
    const urls = net.urls.map((u) => u.url);
    expect(urls).toContain(
      `https://ecs.ap-southeast-3.myhuaweicloud.com/v1/${SG_MEMBER_PROJECT}/cloudservers/sg-1/tags`,
    );
    expect(urls.some((u) => u.includes('eu-1'))).toBe(false);
  });

  test("a resource in another configured region of the function's own account is refused, logged and counted, not treated as a member account", async () => {
    const net = recordingFetch();
    const lookup = new HuaweiTagLookup({
      region: 'cn-north-4',
      regions: ['ap-southeast-3'],
      projectId: PROJECT,
      token: () => 't',
      fetch: net.fetch,
      memberAgencyName: 'audit',
    });
    const answers = await lookup.lookup([
      { key: 'k', id: 'i-1', api: 'ecs', region: 'ap-southeast-3', project: SG_OWN_PROJECT, account: 'd-own' },
    ]);
    expect(answers.get('k')).toMatchObject({ status: 'unsupported', error: expect.stringMatching(/own account/) });
    expect(lookup.crossRegionRefs).toBe(1);
    // One IAM question about the function's own account; no assume_role, no tag call.
    expect(net.urls.map((u) => u.url)).toEqual(['https://iam.cn-north-4.myhuaweicloud.com/v3/auth/projects']);
    expect(warnings.some((w) => w.includes("another project of the function's own account"))).toBe(true);
  });

  test('HuaweiTagLookup refuses a region outside the table at construction and a foreign region per resource', async () => {
    const net = recordingFetch();
    expect(
      () =>
        new HuaweiTagLookup({ region: 'cn-north-4', regions: [ATTACKER_REGION], projectId: PROJECT, token: () => 't' }),
    ).toThrow(/not a Huawei Cloud region/);
    const lookup = new HuaweiTagLookup({
      region: 'cn-north-4',
      projectId: PROJECT,
      token: () => 't',
      fetch: net.fetch,
    });
    const answers = await lookup.lookup([
      { key: 'k', id: 'i-1', api: 'ecs', region: 'evil.example#', project: PROJECT },
    ]);
    expect(answers.get('k')?.status).toBe('unsupported');
    expect(lookup.foreignRegionRefs).toBe(1);
    expect(net.urls).toEqual([]);
  });

  test('the member-account agency token request goes to the configured IAM host, not one the trace names', async () => {
    const net = recordingFetch();
    const fetch: FetchLike = async (url, init) => {
      if (url.endsWith('/v3/auth/tokens')) {
        net.urls.push({ url, token: init.headers['X-Auth-Token'] });
        return { status: 201, ok: true, text: async () => '{}', headers: { get: () => 'member-token' } };
      }
      return net.fetch(url, init);
    };
    const lookup = new HuaweiTagLookup({
      region: 'cn-north-4',
      projectId: PROJECT,
      token: () => 't',
      fetch,
      memberAgencyName: 'audit',
    });
    await lookup.lookup([
      { key: 'k', id: 'i-1', api: 'ecs', region: 'cn-north-4', project: 'f'.repeat(32), account: 'attacker.example' },
    ]);
    expect(net.urls.map((u) => new URL(u.url).host)).toEqual([
      'iam.cn-north-4.myhuaweicloud.com',
      'iam.cn-north-4.myhuaweicloud.com',
      'ecs.cn-north-4.myhuaweicloud.com',
    ]);
  });
});

describe('endpoint overrides', () => {
  test.each([
    ['http://127.0.0.1:9', /is not https/],
    ['https://evil.example', /is not on a Huawei Cloud domain/],
    ['https://smn.cn-north-4.myhuaweicloud.com.evil.example', /is not on a Huawei Cloud domain/],
    ['https://evil.example/.myhuaweicloud.com', /is not on a Huawei Cloud domain/],
    ['https://user:pw@smn.cn-north-4.myhuaweicloud.com', /user info/],
    ['ftp://smn.cn-north-4.myhuaweicloud.com', /is not https/],
  ])('%s is refused without the local-test switch', (override, message) => {
    expect(() => serviceEndpoint('smn', 'cn-north-4', override)).toThrow(message);
    expect(() => obsEndpoint('cn-north-4', override)).toThrow(message);
    expect(() => ltsIngestEndpoint('cn-north-4', override)).toThrow(message);
  });

  test('the local-test switch admits loopback only', () => {
    const policy = { cloud: HUAWEI_CLOUD, allowLocal: true };
    expect(serviceEndpoint('smn', 'cn-north-4', 'http://127.0.0.1:8080/', policy)).toBe('http://127.0.0.1:8080');
    expect(serviceEndpoint('smn', 'cn-north-4', 'http://localhost:8080', policy)).toBe('http://localhost:8080');
    expect(serviceEndpoint('smn', 'cn-north-4', 'http://[::1]:8080', policy)).toBe('http://[::1]:8080');
    expect(() => serviceEndpoint('smn', 'cn-north-4', 'http://10.0.0.1:8080', policy)).toThrow(/is not https/);
    expect(() => serviceEndpoint('smn', 'cn-north-4', 'https://evil.example', policy)).toThrow(/domain/);
  });

  test('https overrides on the cloud domains are accepted (private endpoints, another service host)', () => {
    expect(serviceEndpoint('smn', 'cn-north-4', 'https://smn.cn-north-4.myhuaweicloud.com/')).toBe(
      'https://smn.cn-north-4.myhuaweicloud.com',
    );
    expect(serviceEndpoint('smn', 'cn-north-4', 'https://ecs.cn-north-4.myhuaweicloud.com:443')).toBe(
      'https://ecs.cn-north-4.myhuaweicloud.com',
    );
    expect(serviceEndpoint('smn', 'eu-west-101', 'https://smn.eu-west-101.myhuaweicloud.eu')).toBe(
      'https://smn.eu-west-101.myhuaweicloud.eu',
    );
  });

  test('the LTS writer checks its endpoint before any token is sent', () => {
    expect(
      () =>
        new LtsLineWriter({
          endpoint: 'https://lts.evil.example',
          projectId: PROJECT,
          groupId: 'g',
          streamId: 's',
          token: () => 't',
        }),
    ).toThrow(/refusing to send credentials/);
  });
});

describe('region table', () => {
  test('hosts of known regions, with the per-region domains', () => {
    expect(regionalEndpoint(HUAWEI_CLOUD, 'smn', 'cn-north-4')).toBe('https://smn.cn-north-4.myhuaweicloud.com');
    expect(regionalEndpoint(HUAWEI_CLOUD, 'smn', 'eu-west-101')).toBe('https://smn.eu-west-101.myhuaweicloud.eu');
    expect(regionalEndpoint(HUAWEI_CLOUD, 'lts-access', 'ap-southeast-1', 8102)).toBe(
      'https://lts-access.ap-southeast-1.myhuaweicloud.com:8102',
    );
    expect(globalEndpoint(HUAWEI_CLOUD, 'tms', 'cn-north-4')).toBe('https://tms.myhuaweicloud.com');
  });

  test.each([ATTACKER_REGION, 'cn-north-4.evil.example', 'cn-north-99', '', 'CN-NORTH-4'])(
    'region %p is refused',
    (region) => {
      expect(() => regionalEndpoint(HUAWEI_CLOUD, 'ecs', region)).toThrow(/not a Huawei Cloud region/);
    },
  );

  test('a Huawei-family cloud plugs in by its domain: Open Telekom Cloud', () => {
    expect(cloudProfile('otc')).toBe(OPEN_TELEKOM_CLOUD);
    expect(cloudProfile(undefined)).toBe(HUAWEI_CLOUD);
    expect(() => cloudProfile('aws')).toThrow(/unknown cloud/);
    expect(regionalEndpoint(OPEN_TELEKOM_CLOUD, 'smn', 'eu-de')).toBe('https://smn.eu-de.otc.t-systems.com');
    expect(regionalEndpoint(OPEN_TELEKOM_CLOUD, 'smn', 'eu-ch2')).toBe('https://smn.eu-ch2.sc.otc.t-systems.com');
    expect(globalEndpoint(OPEN_TELEKOM_CLOUD, 'tms', 'eu-nl')).toBe('https://tms.eu-nl.otc.t-systems.com');
    expect(() => regionalEndpoint(OPEN_TELEKOM_CLOUD, 'smn', 'cn-north-4')).toThrow(
      /not a Open Telekom Cloud region|Open Telekom Cloud/,
    );
    expect(untrustedUrlReason('https://smn.cn-north-4.myhuaweicloud.com', { cloud: OPEN_TELEKOM_CLOUD })).toMatch(
      /Open Telekom Cloud domain/,
    );
    expect(() =>
      assertTrustedUrl('https://ecs.eu-de.otc.t-systems.com/v1', { cloud: OPEN_TELEKOM_CLOUD }),
    ).not.toThrow();
  });

  test('HuaweiEndpoints reads cloud, region, overrides and the switch from settings', () => {
    const endpoints = HuaweiEndpoints.fromSettings((k) => ({ TRAILWATCH_CLOUD: 'otc', TRAILWATCH_REGION: 'eu-de' })[k]);
    expect(endpoints.smn()).toBe('https://smn.eu-de.otc.t-systems.com');
    expect(endpoints.obs()).toBe('https://obs.eu-de.otc.t-systems.com');
    expect(endpoints.ltsIngest()).toBe('https://lts-access.eu-de.otc.t-systems.com:8102');
    expect(() => HuaweiEndpoints.fromSettings((k) => ({ TRAILWATCH_REGION: 'eu-de' })[k])).toThrow(
      /TRAILWATCH_REGION="eu-de" is not a Huawei Cloud region/,
    );
  });
});

describe('handlers refuse untrusted endpoints before sending anything', () => {
  let server: LocalServer;
  beforeAll(async () => {
    server = await startLocalServer('{"message_id":"m-1"}');
  });
  afterAll(() => server.close());
  beforeEach(() => {
    server.requests.length = 0;
  });

  const loginSettings = (extra: Record<string, string>) => ({
    [LoginAlarmSettings.ALLOW_LIST]: '203.0.113.0/24',
    [HuaweiCloudSettings.REGION]: 'cn-north-4',
    [HuaweiCloudSettings.PROJECT_ID]: PROJECT,
    [HuaweiCloudSettings.SMN_TOPIC_URN]: `urn:smn:cn-north-4:${PROJECT}:alerts`,
    ...extra,
  });
  const login = {
    cts: {
      trace_name: 'login',
      trace_id: 'tr-1',
      service_type: 'IAM',
      time: 1714564740000,
      source_ip: '198.51.100.9',
      trace_rating: 'normal',
      region: ATTACKER_REGION,
      user: { name: 'bob', type: 'User', domain: { id: 'd' } },
    },
  };

  test('login alarm: an http override without the switch throws naming the setting; with it the local server is used', async () => {
    await expect(
      loginHandler(login, fgContext(loginSettings({ [HuaweiCloudSettings.SMN_ENDPOINT]: server.url }))),
    ).rejects.toThrow(/TRAILWATCH_SMN_ENDPOINT.*is not https/);
    expect(server.requests).toHaveLength(0);
    const ok = await loginHandler(
      login,
      fgContext(
        loginSettings({
          [HuaweiCloudSettings.SMN_ENDPOINT]: server.url,
          [HuaweiCloudSettings.ALLOW_LOCAL_ENDPOINTS]: 'true',
        }),
      ),
    );
    expect(ok.status).toBe('alerted');
    expect(server.requests).toHaveLength(1);
  });

  test('login alarm: an unknown configured region fails; the trace region never picks the host', async () => {
    await expect(
      loginHandler(login, fgContext(loginSettings({ [HuaweiCloudSettings.REGION]: ATTACKER_REGION }))),
    ).rejects.toThrow(/not a Huawei Cloud region/);
  });

  test('keyword alarm: OBS and SMN overrides are checked the same way', async () => {
    const settings = {
      [HuaweiCloudSettings.REGION]: 'cn-north-4',
      [HuaweiCloudSettings.PROJECT_ID]: PROJECT,
      [HuaweiCloudSettings.SMN_TOPIC_URN]: `urn:smn:cn-north-4:${PROJECT}:alerts`,
      [HuaweiCloudSettings.SMN_ENDPOINT]: 'https://smn.cn-north-4.myhuaweicloud.com',
      [HuaweiCloudSettings.OBS_ENDPOINT]: 'https://obs.evil.example',
      [LogKeywordAlarmSettings.ARCHIVE_BUCKET]: 'archive',
    };
    await expect(keywordHandler(ltsEvent(['ERROR disk full']), fgContext(settings))).rejects.toThrow(
      /TRAILWATCH_OBS_ENDPOINT.*Huawei Cloud domain/,
    );
  });
});
