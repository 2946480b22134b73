/**
 * The tag-enrichment options both clouds' constructs accept, their synth-time checks and the function settings they
 * become. Pure (no cdktf), so the constructs and the handlers share one definition; the few rules that differ per
 * cloud (service and account id syntax, the role or agency assumed in member accounts) are passed in.
 */
import { isReference, rangeProblems } from '../option-checks';
import { OptionProblem } from '../option-problem';
import { TagEnrichmentSettings } from '../setting-names';
import { tagFieldName } from './enriched-record';
import {
  DEFAULT_BUSINESS_TAG_KEYS,
  DEFAULT_MAX_RESOURCES_PER_EVENT,
  DEFAULT_TAG_CACHE_TTL_SECONDS,
  DEFAULT_WRITE_UNTAGGED,
  MAX_RESOURCES_PER_EVENT_LIMIT,
  MAX_TAG_CACHE_TTL_SECONDS,
} from './settings';

export interface TagEnrichmentOptions {
  /**
   * Services whose write events are kept, compared case-insensitively: CloudTrail event sources on AWS
   * (`"ec2.amazonaws.com"` or its short form `"ec2"`), CTS service types on Huawei Cloud (`"ECS"`, `"EVS"`), where
   * they also narrow the tag-read permissions.
   * @default every service
   */
  readonly services?: readonly string[];
  /** Write records of resources that have no tags (or none could be identified); failed look-ups are always written. @default true */
  readonly writeUntaggedEvents?: boolean;
  /** How long looked-up tags are reused, 0–3600 s (0 asks the tag API for every event). @default 300 */
  readonly cacheTtlSeconds?: number;
  /** Records written per event at most (one per resource), 1–100; the others are counted in `resourceCount`. @default 20 */
  readonly maxResourcesPerEvent?: number;
  /**
   * Tag keys of the business view: AWS saves a "changes by tag" Logs Insights query per key, Huawei Cloud indexes
   * them as `tag_<key>` fields of the target stream.
   * @default ["Project"]
   */
  readonly businessTagKeys?: readonly string[];
  /**
   * The member accounts whose tags are read through the identity named by the cloud's member prop. On AWS it is
   * required with `memberAccountRoleName`: the function may assume that role in these accounts only. Huawei Cloud
   * role/policy-based IAM scopes `iam:agencies:assume` by agency id, not by account, so it is not accepted there.
   * @default none
   */
  readonly memberAccountIds?: readonly string[];
}

/** A syntax rule of one cloud: what a valid value looks like, and how to write one. */
export interface SyntaxRule {
  readonly pattern: RegExp;
  /** Completes "is not …", e.g. "an AWS account id". */
  readonly what: string;
  readonly fix: string;
}

/** What differs per cloud in the checks (each cloud's construct passes its own). */
export interface TagEnrichmentCloudRules {
  readonly service: SyntaxRule;
  /** Account id syntax; undefined when the cloud cannot scope the member identity by account. */
  readonly accountId?: SyntaxRule;
  /** The cloud-only prop naming the role (AWS) or agency (Huawei Cloud) assumed in member accounts. */
  readonly memberIdentity: SyntaxRule & { readonly prop: string; readonly value: string | undefined };
}

function listProblems(field: string, values: readonly string[] | undefined, rule: SyntaxRule): OptionProblem[] {
  return (values ?? []).flatMap((value, i) =>
    isReference(value) || rule.pattern.test(value)
      ? []
      : [{ field: `${field}[${i}]`, problem: `"${value}" is not ${rule.what}`, fix: rule.fix }],
  );
}

function tagKeyProblems(field: string, keys: readonly string[] | undefined): OptionProblem[] {
  const problems: OptionProblem[] = [];
  const fields = new Map<string, number>();
  (keys ?? []).forEach((key, i) => {
    if (key.trim() === '' || key.length > 128) {
      problems.push({
        field: `${field}[${i}]`,
        problem: `"${key}" is not a tag key`,
        fix: 'Give a tag key of 1 to 128 characters, e.g. "Project"',
      });
      return;
    }
    const name = tagFieldName(key);
    const first = fields.get(name);
    if (first !== undefined) {
      problems.push({
        field: `${field}[${i}]`,
        problem: `"${key}" becomes the same record field (${name}) as businessTagKeys[${first}]`,
        fix: 'Keep one of the two keys: keys that differ only in characters other than letters, digits and "_" share a field',
      });
    }
    fields.set(name, first ?? i);
  });
  return problems;
}

function memberProblems(
  fieldPrefix: string,
  options: TagEnrichmentOptions,
  rules: TagEnrichmentCloudRules,
): OptionProblem[] {
  const identity = rules.memberIdentity;
  const ids = options.memberAccountIds ?? [];
  const problems: OptionProblem[] = [];
  if (identity.value !== undefined && !isReference(identity.value) && !identity.pattern.test(identity.value)) {
    problems.push({
      field: `${fieldPrefix}.${identity.prop}`,
      problem: `"${identity.value}" is not ${identity.what}`,
      fix: identity.fix,
    });
  }
  if (!rules.accountId) {
    if (ids.length > 0) {
      problems.push({
        field: `${fieldPrefix}.memberAccountIds`,
        problem: 'this cloud cannot limit the member identity to accounts',
        fix: `Leave memberAccountIds out; only accounts whose ${identity.prop} trusts this account can be read`,
      });
    }
    return problems;
  }
  if (identity.value && ids.length === 0) {
    problems.push({
      field: `${fieldPrefix}.memberAccountIds`,
      problem: `is empty, so the function could use an identity named ${identity.prop} in any account`,
      fix: 'List the ids of the member accounts whose tags it reads',
    });
  }
  if (!identity.value && ids.length > 0) {
    problems.push({
      field: `${fieldPrefix}.memberAccountIds`,
      problem: `is set without ${identity.prop}`,
      fix: `Also give ${identity.prop}, the identity to use in those accounts`,
    });
  }
  return [...problems, ...listProblems(`${fieldPrefix}.memberAccountIds`, options.memberAccountIds, rules.accountId)];
}

/**
 * Every problem with the options, named by field (`<construct path>.cacheTtlSeconds` …); empty when they are usable.
 * `isUnresolved` tells deploy-time references (the constructs pass cdktf's token check).
 */
export function tagEnrichmentOptionProblems(
  fieldPrefix: string,
  options: TagEnrichmentOptions,
  rules: TagEnrichmentCloudRules,
  isUnresolved: (value: unknown) => boolean = () => false,
): OptionProblem[] {
  return [
    ...listProblems(`${fieldPrefix}.services`, options.services, rules.service),
    ...rangeProblems(
      `${fieldPrefix}.cacheTtlSeconds`,
      options.cacheTtlSeconds,
      0,
      MAX_TAG_CACHE_TTL_SECONDS,
      isUnresolved,
    ),
    ...rangeProblems(
      `${fieldPrefix}.maxResourcesPerEvent`,
      options.maxResourcesPerEvent,
      1,
      MAX_RESOURCES_PER_EVENT_LIMIT,
      isUnresolved,
    ),
    ...tagKeyProblems(`${fieldPrefix}.businessTagKeys`, options.businessTagKeys),
    ...memberProblems(fieldPrefix, options, rules),
  ];
}

/** The business tag keys in effect. */
export function businessTagKeysOf(options: TagEnrichmentOptions): readonly string[] {
  return options.businessTagKeys ?? DEFAULT_BUSINESS_TAG_KEYS;
}

/**
 * The function settings for these options. `memberIdentityName` is the role (AWS) or agency (Huawei Cloud) name
 * assumed in member accounts, if any.
 */
export function tagEnrichmentEnvironment(
  options: TagEnrichmentOptions,
  memberIdentityName?: string,
): Record<string, string> {
  return {
    [TagEnrichmentSettings.SERVICES]: (options.services ?? []).join(','),
    [TagEnrichmentSettings.WRITE_UNTAGGED]: String(options.writeUntaggedEvents ?? DEFAULT_WRITE_UNTAGGED),
    [TagEnrichmentSettings.CACHE_TTL_SECONDS]: String(options.cacheTtlSeconds ?? DEFAULT_TAG_CACHE_TTL_SECONDS),
    [TagEnrichmentSettings.MAX_RESOURCES_PER_EVENT]: String(
      options.maxResourcesPerEvent ?? DEFAULT_MAX_RESOURCES_PER_EVENT,
    ),
    [TagEnrichmentSettings.MEMBER_ROLE_NAME]: memberIdentityName ?? '',
    // The function checks a record's account against this list before it asks STS for anything.
    ...(memberIdentityName && (options.memberAccountIds ?? []).length > 0
      ? { [TagEnrichmentSettings.MEMBER_ACCOUNT_IDS]: (options.memberAccountIds ?? []).join(',') }
      : {}),
  };
}
