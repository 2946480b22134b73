/** Synth-time checks the Huawei-family parts share, each problem named `<construct path>.<prop>`. */
import {
  TagEnrichmentCloudRules,
  TagEnrichmentOptions,
  tagEnrichmentOptionProblems,
} from '../../../runtime/core/enrichment/options';
import { OptionProblem } from '../../../runtime/core/option-problem';
import { isUnresolved, validateIntegerRange, validateName } from '../validation';
import { enrichmentTargetProblems } from './enrichment-target';
import { AlertTopicOptions, EnrichmentTargetOptions, LtsSourceOptions, TagLookupOptions } from './props';
import { exclusiveProblems } from './triggers';

/** The watched stream and the alert topic: props that exclude each other, a stream without its group. @internal */
export function ltsSourceProblems(
  at: (prop: string) => string,
  props: LtsSourceOptions & AlertTopicOptions<unknown>,
): OptionProblem[] {
  const problems = exclusiveProblems(at, props, [
    ['existingLogGroupId', 'logGroupName'],
    ['existingLogGroupId', 'logGroupRetentionDays'],
    ['existingLogStreamId', 'logStreamName'],
    ['alertTopic', 'subscriptions'],
  ]);
  if (props.existingLogStreamId !== undefined && props.existingLogGroupId === undefined) {
    problems.push({
      field: at('existingLogStreamId'),
      problem: 'an LTS trigger needs the log group of the stream too',
      fix: 'Give existingLogGroupId as well',
    });
  }
  return problems;
}

/** Names and retention of a new log group and stream (throws the first problem). @internal */
export function validateLtsNames(
  at: (prop: string) => string,
  props: LtsSourceOptions | EnrichmentTargetOptions,
): void {
  const named = props as LtsSourceOptions & EnrichmentTargetOptions;
  validateName(at('logGroupName'), named.logGroupName, 64);
  validateName(at('logStreamName'), named.logStreamName, 64);
  validateIntegerRange(at('logGroupRetentionDays'), named.logGroupRetentionDays, 1, 365);
  validateName(at('targetGroupName'), named.targetGroupName, 64);
  validateName(at('targetStreamName'), named.targetStreamName, 64);
  validateIntegerRange(at('targetRetentionDays'), named.targetRetentionDays, 1, 365);
}

/**
 * The tag-enrichment contract's cloud rules on both Huawei-family clouds: CTS service types, and an agency (not an
 * account list) for member accounts, since IAM scopes `iam:agencies:assume` by agency.
 * @internal
 */
export function huaweiFamilyTagRules(memberAgencyName: string | undefined): TagEnrichmentCloudRules {
  return {
    service: {
      pattern: /^[A-Za-z][A-Za-z0-9_-]*$/,
      what: 'a CTS service type',
      fix: 'Use the service type CTS records, e.g. "ECS", "EVS", "VPC"',
    },
    memberIdentity: {
      prop: 'memberAccountAgencyName',
      value: memberAgencyName,
      pattern: /^[A-Za-z0-9_.-]{1,64}$/,
      what: 'an agency name',
      fix: 'Give the agency name in the member accounts, e.g. "trailwatch_tag_reader"',
    },
  };
}

/**
 * The login audit pattern's own checks: a topic given or subscribers of a new one, and the LTS transfer tag
 * enrichment reads.
 * @internal
 */
export function loginAuditPatternProblems(
  at: (prop: string) => string,
  props: AlertTopicOptions<unknown> & { readonly tagEnrichment?: unknown; readonly transferToLts?: boolean },
): OptionProblem[] {
  const problems = exclusiveProblems(at, props, [['alertTopic', 'subscriptions']]);
  if (props.tagEnrichment && props.transferToLts === false) {
    problems.push({
      field: at('transferToLts'),
      problem: 'is false, but tag enrichment reads the traces from LTS',
      fix: 'Leave transferToLts out (or true) when tagEnrichment is given',
    });
  }
  return problems;
}

/**
 * Another region in `tagRegions` is only useful for member accounts (each region has its own project, and the
 * function's agency token is scoped to its own): say so instead of silently refusing.
 * @internal
 */
export function crossRegionTagProblems(
  field: string,
  props: TagLookupOptions & { readonly region: string },
): OptionProblem[] {
  const others = (props.tagRegions ?? []).filter(
    (r) => !isUnresolved(r) && !isUnresolved(props.region) && r !== props.region,
  );
  if (others.length === 0 || props.memberAccountAgencyName) return [];
  return [
    {
      field,
      problem: `lists ${others.join(', ')} besides the function's region, but tags are read in another region only for member accounts (each region has its own project, and the function's agency token is scoped to its own)`,
      fix: 'Deploy a TagEnrichment in each region, or give memberAccountAgencyName to read member accounts there',
    },
  ];
}

/**
 * Every problem of a tag-enrichment part on a Huawei-family cloud: its region and look-up regions (checked with the
 * cloud's region table), the target stream, the look-up scope and the contract's options.
 * @internal
 */
export function tagEnrichmentPartProblems(
  at: (prop: string) => string,
  fieldPrefix: string,
  props: TagEnrichmentOptions & TagLookupOptions & EnrichmentTargetOptions & { readonly region: string },
  source: { readonly logGroupId: string; readonly logStreamId: string },
  regionProblems: (field: string, region: string) => OptionProblem[],
): OptionProblem[] {
  return [
    ...regionProblems(at('region'), props.region),
    ...enrichmentTargetProblems(at, props, source),
    ...(props.tagRegions ?? []).flatMap((region, i) => regionProblems(at(`tagRegions[${i}]`), region)),
    ...crossRegionTagProblems(at('tagRegions'), props),
    ...tagEnrichmentOptionProblems(
      fieldPrefix,
      props,
      huaweiFamilyTagRules(props.memberAccountAgencyName),
      isUnresolved,
    ),
  ];
}
