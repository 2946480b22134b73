/**
 * A function's runtime identity carries no trigger-management rights: the rights to create or change the function's
 * triggers (CTS notifications, LTS subscriptions; on AWS subscription filters, event rules, invoke permissions) belong
 * to the deployer or to a configuration-only identity, never to the credentials the function code receives.
 * On FunctionGraph the code receives the execution agency (`app_agency`, or `agency` when no `app_agency` is set).
 */
import type { Finding, Rule, StackUnderTest } from './types';
import { readPolicy } from './policy';
import {
  Block,
  Located,
  asList,
  constructPath,
  lookup,
  refersTo,
  resources,
  strings,
  wholeReference,
} from './terraform';

const ID = 'trigger-rights-apart';

const TRIGGER_ACTIONS = [
  /^cts:notification:/i,
  /^lts:subscriptions:/i,
  /^(cts|lts|functiongraph):\*/i,
  /^logs:(PutSubscriptionFilter|DeleteSubscriptionFilter)$/i,
  /^events:(PutRule|PutTargets|DeleteRule|RemoveTargets)$/i,
  /^lambda:(AddPermission|RemovePermission|CreateEventSourceMapping|UpdateEventSourceMapping)$/i,
  /^s3:PutBucketNotification$/i,
];

const isTriggerAction = (action: string) => TRIGGER_ACTIONS.some((pattern) => pattern.test(action));

/** The block a reference like `${huaweicloud_identity_agency.A.name}` points to, or the one of that type with that name. */
function resolve(stack: StackUnderTest, value: unknown, type: string): Located | undefined {
  const ref = wholeReference(value);
  if (ref) {
    const target = lookup(stack, ref.address);
    return target?.type === type ? target : undefined;
  }
  return resources(stack, type).find((r) => r.block.name === value || r.block.display_name === value);
}

/** Allowed trigger actions in the given policy attribute values. */
function triggerActions(stack: StackUnderTest, policies: unknown[]): string[] {
  return policies.flatMap((value) => {
    const read = readPolicy(stack, value);
    if ('problem' in read) return [];
    return read.statements.filter((s) => s.effect === 'Allow').flatMap((s) => s.actions.filter(isTriggerAction));
  });
}

/** FunctionGraph on Huawei Cloud and Open Telekom Cloud: the types, and where a role keeps its policy. */
const FUNCTIONGRAPH = [
  {
    fn: 'huaweicloud_fgs_function',
    agency: 'huaweicloud_identity_agency',
    role: 'huaweicloud_identity_role',
    policy: 'policy',
  },
  {
    fn: 'opentelekomcloud_fgs_function_v2',
    agency: 'opentelekomcloud_identity_agency_v3',
    role: 'opentelekomcloud_identity_role_v3',
    policy: 'statement',
  },
];

function functionGraphFindings(stack: StackUnderTest): Finding[] {
  return FUNCTIONGRAPH.flatMap((types) =>
    resources(stack, types.fn).flatMap((fn) => {
      const attribute = fn.block.app_agency !== undefined ? 'app_agency' : 'agency';
      const agency = resolve(stack, fn.block[attribute], types.agency);
      if (!agency) return []; // an agency the user brought: its rights are the user's to decide
      const roleNames = [
        ...strings(agency.block.domain_roles),
        ...strings(agency.block.all_resources_roles),
        ...['project_role', 'enterprise_project_roles'].flatMap((key) =>
          asList(agency.block[key] as Block | Block[] | undefined).flatMap((e) => strings(e.roles)),
        ),
      ];
      const policies = roleNames
        .map((name) => resolve(stack, name, types.role)?.block[types.policy])
        .filter((p) => p !== undefined);
      const actions = [...new Set(triggerActions(stack, policies))];
      if (!actions.length) return [];
      const which =
        attribute === 'agency'
          ? 'agency (also the execution agency: no app_agency is set)'
          : 'execution agency (app_agency)';
      return [
        {
          rule: ID,
          stack: stack.name,
          address: agency.address,
          message: `${constructPath(agency)} is the ${which} of ${constructPath(fn)} and allows trigger rights ${actions.join(', ')}; move them to a configuration-only agency`,
        },
      ];
    }),
  );
}

function awsFindings(stack: StackUnderTest): Finding[] {
  return resources(stack, 'aws_lambda_function').flatMap((fn) => {
    const role = resolve(stack, fn.block.role, 'aws_iam_role');
    if (!role) return [];
    const inline = asList(role.block.inline_policy as Block | Block[] | undefined).map((p) => p.policy);
    const attached = resources(stack, 'aws_iam_role_policy')
      .filter((p) => refersTo(p.block.role, role.address))
      .map((p) => p.block.policy);
    const actions = [...new Set(triggerActions(stack, [...inline, ...attached]))];
    if (!actions.length) return [];
    return [
      {
        rule: ID,
        stack: stack.name,
        address: role.address,
        message: `${constructPath(role)} is the execution role of ${constructPath(fn)} and allows trigger rights ${actions.join(', ')}; grant them to the deployer instead`,
      },
    ];
  });
}

export const triggerRightsApart: Rule = {
  id: ID,
  description: "A function's runtime identity (execution role / execution agency) holds no trigger-management rights.",
  check: (stack) => [...functionGraphFindings(stack), ...awsFindings(stack)],
};
