import {
  CIS_CONTROLS,
  CIS_CONTROL_IDS,
  CtsNotificationSpec,
  cisControl,
  ctsNotificationSpec,
} from '../../../runtime/core/cis-controls';
import { cisOptionProblems, enabledCisControls } from '../../../runtime/core/cis-options';
import { filterMatches, parseFilterPattern } from './cloudwatch-filter-pattern';

describe('the CloudWatch Logs filter-pattern matcher', () => {
  const event = { a: 'x', n: 5, nested: { b: 'AccessDeniedException', list: ['first'] }, nothing: null, yes: true };

  test.each([
    ['{ $.a = "x" }', true],
    ['{ $.a = x }', true],
    ['{ $.a != "x" }', false],
    ['{ $.a != "y" }', true],
    ['{ $.missing != "y" }', false],
    ['{ $.missing NOT EXISTS }', true],
    ['{ $.a NOT EXISTS }', false],
    ['{ $.nothing IS NULL }', true],
    ['{ $.yes IS TRUE }', true],
    ['{ $.yes IS FALSE }', false],
    ['{ $.n = 5 }', true],
    ['{ $.n >= 6 }', false],
    ['{ $.n < 6 && $.n > 4 }', true],
    ['{ $.nested.b = "AccessDenied*" }', true],
    ['{ $.nested.b = "*Denied*" }', true],
    ['{ $.nested.b = "*UnauthorizedOperation" }', false],
    ['{ $.nested.list[0] = first }', true],
    ['{ ($.a = "y") || ($.n = 5) }', true],
    ['{ ($.a = "y") || ($.n = 5) && ($.a = "z") }', false],
    ['{ (($.a = "y") || ($.n = 5)) && ($.a = "x") }', true],
    ['{$.a="x"&&$.n=5}', true],
  ])('%s → %s', (pattern, expected) => {
    expect(filterMatches(pattern, event)).toBe(expected);
  });

  test.each(['$.a = "x"', '{ $.a = "x" ', '{ a = "x" }', '{ $.a ~ "x" }', '{ $.a = "x }', '{ $.a IS MAYBE }'])(
    'rejects the malformed pattern %s',
    (pattern) => {
      expect(() => parseFilterPattern(pattern)).toThrow();
    },
  );
});

describe('the CIS control table', () => {
  test('lists CloudWatch.1 to CloudWatch.14 in order, each citing its Security Hub section', () => {
    expect(CIS_CONTROL_IDS).toEqual(Array.from({ length: 14 }, (_, i) => `CloudWatch.${i + 1}`));
    for (const control of CIS_CONTROLS) {
      expect(control.awsSource).toBe(
        `https://docs.aws.amazon.com/securityhub/latest/userguide/cloudwatch-controls.html#cloudwatch-${control.id.split('.')[1]}`,
      );
    }
  });

  test('every pattern parses, every metric name is distinct', () => {
    for (const control of CIS_CONTROLS) expect(() => parseFilterPattern(control.awsFilterPattern)).not.toThrow();
    expect(new Set(CIS_CONTROLS.map((c) => c.awsMetricName)).size).toBe(14);
  });

  test('the patterns read only CloudTrail record fields', () => {
    const fields = new Set(CIS_CONTROLS.flatMap((c) => parseFilterPattern(c.awsFilterPattern).selectors));
    expect([...fields].sort()).toEqual([
      '$.additionalEventData.MFAUsed',
      '$.errorCode',
      '$.errorMessage',
      '$.eventName',
      '$.eventSource',
      '$.eventType',
      '$.responseElements.ConsoleLogin',
      '$.userIdentity.invokedBy',
      '$.userIdentity.type',
    ]);
  });

  test('texts fit an alarm description (1024 characters) and a notification', () => {
    for (const control of CIS_CONTROLS) {
      expect(
        `${control.id} ${control.title}. Watches ${control.watches}. Remediation: ${control.remediation}.`.length,
      ).toBeLessThan(600);
    }
  });
});

function spec(id: string, cloud: 'huaweicloud' | 'opentelekomcloud'): CtsNotificationSpec {
  const result = ctsNotificationSpec(cisControl(id as never), cloud);
  if ('noEquivalent' in result) throw new Error(`${id} has no equivalent: ${result.noEquivalent}`);
  return result;
}

describe('CTS key event notification operations', () => {
  test('controls without an equivalent say why, on both clouds', () => {
    for (const id of [
      'CloudWatch.1',
      'CloudWatch.3',
      'CloudWatch.9',
      'CloudWatch.11',
      'CloudWatch.12',
      'CloudWatch.13',
    ]) {
      for (const cloud of ['huaweicloud', 'opentelekomcloud'] as const) {
        const result = ctsNotificationSpec(cisControl(id as never), cloud);
        expect(result).toEqual({ noEquivalent: expect.stringMatching(/^.{20,}$/) });
      }
    }
  });

  test('unauthorized calls: every operation, filtered to 401/403, on both clouds', () => {
    for (const cloud of ['huaweicloud', 'opentelekomcloud'] as const) {
      expect(spec('CloudWatch.2', cloud)).toEqual({
        operationType: 'complete',
        operations: [],
        filter: { condition: 'OR', rules: ['code = 401', 'code = 403'] },
        globalService: false,
      });
    }
  });

  test('IAM changes: merged per resource type, spelled as each cloud documents them, global service', () => {
    const huawei = spec('CloudWatch.4', 'huaweicloud');
    expect(huawei.globalService).toBe(true);
    expect(huawei.operations).toEqual([
      {
        service: 'IAM',
        resourceType: 'userGroup',
        traceNames: ['addUserToGroup', 'removeUserFromGroup', 'createUserGroup', 'updateUserGroup', 'deleteUserGroup'],
      },
      {
        service: 'IAM',
        resourceType: 'agency',
        traceNames: [
          'createAgency',
          'updateAgency',
          'deleteAgency',
          'attachAgencyPolicyV5',
          'detachAgencyPolicyV5',
          'updateTrustPolicyV5',
        ],
      },
      { service: 'IAM', resourceType: 'group', traceNames: ['attachGroupPolicyV5', 'detachGroupPolicyV5'] },
    ]);
    expect(spec('CloudWatch.4', 'opentelekomcloud').operations).toEqual([
      {
        service: 'IAM',
        resourceType: 'userGroup',
        traceNames: ['addUserToGroup', 'removeUserFromGroup', 'createGroup', 'updateGroup', 'deleteGroup'],
      },
      { service: 'IAM', resourceType: 'agency', traceNames: ['createAgency', 'updateAgency', 'deleteAgency'] },
    ]);
  });

  test('failed sign-ins: loginFailed on Huawei Cloud, loginfailed on OTC', () => {
    expect(spec('CloudWatch.6', 'huaweicloud').operations).toEqual([
      { service: 'IAM', resourceType: 'user', traceNames: ['loginFailed'] },
    ]);
    expect(spec('CloudWatch.6', 'opentelekomcloud').operations).toEqual([
      { service: 'IAM', resourceType: 'user', traceNames: ['loginfailed'] },
    ]);
  });

  test.each([
    [
      'CloudWatch.5',
      [{ service: 'CTS', resourceType: 'tracker', traceNames: ['createTracker', 'updateTracker', 'deleteTracker'] }],
    ],
    ['CloudWatch.7', [{ service: 'KMS', resourceType: 'cmk', traceNames: ['disableKey', 'scheduleKeyDeletion'] }]],
    [
      'CloudWatch.8',
      [
        {
          service: 'OBS',
          resourceType: 'bucket',
          traceNames: [
            'setBucketAcl',
            'setBucketPolicy',
            'setBucketCors',
            'setBucketLifecycle',
            'deleteBucketPolicy',
            'deleteBucketCors',
            'deleteBucketLifecycle',
            'deleteBucketReplication',
          ],
        },
      ],
    ],
    [
      'CloudWatch.10',
      [
        {
          service: 'VPC',
          resourceType: 'security_groups',
          traceNames: ['createSecurity-group', 'updateSecurity-group', 'deleteSecurity-group'],
        },
        {
          service: 'VPC',
          resourceType: 'security-group-rules',
          traceNames: ['createSecurity-group-rule', 'updateSecurity-group-rule', 'deleteSecurity-group-rule'],
        },
        { service: 'VPC', resourceType: 'security_group', traceNames: ['createSecurityGroup', 'modifySecurityGroup'] },
      ],
    ],
    ['CloudWatch.14', [{ service: 'VPC', resourceType: 'vpc', traceNames: ['createVpc', 'modifyVpc', 'deleteVpc'] }]],
  ])('%s watches the same operations on both clouds, in its own region', (id, operations) => {
    for (const cloud of ['huaweicloud', 'opentelekomcloud'] as const) {
      expect(spec(id, cloud)).toEqual({ operationType: 'customized', operations, globalService: false });
    }
  });

  test('every equivalent cites the documentation its trace names come from', () => {
    for (const control of CIS_CONTROLS) {
      if (!('noEquivalent' in control.cts)) expect(control.cts.sources.length).toBeGreaterThan(0);
    }
  });
});

describe('cisOptionProblems', () => {
  test('accepts no options and per-control switches', () => {
    expect(cisOptionProblems('stack/Cis', {})).toEqual([]);
    expect(cisOptionProblems('stack/Cis', { controls: { 'CloudWatch.2': { enabled: false } } })).toEqual([]);
    expect(enabledCisControls({ controls: { 'CloudWatch.2': { enabled: false } } }).map((c) => c.id)).not.toContain(
      'CloudWatch.2',
    );
  });

  test('names a misspelled control id and lists the valid ones', () => {
    expect(cisOptionProblems('stack/Cis', { controls: { 'cloudwatch.1': {} } as never })).toEqual([
      {
        field: 'stack/Cis.controls["cloudwatch.1"]',
        problem: '"cloudwatch.1" is not a CIS control of the pack',
        fix: expect.stringContaining('CloudWatch.1, CloudWatch.2'),
      },
    ]);
  });

  test('refuses a pack with every control disabled', () => {
    const controls = Object.fromEntries(CIS_CONTROL_IDS.map((id) => [id, { enabled: false }]));
    expect(cisOptionProblems('stack/Cis', { controls })).toEqual([
      {
        field: 'stack/Cis.controls',
        problem: expect.stringContaining('every control is disabled'),
        fix: expect.stringContaining('leave the pack out'),
      },
    ]);
  });
});
