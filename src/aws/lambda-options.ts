import type { LambdaFunctionConfig } from '@cdktf/provider-aws/lib/lambda-function';
import { OptionProblem } from '../../runtime/core/option-problem';
import { isUnresolved } from '../core/validation';
import type { PolicyStatement } from './bundled-function';

/**
 * How a TrailWatch Lambda function runs, on every construct that makes one: tracing, a concurrency reservation and
 * the key of its environment variables (the settings hold topic ARNs, bucket names and allow-lists).
 */
export interface LambdaRuntimeOptions {
  /** X-Ray active tracing of every invocation (the role gets `xray:PutTraceSegments`/`PutTelemetryRecords`). @default true */
  readonly tracing?: boolean;
  /**
   * Concurrent executions reserved for the function: a burst elsewhere in the account cannot starve the alarm, and
   * the function cannot use more (0 stops it). @default none reserved (the account's unreserved pool)
   */
  readonly reservedConcurrency?: number;
  /**
   * Customer managed KMS key (ARN) encrypting the function's environment variables; the role may decrypt with it.
   * @default the AWS managed key `aws/lambda`
   */
  readonly environmentKmsKeyArn?: string;
}

/** X-Ray takes no resource-level permissions: "*" is the only resource its write actions accept. */
const XRAY_WRITE_ACTIONS = ['xray:PutTraceSegments', 'xray:PutTelemetryRecords'];

/** Problems of the options, named `<fieldPrefix>.<prop>`. @internal */
export function lambdaRuntimeOptionProblems(fieldPrefix: string, options: LambdaRuntimeOptions): OptionProblem[] {
  const reserved = options.reservedConcurrency;
  if (reserved === undefined || isUnresolved(reserved)) return [];
  if (!Number.isInteger(reserved) || reserved < 1) {
    return [
      {
        field: `${fieldPrefix}.reservedConcurrency`,
        problem: `${reserved} is not a concurrency to reserve${reserved === 0 ? ' (0 stops every invocation)' : ''}`,
        fix: 'Give a whole number of at least 1, within the account concurrency limit, or leave it out',
      },
    ];
  }
  return [];
}

/** The function arguments for these options. @internal */
export function lambdaRuntimeConfig(
  options: LambdaRuntimeOptions,
): Pick<LambdaFunctionConfig, 'tracingConfig' | 'reservedConcurrentExecutions' | 'kmsKeyArn'> {
  return {
    tracingConfig: { mode: options.tracing === false ? 'PassThrough' : 'Active' },
    reservedConcurrentExecutions: options.reservedConcurrency,
    kmsKeyArn: options.environmentKmsKeyArn,
  };
}

/** What the role needs for these options. @internal */
export function lambdaRuntimeStatements(options: LambdaRuntimeOptions): PolicyStatement[] {
  return [
    ...(options.tracing === false ? [] : [{ sid: 'WriteTraces', actions: XRAY_WRITE_ACTIONS, resources: ['*'] }]),
    ...(options.environmentKmsKeyArn
      ? [{ sid: 'DecryptEnvironment', actions: ['kms:Decrypt'], resources: [options.environmentKmsKeyArn] }]
      : []),
  ];
}
