import { App, TerraformOutput, TerraformStack, Testing } from 'cdktf';
import { HuaweicloudProvider } from '../../../src/huaweicloud/generated/providers/huaweicloud/provider';
import { CTS_TRIGGER_ACTIONS, IamTraceRegion } from '../../../src/huaweicloud/login-alarm';
import { LoginAuditPattern, LoginAuditPatternProps } from '../../../src/huaweicloud/login-audit-pattern';
import { AlertTopic } from '../../../src/huaweicloud/alert-topic';
import { AuditTracker } from '../../../src/huaweicloud/audit-tracker';
import { BundledFunction } from '../../../src/huaweicloud/bundled-function';
import { SecureBucket } from '../../../src/huaweicloud/secure-bucket';
import { Agency } from '../../../src/huaweicloud/agency';
import { BundledHandler } from '../../../src/core/handler-asset';
import { NotificationEndpoint } from '../../../src/core/notification-endpoint';
import { onlyResource, synthJson } from '../../helpers/synth';

type PropsOf = Partial<LoginAuditPatternProps> | ((stack: TerraformStack) => Partial<LoginAuditPatternProps>);

function stackWith(given: PropsOf = {}): { stack: TerraformStack; pattern: LoginAuditPattern } {
  const stack = new TerraformStack(Testing.app(), 'test');
  new HuaweicloudProvider(stack, 'hw', { region: 'cn-north-4' });
  const props = typeof given === 'function' ? given(stack) : given;
  const pattern = new LoginAuditPattern(stack, 'Audit', {
    region: IamTraceRegion.CHINESE_MAINLAND_SITE,
    allowList: ['203.0.113.0/24'],
    subscriptions: [
      NotificationEndpoint.email('sec@example.com'),
      NotificationEndpoint.sms('+8613800000000'),
      NotificationEndpoint.https('https://hooks.example.com/x'),
    ],
    ...props,
  });
  return { stack, pattern };
}

describe('Huawei LoginAuditPattern', () => {
  const { stack, pattern } = stackWith();
  const json = synthJson(stack);

  /** The function's two agencies: the configuration one (`agency`, trigger rights) and the execution one (`app_agency`). */
  function agencies(): Record<'configuration' | 'execution', Record<string, unknown> & { logicalId: string }> {
    const all = Object.entries(json.resource.huaweicloud_identity_agency);
    expect(all).toHaveLength(2);
    const find = (id: string) => {
      const [logicalId, agency] = all.find(([key]) => key.startsWith(`Audit_LoginAlarm_Function_${id}_`))!;
      return { ...agency, logicalId };
    };
    return { configuration: find('Agency'), execution: find('AppAgency') };
  }

  test('the new bucket is private, encrypted, versioned, with retention and a TLS-only policy', () => {
    const bucket = onlyResource(json, 'huaweicloud_obs_bucket');
    expect(bucket).toMatchObject({
      acl: 'private',
      encryption: true,
      sse_algorithm: 'kms',
      versioning: true,
      force_destroy: false,
    });
    expect(bucket.lifecycle_rule).toEqual([expect.objectContaining({ enabled: true, expiration: [{ days: 180 }] })]);
    const policy = JSON.parse(onlyResource(json, 'huaweicloud_obs_bucket_policy').policy as string);
    expect(policy.Statement).toEqual([
      expect.objectContaining({ Effect: 'Deny', Condition: { Bool: { SecureTransport: ['false'] } } }),
    ]);
  });

  test('the tracker transfers to that bucket with integrity verification on', () => {
    const tracker = onlyResource(json, 'huaweicloud_cts_tracker');
    const bucket = onlyResource(json, 'huaweicloud_obs_bucket');
    expect(tracker).toMatchObject({
      bucket_name: `\${huaweicloud_obs_bucket.${bucket.logicalId}.bucket}`,
      validate_file: true,
      file_prefix: 'trailwatch',
      region: 'cn-north-4',
    });
  });

  test('the function runs the bundled handler on Node.js 20 with its agencies, and the trigger watches IAM sign-in', () => {
    const fn = onlyResource(json, 'huaweicloud_fgs_function');
    const { configuration, execution } = agencies();
    expect(fn).toMatchObject({
      runtime: 'Node.js20.15',
      handler: 'index.handler',
      code_type: 'zip',
      // Trigger rights on the configuration agency, runtime rights on the execution agency (app_agency).
      agency: `\${huaweicloud_identity_agency.${configuration.logicalId}.name}`,
      app_agency: `\${huaweicloud_identity_agency.${execution.logicalId}.name}`,
      region: 'cn-north-4',
    });
    expect(fn.func_code).toMatch(/^\$\{filebase64\("assets\/.+\/login-alarm\.zip"\)\}$/);
    // Every documented sign-in trace, 10 operations per CTS trigger.
    const triggers = Object.values(json.resource.huaweicloud_fgs_function_trigger);
    expect(triggers).toHaveLength(2);
    for (const trigger of triggers) {
      expect(trigger).toMatchObject({
        type: 'CTS',
        status: 'ACTIVE',
        function_urn: `\${huaweicloud_fgs_function.${fn.logicalId}.urn}`,
      });
    }
    expect(triggers.map((t) => String(t.event_data)).join('\n')).toContain(
      'IAM:user:login;logout;loginFailed;loginfailed;scanQRCodeLogin',
    );
  });

  test('each agency holds only a custom policy (CTS trigger actions; SMN publish): no admin role, no wildcard', () => {
    const { configuration, execution } = agencies();
    const actionsOf = (agency: Record<string, unknown>): string[] => {
      expect(agency.delegated_domain_name).toBe('op_svc_cff');
      expect(agency.domain_roles).toBeUndefined();
      expect(agency.all_resources_roles).toBeUndefined();
      expect(JSON.stringify(agency)).not.toMatch(/Administrator|FullAccess|Tenant/);
      const [{ project, roles }] = agency.project_role as { project: string; roles: string[] }[];
      expect(project).toBe('cn-north-4');
      expect(roles).toHaveLength(1);
      const roleId = /^\$\{huaweicloud_identity_role\.([A-Za-z0-9_]+)\.name\}$/.exec(roles[0])![1];
      const policy = JSON.parse(json.resource.huaweicloud_identity_role[roleId].policy as string) as {
        Statement: { Action: string[] }[];
      };
      return policy.Statement.flatMap((s) => s.Action);
    };
    expect(Object.keys(json.resource.huaweicloud_identity_role)).toHaveLength(2);
    // The configuration agency also delivers failed asynchronous invocations to the alert topic.
    expect(actionsOf(configuration)).toEqual([...CTS_TRIGGER_ACTIONS, 'smn:topic:publish']);
    expect(actionsOf(execution)).toEqual(['smn:topic:publish']);
    expect([...actionsOf(configuration), ...actionsOf(execution)].filter((a) => a.includes('*'))).toEqual([]);
  });

  test('subscriptions reference the topic; settings reach the function', () => {
    const topic = onlyResource(json, 'huaweicloud_smn_topic');
    const subs = Object.values(json.resource.huaweicloud_smn_subscription);
    expect(subs.map((s) => [s.protocol, s.endpoint])).toEqual([
      ['email', 'sec@example.com'],
      ['sms', '+8613800000000'],
      ['https', 'https://hooks.example.com/x'],
    ]);
    for (const s of subs) expect(s.topic_urn).toBe(`\${huaweicloud_smn_topic.${topic.logicalId}.topic_urn}`);
    const userData = onlyResource(json, 'huaweicloud_fgs_function').user_data as string;
    expect(userData).toContain('"TRAILWATCH_ALLOW_LIST" = "203.0.113.0/24"');
    expect(userData).toContain(`"TRAILWATCH_SMN_TOPIC_URN" = huaweicloud_smn_topic.${topic.logicalId}.topic_urn`);
  });

  test('created resources are exposed', () => {
    expect(pattern.tracker.bucket).toBeDefined();
    expect((pattern.alertTopic as AlertTopic).subscriptions).toHaveLength(3);
    expect(pattern.bucket).toBe(pattern.tracker.bucket);
    expect(pattern.function).toBe(pattern.loginAlarm.function);
    expect(pattern.configurationAgency.agencyName).toBe(pattern.function.agencyName);
    expect(pattern.loginAlarm.function.agency).toBeDefined();
    expect(pattern.loginAlarm.trigger).toBeDefined();
  });

  test('`agency` is the execution agency (whose token the code gets), as `role` on AWS; `configurationAgency` creates the triggers', () => {
    const { stack: s, pattern: p } = stackWith();
    new TerraformOutput(s, 'Execution', { value: p.agency.agencyName });
    new TerraformOutput(s, 'Configuration', { value: p.configurationAgency.agencyName });
    const outputs = (synthJson(s) as unknown as { output: Record<string, { value: string }> }).output;
    const { configuration, execution } = agencies();
    expect(outputs.Execution.value).toBe(`\${huaweicloud_identity_agency.${execution.logicalId}.name}`);
    expect(outputs.Configuration.value).toBe(`\${huaweicloud_identity_agency.${configuration.logicalId}.name}`);
  });

  test('existing bucket, topic and agency are used instead of new ones', () => {
    const { stack: s, pattern: p } = stackWith((stack) => ({
      bucket: SecureBucket.fromBucketName(stack, 'Traces', 'my-traces'),
      alertTopic: AlertTopic.fromTopicUrn(
        stack,
        'Alerts',
        'urn:smn:cn-north-4:0123456789abcdef0123456789abcdef:security_alerts',
      ),
      subscriptions: undefined,
      agency: Agency.fromAgencyName(stack, 'Agency', 'my_agency'),
    }));
    const j = synthJson(s);
    expect(j.resource.huaweicloud_obs_bucket).toBeUndefined();
    expect(j.resource.huaweicloud_smn_topic).toBeUndefined();
    expect(j.resource.huaweicloud_identity_agency).toBeUndefined();
    expect(onlyResource(j, 'huaweicloud_cts_tracker').bucket_name).toBe('my-traces');
    expect(onlyResource(j, 'huaweicloud_fgs_function').agency).toBe('my_agency');
    expect(onlyResource(j, 'huaweicloud_fgs_function').app_agency).toBeUndefined();
    // The given agency is both the execution and the configuration agency.
    expect(p.agency.agencyName).toBe('my_agency');
    expect(p.configurationAgency.agencyName).toBe('my_agency');
  });

  test('tags reach the tracker, its bucket and key, the created topic and the login alarm function', () => {
    const tags = { team: 'security' };
    const j = synthJson(stackWith({ tags }).stack);
    for (const type of [
      'huaweicloud_cts_tracker',
      'huaweicloud_obs_bucket',
      'huaweicloud_kms_key',
      'huaweicloud_smn_topic',
      'huaweicloud_fgs_function',
    ]) {
      expect([type, onlyResource(j, type).tags]).toEqual([type, tags]);
    }
  });
});

describe('prop validation names the field and the fix', () => {
  test.each<[string, () => unknown, RegExp]>([
    [
      'empty allow-list',
      () => stackWith({ allowList: [] }),
      /test\/Audit\/LoginAlarm\.allowList: the allow-list is empty.*Give at least one/,
    ],
    [
      'bad CIDR',
      () => stackWith({ allowList: ['203.0.113.0/24', '10.0.0.0/40'] }),
      /test\/Audit\/LoginAlarm\.allowList\[1\]: "10.0.0.0\/40" is not an IPv4\/IPv6 address or CIDR block/,
    ],
    ['bad address', () => stackWith({ allowList: ['300.1.1.1'] }), /allowList\[0\]: "300.1.1.1"/],
    [
      'bad e-mail',
      () => NotificationEndpoint.email('not-an-email'),
      /NotificationEndpoint\.email\(address\): "not-an-email" is not an e-mail address\. Write it as name@example\.com/,
    ],
    [
      'bad phone',
      () => NotificationEndpoint.sms('13800000000'),
      /NotificationEndpoint\.sms\(phoneNumber\): "13800000000" is not a phone number in E\.164 form/,
    ],
    [
      'http where https is required',
      () => NotificationEndpoint.https('http://hooks.example.com'),
      /plain http.*Use an https:\/\/ endpoint/,
    ],
    ['plain http without opt-in', () => NotificationEndpoint.http('http://hooks.example.com'), /allowInsecureHttp/],
    ['not a URL', () => NotificationEndpoint.https('hooks'), /"hooks" is not a URL/],
    ['credentials in URL', () => NotificationEndpoint.https('https://u:p@hooks.example.com'), /embeds credentials/],
    [
      'duplicate subscription',
      () =>
        stackWith({
          subscriptions: [NotificationEndpoint.email('a@example.com'), NotificationEndpoint.email('a@example.com')],
        }),
      /subscriptions\[1\]: email:a@example.com is listed twice/,
    ],
    [
      'no watched action',
      () => stackWith({ watchedActions: [] }),
      /Audit\/LoginAlarm\.watchedActions: is empty, so no sign-in would be checked/,
    ],
    [
      'region without IAM traces',
      () => stackWith({ region: 'eu-west-0' as IamTraceRegion }),
      /test\/Audit\/LoginAlarm\.region: "eu-west-0" does not record IAM traces/,
    ],
    [
      'topic and subscriptions',
      () =>
        stackWith((stack) => ({
          alertTopic: AlertTopic.fromTopicUrn(stack, 'T', 'urn:smn:cn-north-4:0123456789abcdef0123456789abcdef:x'),
        })),
      /test\/Audit\.alertTopic: cannot be combined with test\/Audit\.subscriptions/,
    ],
    [
      'existing bucket and retention',
      () => stackWith((stack) => ({ bucket: SecureBucket.fromBucketName(stack, 'B', 'my-bucket'), retentionDays: 30 })),
      /test\/Audit\/Tracker\.bucket: cannot be combined with test\/Audit\/Tracker\.retentionDays/,
    ],
    [
      'bad retention',
      () => stackWith({ retentionDays: 0 }),
      /test\/Audit\/Tracker\/Bucket\.retentionDays: 0 is out of range/,
    ],
    [
      'bad file prefix',
      () => stackWith({ filePrefix: 'a/b' }),
      /Tracker\.filePrefix: "a\/b" is not a valid CTS file prefix/,
    ],
    [
      'not a topic URN',
      () =>
        stackWith((stack) => ({ alertTopic: AlertTopic.fromTopicUrn(stack, 'T', 'alerts'), subscriptions: undefined })),
      /test\/T\.topicUrn: "alerts" is not an SMN topic URN/,
    ],
    [
      'a topic of another region',
      () =>
        stackWith((stack) => ({
          alertTopic: AlertTopic.fromTopicUrn(
            stack,
            'T',
            'urn:smn:ap-southeast-1:0123456789abcdef0123456789abcdef:alerts',
          ),
          subscriptions: undefined,
        })),
      /test\/Audit\/LoginAlarm\.alertTopic: the topic is in ap-southeast-1, the function in cn-north-4/,
    ],
    [
      'an allow-list too long for the user data',
      () =>
        stackWith({ allowList: Array.from({ length: 300 }, (_, i) => `10.${Math.floor(i / 250)}.${i % 250}.0/24`) }),
      /Audit(\/LoginAlarm)?\.allowList: the list is longer than 3000 characters/,
    ],
  ])('%s', (_name, build, message) => {
    expect(build).toThrow(message);
  });

  test('http is accepted with an explicit opt-in', () => {
    expect(NotificationEndpoint.http('http://10.0.0.5/hook', { allowInsecureHttp: true }).protocol).toBe('http');
  });

  test('wildcard agency actions and bad names are refused', () => {
    const stack = new TerraformStack(new App(), 's');
    expect(
      () =>
        new BundledFunction(stack, 'Fn', {
          handler: BundledHandler.HUAWEICLOUD_LOGIN_ALARM,
          region: 'cn-north-4',
          permissions: [{ actions: ['smn:*'] }],
        }),
    ).toThrow(/Fn\.permissions\[0\]\.actions: "smn:\*" is a wildcard action/);
    expect(() => new AlertTopic(stack, 'T', { region: 'cn-north-4', topicName: '1bad name' })).toThrow(/T\.topicName/);
    expect(
      () =>
        new AuditTracker(stack, 'Tr', {
          region: 'cn-north-4',
          bucket: SecureBucket.fromBucketName(stack, 'B', 'acme-traces'),
          filePrefix: '',
        }),
    ).toThrow(/Tr\.filePrefix/);
  });
});

describe('the pattern can include the log keyword alarm', () => {
  test('it alerts through the pattern topic and archives into a bucket of its own, not the trace bucket', () => {
    const { stack, pattern } = stackWith({
      logKeywordAlarm: { keywords: ['ERROR', 'FATAL'], archivePrefix: 'keyword-archive' },
    });
    const json = synthJson(stack);
    expect(pattern.logKeywordAlarm).toBeDefined();
    expect(pattern.logKeywordAlarm?.archiveBucket).not.toBe(pattern.bucket);
    expect(Object.keys(json.resource.huaweicloud_fgs_function)).toHaveLength(2);
    expect(Object.keys(json.resource.huaweicloud_smn_topic)).toHaveLength(1);
    const topic = onlyResource(json, 'huaweicloud_smn_topic');
    const archive = Object.keys(json.resource.huaweicloud_obs_bucket).find((id) =>
      id.startsWith('Audit_LogKeywordAlarm_ArchiveBucket_'),
    )!;
    expect(archive).toBeDefined();
    const keywordFunction = Object.entries(json.resource.huaweicloud_fgs_function).find(([id]) =>
      id.includes('LogKeywordAlarm'),
    )![1];
    expect(keywordFunction.user_data).toContain(`huaweicloud_smn_topic.${topic.logicalId}.topic_urn`);
    expect(keywordFunction.user_data).toContain(`huaweicloud_obs_bucket.${archive}.bucket`);
    expect(keywordFunction.user_data).toContain('"ERROR,FATAL"');
    const triggers = Object.values(json.resource.huaweicloud_fgs_function_trigger).map((t) => t.type);
    expect(new Set(triggers)).toEqual(new Set(['CTS', 'LTS']));
  });

  test('its options are validated with the pattern', () => {
    expect(() => stackWith({ logKeywordAlarm: { keywords: [] } })).toThrow(/LogKeywordAlarm\.keywords/);
  });
});

describe('the pattern can include tag enrichment', () => {
  test('it turns on the LTS transfer and reads the tracker stream', () => {
    const { stack, pattern } = stackWith({ tagEnrichment: { services: ['ECS', 'EVS'] } });
    const json = synthJson(stack);
    expect(pattern.tagEnrichment).toBeDefined();
    const tracker = onlyResource(json, 'huaweicloud_cts_tracker');
    expect(tracker.lts_enabled).toBe(true);
    const lts = Object.values(json.resource.huaweicloud_fgs_function_trigger).find((t) => t.type === 'LTS')!;
    expect(lts.event_data).toContain(`huaweicloud_cts_tracker.${tracker.logicalId}.group_id`);
    expect(lts.event_data).toContain(`huaweicloud_cts_tracker.${tracker.logicalId}.stream_id`);
  });

  test('turning the transfer off with tag enrichment is refused', () => {
    expect(() => stackWith({ tagEnrichment: {}, transferToLts: false })).toThrow(
      /Audit\.transferToLts: is false, but tag enrichment reads the traces from LTS/,
    );
  });
});
