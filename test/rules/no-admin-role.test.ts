import { fragment } from './fragment';
import { noAdminRole } from './no-admin-role';

const check = noAdminRole.check;

describe('no-admin-role', () => {
  test('flags AdministratorAccess and *FullAccess attachments, literal or through a data source', () => {
    const findings = check(
      fragment({
        data: { aws_iam_policy: { Power: { name: 'PowerUserAccess' } } },
        resource: {
          aws_iam_role_policy_attachment: {
            Admin: { role: '${aws_iam_role.R.name}', policy_arn: 'arn:aws:iam::aws:policy/AdministratorAccess' },
            S3: {
              role: '${aws_iam_role.R.name}',
              policy_arn: 'arn:${data.aws_partition.P.partition}:iam::aws:policy/AmazonS3FullAccess',
            },
            ViaData: { role: '${aws_iam_role.R.name}', policy_arn: '${data.aws_iam_policy.Power.arn}' },
            Fine: {
              role: '${aws_iam_role.R.name}',
              policy_arn: 'arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole',
            },
            Own: { role: '${aws_iam_role.R.name}', policy_arn: '${aws_iam_policy.Own.arn}' },
          },
          aws_iam_role: { R: { managed_policy_arns: ['arn:aws:iam::aws:policy/IAMFullAccess'] } },
        },
      }),
    );
    expect(findings.map((f) => f.address)).toEqual([
      'aws_iam_role_policy_attachment.Admin',
      'aws_iam_role_policy_attachment.S3',
      'aws_iam_role_policy_attachment.ViaData',
      'aws_iam_role.R',
    ]);
  });

  test('flags Huawei agencies holding Tenant Administrator, Security Administrator or a FullAccess policy', () => {
    const findings = check(
      fragment({
        resource: {
          huaweicloud_identity_agency: {
            Tenant: { project_role: [{ project: 'cn-north-4', roles: ['Tenant Administrator'] }] },
            Security: { domain_roles: ['Security Administrator'] },
            Full: { all_resources_roles: ['FunctionGraph FullAccess'] },
            Custom: { project_role: [{ project: 'cn-north-4', roles: ['${huaweicloud_identity_role.Mine.name}'] }] },
          },
        },
      }),
    );
    expect(findings.map((f) => f.address)).toEqual([
      'huaweicloud_identity_agency.Tenant',
      'huaweicloud_identity_agency.Security',
      'huaweicloud_identity_agency.Full',
    ]);
  });

  test('flags a Huawei role assignment to a system role looked up by name', () => {
    const findings = check(
      fragment({
        data: { huaweicloud_identity_role: { Admin: { name: 'te_admin' } } },
        resource: {
          huaweicloud_identity_group_role_assignment: {
            A: { group_id: 'g', role_id: '${data.huaweicloud_identity_role.Admin.id}' },
          },
        },
      }),
    );
    expect(findings).toEqual([expect.objectContaining({ address: 'huaweicloud_identity_group_role_assignment.A' })]);
  });
});

test('no-admin-role flags an Alibaba Cloud RAM role given a System full-access policy, not a Custom one', () => {
  const findings = noAdminRole.check(
    fragment({
      resource: {
        alicloud_ram_role_policy_attachment: {
          Admin: { role_name: 'r', policy_type: 'System', policy_name: 'AliyunLogFullAccess' },
          Own: { role_name: 'r', policy_type: 'Custom', policy_name: '${alicloud_ram_policy.P.policy_name}' },
        },
      },
    }),
  );
  expect(findings.map((f) => f.address)).toEqual(['alicloud_ram_role_policy_attachment.Admin']);
});

test('no-admin-role flags an Open Telekom Cloud agency holding Tenant Administrator', () => {
  const findings = noAdminRole.check(
    fragment({
      resource: {
        opentelekomcloud_identity_agency_v3: {
          Admin: { project_role: [{ project: 'eu-de', roles: ['Tenant Administrator'] }] },
          Own: { project_role: [{ project: 'eu-de', roles: ['${opentelekomcloud_identity_role_v3.R.display_name}'] }] },
        },
      },
    }),
  );
  expect(findings.map((f) => f.address)).toEqual(['opentelekomcloud_identity_agency_v3.Admin']);
});
