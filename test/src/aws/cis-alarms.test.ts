import { App, TerraformStack, Testing } from 'cdktf';
import { AlertTopic, IAlertTopic, TopicEncryption } from '../../../src/aws/alert-topic';
import { AuditTrail } from '../../../src/aws/audit-trail';
import { LoginAuditPattern } from '../../../src/aws/login-audit-pattern';
import { createAwsLoginAuditStack } from '../../../examples/aws-login-audit/main';
import { withExampleDefaults } from '../../helpers/example-stacks';
import { CisAlarms, CisAlarmsProps } from '../../../src/aws/cis-alarms';
import { TrailWatchValidationError } from '../../../src/core/validation';
import { CIS_CONTROLS, CIS_CONTROL_IDS } from '../../../runtime/core/cis-controls';
import type { TerraformJson } from '../../helpers/example-stacks';
import { RULES } from '../../rules';
import { formatFindings, runRules } from '../../rules/runner';
import { awsStack, onlyResource, policyStatements, ref, resourcesOf, synthAws } from './helpers';

const KEY_ARN = 'arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab';
const TOPIC_ARN = 'arn:aws:sns:eu-west-1:111122223333:security-alerts';

function cmkTopic(stack: TerraformStack): AlertTopic {
  return new AlertTopic(stack, 'Alerts', { encryption: TopicEncryption.customerManagedKey(KEY_ARN) });
}

function build(stack: TerraformStack, props: Partial<CisAlarmsProps> = {}): CisAlarms {
  return new CisAlarms(stack, 'Cis', {
    logGroupName: '/aws/cloudtrail/audit',
    alertTopic: props.alertTopic ?? cmkTopic(stack),
    ...props,
  });
}

function buildError(props: (stack: TerraformStack) => Partial<CisAlarmsProps>): TrailWatchValidationError {
  const stack = awsStack();
  try {
    build(stack, props(stack));
  } catch (error) {
    expect(error).toBeInstanceOf(TrailWatchValidationError);
    return error as TrailWatchValidationError;
  }
  throw new Error('expected a validation error');
}

describe('CisAlarms', () => {
  test('one metric filter per control with exactly the Security Hub pattern, on the trail log group', () => {
    const json = synthAws((stack) => build(stack));
    const filters = Object.values(resourcesOf(json, 'aws_cloudwatch_log_metric_filter'));
    expect(filters).toHaveLength(14);
    for (const control of CIS_CONTROLS) {
      const filter = filters.find((f) => f.pattern === control.awsFilterPattern);
      expect(filter).toMatchObject({
        log_group_name: '/aws/cloudtrail/audit',
        metric_transformation: { name: control.awsMetricName, namespace: 'LogMetrics', value: '1' },
      });
      expect(filter?.name).toMatch(new RegExp(`^stack-Cis-[0-9a-f]{8}-${control.awsMetricName}$`));
    }
  });

  test('one alarm per control on its metric, publishing to the topic, describing the control', () => {
    const json = synthAws((stack) => build(stack));
    const alarms = Object.values(resourcesOf(json, 'aws_cloudwatch_metric_alarm'));
    expect(alarms).toHaveLength(14);
    const topicArn = ref(json, 'aws_sns_topic', 'arn');
    for (const control of CIS_CONTROLS) {
      const alarm = alarms.find((a) => a.metric_name === control.awsMetricName);
      expect(alarm).toMatchObject({
        alarm_name: expect.stringMatching(new RegExp(`^stack-Cis-[0-9a-f]{8}-${control.id.replace('.', '\\.')}$`)),
        namespace: 'LogMetrics',
        statistic: 'Sum',
        period: 300,
        evaluation_periods: 1,
        threshold: 1,
        comparison_operator: 'GreaterThanOrEqualToThreshold',
        treat_missing_data: 'notBreaching',
        actions_enabled: true,
        alarm_actions: [topicArn],
      });
      const description = String(alarm?.alarm_description);
      expect(description).toContain(control.id);
      expect(description).toContain(control.title);
      expect(description).toContain(control.remediation);
      expect(description.length).toBeLessThanOrEqual(1024);
    }
  });

  test('lets CloudWatch alarms of this pack (and account) publish to a created topic', () => {
    let pack: CisAlarms | undefined;
    const json = synthAws((stack) => (pack = build(stack)));
    expect(pack?.topicPolicyUpdated).toBe(true);
    const statements = policyStatements(json, onlyResource(json, 'aws_sns_topic_policy').policy);
    const publish = statements.find((s) => s.sid?.startsWith('CisAlarmsPublish'));
    expect(publish).toMatchObject({
      effect: 'Allow',
      principals: [{ type: 'Service', identifiers: ['cloudwatch.amazonaws.com'] }],
      actions: ['sns:Publish'],
      resources: [ref(json, 'aws_sns_topic', 'arn')],
    });
    expect(publish?.condition).toEqual([
      {
        test: 'ArnLike',
        variable: 'aws:SourceArn',
        values: [expect.stringMatching(/:alarm:stack-Cis-[0-9a-f]{8}-\*$/)],
      },
      {
        test: 'StringEquals',
        variable: 'aws:SourceAccount',
        values: [expect.stringContaining('data.aws_caller_identity')],
      },
    ]);
    expect(pack?.keyPolicyStatements[0]).toMatchObject({ actions: ['kms:GenerateDataKey', 'kms:Decrypt'] });
  });

  test('an imported topic keeps its policy: the statement is handed out instead', () => {
    let pack: CisAlarms | undefined;
    synthAws((stack) => {
      const topic = AlertTopic.fromTopicArn(stack, 'Existing', TOPIC_ARN, {
        encryption: TopicEncryption.customerManagedKey(KEY_ARN),
      });
      pack = build(stack, { alertTopic: topic });
    });
    expect(pack?.topicPolicyUpdated).toBe(false);
    expect(pack?.topicPolicyStatement.resources).toEqual([TOPIC_ARN]);
  });

  test('controls can be turned off and given their own threshold and period; the namespace is configurable', () => {
    let pack: CisAlarms | undefined;
    const json = synthAws(
      (stack) =>
        (pack = build(stack, {
          metricNamespace: 'Security/CIS',
          namePrefix: 'prod-cis',
          controls: { 'CloudWatch.2': { enabled: false }, 'CloudWatch.6': { threshold: 5, periodSeconds: 900 } },
        })),
    );
    expect(pack?.controls).toEqual(CIS_CONTROL_IDS.filter((id) => id !== 'CloudWatch.2'));
    const alarms = Object.values(resourcesOf(json, 'aws_cloudwatch_metric_alarm'));
    expect(alarms).toHaveLength(13);
    expect(alarms.find((a) => a.metric_name === 'UnauthorizedAPICalls')).toBeUndefined();
    expect(alarms.find((a) => a.alarm_name === 'prod-cis-CloudWatch.6')).toMatchObject({
      threshold: 5,
      period: 900,
      namespace: 'Security/CIS',
    });
    const filters = Object.values(resourcesOf(json, 'aws_cloudwatch_log_metric_filter'));
    expect(filters.every((f) => (f.metric_transformation as { namespace: string }).namespace === 'Security/CIS')).toBe(
      true,
    );
  });

  test('works on the log group of an AuditTrail', () => {
    const json = synthAws((stack) => {
      const trail = new AuditTrail(stack, 'Trail', { cloudWatchLogs: {} });
      build(stack, { logGroupName: trail.logGroup!.name });
    });
    const filters = Object.values(resourcesOf(json, 'aws_cloudwatch_log_metric_filter'));
    expect(new Set(filters.map((f) => f.log_group_name))).toEqual(
      new Set([ref(json, 'aws_cloudwatch_log_group', 'name')]),
    );
  });

  test('a trail with the pack passes every security rule', () => {
    const json = synthAws((stack) => {
      const trail = new AuditTrail(stack, 'Trail', { cloudWatchLogs: {} });
      build(stack, { logGroupName: trail.logGroup!.name });
    });
    // Tags come from the stack (the provider's default tags), which this test stack leaves out.
    const rules = RULES.filter((rule) => rule.id !== 'tags-everywhere');
    expect(formatFindings(runRules(rules, [{ name: 'cis', json: json as unknown as TerraformJson }]))).toBe('');
  });
});

describe('CisAlarms prop errors name the prop and the fix', () => {
  test.each<[string, (stack: TerraformStack) => Partial<CisAlarmsProps>, string, RegExp]>([
    [
      'a topic under the AWS managed key',
      (stack) => ({ alertTopic: new AlertTopic(stack, 'Alerts') as IAlertTopic }),
      'stack/Cis.alertTopic',
      /alias\/aws\/sns.*CloudWatch alarms cannot use.*TopicEncryption\.customerManagedKey/s,
    ],
    [
      'an imported topic under the AWS managed key',
      (stack) => ({ alertTopic: AlertTopic.fromTopicArn(stack, 'Existing', TOPIC_ARN) }),
      'stack/Cis.alertTopic',
      /alias\/aws\/sns/,
    ],
    [
      'an unencrypted topic',
      (stack) => ({ alertTopic: new AlertTopic(stack, 'Alerts', { encryption: TopicEncryption.unencrypted() }) }),
      'stack/Cis.alertTopic',
      /not encrypted at rest.*customerManagedKey/s,
    ],
    [
      'a misspelled control',
      () => ({ controls: { 'CloudWatch.15': {} } as never }),
      'stack/Cis.controls["CloudWatch.15"]',
      /Use one of CloudWatch\.1/,
    ],
    [
      'every control disabled',
      () => ({ controls: Object.fromEntries(CIS_CONTROL_IDS.map((id) => [id, { enabled: false }])) }),
      'stack/Cis.controls',
      /leave the pack out/,
    ],
    [
      'a zero threshold',
      () => ({ controls: { 'CloudWatch.2': { threshold: 0 } } }),
      'stack/Cis.controls["CloudWatch.2"].threshold',
      /whole number from 1/,
    ],
    [
      'a period that is not whole minutes',
      () => ({ controls: { 'CloudWatch.1': { periodSeconds: 45 } } }),
      'stack/Cis.controls["CloudWatch.1"].periodSeconds',
      /multiple of 60/,
    ],
    [
      'a reserved namespace',
      () => ({ metricNamespace: 'AWS/Logs' }),
      'stack/Cis.metricNamespace',
      /not starting with "AWS\/"/,
    ],
    [
      'a log group name with spaces',
      () => ({ logGroupName: 'my trail logs' }),
      'stack/Cis.logGroupName',
      /letters, digits/,
    ],
    ['a name prefix with spaces', () => ({ namePrefix: 'cis alarms' }), 'stack/Cis.namePrefix', /letters, digits/],
  ])('%s', (_label, props, field, message) => {
    const error = buildError(props);
    expect(error.field).toBe(field);
    expect(error.message.startsWith(`${field}: `)).toBe(true);
    expect(error.message).toMatch(message);
  });
});

describe('LoginAuditPattern cisAlarms', () => {
  test('the example stack synthesizes all 14 controls on the trail log group, alarming to its topic', () => {
    const json = withExampleDefaults(() =>
      JSON.parse(Testing.synth(createAwsLoginAuditStack(Testing.app() as App))),
    ) as {
      resource: Record<string, Record<string, Record<string, unknown>>>;
    };
    const filters = Object.values(json.resource.aws_cloudwatch_log_metric_filter);
    const alarms = Object.values(json.resource.aws_cloudwatch_metric_alarm);
    expect(filters.map((f) => f.pattern).sort()).toEqual(CIS_CONTROLS.map((c) => c.awsFilterPattern).sort());
    expect(alarms).toHaveLength(14);
    const [logGroupId] = Object.keys(json.resource.aws_cloudwatch_log_group).filter((id) => id.includes('Trail'));
    expect(new Set(filters.map((f) => f.log_group_name))).toEqual(
      new Set([`\${aws_cloudwatch_log_group.${logGroupId}.name}`]),
    );
    const [topicId] = Object.keys(json.resource.aws_sns_topic);
    expect(new Set(alarms.flatMap((a) => a.alarm_actions as string[]))).toEqual(
      new Set([`\${aws_sns_topic.${topicId}.arn}`]),
    );
  });

  test('is off by default', () => {
    const json = synthAws((stack) => new LoginAuditPattern(stack, 'Audit', { allowList: ['203.0.113.0/24'] }));
    expect(resourcesOf(json, 'aws_cloudwatch_metric_alarm')).toEqual({});
  });

  test('refuses the default topic key, naming topicEncryption and the fix', () => {
    const error = (() => {
      try {
        new LoginAuditPattern(awsStack(), 'Audit', { allowList: ['203.0.113.0/24'], cisAlarms: {} });
      } catch (e) {
        return e as TrailWatchValidationError;
      }
      throw new Error('expected a validation error');
    })();
    expect(error.field).toBe('stack/Audit.topicEncryption');
    expect(error.message).toMatch(/alias\/aws\/sns.*TopicEncryption\.customerManagedKey/s);
  });

  test('refuses an existing trail, whose log group it does not know', () => {
    expect(
      () =>
        new LoginAuditPattern(awsStack(), 'Audit', {
          allowList: ['203.0.113.0/24'],
          existingTrailArn: 'arn:aws:cloudtrail:us-east-1:111122223333:trail/org-trail',
          topicEncryption: TopicEncryption.customerManagedKey(KEY_ARN),
          cisAlarms: {},
        }),
    ).toThrow(
      /^stack\/Audit\.cisAlarms: an existing trail has no CloudWatch Logs group.*CisAlarms construct on its own/,
    );
  });

  test('forwards the pack options and turns on log delivery', () => {
    let pattern: LoginAuditPattern | undefined;
    const json = synthAws(
      (stack) =>
        (pattern = new LoginAuditPattern(stack, 'Audit', {
          allowList: ['203.0.113.0/24'],
          topicEncryption: TopicEncryption.customerManagedKey(KEY_ARN),
          cisAlarms: { controls: { 'CloudWatch.2': { enabled: false } }, metricNamespace: 'Audit/CIS' },
        })),
    );
    expect(pattern?.cisAlarms?.controls).toHaveLength(13);
    expect(pattern?.cisAlarms?.node.path).toBe('stack/Audit/CisAlarms');
    expect(Object.keys(resourcesOf(json, 'aws_cloudwatch_log_group')).some((id) => id.includes('Trail'))).toBe(true);
    expect(Object.values(resourcesOf(json, 'aws_cloudwatch_metric_alarm'))[0]).toMatchObject({
      namespace: 'Audit/CIS',
    });
  });
});
