import { awsDocument, fragment, huaweiPolicy } from './fragment';
import { triggerRightsApart } from './trigger-rights-apart';

const check = triggerRightsApart.check;

const huawei = (fn: Record<string, unknown>) =>
  fragment({
    resource: {
      huaweicloud_fgs_function: { F: fn },
      huaweicloud_identity_role: {
        Trigger: { name: 'trigger', policy: huaweiPolicy(['cts:notification:create', 'cts:notification:delete']) },
        Runtime: { name: 'runtime', policy: huaweiPolicy(['smn:topic:publish']) },
      },
      huaweicloud_identity_agency: {
        Config: {
          name: 'config',
          project_role: [{ project: 'cn-north-4', roles: ['${huaweicloud_identity_role.Trigger.name}'] }],
        },
        Exec: {
          name: 'exec',
          project_role: [{ project: 'cn-north-4', roles: ['${huaweicloud_identity_role.Runtime.name}'] }],
        },
      },
    },
  });

describe('trigger-rights-apart', () => {
  test('flags trigger rights on the agency the function code receives (no app_agency)', () => {
    const findings = check(huawei({ agency: '${huaweicloud_identity_agency.Config.name}' }));
    expect(findings).toEqual([
      expect.objectContaining({
        address: 'huaweicloud_identity_agency.Config',
        message: expect.stringContaining('cts:notification:create'),
      }),
    ]);
  });

  test('accepts trigger rights on the configuration agency when app_agency holds the runtime rights', () => {
    expect(
      check(
        huawei({
          agency: '${huaweicloud_identity_agency.Config.name}',
          app_agency: '${huaweicloud_identity_agency.Exec.name}',
        }),
      ),
    ).toEqual([]);
  });

  test('flags trigger rights on the app_agency itself', () => {
    expect(check(huawei({ agency: 'exec', app_agency: 'config' }))).toEqual([
      expect.objectContaining({ address: 'huaweicloud_identity_agency.Config' }),
    ]);
  });

  test('flags a Lambda execution role that may create subscription filters', () => {
    const doc = awsDocument('Doc', [
      { actions: ['logs:PutSubscriptionFilter', 'logs:PutLogEvents'], resources: ['*'] },
    ]);
    const findings = check(
      fragment({
        data: { aws_iam_policy_document: doc.data },
        resource: {
          aws_lambda_function: { F: { role: '${aws_iam_role.R.arn}' } },
          aws_iam_role: { R: {} },
          aws_iam_role_policy: { P: { role: '${aws_iam_role.R.name}', policy: doc.ref } },
        },
      }),
    );
    expect(findings).toEqual([
      expect.objectContaining({
        address: 'aws_iam_role.R',
        message: expect.stringContaining('logs:PutSubscriptionFilter'),
      }),
    ]);
  });
});

test('trigger-rights-apart reads Open Telekom Cloud agencies and `statement` blocks', () => {
  const role = (action: string[]) => ({ display_name: action[0], statement: [{ action, effect: 'Allow' }] });
  const stack = (appAgency: string) =>
    fragment({
      resource: {
        opentelekomcloud_fgs_function_v2: {
          F: { agency: '${opentelekomcloud_identity_agency_v3.Config.name}', app_agency: appAgency },
        },
        opentelekomcloud_identity_role_v3: {
          Trigger: role(['lts:subscriptions:create']),
          Runtime: role(['lts:logs:upload']),
        },
        opentelekomcloud_identity_agency_v3: {
          Config: {
            name: 'c',
            project_role: [{ project: 'eu-de', roles: ['${opentelekomcloud_identity_role_v3.Trigger.display_name}'] }],
          },
          App: {
            name: 'a',
            project_role: [{ project: 'eu-de', roles: ['${opentelekomcloud_identity_role_v3.Runtime.display_name}'] }],
          },
        },
      },
    });
  expect(triggerRightsApart.check(stack('${opentelekomcloud_identity_agency_v3.App.name}'))).toEqual([]);
  expect(triggerRightsApart.check(stack('${opentelekomcloud_identity_agency_v3.Config.name}'))).toEqual([
    expect.objectContaining({ address: 'opentelekomcloud_identity_agency_v3.Config' }),
  ]);
});
