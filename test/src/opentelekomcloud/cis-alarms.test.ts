/**
 * The Open Telekom Cloud CIS pack: the control table's OTC spellings on `opentelekomcloud_cts_event_notification_v3`
 * (no region, no agency), the same controls and skipped reasons as the Huawei Cloud pack, and every prop error
 * naming `<construct path>.<prop>` and the fix.
 */
import { App, TerraformStack, Testing } from 'cdktf';
import { OpentelekomcloudProvider } from '@cdktf/provider-opentelekomcloud/lib/provider';
import { AlertTopic, IAlertTopic } from '../../../src/opentelekomcloud/alert-topic';
import { CisAlarms, CisAlarmsProps } from '../../../src/opentelekomcloud/cis-alarms';
import { IamTraceRegion } from '../../../src/opentelekomcloud/region';
import { LoginAuditPattern } from '../../../src/opentelekomcloud/login-audit-pattern';
import { createOpentelekomcloudLoginAuditStack } from '../../../examples/opentelekomcloud-login-audit/main';
import { withExampleDefaults } from '../../helpers/example-stacks';
import { CisAlarms as HuaweiCisAlarms } from '../../../src/huaweicloud/cis-alarms';
import { AlertTopic as HuaweiAlertTopic } from '../../../src/huaweicloud/alert-topic';
import { HuaweicloudProvider } from '../../../src/huaweicloud/generated/providers/huaweicloud/provider';
import { TrailWatchValidationError } from '../../../src/core/validation';
import { CIS_CONTROL_IDS, cisControl, ctsNotificationSpec } from '../../../runtime/core/cis-controls';
import { resourcesOf, synthJson } from '../../helpers/synth';
import { OTC_PROJECT_ID } from './fixtures';

const REGION = IamTraceRegion.PUBLIC_CLOUD;
const TOPIC_URN = `urn:smn:eu-de:${OTC_PROJECT_ID}:security_alerts`;
const NOTIFICATION = 'opentelekomcloud_cts_event_notification_v3';

function stackIn(region: string = REGION): TerraformStack {
  const stack = new TerraformStack(Testing.app() as App, 'stack');
  new OpentelekomcloudProvider(stack, 'otc', { region });
  return stack;
}

function build(stack: TerraformStack, props: Partial<CisAlarmsProps> = {}, region: string = REGION): CisAlarms {
  const alertTopic: IAlertTopic = props.alertTopic ?? new AlertTopic(stack, 'Alerts', { region });
  return new CisAlarms(stack, 'Cis', { region, alertTopic, ...props });
}

function buildError(
  props: (stack: TerraformStack) => Partial<CisAlarmsProps>,
  region: string = REGION,
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
  notification_name: string;
  operations?: { service_type: string; resource_type: string; trace_names: string[] }[];
};

function notifications(stack: TerraformStack): Notification[] {
  return Object.values(resourcesOf(synthJson(stack), NOTIFICATION)) as Notification[];
}

const byControl = (created: Notification[], n: number) => created.find((c) => c.notification_name.endsWith(`_cw${n}`))!;

describe('CisAlarms (Open Telekom Cloud)', () => {
  test('one key event notification per control with an equivalent, enabled, to the alert topic', () => {
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
        status: 'enabled',
        topic_id: expect.stringContaining('opentelekomcloud_smn_topic_v2'),
      });
      // OTC's resource takes neither a region (the provider's) nor an agency.
      expect(n).not.toHaveProperty('region');
      expect(n).not.toHaveProperty('agency_name');
      expect(n.notification_name).toMatch(/^stack_Cis_[0-9a-f]{8}_cw\d{1,2}$/);
      expect(n.notification_name).toMatch(/^[A-Za-z0-9_]{1,64}$/);
    }
    expect(Object.keys(pack.notifications)).toEqual(pack.controls);
  });

  test("the operation lists are the control table's, with OTC's spellings and keys", () => {
    const stack = stackIn();
    const pack = build(stack);
    const created = notifications(stack);
    for (const id of pack.controls) {
      const spec = ctsNotificationSpec(cisControl(id), 'opentelekomcloud');
      if ('noEquivalent' in spec) throw new Error('unexpected');
      const n = byControl(created, Number(id.split('.')[1]));
      expect(n.operation_type).toBe(spec.operationType);
      expect(n.operations ?? []).toEqual(
        spec.operations.map((o) => ({
          service_type: o.service,
          resource_type: o.resourceType,
          trace_names: o.traceNames,
        })),
      );
    }
    expect(byControl(created, 6).operations).toEqual([
      { service_type: 'IAM', resource_type: 'user', trace_names: ['loginfailed'] },
    ]);
    const groups = byControl(created, 4).operations!.find((o) => o.resource_type === 'userGroup')!;
    expect(groups.trace_names).toEqual(expect.arrayContaining(['createGroup', 'updateGroup', 'deleteGroup']));
    expect(groups.trace_names).not.toContain('createUserGroup');
    expect(JSON.stringify(created)).not.toMatch(/V5"/);
    const unauthorized = byControl(created, 2);
    expect(unauthorized).toMatchObject({
      operation_type: 'complete',
      filter: { condition: 'OR', rule: ['code = 401', 'code = 403'] },
    });
    expect(unauthorized.operations).toBeUndefined();
  });

  test('the same controls and skipped reasons as the Huawei Cloud pack (one table, one shared builder)', () => {
    const otc = build(stackIn());
    const huaweiStack = new TerraformStack(Testing.app() as App, 'stack');
    new HuaweicloudProvider(huaweiStack, 'hw', { region: 'ap-southeast-1' });
    const huawei = new HuaweiCisAlarms(huaweiStack, 'Cis', {
      region: 'ap-southeast-1',
      alertTopic: new HuaweiAlertTopic(huaweiStack, 'Alerts', { region: 'ap-southeast-1' }),
    });
    expect(otc.controls).toEqual(huawei.controls);
    expect(otc.skipped).toEqual(huawei.skipped);
    expect(Object.keys(otc.skipped)).toEqual([
      'CloudWatch.1',
      'CloudWatch.3',
      'CloudWatch.9',
      'CloudWatch.11',
      'CloudWatch.12',
      'CloudWatch.13',
    ]);
    expect(otc.skipped['CloudWatch.11']).toMatch(/network ACL/);
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
    expect(pack.namePrefix).toBe('prod_cis');
    expect(pack.controls).not.toContain('CloudWatch.2');
    expect(pack.controls).toContain('CloudWatch.13');
    expect(pack.skipped['CloudWatch.13']).toBeUndefined();
    expect(notifications(stack).find((n) => n.notification_name === 'prod_cis_cw13')).toMatchObject({
      operation_type: 'customized',
      operations: [
        {
          service_type: 'VPC',
          resource_type: 'routetables',
          trace_names: ['createRouteTable', 'deleteRouteTable'],
        },
      ],
    });
  });

  test('publishes to an imported topic by its URN', () => {
    const stack = stackIn();
    build(stack, { alertTopic: AlertTopic.fromTopicUrn(stack, 'Existing', TOPIC_URN) });
    expect(new Set(notifications(stack).map((n) => n.topic_id))).toEqual(new Set([TOPIC_URN]));
  });

  test('outside the IAM trace region, the IAM controls can be turned off explicitly', () => {
    const stack = stackIn('eu-nl');
    const pack = build(
      stack,
      { controls: { 'CloudWatch.4': { enabled: false }, 'CloudWatch.6': { enabled: false } } },
      'eu-nl',
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

describe('CisAlarms (Open Telekom Cloud) prop errors name the prop and the fix', () => {
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
      (stack) => ({ alertTopic: AlertTopic.fromTopicUrn(stack, 'Existing', TOPIC_URN) }),
      'stack/Cis.region',
      /"eu-west-0" is not an? Open Telekom Cloud region/,
      'eu-west-0',
    ],
    [
      'a topic of another region',
      (stack) => ({ alertTopic: AlertTopic.fromTopicUrn(stack, 'Far', TOPIC_URN.replace('eu-de', 'eu-nl')) }),
      'stack/Cis.alertTopic',
      /the topic is in eu-nl/,
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
      'a name prefix too long for 64-character names',
      () => ({ namePrefix: 'p'.repeat(60) }),
      'stack/Cis.namePrefix',
      /Use 1-48/,
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
      "Huawei Cloud's spelling of a failed sign-in",
      () => ({
        controls: {
          'CloudWatch.6': {
            operations: [{ service: 'IAM', resourceType: 'user', traceNames: ['login', 'loginFailed'] }],
          },
        },
      }),
      'stack/Cis.controls["CloudWatch.6"].operations[0].traceNames[1]',
      /records "loginFailed" as "loginfailed".*Write "loginfailed"/s,
      REGION,
    ],
    [
      'IAM controls outside the IAM trace region',
      () => ({}),
      'stack/Cis.region',
      /only in eu-de and eu-ch2, so CloudWatch\.4, CloudWatch\.6 would never fire in eu-nl.*'CloudWatch\.4': \{ enabled: false \}/s,
      'eu-nl',
    ],
  ])('%s', (_label, props, field, message, region) => {
    const error = buildError(props, region);
    expect(error.field).toBe(field);
    expect(error.message.startsWith(`${field}: `)).toBe(true);
    expect(error.message).toMatch(message);
  });
});

describe('LoginAuditPattern cisAlarms (Open Telekom Cloud)', () => {
  test('the example stack synthesizes the key event notifications to its topic', () => {
    const stack = withExampleDefaults(() => createOpentelekomcloudLoginAuditStack(Testing.app() as App));
    const created = notifications(stack);
    expect(created.map((n) => n.notification_name.replace(/^.*_cw/, 'cw')).sort()).toEqual([
      'cw10',
      'cw14',
      'cw2',
      'cw4',
      'cw5',
      'cw6',
      'cw7',
      'cw8',
    ]);
    const topics = new Set(created.map((n) => n.topic_id));
    expect(topics.size).toBe(1);
    expect([...topics][0]).toMatch(
      /^\$\{opentelekomcloud_smn_topic_v2\.LoginAudit_Alerts_Topic_[0-9A-F]{8}\.topic_urn\}$/,
    );
    expect(byControl(created, 6).operations).toEqual([
      { service_type: 'IAM', resource_type: 'user', trace_names: ['loginfailed'] },
    ]);
  });

  test('is off by default, and forwards its options with the pattern region and topic', () => {
    const off = stackIn();
    new LoginAuditPattern(off, 'Audit', { region: REGION, allowList: ['203.0.113.0/24'] });
    expect(notifications(off)).toEqual([]);

    const on = stackIn();
    const pattern = new LoginAuditPattern(on, 'Audit', {
      region: REGION,
      allowList: ['203.0.113.0/24'],
      alertTopic: AlertTopic.fromTopicUrn(on, 'Existing', TOPIC_URN),
      cisAlarms: { namePrefix: 'audit_cis', controls: { 'CloudWatch.2': { enabled: false } } },
    });
    expect(pattern.cisAlarms?.node.path).toBe('stack/Audit/CisAlarms');
    expect(pattern.cisAlarms?.controls).not.toContain('CloudWatch.2');
    const created = notifications(on);
    expect(created).toHaveLength(7);
    expect(new Set(created.map((n) => n.topic_id))).toEqual(new Set([TOPIC_URN]));
    expect(created.every((n) => n.notification_name.startsWith('audit_cis_cw'))).toBe(true);
  });

  test('a pack error names the path under the pattern', () => {
    expect(
      () =>
        new LoginAuditPattern(stackIn(), 'Audit', {
          region: REGION,
          allowList: ['203.0.113.0/24'],
          cisAlarms: { controls: { 'CloudWatch.99': {} } as never },
        }),
    ).toThrow(/^stack\/Audit\/CisAlarms\.controls\["CloudWatch\.99"\]: /);
  });
});
