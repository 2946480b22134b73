import { TerraformProvider } from 'cdktf';
import { Construct } from 'constructs';
import { CloudwatchLogGroup } from '@cdktf/provider-aws/lib/cloudwatch-log-group';
import { OptionProblem } from '../../runtime/core/option-problem';
import { isUnresolved } from '../core/validation';
import { AwsContext } from './aws-context';

/**
 * CloudWatch Logs retention values accepted by the API, in days.
 * @internal
 */
export const CLOUDWATCH_LOG_RETENTION_DAYS: readonly number[] = [
  1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653,
];

/** Audit records are kept a year unless told otherwise (CIS: at least 365 days). @internal */
export const DEFAULT_LOG_RETENTION_DAYS = 365;

/** CloudWatch Logs log group names: 1-512 characters of letters, digits and `_ - / . #`. */
const LOG_GROUP_NAME = /^[A-Za-z0-9_\-/.#]{1,512}$/;

/** The one check of a CloudWatch Logs retention prop. @internal */
export function logRetentionProblems(field: string, days: number | undefined): OptionProblem[] {
  if (days === undefined || CLOUDWATCH_LOG_RETENTION_DAYS.includes(days)) return [];
  return [
    {
      field,
      problem: `${days} is not a CloudWatch Logs retention`,
      fix: `Use one of ${CLOUDWATCH_LOG_RETENTION_DAYS.join(', ')}`,
    },
  ];
}

/** The one check of a CloudWatch Logs log group name prop. @internal */
export function logGroupNameProblems(field: string, name: string | undefined): OptionProblem[] {
  if (name === undefined || isUnresolved(name) || LOG_GROUP_NAME.test(name)) return [];
  return [
    {
      field,
      problem: `"${name}" is not a CloudWatch Logs log group name`,
      fix: 'Use 1-512 letters, digits, "_", "-", "/", "." or "#"',
    },
  ];
}

/** The ARN of a log group of the provider's account and region, by name (known before the group exists). @internal */
export function logGroupArnOf(context: AwsContext, name: string): string {
  return `arn:${context.partition}:logs:${context.region}:${context.accountId}:log-group:${name}`;
}

/** @internal */
export interface LogGroupSpec {
  /** Use this existing group: nothing is created, its retention and encryption stay the owner's. */
  readonly existingName?: string;
  /** Name of the group created otherwise. */
  readonly name: string;
  /** @default DEFAULT_LOG_RETENTION_DAYS */
  readonly retentionDays?: number;
  readonly kmsKeyArn?: string;
  readonly tags?: Record<string, string>;
  readonly provider?: TerraformProvider;
}

/** A log group, created here or existing. @internal */
export interface LogGroupRef {
  /** Undefined for an existing group. */
  readonly logGroup?: CloudwatchLogGroup;
  readonly name: string;
  readonly arn: string;
}

/** Creates the log group, or refers to the existing one. @internal */
export function logGroupOrExisting(scope: Construct, id: string, spec: LogGroupSpec): LogGroupRef {
  if (spec.existingName) {
    return { name: spec.existingName, arn: logGroupArnOf(AwsContext.of(scope, spec.provider), spec.existingName) };
  }
  const logGroup = new CloudwatchLogGroup(scope, id, {
    name: spec.name,
    retentionInDays: spec.retentionDays ?? DEFAULT_LOG_RETENTION_DAYS,
    kmsKeyId: spec.kmsKeyArn,
    tags: spec.tags,
    provider: spec.provider,
  });
  return { logGroup, name: logGroup.name, arn: logGroup.arn };
}
