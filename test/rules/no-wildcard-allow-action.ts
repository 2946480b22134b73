/**
 * No Allow statement grants a wildcard action (`*`, `s3:*`, `lts:*:*`, `s3:Get*`) or uses NotAction, in any policy of
 * any cloud: identity, trust and resource policies alike (least privilege; CIS IAM.1/IAM.21, checkov CKV_AWS_1/289/355).
 */
import type { Finding, Rule, StackUnderTest } from './types';
import { ReadPolicy, Statement, policyDocuments, policySites, readPolicy } from './policy';
import { constructPath, lookup, wholeReference } from './terraform';

const ID = 'no-wildcard-allow-action';

function wildcardGrants(statements: Statement[]): string[] {
  return statements
    .filter((s) => s.effect === 'Allow')
    .flatMap((s) => [
      ...s.actions.filter((a) => a.includes('*')).map((a) => `\`${a}\``),
      ...s.notActions.map((a) => `NotAction \`${a}\``),
      ...(s.actions.length === 0 && s.notActions.length === 0 ? ['a statement without any action'] : []),
    ]);
}

function check(stack: StackUnderTest): Finding[] {
  const findings: Finding[] = [];
  const report = (address: string, where: string, read: ReadPolicy) => {
    if ('problem' in read) {
      findings.push({ rule: ID, stack: stack.name, address, message: `${where}: ${read.problem}` });
      return;
    }
    const grants = wildcardGrants(read.statements);
    if (grants.length) {
      findings.push({
        rule: ID,
        stack: stack.name,
        address,
        message: `${where} allows ${grants.join(', ')}; name each action`,
      });
    }
  };
  // Documents are checked once where they are defined; the attributes that point at them are not checked again.
  for (const { located, read } of policyDocuments(stack)) report(located.address, constructPath(located), read);
  for (const site of policySites(stack)) {
    const ref = wholeReference(site.value);
    if (ref && lookup(stack, ref.address)?.type === 'aws_iam_policy_document') continue;
    report(site.located.address, `${constructPath(site.located)} (${site.attribute})`, readPolicy(stack, site.value));
  }
  return findings;
}

export const noWildcardAllowAction: Rule = {
  id: ID,
  description: 'No Allow statement grants a wildcard action or uses NotAction (least privilege).',
  check,
};
