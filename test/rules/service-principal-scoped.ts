/**
 * A policy that lets an AWS service act (trust policies of roles, resource policies of buckets, queues, topics…)
 * names the source it acts for: an `aws:SourceArn`, `aws:SourceAccount` or `aws:SourceOrgID` condition on every
 * Allow to a service principal (confused-deputy protection; issue 13: EventBridge and CloudTrail trust policies).
 * Lambda's own execution-role trust is exempt: Lambda assumes the role only for the functions that name it.
 */
import type { Finding, Rule, StackUnderTest } from './types';
import { Statement, policySites, readPolicy } from './policy';
import { constructPath } from './terraform';

const ID = 'service-principal-scoped';
const SOURCE_KEYS = ['aws:sourcearn', 'aws:sourceaccount', 'aws:sourceorgid', 'aws:sourceorgpaths'];
/** Services whose trust in an execution role is bound by the resource naming the role. */
const SELF_BOUND_TRUST = ['lambda.amazonaws.com', 'edgelambda.amazonaws.com'];

function unscopedServices(statements: Statement[], trust: boolean): string[] {
  return statements
    .filter((s) => s.effect === 'Allow' && !s.conditions.some((c) => SOURCE_KEYS.includes(c.variable.toLowerCase())))
    .flatMap((s) =>
      (s.principals ?? []).filter((p) => p.type.toLowerCase() === 'service').flatMap((p) => p.identifiers),
    )
    .filter((service) => !(trust && SELF_BOUND_TRUST.includes(service)));
}

function check(stack: StackUnderTest): Finding[] {
  const findings: Finding[] = [];
  for (const site of policySites(stack)) {
    if (site.kind === 'identity' || !site.located.type.startsWith('aws_')) continue; // aws:Source* keys are AWS's
    const read = readPolicy(stack, site.value);
    if ('problem' in read) continue; // reported by no-wildcard-allow-action
    const services = [...new Set(unscopedServices(read.statements, site.kind === 'trust'))];
    if (services.length) {
      findings.push({
        rule: ID,
        stack: stack.name,
        address: site.located.address,
        message: `${constructPath(site.located)} (${site.attribute}) lets ${services.join(', ')} act without an aws:SourceArn/aws:SourceAccount condition`,
      });
    }
  }
  return findings;
}

export const servicePrincipalScoped: Rule = {
  id: ID,
  description:
    'Every Allow to an AWS service principal is conditioned on the source (aws:SourceArn / aws:SourceAccount).',
  check,
};
