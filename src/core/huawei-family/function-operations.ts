/**
 * The operational side of a FunctionGraph function, the same on every Huawei-family cloud (Huawei Cloud, Open
 * Telekom Cloud): its own LTS log group and stream (so its logs are kept for a known time, and the keyword alarm can
 * tell its own lines apart), where failed asynchronous invocations go, and how far it may scale out. Each cloud's
 * `BundledFunction` makes the resources with its provider's classes from the arguments built here.
 */
import { Fn } from 'cdktf';
import { OptionProblem } from '../../../runtime/core/option-problem';
import { LogKeywordAlarmSettings } from '../../../runtime/core/setting-names';
import { isUnresolved } from '../validation';
import { AgencyPermission } from './permissions';

/** The LTS log group and stream a function writes its logs to (ids and names). */
export interface FunctionLogStream {
  readonly groupId: string;
  readonly groupName: string;
  readonly streamId: string;
  readonly streamName: string;
}

/** The operational props of a Huawei-family `BundledFunction`: its logs, its scale and its failed events. */
export interface FunctionOperationOptions {
  /** Days the function's own LTS log group keeps its logs (1-365). @default 365 */
  readonly logRetentionDays?: number;
  /** Write the function's logs to this existing LTS group and stream. @default a log group and stream of its own */
  readonly logStream?: FunctionLogStream;
  /** Most instances the function runs at once (1-1000). @default 100 */
  readonly maxInstances?: number;
  /**
   * SMN topic URN that receives asynchronous invocations which failed after FunctionGraph's retries (the
   * configuration agency may publish there). @default none: such events are dropped after the retries
   */
  readonly failureTopicUrn?: string;
}

type FunctionOperationProps = FunctionOperationOptions & { readonly tags?: Record<string, string> };

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

/** The agency right FunctionGraph delivers failed events with (a trigger right: the configuration agency). @internal */
export function failureTopicPermissions(failureTopicUrn: string | undefined): AgencyPermission[] {
  return failureTopicUrn ? [{ actions: ['smn:topic:publish'], trigger: true }] : [];
}

/**
 * The function's log group and stream: the given `logStream`, else a group and stream of its own made by the cloud's
 * resource classes (`newGroup`, `newStream` receive the construct id and the arguments both providers share).
 * @internal
 */
export function createFunctionLogStream<
  Group extends { readonly id: string; readonly groupName: string },
  Stream extends { readonly id: string; readonly streamName: string },
>(
  functionName: string,
  props: FunctionOperationProps,
  newGroup: (id: string, args: { groupName: string; ttlInDays: number; tags?: Record<string, string> }) => Group,
  newStream: (id: string, args: { groupId: string; streamName: string; tags?: Record<string, string> }) => Stream,
): { group?: Group; stream?: Stream; logs: FunctionLogStream } {
  if (props.logStream) return { logs: props.logStream };
  const group = newGroup('LogGroup', {
    groupName: `functiongraph-${functionName}`.slice(0, 64),
    ttlInDays: props.logRetentionDays ?? DEFAULT_FUNCTION_LOG_RETENTION_DAYS,
    tags: props.tags,
  });
  const stream = newStream('LogStream', { groupId: group.id, streamName: functionName.slice(0, 64), tags: props.tags });
  return {
    group,
    stream,
    logs: { groupId: group.id, groupName: group.groupName, streamId: stream.id, streamName: stream.streamName },
  };
}

/** The log and scale arguments of the function resource (its log stream's argument names differ by provider). @internal */
export function logAndScaleArguments(logs: FunctionLogStream, maxInstances: number | undefined) {
  return {
    enableLtsLog: true,
    logGroupId: logs.groupId,
    logGroupName: logs.groupName,
    // A string in both providers' schemas.
    maxInstanceNum: String(maxInstances ?? DEFAULT_MAX_INSTANCES),
  };
}

/** The user data entries that let the keyword alarm tell the function's own log lines apart. @internal */
export function ownLogSettings(logs: FunctionLogStream): Record<string, string> {
  return {
    [LogKeywordAlarmSettings.OWN_LOG_GROUP]: logs.groupId,
    [LogKeywordAlarmSettings.OWN_LOG_STREAM]: logs.streamId,
  };
}

/**
 * Arguments of an asynchronous invocation configuration that sends events which failed after FunctionGraph's
 * retries to an SMN topic, so a sign-in or a log batch the function could not handle is reported instead of dropped.
 * @internal
 */
export function asyncFailureArguments(functionUrn: string, topicUrn: string) {
  return {
    functionUrn,
    maxAsyncEventAgeInSeconds: ASYNC_EVENT_MAX_AGE_SECONDS,
    maxAsyncRetryAttempts: ASYNC_RETRY_ATTEMPTS,
    onFailure: { destination: 'SMN', param: Fn.jsonencode({ topic_urn: topicUrn }) },
  };
}
