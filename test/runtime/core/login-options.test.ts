import { Cloud, ActorType, AuditEvent, Outcome, fail, ok } from '../../../runtime/core/audit-event';
import { IpAllowList } from '../../../runtime/core/allow-list';
import { readLoginRuleSettings, runLoginAlarm } from '../../../runtime/core/login-alarm';
import {
  MAX_ALLOW_LIST_CHARS,
  loginAlarmEnvironment,
  loginAlarmOptionProblems,
} from '../../../runtime/core/login-options';
import {
  AWS_LOGIN_ALARM,
  HUAWEICLOUD_LOGIN_ALARM,
  HUAWEICLOUD_SIGN_IN_TRACES,
} from '../../../runtime/core/login-profiles';
import { LoginFinding } from '../../../runtime/core/login-rules';

describe('login alarm contract: checks', () => {
  test('usable options have no problems', () => {
    expect(
      loginAlarmOptionProblems('s/Audit', { allowList: ['203.0.113.0/24', '2001:db8::/32'] }, AWS_LOGIN_ALARM),
    ).toEqual([]);
    expect(
      loginAlarmOptionProblems(
        's/Audit',
        { allowList: ['203.0.113.10'], watchedActions: ['login', 'scanQRCodeLogin'] },
        HUAWEICLOUD_LOGIN_ALARM,
      ),
    ).toEqual([]);
  });

  test('every problem is named by the prefix and the prop as written', () => {
    const problems = loginAlarmOptionProblems(
      's/Audit',
      {
        allowList: ['203.0.113.0/24', '10.1', 'nope'],
        watchedActions: ['ConsoleLogin', 'Console Login'],
        alertOnMissingMfa: true,
      },
      HUAWEICLOUD_LOGIN_ALARM,
    );
    expect(problems.map((p) => p.field)).toEqual([
      's/Audit.allowList[1]',
      's/Audit.allowList[2]',
      's/Audit.watchedActions[1]',
      's/Audit.alertOnMissingMfa',
    ]);
    expect(problems[3].problem).toContain('no MFA flag');
  });

  test('empty lists, duplicates, too many actions and an oversized allow-list are refused', () => {
    const fields = (options: Parameters<typeof loginAlarmOptionProblems>[1], profile = AWS_LOGIN_ALARM) =>
      loginAlarmOptionProblems('A', options, profile).map((p) => `${p.field}: ${p.problem}`);
    expect(fields({ allowList: [] })).toEqual([
      'A.allowList: the allow-list is empty, so every sign-in would raise an alert',
    ]);
    expect(fields({ allowList: ['192.0.2.1'], watchedActions: [] })).toEqual([
      'A.watchedActions: is empty, so no sign-in would be checked',
    ]);
    expect(fields({ allowList: ['192.0.2.1'], watchedActions: ['login', 'login'] }, HUAWEICLOUD_LOGIN_ALARM)).toEqual([
      'A.watchedActions[1]: "login" is listed twice',
    ]);
    const many = Array.from({ length: 51 }, (_, i) => `op${i}`);
    expect(fields({ allowList: ['192.0.2.1'], watchedActions: many }, HUAWEICLOUD_LOGIN_ALARM)).toEqual([
      'A.watchedActions: 51 actions are more than the 50 the trigger can watch',
    ]);
    const long = Array.from({ length: 250 }, (_, i) => `198.51.100.${i % 250}`);
    expect(long.join(',').length).toBeGreaterThan(MAX_ALLOW_LIST_CHARS);
    expect(fields({ allowList: long })).toEqual([
      `A.allowList: the list is longer than ${MAX_ALLOW_LIST_CHARS} characters and would not fit in the function's settings (4 KB)`,
    ]);
  });

  test('deploy-time references are left to the cloud', () => {
    const isToken = (value: unknown) => String(value).startsWith('${');
    expect(
      loginAlarmOptionProblems(
        'A',
        { allowList: ['${var.office}'], watchedActions: ['${var.action}'] },
        AWS_LOGIN_ALARM,
        isToken,
      ),
    ).toEqual([]);
  });
});

describe('login alarm contract: settings written by the construct, read by the handler', () => {
  test('AWS writes every switch with its defaults; Huawei Cloud has no MFA switch', () => {
    expect(loginAlarmEnvironment({ allowList: ['192.0.2.0/24', '2001:db8::/32'] }, AWS_LOGIN_ALARM)).toEqual({
      TRAILWATCH_ALLOW_LIST: '192.0.2.0/24,2001:db8::/32',
      TRAILWATCH_WATCHED_ACTIONS: 'ConsoleLogin',
      TRAILWATCH_ALERT_ON_FAILURE: 'true',
      TRAILWATCH_ALERT_ON_ROOT: 'true',
      TRAILWATCH_ALERT_ON_MISSING_MFA: 'true',
    });
    expect(
      loginAlarmEnvironment({ allowList: ['192.0.2.0/24'], alertOnRootLogin: true }, HUAWEICLOUD_LOGIN_ALARM),
    ).toEqual({
      TRAILWATCH_ALLOW_LIST: '192.0.2.0/24',
      TRAILWATCH_WATCHED_ACTIONS: HUAWEICLOUD_SIGN_IN_TRACES.join(','),
      TRAILWATCH_ALERT_ON_FAILURE: 'true',
      TRAILWATCH_ALERT_ON_ROOT: 'true',
    });
  });

  test.each([AWS_LOGIN_ALARM, HUAWEICLOUD_LOGIN_ALARM])(
    'the handler reads back what the construct wrote, and the same defaults (%#)',
    (profile) => {
      const written = loginAlarmEnvironment({ allowList: ['192.0.2.0/24'] }, profile);
      const fromSettings = readLoginRuleSettings((name) => written[name], profile);
      const fromDefaults = readLoginRuleSettings(
        (name) => (name === 'TRAILWATCH_ALLOW_LIST' ? '192.0.2.0/24' : undefined),
        profile,
      );
      expect({ ...fromSettings, allowList: fromSettings.allowList.entries }).toEqual({
        ...fromDefaults,
        allowList: fromDefaults.allowList.entries,
      });
      expect(fromSettings.watchedActions).toEqual(profile.defaultWatchedActions);
    },
  );
});

describe('runLoginAlarm', () => {
  const event: AuditEvent = {
    cloud: Cloud.AWS,
    traceId: 't-1',
    action: 'ConsoleLogin',
    service: 'signin.amazonaws.com',
    time: '2024-06-10T06:13:20.000Z',
    sourceIp: '198.51.100.7',
    actor: { name: 'alice', type: ActorType.USER },
    resource: {},
    outcome: Outcome.SUCCESS,
    mfaUsed: true,
  };
  const settings = {
    allowList: IpAllowList.parse(['192.0.2.0/24']),
    watchedActions: ['ConsoleLogin'],
    alertOnFailure: true,
    alertOnRoot: true,
    alertOnMissingMfa: true,
  };
  beforeEach(() => {
    jest.spyOn(console, 'log').mockImplementation(() => undefined);
    jest.spyOn(console, 'error').mockImplementation(() => undefined);
  });
  afterEach(() => jest.restoreAllMocks());

  test('publishes one alert through the cloud adapter and returns its message id', async () => {
    const publish = jest.fn().mockResolvedValue('m-1');
    const result = await runLoginAlarm(ok(event), settings, { publish, subjectMaxLength: 99, requestId: 'r-1' });
    expect(result).toEqual({
      status: 'alerted',
      traceId: 't-1',
      findings: [LoginFinding.IP_NOT_ALLOWED],
      messageId: 'm-1',
    });
    expect(publish).toHaveBeenCalledWith(
      '[TrailWatch] Console ConsoleLogin outside allow-list: alice from 198.51.100.7 (aws)',
      expect.stringContaining('- source IP is outside the allow-list'),
    );
  });

  test('allowed, ignored and malformed events publish nothing; a publish failure is thrown', async () => {
    const publish = jest.fn().mockRejectedValue(new Error('down'));
    const io = { publish, subjectMaxLength: 99 };
    expect(await runLoginAlarm(ok({ ...event, sourceIp: '192.0.2.9' }), settings, io)).toEqual({
      status: 'allowed',
      traceId: 't-1',
    });
    expect(await runLoginAlarm(ok({ ...event, action: 'CheckMfa' }), settings, io)).toEqual({
      status: 'ignored',
      traceId: 't-1',
    });
    expect(await runLoginAlarm(fail('not JSON'), settings, io)).toEqual({ status: 'error', error: 'not JSON' });
    expect(publish).not.toHaveBeenCalled();
    await expect(runLoginAlarm(ok(event), settings, io)).rejects.toThrow('down');
  });
});
