import { Fn } from 'cdktf';
import { Construct } from 'constructs';
import { OptionProblem } from '../../runtime/core/option-problem';
import { isUnresolved } from '../core/validation';
import { FgsAsyncInvokeConfiguration } from './generated/providers/huaweicloud/fgs-async-invoke-configuration';
import { LtsGroup } from './generated/providers/huaweicloud/lts-group';
import { LtsStream } from './generated/providers/huaweicloud/lts-stream';

/**
 * The operational side of a FunctionGraph function, shared by every TrailWatch function on Huawei Cloud: its own
 * LTS log group and stream (so its logs are kept for a known time, and the keyword alarm can tell its own lines
 * apart), where failed asynchronous invocations go, and how far it may scale out.
 */

/** The LTS log group and stream a function writes its logs to. @internal */
export interface FunctionLogStream {
  readonly groupId: string;
  readonly groupName: string;
  readonly streamId: string;
  readonly streamName: string;
}

/** Days a function's LTS log group keeps its logs. @internal */
export const DEFAULT_FUNCTION_LOG_RETENTION_DAYS = 365;
/** FunctionGraph's own default is 400 instances; the TrailWatch functions never need that many. @internal */
export const DEFAULT_MAX_INSTANCES = 100;
/** FunctionGraph keeps an undelivered asynchronous event for at most a day (86400 s) and retries it up to 3 times. @internal */
export const ASYNC_EVENT_MAX_AGE_SECONDS = 86400;
/** @internal */
export const ASYNC_RETRY_ATTEMPTS = 3;

/** Problems of the operational props, named `<fieldPrefix>.<prop>`. @internal */
export function functionOperationProblems(
  fieldPrefix: string,
  props: { readonly logRetentionDays?: number; readonly maxInstances?: number },
): OptionProblem[] {
  const problems: OptionProblem[] = [];
  const days = props.logRetentionDays;
  if (days !== undefined && !isUnresolved(days) && (!Number.isInteger(days) || days < 1 || days > 365)) {
    problems.push({
      field: `${fieldPrefix}.logRetentionDays`,
      problem: `${days} is not an LTS retention`,
      fix: 'Give a whole number of days from 1 to 365',
    });
  }
  const max = props.maxInstances;
  if (max !== undefined && !isUnresolved(max) && (!Number.isInteger(max) || max < 1 || max > 1000)) {
    problems.push({
      field: `${fieldPrefix}.maxInstances`,
      problem: `${max} is out of range`,
      fix: 'Give a whole number of instances from 1 to 1000',
    });
  }
  return problems;
}

/** A log group and stream of the function's own, in its region. @internal */
export function createFunctionLogStream(
  scope: Construct,
  region: string,
  functionName: string,
  retentionDays: number,
  tags?: Record<string, string>,
): { group: LtsGroup; stream: LtsStream; logs: FunctionLogStream } {
  const group = new LtsGroup(scope, 'LogGroup', {
    region,
    groupName: `functiongraph-${functionName}`.slice(0, 64),
    ttlInDays: retentionDays,
    tags,
  });
  const stream = new LtsStream(scope, 'LogStream', {
    region,
    groupId: group.id,
    streamName: functionName.slice(0, 64),
    tags,
  });
  return {
    group,
    stream,
    logs: { groupId: group.id, groupName: group.groupName, streamId: stream.id, streamName: stream.streamName },
  };
}

/**
 * Sends events whose asynchronous invocations failed after FunctionGraph's retries to an SMN topic, so a sign-in or
 * a log batch the function could not handle is reported instead of dropped.
 * @internal
 */
export function asyncFailureToTopic(
  scope: Construct,
  region: string,
  functionUrn: string,
  topicUrn: string,
): FgsAsyncInvokeConfiguration {
  return new FgsAsyncInvokeConfiguration(scope, 'AsyncInvokeConfig', {
    region,
    functionUrn,
    maxAsyncEventAgeInSeconds: ASYNC_EVENT_MAX_AGE_SECONDS,
    maxAsyncRetryAttempts: ASYNC_RETRY_ATTEMPTS,
    onFailure: { destination: 'SMN', param: Fn.jsonencode({ topic_urn: topicUrn }) },
  });
}
