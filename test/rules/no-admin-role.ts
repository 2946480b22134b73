/**
 * No role, agency, user or group is given an administrator or full-access managed policy / system role
 * (CIS IAM.1, checkov CKV_AWS_274; Huawei: "Tenant Administrator", "Security Administrator", "… FullAccess",
 * "Agent Operator"; Alibaba Cloud: System policies AdministratorAccess, "Aliyun…FullAccess"). Custom roles and policy documents are checked by no-wildcard-allow-action instead.
 */
import type { Finding, Rule, StackUnderTest } from './types';
import { Block, Located, asList, constructPath, lookup, resources, strings, wholeReference } from './terraform';

const ID = 'no-admin-role';

/** AWS managed policies (and Alibaba Cloud System policies) that grant administration: by name (the end of the ARN). */
const AWS_ADMIN_POLICY = /^(AdministratorAccess|PowerUserAccess|IAMFullAccess|.*FullAccess)$/i;
/** Huawei system roles and policies that grant administration, by display name or internal name. */
const HUAWEI_ADMIN_ROLE = /administrator|full ?access|^te_admin$|^secu_admin$|^agent operator$|^op_service$/i;

/** Roles and policies the stack defines itself (a reference to one of these is a custom grant). */
const CUSTOM_POLICY_TYPES = [
  'huaweicloud_identity_role',
  'huaweicloud_identityv5_policy',
  'opentelekomcloud_identity_role_v3',
  'aws_iam_policy',
];

interface Grant {
  readonly address: string;
  readonly where: string;
  /** The literal name, or the reference that names it. */
  readonly value: string;
}

function awsGrants(stack: StackUnderTest): Grant[] {
  const grants: Grant[] = [];
  const attachments = [
    'aws_iam_role_policy_attachment',
    'aws_iam_user_policy_attachment',
    'aws_iam_group_policy_attachment',
    'aws_iam_policy_attachment',
  ];
  for (const type of attachments) {
    for (const a of resources(stack, type))
      grants.push(
        ...strings(a.block.policy_arn).map((value) => ({ address: a.address, where: constructPath(a), value })),
      );
  }
  for (const type of [
    'aws_iam_role',
    'aws_iam_role_policy_attachments_exclusive',
    'aws_iam_user_policy_attachments_exclusive',
    'aws_iam_group_policy_attachments_exclusive',
  ]) {
    for (const r of resources(stack, type)) {
      grants.push(
        ...strings(r.block.managed_policy_arns ?? r.block.policy_arns).map((value) => ({
          address: r.address,
          where: constructPath(r),
          value,
        })),
      );
    }
  }
  return grants;
}

/** Alibaba Cloud RAM attachments name a policy and its type; System policies are the managed ones. */
function alicloudGrants(stack: StackUnderTest): Grant[] {
  const types = [
    'alicloud_ram_role_policy_attachment',
    'alicloud_ram_user_policy_attachment',
    'alicloud_ram_group_policy_attachment',
  ];
  return types.flatMap((type) =>
    resources(stack, type)
      .filter((a) => String(a.block.policy_type ?? '').toLowerCase() === 'system')
      .flatMap((a) =>
        strings(a.block.policy_name).map((value) => ({ address: a.address, where: constructPath(a), value })),
      ),
  );
}

function huaweiGrants(stack: StackUnderTest): Grant[] {
  const grants: Grant[] = [];
  const add = (r: Located, values: unknown) =>
    grants.push(...strings(values).map((value) => ({ address: r.address, where: constructPath(r), value })));
  const agencies = [
    ...resources(stack, 'huaweicloud_identity_agency'),
    ...resources(stack, 'opentelekomcloud_identity_agency_v3'),
  ];
  for (const agency of agencies) {
    add(agency, agency.block.domain_roles);
    add(agency, agency.block.all_resources_roles);
    for (const key of ['project_role', 'enterprise_project_roles']) {
      asList(agency.block[key] as Block | Block[] | undefined).forEach((entry) => add(agency, entry.roles));
    }
  }
  for (const type of [
    'huaweicloud_identity_role_assignment',
    'huaweicloud_identity_group_role_assignment',
    'huaweicloud_identity_user_role_assignment',
    'huaweicloud_identityv5_policy_group_attach',
    'huaweicloud_identityv5_policy_agency_attach',
    'opentelekomcloud_identity_role_assignment_v3',
  ]) {
    for (const r of resources(stack, type)) add(r, r.block.role_id ?? r.block.policy_id);
  }
  return grants;
}

/**
 * The name a grant refers to: a literal, the name of a data source looked up by name, or undefined for a custom role
 * or policy defined in the stack (its content is checked by no-wildcard-allow-action). `null`: cannot be told.
 */
function grantedName(stack: StackUnderTest, value: string): string | undefined | null {
  const ref = wholeReference(value);
  if (!ref) return value.includes('${') ? null : value;
  if (CUSTOM_POLICY_TYPES.includes(ref.address.split('.')[0])) return undefined;
  const target = lookup(stack, ref.address);
  if (!target) return null;
  const name = target.block.name ?? target.block.display_name ?? target.block.arn;
  return typeof name === 'string' && !name.includes('${') ? name : null;
}

function check(stack: StackUnderTest): Finding[] {
  const findings: Finding[] = [];
  const judge = (grants: Grant[], admin: RegExp) => {
    for (const grant of grants) {
      const name = grantedName(stack, grant.value);
      if (name === undefined) continue;
      if (name === null) {
        findings.push({
          rule: ID,
          stack: stack.name,
          address: grant.address,
          message: `${grant.where} grants \`${grant.value}\`, which cannot be identified; grant a role or policy defined in the stack or named literally`,
        });
      } else if (admin.test(name.split('/').pop()!)) {
        findings.push({
          rule: ID,
          stack: stack.name,
          address: grant.address,
          message: `${grant.where} grants the administrator-level \`${name}\`; grant a least-privilege policy instead`,
        });
      }
    }
  };
  judge(awsGrants(stack), AWS_ADMIN_POLICY);
  judge(huaweiGrants(stack), HUAWEI_ADMIN_ROLE);
  judge(alicloudGrants(stack), AWS_ADMIN_POLICY);
  return findings;
}

export const noAdminRole: Rule = {
  id: ID,
  description: 'No administrator or full-access managed policy / system role is granted.',
  check,
};
