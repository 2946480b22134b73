/**
 * Every security invariant, one file per rule (like cdk-nag). example-stacks.test.ts applies them all to every example
 * stack; each rule's own test proves it flags a small bad fragment. To add a rule: `<id>.ts` exporting a `Rule` that
 * reads the synthesized JSON through terraform.ts / policy.ts, `<id>.test.ts` with a fragment it must flag, and a line
 * here. Known violations go to exceptions.ts, never into the rule.
 */
import type { Rule } from './types';
import { encryptionAtRest } from './encryption-at-rest';
import { lambdaPermissionScoped } from './lambda-permission-scoped';
import { noAdminRole } from './no-admin-role';
import { noWildcardAllowAction } from './no-wildcard-allow-action';
import { servicePrincipalScoped } from './service-principal-scoped';
import { tlsOnlyResourcePolicy } from './tls-only-resource-policy';
import { tagsEverywhere } from './tags-everywhere';
import { trailLogsCmk } from './trail-logs-cmk';
import { triggerRightsApart } from './trigger-rights-apart';

export type { Finding, Rule, StackUnderTest } from './types';

export const RULES: readonly Rule[] = [
  noWildcardAllowAction,
  tlsOnlyResourcePolicy,
  encryptionAtRest,
  noAdminRole,
  lambdaPermissionScoped,
  servicePrincipalScoped,
  triggerRightsApart,
  trailLogsCmk,
  tagsEverywhere,
];
