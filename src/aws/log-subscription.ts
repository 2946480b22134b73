import { TerraformProvider } from 'cdktf';
import { Construct } from 'constructs';
import { CloudwatchLogSubscriptionFilter } from '@cdktf/provider-aws/lib/cloudwatch-log-subscription-filter';
import { LambdaFunction } from '@cdktf/provider-aws/lib/lambda-function';
import { LambdaPermission } from '@cdktf/provider-aws/lib/lambda-permission';
import { AwsContext } from './aws-context';

/**
 * The CloudWatch Logs service principal as the subscription-filter guide writes it. One form for every construct:
 * the permission is scoped by the source log group's ARN and account, not by a regional principal.
 * @internal
 */
export const CLOUDWATCH_LOGS_PRINCIPAL = 'logs.amazonaws.com';

/** @internal */
export interface LogSubscriptionSpec {
  /** The function invoked with each batch of the group's events. */
  readonly function: LambdaFunction;
  readonly logGroupName: string;
  readonly logGroupArn: string;
  /** Name of the subscription filter (unique per log group). */
  readonly filterName: string;
  /** CloudWatch Logs filter pattern; "" sends every event. */
  readonly filterPattern: string;
  /** Construct ids and statement id, kept per construct so existing stacks keep their resource addresses. */
  readonly ids: { readonly permission: string; readonly filter: string; readonly statementId: string };
  readonly provider?: TerraformProvider;
}

/** @internal */
export interface LogSubscription {
  readonly permission: LambdaPermission;
  readonly filter: CloudwatchLogSubscriptionFilter;
}

/**
 * Subscribes a Lambda function to a log group: the invoke permission (CloudWatch Logs, this log group, this account
 * only) and the subscription filter, created after the permission.
 * @internal
 */
export function subscribeFunctionToLogGroup(scope: Construct, spec: LogSubscriptionSpec): LogSubscription {
  const context = AwsContext.of(scope, spec.provider);
  const permission = new LambdaPermission(scope, spec.ids.permission, {
    statementId: spec.ids.statementId,
    action: 'lambda:InvokeFunction',
    functionName: spec.function.functionName,
    principal: CLOUDWATCH_LOGS_PRINCIPAL,
    sourceArn: `${spec.logGroupArn}:*`,
    sourceAccount: context.accountId,
    provider: spec.provider,
  });
  const filter = new CloudwatchLogSubscriptionFilter(scope, spec.ids.filter, {
    name: spec.filterName,
    logGroupName: spec.logGroupName,
    filterPattern: spec.filterPattern,
    destinationArn: spec.function.arn,
    // CloudWatch Logs tests the destination when the filter is created: the permission must exist first.
    dependsOn: [permission],
    provider: spec.provider,
  });
  return { permission, filter };
}
