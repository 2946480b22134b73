/**
 * Policy documents as the rules see them: one normalized shape for IAM JSON (AWS, Huawei IAM, OBS bucket policies,
 * Alibaba Cloud RAM), `aws_iam_policy_document` data sources and Open Telekom Cloud's `statement` blocks
 * and for `aws_iam_policy_document` data sources, with `${…}` references followed inside the stack.
 */
import type { StackUnderTest } from './types';
import { Block, Located, asList, dataSources, lookup, resources, strings, wholeReference } from './terraform';

export interface Principal {
  /** `*`, `AWS`, `Service`, `Federated`, `CanonicalUser`, or OBS `ID`. */
  readonly type: string;
  readonly identifiers: string[];
}

export interface Condition {
  readonly test: string;
  readonly variable: string;
  readonly values: string[];
}

export interface Statement {
  readonly sid?: string;
  readonly effect: 'Allow' | 'Deny';
  readonly actions: string[];
  readonly notActions: string[];
  readonly resources: string[];
  readonly notResources: string[];
  /** undefined: the statement names no principal (identity policies). */
  readonly principals?: Principal[];
  readonly conditions: Condition[];
}

/** A policy read from a stack, or why it could not be read (the rules treat unreadable policies as findings). */
export type ReadPolicy = { readonly statements: Statement[] } | { readonly problem: string };

/** Where a policy sits: the resource (or data source) carrying it and the attribute. */
export interface PolicySite {
  readonly located: Located;
  readonly attribute: string;
  readonly kind: 'identity' | 'resource' | 'trust';
  readonly value: unknown;
}

/** Attributes that hold a policy document, by resource type. */
const POLICY_ATTRIBUTES: Record<string, { attribute: string; kind: PolicySite['kind'] }[]> = {
  aws_iam_role_policy: [{ attribute: 'policy', kind: 'identity' }],
  aws_iam_user_policy: [{ attribute: 'policy', kind: 'identity' }],
  aws_iam_group_policy: [{ attribute: 'policy', kind: 'identity' }],
  aws_iam_policy: [{ attribute: 'policy', kind: 'identity' }],
  aws_iam_role: [{ attribute: 'assume_role_policy', kind: 'trust' }],
  aws_s3_bucket_policy: [{ attribute: 'policy', kind: 'resource' }],
  aws_s3_bucket: [{ attribute: 'policy', kind: 'resource' }],
  aws_sqs_queue_policy: [{ attribute: 'policy', kind: 'resource' }],
  aws_sqs_queue: [{ attribute: 'policy', kind: 'resource' }],
  aws_sns_topic_policy: [{ attribute: 'policy', kind: 'resource' }],
  aws_sns_topic: [{ attribute: 'policy', kind: 'resource' }],
  aws_kms_key: [{ attribute: 'policy', kind: 'resource' }],
  aws_cloudwatch_log_resource_policy: [{ attribute: 'policy_document', kind: 'resource' }],
  aws_cloudwatch_event_bus_policy: [{ attribute: 'policy', kind: 'resource' }],
  huaweicloud_identity_role: [{ attribute: 'policy', kind: 'identity' }],
  huaweicloud_identityv5_policy: [{ attribute: 'policy_document', kind: 'identity' }],
  huaweicloud_obs_bucket_policy: [{ attribute: 'policy', kind: 'resource' }],
  huaweicloud_obs_bucket: [{ attribute: 'policy', kind: 'resource' }],
  opentelekomcloud_identity_role_v3: [{ attribute: 'statement', kind: 'identity' }],
  opentelekomcloud_obs_bucket_policy: [{ attribute: 'policy', kind: 'resource' }],
  opentelekomcloud_obs_bucket: [{ attribute: 'policy', kind: 'resource' }],
  opentelekomcloud_s3_bucket_policy: [{ attribute: 'policy', kind: 'resource' }],
  alicloud_ram_policy: [
    { attribute: 'policy_document', kind: 'identity' },
    { attribute: 'document', kind: 'identity' },
  ],
  alicloud_ram_role: [
    { attribute: 'assume_role_policy_document', kind: 'trust' },
    { attribute: 'document', kind: 'trust' },
  ],
  alicloud_oss_bucket_policy: [{ attribute: 'policy', kind: 'resource' }],
};

/** Every policy attribute set in the stack, including `inline_policy` blocks of `aws_iam_role`. */
export function policySites(stack: StackUnderTest): PolicySite[] {
  const sites: PolicySite[] = [];
  for (const [type, attributes] of Object.entries(POLICY_ATTRIBUTES)) {
    for (const located of resources(stack, type)) {
      for (const { attribute, kind } of attributes) {
        if (located.block[attribute] !== undefined)
          sites.push({ located, attribute, kind, value: located.block[attribute] });
      }
      if (type === 'aws_iam_role') {
        asList(located.block.inline_policy as Block | Block[] | undefined).forEach((inline, i) => {
          if (inline.policy !== undefined) {
            sites.push({ located, attribute: `inline_policy[${i}].policy`, kind: 'identity', value: inline.policy });
          }
        });
      }
    }
  }
  return sites;
}

const lower = (s: string) => s.toLowerCase();

function jsonPrincipals(principal: unknown): Principal[] | undefined {
  if (principal === undefined) return undefined;
  if (principal === '*') return [{ type: '*', identifiers: ['*'] }];
  if (typeof principal !== 'object' || principal === null) return [{ type: '?', identifiers: [String(principal)] }];
  return Object.entries(principal as Record<string, unknown>).map(([type, ids]) => ({
    type,
    identifiers: strings(ids),
  }));
}

function jsonConditions(condition: unknown): Condition[] {
  if (typeof condition !== 'object' || condition === null) return [];
  return Object.entries(condition as Record<string, Record<string, unknown>>).flatMap(([test, byKey]) =>
    Object.entries(byKey ?? {}).map(([variable, values]) => ({
      test,
      variable,
      values: strings(values).concat(
        asList(values as unknown[])
          .filter((v) => typeof v === 'boolean')
          .map(String),
      ),
    })),
  );
}

/** Reads one IAM-style JSON statement (AWS, Huawei IAM 1.1, OBS bucket policy). */
function jsonStatement(raw: Block): Statement {
  return {
    sid: raw.Sid as string | undefined,
    effect: raw.Effect === 'Deny' ? 'Deny' : 'Allow',
    actions: strings(raw.Action),
    notActions: strings(raw.NotAction),
    resources: strings(raw.Resource),
    notResources: strings(raw.NotResource),
    principals: jsonPrincipals(raw.Principal),
    conditions: jsonConditions(raw.Condition),
  };
}

/** Reads one `statement` block of an `aws_iam_policy_document` data source. */
function dataStatement(raw: Block): Statement {
  const principals = asList(raw.principals as Block | Block[] | undefined);
  return {
    sid: raw.sid as string | undefined,
    effect: raw.effect === 'Deny' ? 'Deny' : 'Allow',
    actions: strings(raw.actions),
    notActions: strings(raw.not_actions),
    resources: strings(raw.resources),
    notResources: strings(raw.not_resources),
    principals: principals.length
      ? principals.map((p) => ({ type: String(p.type), identifiers: strings(p.identifiers) }))
      : undefined,
    conditions: asList(raw.condition as Block | Block[] | undefined).map((c) => ({
      test: String(c.test),
      variable: String(c.variable),
      values: strings(c.values),
    })),
  };
}

/** Reads one `statement` block of an `opentelekomcloud_identity_role_v3` (its `condition` is a JSON string). */
function otcStatement(raw: Block): Statement {
  let condition: unknown = undefined;
  if (typeof raw.condition === 'string' && raw.condition.trim() !== '') {
    try {
      condition = JSON.parse(raw.condition);
    } catch {
      condition = undefined;
    }
  }
  return {
    effect: String(raw.effect).toLowerCase() === 'deny' ? 'Deny' : 'Allow',
    actions: strings(raw.action),
    notActions: [],
    resources: strings(raw.resource),
    notResources: [],
    conditions: jsonConditions(condition),
  };
}

/** Parses a policy given as a JSON string (references inside string values are fine). */
export function readJsonPolicy(text: string): ReadPolicy {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    return {
      problem: 'the policy is neither JSON nor a reference to an aws_iam_policy_document, so it cannot be checked',
    };
  }
  if (typeof doc !== 'object' || doc === null) return { problem: 'the policy is not a JSON object' };
  const statement = (doc as Block).Statement;
  if (statement === undefined) return { problem: 'the policy has no Statement' };
  if (typeof statement === 'string')
    return { problem: 'the policy Statement is an expression, so it cannot be checked' };
  return { statements: asList(statement as Block | Block[]).map(jsonStatement) };
}

/** Reads an `aws_iam_policy_document` data source, merging `source_policy_documents` and `override_policy_documents`. */
export function readPolicyDocument(stack: StackUnderTest, located: Located, seen: Set<string> = new Set()): ReadPolicy {
  if (seen.has(located.address)) return { problem: `${located.address} refers to itself` };
  seen.add(located.address);
  const own = located.block.statement;
  if (typeof own === 'string')
    return { problem: `${located.address}: statement is an expression, so it cannot be checked` };
  const merged: Statement[] = [];
  for (const attribute of ['source_policy_documents', 'override_policy_documents']) {
    for (const source of strings(located.block[attribute])) {
      const read = readPolicy(stack, source, seen);
      if ('problem' in read) return read;
      if (attribute === 'override_policy_documents') {
        const sids = new Set(read.statements.map((s) => s.sid).filter(Boolean));
        merged.splice(0, merged.length, ...merged.filter((s) => !s.sid || !sids.has(s.sid)));
      }
      merged.push(...read.statements);
    }
  }
  merged.push(...asList(own as Block | Block[] | undefined).map(dataStatement));
  return { statements: merged };
}

/**
 * Reads a policy attribute: a JSON string, or `${data.aws_iam_policy_document.X.json}` (or `.minified_json`),
 * followed into the stack. Other expressions (`${jsonencode(…)}`, `${file(…)}`) cannot be checked: a problem.
 */
export function readPolicy(stack: StackUnderTest, value: unknown, seen: Set<string> = new Set()): ReadPolicy {
  if (Array.isArray(value)) return { statements: (value as Block[]).map(otcStatement) };
  if (typeof value !== 'string') return { problem: 'the policy is neither a string nor a list of statements' };
  const ref = wholeReference(value);
  if (ref) {
    const target = lookup(stack, ref.address);
    if (!target || target.type !== 'aws_iam_policy_document' || !['json', 'minified_json'].includes(ref.attribute)) {
      return { problem: `the policy is \`${value}\`, which is not a policy document of this stack` };
    }
    return readPolicyDocument(stack, target, seen);
  }
  if (value.trim().startsWith('${'))
    return { problem: `the policy is the expression \`${value.slice(0, 60)}\`, which cannot be checked` };
  return readJsonPolicy(value);
}

/** Every `aws_iam_policy_document` data source of the stack, read. */
export function policyDocuments(stack: StackUnderTest): { located: Located; read: ReadPolicy }[] {
  return dataSources(stack, 'aws_iam_policy_document').map((located) => ({
    located,
    read: readPolicyDocument(stack, located),
  }));
}

/** The principal is anyone (`*`, `{"AWS":"*"}`, OBS `{"ID":["*"]}`). */
export function isEveryone(principals: Principal[] | undefined): boolean {
  return (principals ?? []).some(
    (p) => (p.type === '*' || ['aws', 'id', 'obs'].includes(lower(p.type))) && p.identifiers.includes('*'),
  );
}

/** The statement denies requests that do not use TLS (`Bool` `aws:SecureTransport` / OBS `SecureTransport` = false). */
export function deniesInsecureTransport(statement: Statement): boolean {
  return (
    statement.effect === 'Deny' &&
    statement.conditions.some(
      (c) =>
        ['bool', 'boolifexists'].includes(lower(c.test)) &&
        ['aws:securetransport', 'securetransport', 'obs:securetransport'].includes(lower(c.variable)) &&
        c.values.map(lower).includes('false'),
    )
  );
}
