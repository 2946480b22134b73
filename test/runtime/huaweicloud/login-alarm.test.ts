import { handler } from '../../../runtime/huaweicloud/functions/login-alarm';
import { FunctionGraphContext } from '../../../runtime/huaweicloud/functiongraph';
import { LoginFinding } from '../../../runtime/core/login-rules';
import { LocalServer, startLocalServer } from '../../helpers/local-server';
import { docExampleEvent, loginTrace, newUserBlock } from '../../fixtures/huaweicloud/cts-events';

const TOPIC_URN = 'urn:smn:cn-north-4:0123456789abcdef0123456789abcdef:trailwatch-alerts';
const PROJECT_ID = '0123456789abcdef0123456789abcdef';

let smn: LocalServer;
let userData: Record<string, string>;

function context(): FunctionGraphContext {
  return {
    getRequestID: () => 'req-1',
    getUserData: (key) => userData[key],
    getToken: () => 'agency-token-123',
  };
}

beforeAll(async () => {
  smn = await startLocalServer('{"request_id":"r-1","message_id":"m-42"}');
});
afterAll(() => smn.close());
beforeEach(() => {
  smn.requests.length = 0;
  smn.statuses = [];
  userData = {
    TRAILWATCH_ALLOW_LIST: '203.0.113.0/24,2001:db8::/32',
    TRAILWATCH_REGION: 'cn-north-4',
    TRAILWATCH_PROJECT_ID: PROJECT_ID,
    TRAILWATCH_SMN_TOPIC_URN: TOPIC_URN,
    TRAILWATCH_SMN_ENDPOINT: smn.url,
    TRAILWATCH_ALLOW_LOCAL_ENDPOINTS: 'true',
  };
  jest.spyOn(console, 'log').mockImplementation(() => undefined);
  jest.spyOn(console, 'error').mockImplementation(() => undefined);
});
afterEach(() => jest.restoreAllMocks());

describe('Huawei login alarm handler', () => {
  test('a login from an allowed IP publishes nothing', async () => {
    const result = await handler({ cts: loginTrace() }, context());
    expect(result).toEqual({ status: 'allowed', traceId: '69be64a7-0233-11e8-82e4-e5d37911193e' });
    expect(smn.requests).toHaveLength(0);
  });

  test('a login from outside the CIDR publishes one SMN message with the agency token', async () => {
    const result = await handler({ cts: loginTrace({ source_ip: '198.51.100.23' }) }, context());
    expect(result).toMatchObject({ status: 'alerted', findings: [LoginFinding.IP_NOT_ALLOWED], messageId: 'm-42' });
    expect(smn.requests).toHaveLength(1);
    const request = smn.requests[0];
    expect(request.method).toBe('POST');
    expect(request.url).toBe(`/v2/${PROJECT_ID}/notifications/topics/${TOPIC_URN}/publish`);
    expect(request.headers['x-auth-token']).toBe('agency-token-123');
    expect(request.headers['content-type']).toBe('application/json;charset=UTF-8');
    const body = JSON.parse(request.body) as { subject: string; message: string };
    expect(body.subject).toBe(
      '[TrailWatch] Console login outside allow-list: alice from 198.51.100.23 (huaweicloud cn-north-4)',
    );
    expect(body.message).toContain('Source IP: 198.51.100.23');
    expect(body.message).toContain('"traceId": "69be64a7-0233-11e8-82e4-e5d37911193e"');
  });

  test('IPv6 sources are checked by range', async () => {
    expect((await handler({ cts: loginTrace({ source_ip: '2001:db8:aa::1' }) }, context())).status).toBe('allowed');
    expect((await handler({ cts: loginTrace({ source_ip: '2001:db9::1' }) }, context())).status).toBe('alerted');
  });

  test('a logout is watched too; a trace that is neither is ignored', async () => {
    expect(
      (await handler({ cts: loginTrace({ trace_name: 'logout', source_ip: '192.0.2.1' }) }, context())).status,
    ).toBe('alerted');
    expect((await handler(docExampleEvent, context())).status).toBe('ignored');
    expect(smn.requests).toHaveLength(1);
  });

  test('a failed login is reported even from an allowed IP, whatever the case of its name', async () => {
    for (const name of ['loginFailed', 'loginfailed']) {
      const result = await handler({ cts: loginTrace({ trace_name: name, trace_rating: 'warning' }) }, context());
      expect(result).toMatchObject({ status: 'alerted', findings: [LoginFinding.LOGIN_FAILED] });
    }
  });

  test('federated, SSO and QR-code sign-ins are watched by default; their failures whatever the case of the name', async () => {
    expect(
      await handler(
        { cts: loginTrace({ trace_name: 'iamUserSsoLoginSuccess', source_ip: '198.51.100.4' }) },
        context(),
      ),
    ).toMatchObject({
      status: 'alerted',
      findings: [LoginFinding.IP_NOT_ALLOWED],
    });
    expect((await handler({ cts: loginTrace({ trace_name: 'federationLoginNoPwdSuccess' }) }, context())).status).toBe(
      'allowed',
    );
    for (const name of ['oidcLoginFailed', 'OIDCLOGINFAILED', 'scanQRCodeLoginFailed', 'federationLoginNoPwdFailed']) {
      expect(await handler({ cts: loginTrace({ trace_name: name }) }, context())).toMatchObject({
        status: 'alerted',
        findings: [LoginFinding.LOGIN_FAILED],
      });
    }
    expect(JSON.parse(smn.requests[0].body).subject).toBe(
      '[TrailWatch] Console iamUserSsoLoginSuccess outside allow-list: alice from 198.51.100.4 (huaweicloud cn-north-4)',
    );
  });

  test('documented variations: seconds, display-string time, trace_status, string request, new user block', async () => {
    const trace = loginTrace({
      time: 1718000000,
      record_time: '2024/06/10 14:13:20 GMT+08:00',
      trace_rating: undefined,
      trace_status: 'normal',
      request: '',
      user: newUserBlock,
      source_ip: '198.51.100.1',
    });
    const result = await handler({ cts: trace }, context());
    expect(result.status).toBe('alerted');
    const message = JSON.parse(smn.requests[0].body).message as string;
    expect(message).toContain('"time": "2024-06-10T06:13:20.000Z"');
    expect(message).toContain('User:      IAMUserA (user, account b2b3853af40448fcb9e40dxj89505ba)');
  });

  test('watched actions are configurable and matched whole', async () => {
    userData.TRAILWATCH_WATCHED_ACTIONS = 'logout';
    expect((await handler({ cts: loginTrace({ source_ip: '192.0.2.1' }) }, context())).status).toBe('ignored');
    userData.TRAILWATCH_WATCHED_ACTIONS = 'log';
    expect((await handler({ cts: loginTrace({ source_ip: '192.0.2.1' }) }, context())).status).toBe('ignored');
  });

  test('a trace whose times are empty (a documented form) is still judged, at its arrival time', async () => {
    const result = await handler(
      { cts: loginTrace({ time: '', record_time: '', source_ip: '198.51.100.9' }) },
      context(),
    );
    expect(result.status).toBe('alerted');
    expect(JSON.parse(smn.requests[0].body).message).toContain('"timeApproximate": true');
  });

  test('a missing source IP is reported, not treated as allowed', async () => {
    const result = await handler({ cts: loginTrace({ source_ip: '' }) }, context());
    expect(result).toMatchObject({ status: 'alerted', findings: [LoginFinding.SOURCE_IP_INVALID] });
  });

  test.each([
    ['malformed JSON text', '{"cts": {"trace_name": "login"'],
    ['not an object', 42],
    ['no cts key', { something: 'else' }],
    ['trace without trace_id', { cts: loginTrace({ trace_id: undefined }) }],
    ['trace without trace_name', { cts: loginTrace({ trace_name: '' }) }],
  ])('%s returns an error result and is logged, never thrown', async (_name, event) => {
    const result = await handler(event, context());
    expect(result.status).toBe('error');
    expect(result.error).toBeTruthy();
    expect(console.error).toHaveBeenCalledWith(expect.stringContaining('malformed sign-in event skipped'));
    expect(smn.requests).toHaveLength(0);
  });

  test('transient SMN errors are retried; a persistent failure throws so the platform retries the event', async () => {
    smn.statuses = [503];
    expect((await handler({ cts: loginTrace({ source_ip: '192.0.2.1' }) }, context())).status).toBe('alerted');
    expect(smn.requests).toHaveLength(2);
    smn.statuses = [403];
    await expect(handler({ cts: loginTrace({ source_ip: '192.0.2.1' }) }, context())).rejects.toThrow(
      /SMN publish failed with HTTP 403/,
    );
  });

  test('a missing allow-list setting fails loudly', async () => {
    delete userData.TRAILWATCH_ALLOW_LIST;
    await expect(handler({ cts: loginTrace() }, context())).rejects.toThrow(/TRAILWATCH_ALLOW_LIST is missing/);
  });

  test('an account-owner sign-in is reported unless TRAILWATCH_ALERT_ON_ROOT is off (on by default, as on AWS)', async () => {
    const owner = { cts: loginTrace({ user: { ...newUserBlock, principal_is_root_user: 'true' } }) };
    userData.TRAILWATCH_ALERT_ON_ROOT = 'false';
    expect((await handler(owner, context())).status).toBe('allowed');
    delete userData.TRAILWATCH_ALERT_ON_ROOT;
    expect(await handler(owner, context())).toMatchObject({ status: 'alerted', findings: [LoginFinding.ROOT_LOGIN] });
    expect(JSON.parse(smn.requests[0].body).subject).toBe(
      '[TrailWatch] Console login needs attention: IAMUserA from 203.0.113.10 (huaweicloud cn-north-4)',
    );
  });

  test('without an agency token the error says how to fix it', async () => {
    await expect(
      handler({ cts: loginTrace({ source_ip: '192.0.2.1' }) }, { getUserData: (k) => userData[k] }),
    ).rejects.toThrow(/set an agency/);
  });
});
