import { Construct } from 'constructs';
import { FgsAsyncInvokeConfiguration } from './generated/providers/huaweicloud/fgs-async-invoke-configuration';
import { LtsGroup } from './generated/providers/huaweicloud/lts-group';
import { LtsStream } from './generated/providers/huaweicloud/lts-stream';
import {
  FunctionLogStream,
  FunctionOperationOptions,
  asyncFailureArguments,
  createFunctionLogStream as createLogStream,
} from '../core/huawei-family/function-operations';

/**
 * The operational side of a FunctionGraph function on Huawei Cloud: the shared logic
 * (`src/core/huawei-family/function-operations.ts`) with the Huawei Cloud provider's resources.
 */
export {
  DEFAULT_FUNCTION_LOG_RETENTION_DAYS,
  DEFAULT_MAX_INSTANCES,
  ASYNC_EVENT_MAX_AGE_SECONDS,
  ASYNC_RETRY_ATTEMPTS,
  functionOperationProblems,
} from '../core/huawei-family/function-operations';
export type { FunctionLogStream } from '../core/huawei-family/function-operations';

/** The given log stream, or a log group and stream of the function's own in its region. @internal */
export function createFunctionLogStream(
  scope: Construct,
  region: string,
  functionName: string,
  props: FunctionOperationOptions & { readonly tags?: Record<string, string> },
): { group?: LtsGroup; stream?: LtsStream; logs: FunctionLogStream } {
  return createLogStream(
    functionName,
    props,
    (id, args) => new LtsGroup(scope, id, { region, ...args }),
    (id, args) => new LtsStream(scope, id, { region, ...args }),
  );
}

/** Sends events whose asynchronous invocations failed after FunctionGraph's retries to an SMN topic. @internal */
export function asyncFailureToTopic(
  scope: Construct,
  region: string,
  functionUrn: string,
  topicUrn: string,
): FgsAsyncInvokeConfiguration {
  return new FgsAsyncInvokeConfiguration(scope, 'AsyncInvokeConfig', {
    region,
    ...asyncFailureArguments(functionUrn, topicUrn),
  });
}
