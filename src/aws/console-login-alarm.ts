import { TerraformProvider } from 'cdktf';
import { Construct } from 'constructs';
import { CloudwatchEventRule } from '@cdktf/provider-aws/lib/cloudwatch-event-rule';
import { CloudwatchEventTarget } from '@cdktf/provider-aws/lib/cloudwatch-event-target';
import { DataAwsIamPolicyDocument } from '@cdktf/provider-aws/lib/data-aws-iam-policy-document';
import { IamRole } from '@cdktf/provider-aws/lib/iam-role';
import { IamRolePolicy } from '@cdktf/provider-aws/lib/iam-role-policy';
import { LambdaPermission } from '@cdktf/provider-aws/lib/lambda-permission';
import { SqsQueue } from '@cdktf/provider-aws/lib/sqs-queue';
import { SqsQueuePolicy } from '@cdktf/provider-aws/lib/sqs-queue-policy';
import { AwsSettings, LoginAlarmSettings } from '../../runtime/core/setting-names';
import { BundledHandler } from '../core/handler-asset';
import { uniqueResourceName } from '../core/naming';
import { TrailWatchValidationError, validateAllowList } from '../core/validation';
import { AlertTopic } from './alert-topic';
import { AwsContext, literalProviderRegion } from './aws-context';
import { BundledFunction, DeadLetterService, LambdaRuntime } from './bundled-function';
import { ResourcePolicyDocument, denyInsecureTransport } from './resource-policy';
import { SignInRegion, resolveSignInRegions } from './sign-in-region';

/** Both spellings are in use: "Sign In" (schema registry, older docs) and "Signin" (current EventBridge guide). */
export const CONSOLE_SIGN_IN_DETAIL_TYPES = ['AWS Console Sign In via CloudTrail', 'AWS Console Signin via CloudTrail'];
/** Sign-in event names watched on AWS by default (CloudTrail has no console logout event). */
export const DEFAULT_AWS_WATCHED_ACTIONS = ['ConsoleLogin'];

/** Lambda environment variables share 4 KB; leave room for the others. */
const MAX_ALLOW_LIST_CHARS = 3000;

export interface ConsoleLoginAlarmProps {
  /** IPv4/IPv6 addresses and CIDR blocks sign-ins may come from; any other source raises an alert. */
  readonly allowList: readonly string[];
  /** Where alerts are published; the function may publish there and nowhere else. */
  readonly topic: AlertTopic;
  /** CloudTrail sign-in event names to check (exact names; EventBridge matching is case-sensitive). @default ["ConsoleLogin"] */
  readonly watchedActions?: readonly string[];
  /** Alert on failed sign-ins, even from allowed addresses. @default true */
  readonly alertOnFailedLogin?: boolean;
  /** Alert on every root sign-in. @default true */
  readonly alertOnRootLogin?: boolean;
  /**
   * Alert on IAM user and root sign-ins without MFA. Role, SSO (IAM Identity Center) and federated sessions carry
   * no IAM MFA flag and never raise this. @default true
   */
  readonly alertOnMissingMfa?: boolean;
  /**
   * Other regions whose sign-in events are forwarded to the function's region (a rule there targets this region's
   * default event bus). Sign-ins are recorded in us-east-1 (root; IAM users on the global endpoint), in
   * us-east-2, eu-north-1 or ap-southeast-2 (IAM users with an account-alias cookie) and in the region of a
   * regional sign-in endpoint.
   * @default [us-east-1] when the function's region is another one; [] when it is us-east-1
   */
  readonly signInRegions?: readonly SignInRegion[];
  /** @default a unique name derived from the construct path */
  readonly functionName?: string;
  /** @default LambdaRuntime.NODEJS_24_X */
  readonly functionRuntime?: LambdaRuntime;
  /** Use this execution role instead of creating one; it must allow what `topic.publishStatements()` lists, logging and sqs:SendMessage on the dead-letter queue. */
  readonly existingRoleArn?: string;
  /** @default 365 */
  readonly logRetentionDays?: number;
  /** Provider of the function's region. @default the stack's default AWS provider */
  readonly provider?: TerraformProvider;
}

/**
 * Console sign-in alarm: EventBridge rules for CloudTrail sign-in events invoke the bundled Lambda handler, which
 * applies the shared login rules (allow-list, failure, root, missing MFA) and publishes to the alert topic.
 * Failed invocations land in an SQS dead-letter queue instead of being lost.
 */
export class ConsoleLoginAlarm extends Construct {
  public readonly function: BundledFunction;
  public readonly deadLetterQueue: SqsQueue;
  public readonly deadLetterQueuePolicy: SqsQueuePolicy;
  /** The rule in the function's region. */
  public readonly rule: CloudwatchEventRule;
  public readonly target: CloudwatchEventTarget;
  public readonly permission: LambdaPermission;
  /** Rules in the other sign-in regions, each forwarding to this region's default event bus. */
  public readonly forwardingRules: CloudwatchEventRule[] = [];
  public readonly forwardingTargets: CloudwatchEventTarget[] = [];
  /** The role EventBridge uses to forward (undefined when there is nothing to forward). */
  public readonly forwardingRole?: IamRole;
  /** The regions forwarding here, as resolved (a provider alias shows as its region or "provider:<alias>"). */
  public readonly forwardedRegions: string[];

  public constructor(scope: Construct, id: string, props: ConsoleLoginAlarmProps) {
    super(scope, id);
    validateAllowList(`${id}.allowList`, props.allowList);
    if (props.allowList.join(',').length > MAX_ALLOW_LIST_CHARS) {
      throw new TrailWatchValidationError(`${id}.allowList`, `the list is longer than ${MAX_ALLOW_LIST_CHARS} characters and would not fit in the function's environment (4 KB)`, 'Merge addresses into CIDR blocks');
    }
    const watchedActions = props.watchedActions ?? DEFAULT_AWS_WATCHED_ACTIONS;
    validateWatchedActions(`${id}.watchedActions`, watchedActions);
    const provider = props.provider;
    const homeRegion = literalProviderRegion(this, provider);
    const signInRegions = resolveSignInRegions(`${id}.signInRegions`, props.signInRegions, homeRegion);
    const eventPattern = JSON.stringify({
      source: ['aws.signin'],
      'detail-type': CONSOLE_SIGN_IN_DETAIL_TYPES,
      detail: { eventSource: ['signin.amazonaws.com'], eventName: [...watchedActions] },
    });

    this.deadLetterQueue = new SqsQueue(this, 'DeadLetterQueue', {
      name: `${uniqueResourceName(this, 76)}-dlq`,
      sqsManagedSseEnabled: true,
      messageRetentionSeconds: 14 * 24 * 3600,
      provider,
    });

    this.function = new BundledFunction(this, 'Function', {
      handler: BundledHandler.AWS_LOGIN_ALARM,
      functionName: props.functionName,
      runtime: props.functionRuntime,
      environment: {
        [LoginAlarmSettings.ALLOW_LIST]: props.allowList.join(','),
        [LoginAlarmSettings.WATCHED_ACTIONS]: watchedActions.join(','),
        [LoginAlarmSettings.ALERT_ON_FAILURE]: String(props.alertOnFailedLogin ?? true),
        [LoginAlarmSettings.ALERT_ON_ROOT]: String(props.alertOnRootLogin ?? true),
        [LoginAlarmSettings.ALERT_ON_MISSING_MFA]: String(props.alertOnMissingMfa ?? true),
        [AwsSettings.SNS_TOPIC_ARN]: props.topic.topicArn,
      },
      statements: props.topic.publishStatements(),
      deadLetterTargetArn: this.deadLetterQueue.arn,
      deadLetterTargetService: DeadLetterService.SQS,
      existingRoleArn: props.existingRoleArn,
      logRetentionDays: props.logRetentionDays,
      provider,
    });

    this.rule = new CloudwatchEventRule(this, 'Rule', {
      name: `${uniqueResourceName(this, 57)}-signin`,
      description: `Console sign-in events (${watchedActions.join(', ')}) to the TrailWatch login alarm`,
      eventPattern,
      provider,
    });
    this.target = new CloudwatchEventTarget(this, 'Target', {
      rule: this.rule.name,
      targetId: 'login-alarm',
      arn: this.function.function.arn,
      // Undeliverable events (throttling, permissions) go to the same queue as the function's failed runs.
      deadLetterConfig: { arn: this.deadLetterQueue.arn },
      retryPolicy: { maximumEventAgeInSeconds: 86400, maximumRetryAttempts: 185 },
      provider,
    });
    this.permission = new LambdaPermission(this, 'InvokePermission', {
      statementId: 'AllowEventBridgeInvoke',
      action: 'lambda:InvokeFunction',
      functionName: this.function.function.functionName,
      principal: 'events.amazonaws.com',
      sourceArn: this.rule.arn,
      provider,
    });

    const queuePolicy = new ResourcePolicyDocument(this, 'DeadLetterQueuePolicyDocument', {
      statements: [
        denyInsecureTransport(['sqs:*'], [this.deadLetterQueue.arn]),
        {
          sid: 'EventBridgeDeadLetter',
          effect: 'Allow',
          principals: [{ type: 'Service', identifiers: ['events.amazonaws.com'] }],
          actions: ['sqs:SendMessage'],
          resources: [this.deadLetterQueue.arn],
          condition: [{ test: 'ArnEquals', variable: 'aws:SourceArn', values: [this.rule.arn] }],
        },
      ],
      provider,
    });
    this.deadLetterQueuePolicy = new SqsQueuePolicy(this, 'DeadLetterQueuePolicy', { queueUrl: this.deadLetterQueue.url, policy: queuePolicy.json, provider });

    this.forwardedRegions = signInRegions.map((r) => r.label);
    if (signInRegions.length > 0) {
      const context = AwsContext.of(this, provider);
      const homeBusArn = `arn:${context.partition}:events:${context.region}:${context.accountId}:event-bus/default`;
      const assume = new DataAwsIamPolicyDocument(this, 'ForwardingAssumeRole', {
        // No source-account condition: a trust condition EventBridge did not satisfy would drop sign-in events
        // silently, and the role can do nothing but put events on this account's own default bus.
        statement: [{ actions: ['sts:AssumeRole'], principals: [{ type: 'Service', identifiers: ['events.amazonaws.com'] }] }],
        provider,
      });
      const forwardingRole = new IamRole(this, 'ForwardingRole', {
        namePrefix: `${uniqueResourceName(this, 33)}-fwd-`,
        assumeRolePolicy: assume.json,
        description: `Forwards console sign-in events to the default event bus of the TrailWatch login alarm's region`,
        provider,
      });
      const forwardPolicy = new DataAwsIamPolicyDocument(this, 'ForwardingPolicy', {
        statement: [{ sid: 'ForwardSignInEvents', effect: 'Allow', actions: ['events:PutEvents'], resources: [homeBusArn] }],
        provider,
      });
      this.forwardingRole = forwardingRole;
      new IamRolePolicy(this, 'ForwardingRolePolicy', { role: forwardingRole.name, policy: forwardPolicy.json, name: 'forward-sign-in-events', provider });

      signInRegions.forEach((placement, i) => {
        const where = { provider: placement.provider ?? provider, region: placement.provider ? undefined : placement.region };
        const rule = new CloudwatchEventRule(this, `ForwardingRule${i}`, {
          name: `${uniqueResourceName(this, 60)}-fwd`,
          description: `Forwards console sign-in events to ${homeRegion ?? 'the home region'} (TrailWatch login alarm)`,
          eventPattern,
          ...where,
        });
        // EventBridge dead-letter queues must be in the rule's region; forwarding gets retries only.
        const target = new CloudwatchEventTarget(this, `ForwardingTarget${i}`, {
          rule: rule.name,
          targetId: 'home-event-bus',
          arn: homeBusArn,
          roleArn: forwardingRole.arn,
          retryPolicy: { maximumEventAgeInSeconds: 86400, maximumRetryAttempts: 185 },
          ...where,
        });
        this.forwardingRules.push(rule);
        this.forwardingTargets.push(target);
      });
    }
  }
}


function validateWatchedActions(field: string, actions: readonly string[]): void {
  if (actions.length === 0) {
    throw new TrailWatchValidationError(field, 'is empty, so no sign-in would be checked', `Leave it out to watch ${DEFAULT_AWS_WATCHED_ACTIONS.join(', ')}`);
  }
  actions.forEach((action, i) => {
    if (!/^[A-Za-z][A-Za-z0-9]{0,127}$/.test(action)) {
      throw new TrailWatchValidationError(`${field}[${i}]`, `"${action}" is not a CloudTrail event name`, 'Give names such as "ConsoleLogin" or "SwitchRole"');
    }
  });
}
