import { App, TerraformStack, Testing } from 'cdktf';
import { HuaweicloudProvider } from '../../../src/huaweicloud/generated/providers/huaweicloud/provider';
import { AlertTopic, IAlertTopic } from '../../../src/huaweicloud/alert-topic';
import { CisAlarms, CisAlarmsProps } from '../../../src/huaweicloud/cis-alarms';
import { IamTraceRegion } from '../../../src/huaweicloud/login-alarm';
import { LoginAuditPattern } from '../../../src/huaweicloud/login-audit-pattern';
import { createHuaweicloudLoginAuditStack } from '../../../examples/huaweicloud-login-audit/main';
import { withExampleDefaults } from '../../helpers/example-stacks';
import { TrailWatchValidationError } from '../../../src/core/validation';
import { CIS_CONTROL_IDS, cisControl, ctsNotificationSpec } from '../../../runtime/core/cis-controls';
import { resourcesOf, synthJson } from '../../helpers/synth';

const TOPIC_URN = 'urn:smn:ap-southeast-1:0123456789abcdef0123456789abcdef:security_alerts';
const REGION = 'ap-southeast-1';

function stackIn(region = REGION): TerraformStack {
  const stack = new TerraformStack(Testing.app() as App, 'stack');
  new HuaweicloudProvider(stack, 'hw', { region });
  return stack;
}

function build(stack: TerraformStack, props: Partial<CisAlarmsProps> = {}, region = REGION): CisAlarms {
  const alertTopic: IAlertTopic = props.alertTopic ?? new AlertTopic(stack, 'Alerts', { region });
  return new CisAlarms(stack, 'Cis', { region, alertTopic, ...props });
}

function buildError(
  props: (stack: TerraformStack) => Partial<CisAlarmsProps>,
  region = REGION,
): TrailWatchValidationError {
  const stack = stackIn(region);
  try {
    build(stack, props(stack), region);
  } catch (error) {
    expect(error).toBeInstanceOf(TrailWatchValidationError);
    return error as TrailWatchValidationError;
  }
  throw new Error('expected a validation error');
}

type Notification = Record<string, unknown> & {
  name: string;
  operations?: { service: string; resource: string; trace_names: string[] }[];
};

function notifications(stack: TerraformStack): Notification[] {
  return Object.values(resourcesOf(synthJson(stack), 'huaweicloud_cts_notification')) as Notification[];
}

describe('CisAlarms (Huawei Cloud)', () => {
  test('one key event notification per control with an equivalent, to the alert topic, in the region', () => {
    const stack = stackIn();
    const pack = build(stack);
    expect(pack.controls).toEqual([
      'CloudWatch.2',
      'CloudWatch.4',
      'CloudWatch.5',
      'CloudWatch.6',
      'CloudWatch.7',
      'CloudWatch.8',
      'CloudWatch.10',
      'CloudWatch.14',
    ]);
    const created = notifications(stack);
    expect(created).toHaveLength(8);
    for (const n of created) {
      expect(n).toMatchObject({
        region: REGION,
        enabled: true,
        smn_topic: expect.stringContaining('huaweicloud_smn_topic'),
      });
      expect(n.name).toMatch(/^stack_Cis_[0-9a-f]{8}_cw\d{1,2}$/);
      expect(n.name.length).toBeLessThanOrEqual(64);
    }
  });

  test('the operation lists are the control table of Huawei Cloud', () => {
    const stack = stackIn();
    const pack = build(stack);
    const created = notifications(stack);
    for (const id of pack.controls) {
      const spec = ctsNotificationSpec(cisControl(id), 'huaweicloud');
      if ('noEquivalent' in spec) throw new Error('unexpected');
      const n = created.find((c) => c.name.endsWith(`_cw${id.split('.')[1]}`))!;
      expect(n.operation_type).toBe(spec.operationType);
      expect(n.operations ?? []).toEqual(
        spec.operations.map((o) => ({ service: o.service, resource: o.resourceType, trace_names: o.traceNames })),
      );
    }
    const unauthorized = created.find((c) => c.name.endsWith('_cw2'))!;
    expect(unauthorized).toMatchObject({
      operation_type: 'complete',
      filter: { condition: 'OR', rule: ['code = 401', 'code = 403'] },
    });
    expect(unauthorized.operations).toBeUndefined();
    const kms = created.find((c) => c.name.endsWith('_cw7'))!;
    expect(kms.operations).toEqual([
      { service: 'KMS', resource: 'cmk', trace_names: ['disableKey', 'scheduleKeyDeletion'] },
    ]);
  });

  test('controls without an equivalent are skipped with the reason', () => {
    const pack = build(stackIn());
    expect(Object.keys(pack.skipped)).toEqual([
      'CloudWatch.1',
      'CloudWatch.3',
      'CloudWatch.9',
      'CloudWatch.11',
      'CloudWatch.12',
      'CloudWatch.13',
    ]);
    expect(pack.skipped['CloudWatch.11']).toMatch(/network ACL/);
  });

  test('controls can be turned off, or given the operations of a control the table cannot fill', () => {
    const stack = stackIn();
    const pack = build(stack, {
      namePrefix: 'prod_cis',
      controls: {
        'CloudWatch.2': { enabled: false },
        'CloudWatch.13': {
          operations: [
            { service: 'VPC', resourceType: 'routetables', traceNames: ['createRouteTable', 'deleteRouteTable'] },
          ],
        },
      },
    });
    expect(pack.controls).not.toContain('CloudWatch.2');
    expect(pack.skipped['CloudWatch.13']).toBeUndefined();
    const routes = notifications(stack).find((n) => n.name === 'prod_cis_cw13');
    expect(routes).toMatchObject({
      operation_type: 'customized',
      operations: [{ service: 'VPC', resource: 'routetables', trace_names: ['createRouteTable', 'deleteRouteTable'] }],
    });
  });

  test('publishes to an imported topic by its URN', () => {
    const stack = stackIn();
    build(stack, { alertTopic: AlertTopic.fromTopicUrn(stack, 'Existing', TOPIC_URN) });
    expect(new Set(notifications(stack).map((n) => n.smn_topic))).toEqual(new Set([TOPIC_URN]));
  });

  test('outside the IAM trace region, the IAM controls can be turned off explicitly', () => {
    const stack = stackIn('eu-west-101');
    const pack = build(
      stack,
      { controls: { 'CloudWatch.4': { enabled: false }, 'CloudWatch.6': { enabled: false } } },
      'eu-west-101',
    );
    expect(pack.controls).toEqual([
      'CloudWatch.2',
      'CloudWatch.5',
      'CloudWatch.7',
      'CloudWatch.8',
      'CloudWatch.10',
      'CloudWatch.14',
    ]);
  });
});

describe('CisAlarms (Huawei Cloud) prop errors name the prop and the fix', () => {
  test.each<[string, (stack: TerraformStack) => Partial<CisAlarmsProps>, string, RegExp, string]>([
    [
      'a misspelled control',
      () => ({ controls: { 'CloudWatch.0': {} } as never }),
      'stack/Cis.controls["CloudWatch.0"]',
      /Use one of CloudWatch\.1/,
      REGION,
    ],
    [
      'every control disabled',
      () => ({ controls: Object.fromEntries(CIS_CONTROL_IDS.map((id) => [id, { enabled: false }])) }),
      'stack/Cis.controls',
      /leave the pack out/,
      REGION,
    ],
    [
      'an unknown region',
      // An imported topic: a topic created in an unknown region fails first, naming its own region prop.
      (stack) => ({ alertTopic: AlertTopic.fromTopicUrn(stack, 'Far', TOPIC_URN.replace(REGION, 'mars-north-1')) }),
      'stack/Cis.region',
      /not a Huawei Cloud region/,
      'mars-north-1',
    ],
    [
      'a topic of another region',
      (stack) => ({ alertTopic: AlertTopic.fromTopicUrn(stack, 'Far', TOPIC_URN.replace(REGION, 'cn-north-4')) }),
      'stack/Cis.alertTopic',
      /the topic is in cn-north-4/,
      REGION,
    ],
    [
      'a name prefix with a dash',
      () => ({ namePrefix: 'prod-cis' }),
      'stack/Cis.namePrefix',
      /letters, digits or "_"/,
      REGION,
    ],
    [
      'an empty operations list',
      () => ({ controls: { 'CloudWatch.11': { operations: [] } } }),
      'stack/Cis.controls["CloudWatch.11"].operations',
      /at least one operation/,
      REGION,
    ],
    [
      'an operation without trace names',
      () => ({
        controls: { 'CloudWatch.11': { operations: [{ service: 'VPC', resourceType: 'firewall', traceNames: [] }] } },
      }),
      'stack/Cis.controls["CloudWatch.11"].operations[0]',
      /at least one trace name/,
      REGION,
    ],
    [
      'IAM controls outside the IAM trace region',
      () => ({}),
      'stack/Cis.region',
      /CloudWatch\.4, CloudWatch\.6 would never fire in eu-west-101.*'CloudWatch\.4': \{ enabled: false \}/s,
      'eu-west-101',
    ],
  ])('%s', (_label, props, field, message, region) => {
    const error = buildError(props, region);
    expect(error.field).toBe(field);
    expect(error.message.startsWith(`${field}: `)).toBe(true);
    expect(error.message).toMatch(message);
  });
});

describe('LoginAuditPattern cisAlarms (Huawei Cloud)', () => {
  test('the example stack synthesizes the key event notifications to its topic, in its region', () => {
    const stack = withExampleDefaults(() => createHuaweicloudLoginAuditStack(Testing.app() as App));
    const created = notifications(stack as TerraformStack);
    expect(created.map((n) => n.name.replace(/^.*_cw/, 'cw')).sort()).toEqual([
      'cw10',
      'cw14',
      'cw2',
      'cw4',
      'cw5',
      'cw6',
      'cw7',
      'cw8',
    ]);
    expect(new Set(created.map((n) => n.region))).toEqual(new Set(['cn-north-4']));
    expect(new Set(created.map((n) => n.smn_topic)).size).toBe(1);
  });

  test('is off by default, and forwards its options with the pattern region and topic', () => {
    const off = stackIn('cn-north-4');
    new LoginAuditPattern(off, 'Audit', {
      region: IamTraceRegion.CHINESE_MAINLAND_SITE,
      allowList: ['203.0.113.0/24'],
    });
    expect(notifications(off)).toEqual([]);

    const on = stackIn('cn-north-4');
    const pattern = new LoginAuditPattern(on, 'Audit', {
      region: IamTraceRegion.CHINESE_MAINLAND_SITE,
      allowList: ['203.0.113.0/24'],
      cisAlarms: { controls: { 'CloudWatch.2': { enabled: false } } },
    });
    expect(pattern.cisAlarms?.node.path).toBe('stack/Audit/CisAlarms');
    expect(pattern.cisAlarms?.controls).not.toContain('CloudWatch.2');
    expect(notifications(on)).toHaveLength(7);
  });

  test('a pack error names the path under the pattern', () => {
    expect(
      () =>
        new LoginAuditPattern(stackIn('cn-north-4'), 'Audit', {
          region: IamTraceRegion.CHINESE_MAINLAND_SITE,
          allowList: ['203.0.113.0/24'],
          cisAlarms: { controls: { 'CloudWatch.99': {} } as never },
        }),
    ).toThrow(/^stack\/Audit\/CisAlarms\.controls\["CloudWatch\.99"\]: /);
  });
});
