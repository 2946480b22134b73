/**
 * Every taggable resource carries tags (Security Hub CloudTrail.9, SNS.3, SQS.2, Lambda.6, DynamoDB.5 and the like;
 * issue 13: tags passed by every example and received by every taggable resource, on every cloud). On AWS the
 * provider's `default_tags` count for every resource of that provider. "Taggable" is read from the provider bindings:
 * a `tags` argument in the resource's config (AWS, Open Telekom Cloud) or in the provider schema (Huawei Cloud,
 * Alibaba Cloud), so a new resource type is covered without touching this rule.
 */
import { existsSync, readFileSync } from 'fs';
import { join } from 'path';
import type { Finding, Rule, StackUnderTest } from './types';
import { Block, constructPath, resources } from './terraform';

const ID = 'tags-everywhere';
const ROOT = join(__dirname, '../..');

/** Resource types with a `tags` argument in a provider schema file: Huawei Cloud and Alibaba Cloud. */
function schemaTaggable(file: string): Set<string> {
  const schema = JSON.parse(readFileSync(join(ROOT, 'schema', file), 'utf8')) as {
    provider_schemas: Record<
      string,
      { resource_schemas: Record<string, { block: { attributes?: Record<string, unknown> } }> }
    >;
  };
  return new Set(
    Object.values(schema.provider_schemas).flatMap((p) =>
      Object.entries(p.resource_schemas)
        .filter(([, r]) => r.block.attributes?.tags !== undefined)
        .map(([type]) => type),
    ),
  );
}

const SCHEMA_TAGGABLE = new Set([
  ...schemaTaggable('huaweicloud-provider-schema.json'),
  ...schemaTaggable('alicloud-provider-schema.json'),
]);
const bindingCache = new Map<string, boolean>();

/** A prebuilt provider package's binding of the type declares `tags` (`aws_sns_topic` → lib/sns-topic). */
function bindingTaggable(type: string): boolean {
  const cached = bindingCache.get(type);
  if (cached !== undefined) return cached;
  const [prefix, ...rest] = type.split('_');
  const folder = rest.join('-');
  const file = join(ROOT, 'node_modules', '@cdktf', `provider-${prefix}`, 'lib', folder, 'index.d.ts');
  // Only the resource's own config counts: nested blocks (a lifecycle rule's filter, an ECS target) have tags too.
  const config = existsSync(file)
    ? /export interface \w+Config extends cdktf\.TerraformMetaArguments \{([\s\S]*?)\n\}/.exec(
        readFileSync(file, 'utf8'),
      )
    : null;
  const taggable = config !== null && /\breadonly tags\?:/.test(config[1]);
  bindingCache.set(type, taggable);
  return taggable;
}

export function isTaggable(type: string): boolean {
  return SCHEMA_TAGGABLE.has(type) || bindingTaggable(type);
}

function nonEmpty(tags: unknown): boolean {
  return (
    (typeof tags === 'string' && tags.startsWith('${')) ||
    (typeof tags === 'object' && tags !== null && Object.keys(tags).length > 0)
  );
}

/** AWS providers (by `aws` or `aws.<alias>`) whose `default_tags` hold at least one tag. */
function awsProvidersWithDefaultTags(stack: StackUnderTest): Set<string> {
  const providers = ((stack.json.provider as Record<string, Block[]> | undefined)?.aws ?? []) as Block[];
  const tagged = new Set<string>();
  for (const provider of providers) {
    const defaults = provider.default_tags as { tags?: unknown }[] | { tags?: unknown } | undefined;
    const list = Array.isArray(defaults) ? defaults : defaults ? [defaults] : [];
    if (list.some((d) => nonEmpty(d.tags))) tagged.add(provider.alias ? `aws.${String(provider.alias)}` : 'aws');
  }
  return tagged;
}

function check(stack: StackUnderTest): Finding[] {
  const defaultTagged = awsProvidersWithDefaultTags(stack);
  const findings: Finding[] = [];
  for (const type of Object.keys(stack.json.resource ?? {}).sort()) {
    if (!isTaggable(type)) continue;
    for (const located of resources(stack, type)) {
      if (nonEmpty(located.block.tags)) continue;
      if (type.startsWith('aws_') && defaultTagged.has(String(located.block.provider ?? 'aws'))) continue;
      findings.push({
        rule: ID,
        stack: stack.name,
        address: located.address,
        message: `${constructPath(located)} has no tags (give the construct's tags prop${type.startsWith('aws_') ? ", or the provider's defaultTags" : ''})`,
      });
    }
  }
  return findings;
}

export const tagsEverywhere: Rule = {
  id: ID,
  description: "Every taggable resource has tags (AWS: its own or the provider's default_tags).",
  check,
};
