import { TerraformStack, Testing } from 'cdktf';
import { Agency } from '../../../src/huaweicloud/agency';
import { AlertTopic } from '../../../src/huaweicloud/alert-topic';
import { HuaweicloudProvider } from '../../../src/huaweicloud/generated/providers/huaweicloud/provider';
import { HuaweiLoginAction, IamTraceRegion, LoginAlarm, LoginAlarmProps } from '../../../src/huaweicloud/login-alarm';
import { HUAWEICLOUD_SIGN_IN_TRACES } from '../../../runtime/core/login-profiles';
import { TrailWatchValidationError } from '../../../src/core/validation';
import { SynthesizedStack, onlyResource, resourcesOf, synthJson } from '../../helpers/synth';

const TOPIC_URN = 'urn:smn:cn-north-4:0123456789abcdef0123456789abcdef:security_alerts';
type AlarmOptions = Omit<LoginAlarmProps, 'alertTopic' | 'region'> & {
  readonly region?: IamTraceRegion;
  readonly topicUrn?: string;
};

function stack(): TerraformStack {
  const s = new TerraformStack(Testing.app(), 'stack');
  new HuaweicloudProvider(s, 'hw', { region: 'cn-north-4' });
  return s;
}

function addAlarm(s: TerraformStack, { topicUrn, region, ...options }: AlarmOptions): LoginAlarm {
  return new LoginAlarm(s, 'Alarm', {
    region: region ?? IamTraceRegion.CHINESE_MAINLAND_SITE,
    alertTopic: AlertTopic.fromTopicUrn(s, 'Alerts', topicUrn ?? TOPIC_URN),
    ...options,
  });
}

function synthAlarm(options: AlarmOptions): SynthesizedStack {
  const s = stack();
  addAlarm(s, options);
  return synthJson(s);
}

describe('LoginAlarm (Huawei Cloud)', () => {
  test('by default every documented IAM sign-in trace is watched, over two CTS triggers of at most 10 operations', () => {
    const json = synthAlarm({ allowList: ['203.0.113.0/24'] });
    const triggers = Object.values(resourcesOf(json, 'huaweicloud_fgs_function_trigger'));
    expect(triggers.map((t) => t.type)).toEqual(['CTS', 'CTS']);
    const texts = triggers.map((t) => String(t.event_data)).join('\n');
    expect(texts).toContain(`IAM:user:${HUAWEICLOUD_SIGN_IN_TRACES.slice(0, 10).join(';')}`);
    expect(texts).toContain(`IAM:user:${HUAWEICLOUD_SIGN_IN_TRACES.slice(10).join(';')}`);
    expect(texts).toContain('scanQRCodeLogin;scanQRCodeLoginFailed;oidcLoginSuccess');
    // The enum offers exactly the documented traces.
    expect([...Object.values(HuaweiLoginAction)].sort()).toEqual([...HUAWEICLOUD_SIGN_IN_TRACES].sort());
  });

  test('the function gets the contract settings and the topic', () => {
    const watchedActions = [HuaweiLoginAction.LOGIN, HuaweiLoginAction.LOGOUT, HuaweiLoginAction.LOGIN_FAILED];
    const json = synthAlarm({ allowList: ['203.0.113.0/24', '2001:db8::/32'], watchedActions });
    const fn = onlyResource(json, 'huaweicloud_fgs_function');
    expect(fn.user_data).toContain(
      '{"TRAILWATCH_ALLOW_LIST" = "203.0.113.0/24,2001:db8::/32", "TRAILWATCH_WATCHED_ACTIONS" = "login,logout,loginFailed", ' +
        '"TRAILWATCH_ALERT_ON_FAILURE" = "true", "TRAILWATCH_ALERT_ON_ROOT" = "true", "TRAILWATCH_REGION" = "cn-north-4", ' +
        `"TRAILWATCH_SMN_TOPIC_URN" = "${TOPIC_URN}", `,
    );
    // Its own LTS group and stream (issue 13): the keyword alarm can tell the function's own lines apart.
    expect(fn.user_data).toMatch(/"TRAILWATCH_OWN_LOG_GROUP" = huaweicloud_lts_group\.Alarm_Function_LogGroup_\w+\.id/);
    const trigger = onlyResource(json, 'huaweicloud_fgs_function_trigger');
    expect(trigger.type).toBe('CTS');
    expect(String(trigger.event_data)).toContain('IAM:user:login;logout;loginFailed');
  });

  test('the account-owner switch is an option, on by default like on AWS (issue 13: alertOnRoot on every cloud)', () => {
    const s = stack();
    const alarm = addAlarm(s, {
      allowList: ['203.0.113.0/24'],
      alertOnRootLogin: false,
      watchedActions: [HuaweiLoginAction.LOGIN],
    });
    expect(String(onlyResource(synthJson(s), 'huaweicloud_fgs_function').user_data)).toContain(
      '"TRAILWATCH_ALERT_ON_ROOT" = "false"',
    );
    expect(alarm.triggers).toHaveLength(1);
  });

  test('more than 10 watched actions are split over several CTS triggers (10 operations each)', () => {
    const actions = Array.from({ length: 12 }, (_, i) => `op${i}`);
    const json = synthAlarm({ allowList: ['203.0.113.0/24'], watchedActions: actions });
    const triggers = Object.values(resourcesOf(json, 'huaweicloud_fgs_function_trigger'));
    expect(triggers).toHaveLength(2);
    const texts = triggers.map((t) => String(t.event_data));
    expect(texts.some((t) => t.includes(`IAM:user:${actions.slice(0, 10).join(';')}`))).toBe(true);
    expect(texts.some((t) => t.includes('IAM:user:op10;op11'))).toBe(true);
  });

  test('an existing agency is used as is', () => {
    const s = stack();
    new LoginAlarm(s, 'Alarm', {
      region: IamTraceRegion.CHINESE_MAINLAND_SITE,
      allowList: ['203.0.113.0/24'],
      alertTopic: AlertTopic.fromTopicUrn(s, 'Alerts', TOPIC_URN),
      agency: Agency.fromAgencyName(s, 'Agency', 'my_agency'),
    });
    const json = synthJson(s);
    expect(resourcesOf(json, 'huaweicloud_identity_agency')).toEqual({});
    expect(onlyResource(json, 'huaweicloud_fgs_function').agency).toBe('my_agency');
  });

  test.each<[AlarmOptions, string]>([
    [{ allowList: [] }, 'stack/Alarm.allowList: the allow-list is empty'],
    [
      { allowList: ['203.0.113.0/24', '10.0.0.0/40'] },
      'stack/Alarm.allowList[1]: "10.0.0.0/40" is not an IPv4/IPv6 address or CIDR block',
    ],
    [{ allowList: ['203.0.113.0/24'], watchedActions: [] }, 'stack/Alarm.watchedActions: is empty'],
    [
      { allowList: ['203.0.113.0/24'], watchedActions: ['IAM:user:login'] },
      'stack/Alarm.watchedActions[0]: "IAM:user:login" is not a CTS trace name',
    ],
    [
      { allowList: ['203.0.113.0/24'], region: 'eu-west-0' as IamTraceRegion },
      'stack/Alarm.region: "eu-west-0" does not record IAM traces',
    ],
    [
      { allowList: ['203.0.113.0/24'], topicUrn: 'urn:smn:ap-southeast-1:0123456789abcdef0123456789abcdef:alerts' },
      'stack/Alarm.alertTopic: the topic is in ap-southeast-1, the function in cn-north-4',
    ],
  ])('rejects invalid props (case %#)', (options, message) => {
    let error: unknown;
    try {
      addAlarm(stack(), options);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(TrailWatchValidationError);
    expect((error as Error).message).toContain(message);
  });

  test('an error names the construct path the user built and the prop as written', () => {
    const s = stack();
    const alertTopic = AlertTopic.fromTopicUrn(s, 'Alerts', TOPIC_URN);
    expect(
      () =>
        new LoginAlarm(s, 'Audit', { region: IamTraceRegion.CHINESE_MAINLAND_SITE, allowList: ['nope'], alertTopic }),
    ).toThrow(/^stack\/Audit\.allowList\[0\]: "nope" is not an IPv4\/IPv6 address or CIDR block\. Write an address/);
  });
});
