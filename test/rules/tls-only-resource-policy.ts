/**
 * Every bucket, queue and topic has a resource policy, and that policy denies every request made without TLS:
 * a Deny for anyone, on the resource (and, for buckets, its objects), conditioned on `aws:SecureTransport` /
 * `SecureTransport` being false (Security Hub S3.5, checkov CKV_AWS_379-style; OBS: the same on `SecureTransport`).
 */
import type { Finding, Rule, StackUnderTest } from './types';
import { Statement, deniesInsecureTransport, isEveryone, readPolicy } from './policy';
import { Located, constructPath, refersTo, resources } from './terraform';

const ID = 'tls-only-resource-policy';

interface Protected {
  /** The resource that must be protected. */
  readonly type: string;
  /** The standalone policy resource and the attribute naming the protected resource. */
  readonly policyType: string;
  readonly targetAttribute: string;
  /** Actions a TLS-only Deny may name to cover the service (besides `*`). */
  readonly coveringActions: string[];
  /** Buckets: the Deny must cover the bucket and its objects (`…/*`). */
  readonly objects: boolean;
}

const PROTECTED: Protected[] = [
  {
    type: 'aws_s3_bucket',
    policyType: 'aws_s3_bucket_policy',
    targetAttribute: 'bucket',
    coveringActions: ['s3:*'],
    objects: true,
  },
  {
    type: 'aws_sqs_queue',
    policyType: 'aws_sqs_queue_policy',
    targetAttribute: 'queue_url',
    coveringActions: ['sqs:*'],
    objects: false,
  },
  // SNS topic policies name SNS actions; AWS's own TLS-only example denies sns:Publish, the only data-plane write.
  {
    type: 'aws_sns_topic',
    policyType: 'aws_sns_topic_policy',
    targetAttribute: 'arn',
    coveringActions: ['sns:*', 'sns:publish'],
    objects: false,
  },
  // OBS policies in "obs" format name actions without a prefix; in "s3" format, with the s3: prefix.
  {
    type: 'huaweicloud_obs_bucket',
    policyType: 'huaweicloud_obs_bucket_policy',
    targetAttribute: 'bucket',
    coveringActions: ['obs:*', 's3:*'],
    objects: true,
  },
  {
    type: 'opentelekomcloud_obs_bucket',
    policyType: 'opentelekomcloud_obs_bucket_policy',
    targetAttribute: 'bucket',
    coveringActions: ['obs:*', 's3:*'],
    objects: true,
  },
  {
    type: 'opentelekomcloud_s3_bucket',
    policyType: 'opentelekomcloud_s3_bucket_policy',
    targetAttribute: 'bucket',
    coveringActions: ['s3:*'],
    objects: true,
  },
];

function coversService(statement: Statement, spec: Protected): boolean {
  return statement.actions.some((a) => a === '*' || spec.coveringActions.includes(a.toLowerCase()));
}

function coversResource(statement: Statement, target: Located, spec: Protected): boolean {
  const onResource = statement.resources.filter((r) => r === '*' || refersTo(r, target.address));
  if (!onResource.length) return false;
  return !spec.objects || onResource.some((r) => r === '*' || r.endsWith('/*'));
}

/** What is missing from the policy's statements for a TLS-only policy on `target`, or undefined when nothing is. */
function missing(statements: Statement[], target: Located, spec: Protected): string | undefined {
  const denies = statements.filter(deniesInsecureTransport);
  if (!denies.length) return ' has no Deny conditioned on SecureTransport = false';
  const good = denies.filter(
    (s) => isEveryone(s.principals) && coversService(s, spec) && coversResource(s, target, spec),
  );
  if (good.length) return undefined;
  const what = [
    `anyone as principal`,
    `\`*\` or ${spec.coveringActions.map((a) => `\`${a}\``).join('/')} as action`,
    spec.objects ? 'the bucket and its objects (`…/*`) as resources' : 'the resource itself as resource',
  ];
  return ` has a SecureTransport Deny, but not one with ${what.join(', ')}`;
}

function check(stack: StackUnderTest): Finding[] {
  const findings: Finding[] = [];
  for (const spec of PROTECTED) {
    const policies = resources(stack, spec.policyType);
    for (const target of resources(stack, spec.type)) {
      const attached = policies.filter((p) => refersTo(p.block[spec.targetAttribute], target.address));
      const sites = [...attached.map((p) => ({ address: p.address, where: constructPath(p), value: p.block.policy }))];
      if (target.block.policy !== undefined)
        sites.push({ address: target.address, where: `${constructPath(target)} (policy)`, value: target.block.policy });
      if (!sites.length) {
        findings.push({
          rule: ID,
          stack: stack.name,
          address: target.address,
          message: `${constructPath(target)} has no ${spec.policyType}, so nothing denies requests without TLS`,
        });
        continue;
      }
      for (const site of sites) {
        const read = readPolicy(stack, site.value);
        const problem = 'problem' in read ? `: ${read.problem}` : missing(read.statements, target, spec);
        if (problem)
          findings.push({ rule: ID, stack: stack.name, address: site.address, message: `${site.where}${problem}` });
      }
    }
  }
  return findings;
}

export const tlsOnlyResourcePolicy: Rule = {
  id: ID,
  description: 'Every bucket, queue and topic has a resource policy denying requests without TLS.',
  check,
};
