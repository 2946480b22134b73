import { TerraformStack, Testing } from 'cdktf';
import { HuaweicloudProvider } from '../../../src/huaweicloud/generated/providers/huaweicloud/provider';
import { Agency } from '../../../src/huaweicloud/agency';
import { AlertTopic } from '../../../src/huaweicloud/alert-topic';
import { LTS_TRIGGER_ACTIONS, LogKeywordAlarm, LogKeywordAlarmProps } from '../../../src/huaweicloud/log-keyword-alarm';
import { SecureBucket } from '../../../src/huaweicloud/secure-bucket';
import { NotificationEndpoint } from '../../../src/core/notification-endpoint';
import { TrailWatchValidationError } from '../../../src/core/validation';
import { SynthesizedStack, onlyResource, resourcesOf, synthJson } from '../../helpers/synth';

type PartialProps = Partial<LogKeywordAlarmProps> | ((stack: TerraformStack) => Partial<LogKeywordAlarmProps>);

function build(props: PartialProps = {}): { json: SynthesizedStack; alarm: LogKeywordAlarm } {
  const stack = new TerraformStack(Testing.app(), 'test');
  new HuaweicloudProvider(stack, 'hw', { region: 'cn-north-4' });
  const alarm = new LogKeywordAlarm(stack, 'Alarm', {
    region: 'cn-north-4',
    ...(typeof props === 'function' ? props(stack) : props),
  });
  return { json: synthJson(stack), alarm };
}

interface PolicyDocument {
  readonly Version: string;
  readonly Statement: { readonly Effect: string; readonly Action: string[]; readonly Resource?: string[] }[];
}
function policies(json: SynthesizedStack): Record<string, { type: string; policy: PolicyDocument; name: string }> {
  return Object.fromEntries(
    Object.entries(resourcesOf(json, 'huaweicloud_identity_role')).map(([id, r]) => [
      id.replace(/_[A-F0-9]{8}$/, ''),
      { type: r.type as string, name: r.name as string, policy: JSON.parse(r.policy as string) as PolicyDocument },
    ]),
  );
}

/** The alarm's own resources of a type, without those of its function (its log group and stream). */
function alarmOwn(json: Parameters<typeof resourcesOf>[0], type: string): string[] {
  return Object.keys(resourcesOf(json, type)).filter((id) => !id.includes('_Function_'));
}

describe('Huawei LogKeywordAlarm with defaults', () => {
  const { json } = build({ subscriptions: [NotificationEndpoint.email('ops@example.com')] });

  test('a new LTS group and stream, watched by an LTS trigger with their ids', () => {
    const [groupId] = alarmOwn(json, 'huaweicloud_lts_group');
    const [streamId] = alarmOwn(json, 'huaweicloud_lts_stream');
    const group = { ...resourcesOf(json, 'huaweicloud_lts_group')[groupId], logicalId: groupId };
    const stream: Record<string, unknown> & { logicalId: string } = {
      ...resourcesOf(json, 'huaweicloud_lts_stream')[streamId],
      logicalId: streamId,
    };
    expect(group).toMatchObject({ ttl_in_days: 30, region: 'cn-north-4' });
    expect(stream.group_id).toBe(`\${huaweicloud_lts_group.${group.logicalId}.id}`);
    const trigger = onlyResource(json, 'huaweicloud_fgs_function_trigger');
    expect(trigger).toMatchObject({ type: 'LTS', status: 'ACTIVE', region: 'cn-north-4' });
    expect(trigger.event_data).toBe(
      `\${jsonencode({"log_group_id" = huaweicloud_lts_group.${group.logicalId}.id, "log_topic_id" = huaweicloud_lts_stream.${stream.logicalId}.id})}`,
    );
  });

  test('the function runs the bundled handler with the keyword settings', () => {
    const fn = onlyResource(json, 'huaweicloud_fgs_function');
    expect(fn).toMatchObject({ runtime: 'Node.js20.15', handler: 'index.handler', timeout: 60 });
    expect(fn.func_code).toMatch(/log-keyword-alarm\.zip"\)\}$/);
    expect(fn.user_data).toContain('"TRAILWATCH_KEYWORDS" = "WARN,WRN,WARNING,ERROR,ERR,FATAL"');
    expect(fn.user_data).toContain('"TRAILWATCH_ARCHIVE_PREFIX" = "log-keyword-alarm"');
    expect(fn.user_data).toMatch(/"TRAILWATCH_SMN_TOPIC_URN" = huaweicloud_smn_topic\.\w+\.topic_urn/);
    expect(fn.user_data).toMatch(/"TRAILWATCH_ARCHIVE_BUCKET" = huaweicloud_obs_bucket\.\w+\.bucket/);
  });

  test('custom policies only: LTS trigger rights on the configuration agency; SMN, KMS and OBS on the execution agency', () => {
    const all = policies(json);
    expect(Object.keys(all).sort()).toEqual([
      'Alarm_Function_AppObsGlobalPolicy',
      'Alarm_Function_AppObsProjectPolicy',
      'Alarm_Function_AppPolicy',
      'Alarm_Function_Policy',
    ]);
    expect(all.Alarm_Function_Policy.type).toBe('XA');
    // FunctionGraph delivers failed asynchronous invocations to the alert topic with the configuration agency.
    expect(all.Alarm_Function_Policy.policy.Statement.map((s) => s.Action)).toEqual([
      [...LTS_TRIGGER_ACTIONS],
      ['smn:topic:publish'],
    ]);
    expect(all.Alarm_Function_AppPolicy.type).toBe('XA');
    expect(all.Alarm_Function_AppPolicy.policy.Statement.map((s) => s.Action)).toEqual([
      ['smn:topic:publish'],
      ['kms:cmk:get', 'kms:cmk:list', 'kms:cmk:generate', 'kms:dek:create', 'kms:dek:crypto'],
    ]);
    for (const name of ['Alarm_Function_AppObsGlobalPolicy', 'Alarm_Function_AppObsProjectPolicy']) {
      expect(all[name].policy.Statement).toEqual([
        {
          Effect: 'Allow',
          Action: ['obs:object:PutObject'],
          Resource: [
            expect.stringMatching(
              /^obs:\*:\*:object:\$\{huaweicloud_obs_bucket\.\w+\.bucket\}\/log-keyword-alarm\/\*$/,
            ),
          ],
        },
      ]);
    }
    expect(all.Alarm_Function_AppObsGlobalPolicy.type).toBe('AX');
    expect(all.Alarm_Function_AppObsProjectPolicy.type).toBe('XA');
    const actions = Object.values(all).flatMap((p) => p.policy.Statement.flatMap((s) => s.Action));
    expect(actions.some((a) => a.includes('*'))).toBe(false);

    const roleRef = (id: string): string =>
      `\${huaweicloud_identity_role.${Object.keys(resourcesOf(json, 'huaweicloud_identity_role')).find((k) => k.startsWith(id))}.name}`;
    const agencies = resourcesOf(json, 'huaweicloud_identity_agency');
    const [configId, config] = Object.entries(agencies).find(([id]) => id.startsWith('Alarm_Function_Agency'))!;
    const [appId, app] = Object.entries(agencies).find(([id]) => id.startsWith('Alarm_Function_AppAgency'))!;
    expect(config).toMatchObject({
      delegated_domain_name: 'op_svc_cff',
      project_role: [{ project: 'cn-north-4', roles: [roleRef('Alarm_Function_Policy')] }],
    });
    expect(app).toMatchObject({
      delegated_domain_name: 'op_svc_cff',
      project_role: [
        {
          project: 'cn-north-4',
          roles: [roleRef('Alarm_Function_AppPolicy'), roleRef('Alarm_Function_AppObsProjectPolicy')],
        },
      ],
      domain_roles: [roleRef('Alarm_Function_AppObsGlobalPolicy')],
    });
    expect(onlyResource(json, 'huaweicloud_fgs_function')).toMatchObject({
      agency: `\${huaweicloud_identity_agency.${configId}.name}`,
      app_agency: `\${huaweicloud_identity_agency.${appId}.name}`,
    });
  });

  test('a private, encrypted archive bucket and a topic with the subscription', () => {
    expect(onlyResource(json, 'huaweicloud_obs_bucket')).toMatchObject({
      acl: 'private',
      encryption: true,
      versioning: true,
    });
    expect(onlyResource(json, 'huaweicloud_smn_subscription')).toMatchObject({
      protocol: 'email',
      endpoint: 'ops@example.com',
    });
  });
});

describe('Huawei LogKeywordAlarm with existing resources', () => {
  const topicUrn = 'urn:smn:cn-north-4:0123456789abcdef0123456789abcdef:security-alerts';

  test('existing group, stream, topic and bucket: only the function, its agency and the trigger are created', () => {
    const { json } = build((stack) => ({
      existingLogGroupId: '97a9d284-4448-11e8-8fa4-286ed488ce70',
      existingLogStreamId: '1a9675a7-784d-11e8-9f70-286ed488ce70',
      alertTopic: AlertTopic.fromTopicUrn(stack, 'Topic', topicUrn),
      archiveBucket: SecureBucket.fromBucketName(stack, 'Bucket', 'acme-archive'),
      archivePrefix: 'audit/keyword',
      archiveKmsKeyId: '0d0466b0-e727-4d9c-b35d-f84bb474a37f',
      keywords: ['ERROR', 'FATAL'],
    }));
    for (const type of [
      'huaweicloud_lts_group',
      'huaweicloud_lts_stream',
      'huaweicloud_smn_topic',
      'huaweicloud_obs_bucket',
    ]) {
      expect(alarmOwn(json, type)).toEqual([]);
    }
    const trigger = onlyResource(json, 'huaweicloud_fgs_function_trigger');
    expect(trigger.event_data).toBe(
      '${jsonencode({"log_group_id" = "97a9d284-4448-11e8-8fa4-286ed488ce70", "log_topic_id" = "1a9675a7-784d-11e8-9f70-286ed488ce70"})}',
    );
    const all = policies(json);
    expect(all.Alarm_Function_AppObsGlobalPolicy.policy.Statement[0].Resource).toEqual([
      'obs:*:*:object:acme-archive/audit/keyword/*',
    ]);
    expect(all.Alarm_Function_AppPolicy.policy.Statement[1].Resource).toEqual([
      'KMS:*:*:KeyId:0d0466b0-e727-4d9c-b35d-f84bb474a37f',
    ]);
    expect(onlyResource(json, 'huaweicloud_fgs_function').user_data).toContain(
      `"TRAILWATCH_SMN_TOPIC_URN" = "${topicUrn}"`,
    );
  });

  test('an existing agency: no agency or policy is created', () => {
    const { json } = build((stack) => ({ agency: Agency.fromAgencyName(stack, 'Agency', 'ops-keyword-alarm') }));
    expect(resourcesOf(json, 'huaweicloud_identity_agency')).toEqual({});
    expect(resourcesOf(json, 'huaweicloud_identity_role')).toEqual({});
    expect(onlyResource(json, 'huaweicloud_fgs_function').agency).toBe('ops-keyword-alarm');
  });

  test('a new stream in an existing group', () => {
    const { json } = build({ existingLogGroupId: '97a9d284-4448-11e8-8fa4-286ed488ce70', logStreamName: 'app-errors' });
    expect(alarmOwn(json, 'huaweicloud_lts_group')).toEqual([]);
    expect(resourcesOf(json, 'huaweicloud_lts_stream')[alarmOwn(json, 'huaweicloud_lts_stream')[0]]).toMatchObject({
      group_id: '97a9d284-4448-11e8-8fa4-286ed488ce70',
      stream_name: 'app-errors',
    });
  });
});

describe('Huawei LogKeywordAlarm validation', () => {
  const otherRegion = 'urn:smn:cn-south-1:0123456789abcdef0123456789abcdef:t';
  test.each<[string, PartialProps, RegExp]>([
    ['keywords with punctuation', { keywords: ['ERR.*'] }, /^test\/Alarm\.keywords/],
    [
      'an unknown region',
      { region: 'cn-nowhere-9' },
      /^test\/Alarm\.region: "cn-nowhere-9" is not a Huawei Cloud region/,
    ],
    ['duplicate keywords', { keywords: ['WARN', 'WARN'] }, /repeats/],
    ['a stream without its group', { existingLogStreamId: 'abc' }, /^test\/Alarm\.existingLogStreamId/],
    [
      'a bad topic URN',
      (stack) => ({ alertTopic: AlertTopic.fromTopicUrn(stack, 'T', 'security-alerts') }),
      /not an SMN topic URN/,
    ],
    [
      'a topic of another region',
      (stack) => ({ alertTopic: AlertTopic.fromTopicUrn(stack, 'T', otherRegion) }),
      /^test\/Alarm\.alertTopic: the topic is in cn-south-1/,
    ],
    [
      'a bad bucket name',
      (stack) => ({ archiveBucket: SecureBucket.fromBucketName(stack, 'B', 'Upper_Case') }),
      /not a valid OBS bucket name/,
    ],
    ['a retention over a year', { logGroupRetentionDays: 400 }, /^test\/Alarm\.logGroupRetentionDays/],
    [
      'both topic and subscriptions',
      (stack) => ({
        alertTopic: AlertTopic.fromTopicUrn(stack, 'T', 'urn:smn:cn-north-4:0123456789abcdef0123456789abcdef:t'),
        subscriptions: [NotificationEndpoint.email('a@example.com')],
      }),
      /^test\/Alarm\.alertTopic: cannot be combined with subscriptions/,
    ],
  ])('%s is rejected at synth', (_name, props, message) => {
    expect(() => build(props)).toThrow(message);
    expect(() => build(props)).toThrow(TrailWatchValidationError);
  });
});

test('tags reach every taggable resource created here', () => {
  const tags = { project: 'audit' };
  const { json } = build({ tags });
  for (const type of [
    'huaweicloud_lts_group',
    'huaweicloud_lts_stream',
    'huaweicloud_smn_topic',
    'huaweicloud_obs_bucket',
    'huaweicloud_fgs_function',
  ]) {
    for (const resource of Object.values(resourcesOf(json, type))) expect(resource).toMatchObject({ tags });
  }
});
