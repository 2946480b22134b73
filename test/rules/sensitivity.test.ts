/**
 * The rules bite on real output, not only on hand-written fragments: each example stack, broken the way a regression
 * would break it, must give findings. (A rule that silently stopped matching the synthesized shape would otherwise
 * pass example-stacks.test.ts forever.)
 */
import { synthExampleStacks } from '../helpers/example-stacks';
import { encryptionAtRest } from './encryption-at-rest';
import { lambdaPermissionScoped } from './lambda-permission-scoped';
import { noWildcardAllowAction } from './no-wildcard-allow-action';
import { tlsOnlyResourcePolicy } from './tls-only-resource-policy';
import type { Rule, StackUnderTest, TerraformJson } from './types';

type Blocks = Record<string, Record<string, Record<string, unknown>>>;

const stacks = synthExampleStacks();

/** A deep copy of the stack with `mutate` applied to its resources and data sources. */
function broken(stack: StackUnderTest, mutate: (resource: Blocks, data: Blocks) => void): StackUnderTest {
  const json = JSON.parse(JSON.stringify(stack.json)) as TerraformJson;
  mutate((json.resource ?? {}) as Blocks, (json.data ?? {}) as Blocks);
  return { name: stack.name, json };
}

const count = (blocks: Blocks, ...types: string[]) =>
  types.reduce((n, t) => n + Object.keys(blocks[t] ?? {}).length, 0);
const each = (blocks: Blocks | undefined, type: string, fn: (block: Record<string, unknown>) => void) =>
  Object.values(blocks?.[type] ?? {}).forEach(fn);

interface Breakage {
  readonly rule: Rule;
  readonly what: string;
  /** How many findings the breakage must cause at least, given the stack's resources. */
  readonly expected: (resource: Blocks) => number;
  readonly mutate: (resource: Blocks, data: Blocks) => void;
}

const BREAKAGES: readonly Breakage[] = [
  {
    rule: tlsOnlyResourcePolicy,
    what: 'TLS-only Deny statements removed',
    expected: (r) =>
      count(
        r,
        'aws_s3_bucket_policy',
        'aws_sqs_queue_policy',
        'aws_sns_topic_policy',
        'huaweicloud_obs_bucket_policy',
        'opentelekomcloud_obs_bucket_policy',
      ),
    mutate: (resource, data) => {
      each(data, 'aws_iam_policy_document', (doc) => {
        doc.statement = (doc.statement as Record<string, unknown>[]).filter((s) => s.effect !== 'Deny');
      });
      for (const type of ['huaweicloud_obs_bucket_policy', 'opentelekomcloud_obs_bucket_policy']) {
        each(resource, type, (p) => (p.policy = JSON.stringify({ Statement: [] })));
      }
    },
  },
  {
    rule: encryptionAtRest,
    what: 'encryption switched off',
    expected: (r) =>
      count(
        r,
        'aws_s3_bucket',
        'aws_sqs_queue',
        'aws_sns_topic',
        'huaweicloud_obs_bucket',
        'opentelekomcloud_obs_bucket',
      ),
    mutate: (resource) => {
      delete resource.aws_s3_bucket_server_side_encryption_configuration;
      each(resource, 'aws_sqs_queue', (q) => delete q.sqs_managed_sse_enabled);
      each(resource, 'aws_sns_topic', (t) => delete t.kms_master_key_id);
      each(resource, 'huaweicloud_obs_bucket', (b) => (b.encryption = false));
      each(resource, 'opentelekomcloud_obs_bucket', (b) => delete b.server_side_encryption);
    },
  },
  {
    rule: lambdaPermissionScoped,
    what: 'source_arn removed',
    expected: (r) => count(r, 'aws_lambda_permission'),
    mutate: (resource) => each(resource, 'aws_lambda_permission', (p) => delete p.source_arn),
  },
  {
    rule: noWildcardAllowAction,
    what: 'every Allow widened to service:*',
    expected: (r) => count(r, 'aws_iam_role_policy', 'huaweicloud_identity_role', 'opentelekomcloud_identity_role_v3'),
    mutate: (resource, data) => {
      const widen = (action: string) => `${action.split(':')[0]}:*`;
      each(data, 'aws_iam_policy_document', (doc) =>
        (doc.statement as Record<string, unknown>[]).forEach((s) => {
          if (s.effect !== 'Deny') s.actions = (s.actions as string[]).map(widen);
        }),
      );
      each(resource, 'huaweicloud_identity_role', (role) => {
        const policy = JSON.parse(String(role.policy)) as { Statement: { Action: string[] }[] };
        policy.Statement.forEach((s) => (s.Action = s.Action.map(widen)));
        role.policy = JSON.stringify(policy);
      });
      each(resource, 'opentelekomcloud_identity_role_v3', (role) =>
        (role.statement as { action: string[] }[]).forEach((s) => (s.action = s.action.map(widen))),
      );
    },
  },
];

describe.each(BREAKAGES.map((b) => [b.rule.id, b.what, b] as const))('%s: %s', (_id, _what, breakage) => {
  test.each(stacks.map((s) => [s.name, s] as const))('%s', (_name, stack) => {
    const expected = breakage.expected((stack.json.resource ?? {}) as Blocks);
    const findings = breakage.rule.check(broken(stack, breakage.mutate));
    expect(findings.length).toBeGreaterThanOrEqual(expected);
  });
});

test('the breakages apply to something in the examples (each rule bites at least once)', () => {
  for (const breakage of BREAKAGES) {
    const total = stacks.reduce((n, s) => n + breakage.expected((s.json.resource ?? {}) as Blocks), 0);
    expect({ rule: breakage.rule.id, total }).toEqual({ rule: breakage.rule.id, total: expect.any(Number) });
    expect(total).toBeGreaterThan(0);
  }
});
