import { TerraformStack } from 'cdktf';
import { AwsProvider } from '@cdktf/provider-aws/lib/provider';
import { AlertTopic, TopicEncryption } from '../../../src/aws/alert-topic';
import { ExecutionRole } from '../../../src/aws/execution-role';
import { LoginAlarm, LoginAlarmProps } from '../../../src/aws/login-alarm';
import { SignInRegion } from '../../../src/aws/sign-in-region';
import { TrailWatchValidationError } from '../../../src/core/validation';
import { SynthesizedStack, awsStack, onlyResource, policyStatements, ref, resourcesOf, synthAws } from './helpers';

const KEY_ARN = 'arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab';
type AlarmOptions = Omit<LoginAlarmProps, 'alertTopic'> & { readonly topicEncryption?: TopicEncryption };

function addAlarm(stack: TerraformStack, options: AlarmOptions): LoginAlarm {
  const alertTopic = new AlertTopic(stack, 'Alerts', { encryption: options.topicEncryption });
  return new LoginAlarm(stack, 'Alarm', { ...options, alertTopic });
}

function synthAlarm(options: AlarmOptions = { allowList: ['203.0.113.0/24'] }, region?: string): SynthesizedStack {
  return synthAws((stack) => addAlarm(stack, options), region);
}

function buildError(options: AlarmOptions, region?: string | null): Error {
  try {
    addAlarm(awsStack(region), options);
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected a validation error');
}

/** The rule in the function's region (the one without a region argument or provider alias). */
function homeRule(json: SynthesizedStack): Record<string, unknown> & { logicalId: string } {
  const [logicalId, rule] =
    Object.entries(resourcesOf(json, 'aws_cloudwatch_event_rule')).find(
      ([, r]) => r.region === undefined && r.provider === undefined,
    ) ?? [];
  if (!logicalId || !rule) throw new Error('no home rule');
  return { ...rule, logicalId };
}

describe('LoginAlarm (AWS)', () => {
  test("the function's role can write its own logs, publish to the one topic and dead-letter, nothing else", () => {
    const json = synthAlarm({ allowList: ['203.0.113.0/24'], signInRegions: [] });
    const rolePolicy = Object.values(resourcesOf(json, 'aws_iam_role_policy')).find(
      (p) => p.name === 'least-privilege',
    );
    const statements = policyStatements(json, rolePolicy?.policy);
    for (const statement of statements) {
      expect(statement.effect).toBe('Allow');
      for (const action of statement.actions ?? []) expect(action).not.toContain('*');
    }
    const publish = statements.filter((s) => s.actions?.includes('sns:Publish'));
    expect(publish).toEqual([
      {
        sid: 'PublishAlerts',
        effect: 'Allow',
        actions: ['sns:Publish'],
        resources: [ref(json, 'aws_sns_topic', 'arn')],
      },
    ]);
    expect(statements.map((s) => [s.sid, s.actions, s.resources])).toEqual([
      [
        'WriteOwnLogs',
        ['logs:CreateLogStream', 'logs:PutLogEvents'],
        [`\${aws_cloudwatch_log_group.${onlyResource(json, 'aws_cloudwatch_log_group').logicalId}.arn}:*`],
      ],
      ['DeadLetter', ['sqs:SendMessage'], [ref(json, 'aws_sqs_queue', 'arn')]],
      // Active tracing (issue 13 Low); X-Ray's write actions take no resource-level permissions.
      ['WriteTraces', ['xray:PutTraceSegments', 'xray:PutTelemetryRecords'], ['*']],
      ['PublishAlerts', ['sns:Publish'], [ref(json, 'aws_sns_topic', 'arn')]],
    ]);
  });

  test('a customer managed topic key adds kms:GenerateDataKey and kms:Decrypt on that key only', () => {
    const json = synthAlarm({
      allowList: ['203.0.113.0/24'],
      topicEncryption: TopicEncryption.customerManagedKey(KEY_ARN),
      signInRegions: [],
    });
    const rolePolicy = Object.values(resourcesOf(json, 'aws_iam_role_policy')).find(
      (p) => p.name === 'least-privilege',
    );
    expect(policyStatements(json, rolePolicy?.policy).find((s) => s.sid === 'EncryptAlerts')).toEqual({
      sid: 'EncryptAlerts',
      effect: 'Allow',
      actions: ['kms:GenerateDataKey', 'kms:Decrypt'],
      resources: [KEY_ARN],
    });
  });

  test('the function runs the bundled handler with the rules in its environment and a dead-letter queue', () => {
    const json = synthAlarm({
      allowList: ['203.0.113.0/24', '2001:db8::/32'],
      alertOnMissingMfa: false,
      watchedActions: ['ConsoleLogin', 'SwitchRole'],
      signInRegions: [],
    });
    const fn = onlyResource(json, 'aws_lambda_function');
    expect(fn).toMatchObject({
      runtime: 'nodejs24.x',
      handler: 'index.handler',
      role: ref(json, 'aws_iam_role', 'arn'),
      dead_letter_config: { target_arn: ref(json, 'aws_sqs_queue', 'arn') },
    });
    expect(String(fn.filename)).toMatch(/login-alarm\.zip$/);
    expect((fn.environment as { variables: Record<string, string> }).variables).toEqual({
      TRAILWATCH_ALLOW_LIST: '203.0.113.0/24,2001:db8::/32',
      // The Identity Center sign-in events are watched too (identityCenterSignIns defaults to true).
      TRAILWATCH_WATCHED_ACTIONS: 'ConsoleLogin,SwitchRole,UserAuthentication,CredentialVerification',
      TRAILWATCH_ALERT_ON_FAILURE: 'true',
      TRAILWATCH_ALERT_ON_ROOT: 'true',
      TRAILWATCH_ALERT_ON_MISSING_MFA: 'false',
      TRAILWATCH_SNS_TOPIC_ARN: ref(json, 'aws_sns_topic', 'arn'),
    });
    expect(onlyResource(json, 'aws_sqs_queue')).toMatchObject({
      sqs_managed_sse_enabled: true,
      message_retention_seconds: 1209600,
    });
  });

  test('without Identity Center the home rule matches console sign-ins by name, in both detail-type spellings', () => {
    const json = synthAlarm({ allowList: ['203.0.113.0/24'], signInRegions: [], identityCenterSignIns: false });
    expect(JSON.parse(String(homeRule(json).event_pattern))).toEqual({
      source: ['aws.signin'],
      'detail-type': ['AWS Console Sign In via CloudTrail', 'AWS Console Signin via CloudTrail'],
      detail: { eventSource: ['signin.amazonaws.com'], eventName: ['ConsoleLogin'] },
    });
    const variables = (onlyResource(json, 'aws_lambda_function').environment as { variables: Record<string, string> })
      .variables;
    expect(variables.TRAILWATCH_WATCHED_ACTIONS).toBe('ConsoleLogin');
  });

  test('the home rule also matches Identity Center sign-ins (completed, or a failed verification) and invokes the function', () => {
    const json = synthAlarm({ allowList: ['203.0.113.0/24'], signInRegions: [] });
    const rule = homeRule(json);
    expect(JSON.parse(String(rule.event_pattern))).toEqual({
      source: ['aws.signin'],
      'detail-type': [
        'AWS Console Sign In via CloudTrail',
        'AWS Console Signin via CloudTrail',
        'AWS Service Event via CloudTrail',
      ],
      detail: {
        eventSource: ['signin.amazonaws.com'],
        $or: [
          { eventName: ['ConsoleLogin', 'UserAuthentication'] },
          { eventName: ['CredentialVerification'], serviceEventDetails: { CredentialVerification: ['Failure'] } },
        ],
      },
    });
    const ruleRef = (attribute: string) => `\${aws_cloudwatch_event_rule.${rule.logicalId}.${attribute}}`;
    const target = Object.values(resourcesOf(json, 'aws_cloudwatch_event_target')).find(
      (t) => t.rule === ruleRef('name'),
    );
    expect(target).toMatchObject({
      arn: ref(json, 'aws_lambda_function', 'arn'),
      dead_letter_config: { arn: ref(json, 'aws_sqs_queue', 'arn') },
      retry_policy: { maximum_event_age_in_seconds: 86400, maximum_retry_attempts: 185 },
    });
    expect(onlyResource(json, 'aws_lambda_permission')).toMatchObject({
      action: 'lambda:InvokeFunction',
      principal: 'events.amazonaws.com',
      function_name: ref(json, 'aws_lambda_function', 'function_name'),
      source_arn: ruleRef('arn'),
    });
    const queuePolicy = onlyResource(json, 'aws_sqs_queue_policy');
    expect(queuePolicy.queue_url).toBe(ref(json, 'aws_sqs_queue', 'url'));
    const statements = policyStatements(json, queuePolicy.policy);
    expect(statements.find((s) => s.sid === 'EventBridgeDeadLetter')).toMatchObject({
      actions: ['sqs:SendMessage'],
      principals: [{ type: 'Service', identifiers: ['events.amazonaws.com'] }],
      condition: [{ test: 'ArnEquals', variable: 'aws:SourceArn', values: [ruleRef('arn')] }],
    });
    expect(statements.find((s) => s.sid === 'DenyInsecureTransport')).toMatchObject({ effect: 'Deny' });
  });

  test('by default us-east-1 and the alias-cookie regions forward sign-ins, each with a dead-letter queue in its region', () => {
    let alarm: LoginAlarm | undefined;
    const json = synthAws((stack) => {
      alarm = addAlarm(stack, { allowList: ['203.0.113.0/24'] });
    });
    expect(alarm?.forwardedRegions).toEqual(['us-east-1', 'us-east-2', 'eu-north-1', 'ap-southeast-2']);
    const rules = Object.entries(resourcesOf(json, 'aws_cloudwatch_event_rule'));
    expect(rules).toHaveLength(5);
    const queues = Object.entries(resourcesOf(json, 'aws_sqs_queue'));
    expect(queues.map(([, q]) => q.region)).toEqual([
      undefined,
      'us-east-1',
      'us-east-2',
      'eu-north-1',
      'ap-southeast-2',
    ]);
    const policies = Object.values(resourcesOf(json, 'aws_sqs_queue_policy'));
    for (const region of alarm?.forwardedRegions ?? []) {
      const [ruleId] = rules.find(([, r]) => r.region === region) ?? [];
      const [queueId, queue] = queues.find(([, q]) => q.region === region) ?? [];
      expect(queue).toMatchObject({ sqs_managed_sse_enabled: true, message_retention_seconds: 1209600 });
      const target = Object.values(resourcesOf(json, 'aws_cloudwatch_event_target')).find((t) => t.region === region);
      expect(target?.dead_letter_config).toEqual({ arn: `\${aws_sqs_queue.${queueId}.arn}` });
      const policy = policies.find((p) => p.queue_url === `\${aws_sqs_queue.${queueId}.url}`);
      expect(policy?.region).toBe(region);
      expect(
        policyStatements(json, policy?.policy).find((st) => st.sid === 'EventBridgeDeadLetter')?.condition,
      ).toEqual([
        { test: 'ArnEquals', variable: 'aws:SourceArn', values: [`\${aws_cloudwatch_event_rule.${ruleId}.arn}`] },
      ]);
    }
  });

  test('a forwarding rule carries the home pattern to the default bus of the home region', () => {
    const json = synthAlarm();
    const rules = Object.values(resourcesOf(json, 'aws_cloudwatch_event_rule'));
    const forwarding = rules.find((r) => r.region === 'us-east-1');
    expect(forwarding?.event_pattern).toBe(homeRule(json).event_pattern);
    const target = Object.values(resourcesOf(json, 'aws_cloudwatch_event_target')).find(
      (t) => t.region === 'us-east-1',
    );
    const homeBus = expect.stringMatching(
      /^arn:\$\{data\.aws_partition\..+\.partition\}:events:\$\{data\.aws_region\..+\.region\}:\$\{data\.aws_caller_identity\..+\.account_id\}:event-bus\/default$/,
    );
    expect(target).toMatchObject({ arn: homeBus, target_id: 'home-event-bus' });
    const role = Object.entries(resourcesOf(json, 'aws_iam_role')).find(([, r]) =>
      String(r.name_prefix).endsWith('-fwd-'),
    );
    expect(target?.role_arn).toBe(`\${aws_iam_role.${role?.[0]}.arn}`);
    expect(policyStatements(json, role?.[1].assume_role_policy)).toEqual([
      expect.objectContaining({
        actions: ['sts:AssumeRole'],
        principals: [{ type: 'Service', identifiers: ['events.amazonaws.com'] }],
      }),
    ]);
    const forwardPolicy = Object.values(resourcesOf(json, 'aws_iam_role_policy')).find(
      (p) => p.name === 'forward-sign-in-events',
    );
    expect(policyStatements(json, forwardPolicy?.policy)).toEqual([
      { sid: 'ForwardSignInEvents', effect: 'Allow', actions: ['events:PutEvents'], resources: [homeBus] },
    ]);
  });

  test('in us-east-1 itself only the alias-cookie regions forward; outside the commercial partition nothing does', () => {
    const regionsIn = (home: string) => {
      let alarm: LoginAlarm | undefined;
      synthAws((stack) => {
        alarm = addAlarm(stack, { allowList: ['203.0.113.0/24'] });
      }, home);
      return alarm?.forwardedRegions;
    };
    expect(regionsIn('us-east-1')).toEqual(['us-east-2', 'eu-north-1', 'ap-southeast-2']);
    expect(regionsIn('eu-north-1')).toEqual(['us-east-1', 'us-east-2', 'ap-southeast-2']);
    expect(regionsIn('cn-north-1')).toEqual([]);
    const json = synthAlarm(undefined, 'cn-north-1');
    expect(Object.keys(resourcesOf(json, 'aws_cloudwatch_event_rule'))).toHaveLength(1);
    expect(
      Object.values(resourcesOf(json, 'aws_iam_role')).filter((r) => String(r.name_prefix).endsWith('-fwd-')),
    ).toHaveLength(0);
  });

  test("the Identity Center's region is forwarded when it is another one, once", () => {
    const regions = (options: Partial<AlarmOptions>) => {
      let alarm: LoginAlarm | undefined;
      synthAws((stack) => {
        alarm = addAlarm(stack, {
          allowList: ['203.0.113.0/24'],
          signInRegions: [SignInRegion.of('us-east-1')],
          ...options,
        });
      });
      return alarm?.forwardedRegions;
    };
    expect(regions({ identityCenterRegion: SignInRegion.of('eu-central-1') })).toEqual(['us-east-1', 'eu-central-1']);
    expect(regions({ identityCenterRegion: SignInRegion.of('us-east-1') })).toEqual(['us-east-1']);
    expect(regions({ identityCenterRegion: SignInRegion.of('eu-west-1') })).toEqual(['us-east-1']);
    expect(regions({ identityCenterRegion: SignInRegion.of('eu-central-1'), identityCenterSignIns: false })).toEqual([
      'us-east-1',
    ]);
  });

  test('named regions and provider aliases each get a forwarding rule and target', () => {
    let alarm: LoginAlarm | undefined;
    const json = synthAws((stack) => {
      const sydney = new AwsProvider(stack, 'sydney', { alias: 'sydney', region: 'ap-southeast-2' });
      alarm = addAlarm(stack, {
        allowList: ['203.0.113.0/24'],
        signInRegions: [
          SignInRegion.of('us-east-1'),
          SignInRegion.of('us-east-2'),
          SignInRegion.of('eu-north-1'),
          SignInRegion.fromProvider(sydney),
        ],
      });
    });
    expect(alarm?.forwardedRegions).toEqual(['us-east-1', 'us-east-2', 'eu-north-1', 'ap-southeast-2']);
    const forwardingRules = Object.values(resourcesOf(json, 'aws_cloudwatch_event_rule')).filter(
      (r) => r.region !== undefined || r.provider !== undefined,
    );
    expect(forwardingRules.map((r) => r.region ?? r.provider)).toEqual([
      'us-east-1',
      'us-east-2',
      'eu-north-1',
      'aws.sydney',
    ]);
    const targets = Object.values(resourcesOf(json, 'aws_cloudwatch_event_target')).filter(
      (t) => t.target_id === 'home-event-bus',
    );
    expect(targets.map((t) => t.region ?? t.provider)).toEqual(['us-east-1', 'us-east-2', 'eu-north-1', 'aws.sydney']);
    // One role for all forwarders (IAM is global).
    expect(new Set(targets.map((t) => t.role_arn)).size).toBe(1);
  });

  test('an empty signInRegions keeps only the home rule', () => {
    const json = synthAlarm({ allowList: ['203.0.113.0/24'], signInRegions: [] });
    expect(Object.keys(resourcesOf(json, 'aws_cloudwatch_event_rule'))).toHaveLength(1);
  });

  test('an imported topic (AlertTopic.fromTopicArn) is published to by its ARN', () => {
    const topicArn = 'arn:aws:sns:eu-west-1:111122223333:security-alerts';
    const json = synthAws(
      (stack) =>
        new LoginAlarm(stack, 'Alarm', {
          allowList: ['203.0.113.0/24'],
          alertTopic: AlertTopic.fromTopicArn(stack, 'Alerts', topicArn),
          signInRegions: [],
        }),
    );
    expect(resourcesOf(json, 'aws_sns_topic')).toEqual({});
    const fn = onlyResource(json, 'aws_lambda_function');
    expect((fn.environment as { variables: Record<string, string> }).variables.TRAILWATCH_SNS_TOPIC_ARN).toBe(topicArn);
    const rolePolicy = Object.values(resourcesOf(json, 'aws_iam_role_policy')).find(
      (p) => p.name === 'least-privilege',
    );
    expect(policyStatements(json, rolePolicy?.policy).find((s) => s.sid === 'PublishAlerts')?.resources).toEqual([
      topicArn,
    ]);
  });

  test('an existing role is used as is', () => {
    const roleArn = 'arn:aws:iam::111122223333:role/login-alarm';
    const json = synthAws((stack) =>
      addAlarm(stack, {
        allowList: ['203.0.113.0/24'],
        role: ExecutionRole.fromRoleArn(stack, 'Role', roleArn),
        signInRegions: [],
      }),
    );
    expect(resourcesOf(json, 'aws_iam_role')).toEqual({});
    expect(onlyResource(json, 'aws_lambda_function').role).toBe(roleArn);
  });

  test.each([
    [{ allowList: [] }, 'stack/Alarm.allowList: the allow-list is empty'],
    [
      { allowList: ['203.0.113.0/33'] },
      'stack/Alarm.allowList[0]: "203.0.113.0/33" is not an IPv4/IPv6 address or CIDR block',
    ],
    [{ allowList: ['10.1'] }, 'Alarm.allowList[0]: "10.1" is not'],
    [
      { allowList: Array.from({ length: 250 }, (_, i) => `198.51.100.${i}`) },
      'Alarm.allowList: the list is longer than 3000 characters',
    ],
    [{ allowList: ['203.0.113.0/24'], watchedActions: [] }, 'stack/Alarm.watchedActions: is empty'],
    [
      { allowList: ['203.0.113.0/24'], watchedActions: ['ConsoleLogin', 'ConsoleLogin'] },
      'stack/Alarm.watchedActions[1]: "ConsoleLogin" is listed twice',
    ],
    [{ allowList: ['203.0.113.0/24', ''] }, 'stack/Alarm.allowList[1]: "" is not'],
    [
      { allowList: ['203.0.113.0/24'], watchedActions: ['Console Login'] },
      'Alarm.watchedActions[0]: "Console Login" is not a CloudTrail event name',
    ],
    [
      { allowList: ['203.0.113.0/24'], signInRegions: [SignInRegion.of('eu-west-1')] },
      "Alarm.signInRegions[0]: eu-west-1 is the alarm's own region",
    ],
    [
      { allowList: ['203.0.113.0/24'], signInRegions: [SignInRegion.of('us-east-1'), SignInRegion.of('us-east-1')] },
      'Alarm.signInRegions[1]: us-east-1 is listed twice',
    ],
    [
      { allowList: ['203.0.113.0/24'], signInRegions: ['us-east-1' as unknown as SignInRegion] },
      'Alarm.signInRegions[0]: is not a SignInRegion',
    ],
    [
      { allowList: ['203.0.113.0/24'], identityCenterRegion: 'us-east-1' as unknown as SignInRegion },
      'stack/Alarm.identityCenterRegion: is not a SignInRegion',
    ],
    [
      { allowList: ['203.0.113.0/24'], logRetentionDays: 10 },
      'stack/Alarm/Function.logRetentionDays: 10 is not a CloudWatch Logs retention',
    ],
    [
      { allowList: ['203.0.113.0/24'], functionName: '1-login' },
      'stack/Alarm/Function.functionName: "1-login" is not a valid name',
    ],
  ] as [AlarmOptions, string][])('rejects invalid props (case %#)', (options, message) => {
    const error = buildError(options);
    expect(error).toBeInstanceOf(TrailWatchValidationError);
    expect(error.message).toContain(message);
  });

  test('a provider without a literal region needs explicit signInRegions', () => {
    const error = buildError({ allowList: ['203.0.113.0/24'] }, null);
    expect(error).toBeInstanceOf(TrailWatchValidationError);
    expect(error.message).toContain("stack/Alarm.signInRegions: the alarm's region cannot be read at synth time");
    expect(() =>
      addAlarm(awsStack(null), { allowList: ['203.0.113.0/24'], signInRegions: [SignInRegion.of('us-east-1')] }),
    ).not.toThrow();
  });

  test('an error names the construct path the user built and the prop as written', () => {
    const stack = awsStack();
    const alertTopic = new AlertTopic(stack, 'Alerts');
    expect(() => new LoginAlarm(stack, 'Audit', { allowList: ['nope'], alertTopic })).toThrow(
      /^stack\/Audit\.allowList\[0\]: "nope" is not an IPv4\/IPv6 address or CIDR block\. Write an address/,
    );
  });

  test('SignInRegion.of refuses what is not a region name', () => {
    expect(() => SignInRegion.of('virginia')).toThrow('SignInRegion.of(region): "virginia" is not an AWS region name');
    expect(() => SignInRegion.of('us-east-1 ')).toThrow(TrailWatchValidationError);
  });
});
