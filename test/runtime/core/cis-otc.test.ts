/**
 * The control table serves Open Telekom Cloud as it is: `ctsNotificationSpec(control, 'opentelekomcloud')` maps
 * one to one onto `CtsEventNotificationV3` of @cdktf/provider-opentelekomcloud (the OTC `CisAlarms`,
 * src/opentelekomcloud/cis-alarms.ts, has no list of its own).
 */
import { App, TerraformStack, Testing } from 'cdktf';
import { CtsEventNotificationV3 } from '@cdktf/provider-opentelekomcloud/lib/cts-event-notification-v3';
import { OpentelekomcloudProvider } from '@cdktf/provider-opentelekomcloud/lib/provider';
import { CIS_CONTROLS, ctsNotificationSpec } from '../../../runtime/core/cis-controls';

test('every control with an equivalent becomes an OTC event notification from the table', () => {
  const stack = new TerraformStack(Testing.app() as App, 'otc');
  new OpentelekomcloudProvider(stack, 'otc', {});
  const topicId = 'urn:smn:eu-de:0123456789abcdef0123456789abcdef:security_alerts';
  const created: string[] = [];
  for (const control of CIS_CONTROLS) {
    const spec = ctsNotificationSpec(control, 'opentelekomcloud');
    if ('noEquivalent' in spec) continue;
    created.push(control.id);
    new CtsEventNotificationV3(stack, control.id.replace('.', ''), {
      notificationName: `cis_cw${control.id.split('.')[1]}`,
      operationType: spec.operationType,
      topicId,
      status: 'enabled',
      operations: spec.operations.map((o) => ({
        serviceType: o.service,
        resourceType: o.resourceType,
        traceNames: [...o.traceNames],
      })),
      filter: spec.filter ? { condition: spec.filter.condition, rule: [...spec.filter.rules] } : undefined,
    });
  }
  expect(created).toEqual([
    'CloudWatch.2',
    'CloudWatch.4',
    'CloudWatch.5',
    'CloudWatch.6',
    'CloudWatch.7',
    'CloudWatch.8',
    'CloudWatch.10',
    'CloudWatch.14',
  ]);
  const json = JSON.parse(Testing.synth(stack)) as {
    resource: Record<string, Record<string, Record<string, unknown>>>;
  };
  const notifications = json.resource.opentelekomcloud_cts_event_notification_v3;
  expect(notifications.CloudWatch6).toMatchObject({
    operation_type: 'customized',
    operations: [{ service_type: 'IAM', resource_type: 'user', trace_names: ['loginfailed'] }],
  });
  expect(notifications.CloudWatch2).toMatchObject({
    operation_type: 'complete',
    filter: { condition: 'OR', rule: ['code = 401', 'code = 403'] },
  });
});
