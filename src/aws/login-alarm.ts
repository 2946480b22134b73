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
import {
  MfaLoginAlarmOptions,
  loginAlarmEnvironment,
  loginAlarmOptionProblems,
  watchedActionsOf,
} from '../../runtime/core/login-options';
import { AWS_IDENTITY_CENTER_SIGN_IN_EVENTS, AWS_LOGIN_ALARM } from '../../runtime/core/login-profiles';
import { AwsSettings } from '../../runtime/core/setting-names';
import { BundledHandler } from '../core/handler-asset';
import { uniqueResourceName } from '../core/naming';
import { TrailWatchValidationError, isUnresolved, propPath, throwFirstProblem } from '../core/validation';
import { IAlertTopic } from './alert-topic';
import { AllowListSource } from './allow-list-source';
import { validateKmsKeyArn } from './arn-validation';
import { AwsContext, literalProviderRegion } from './aws-context';
import { BundledFunction, DeadLetterService, LambdaRuntime, PolicyStatement } from './bundled-function';
import { DeadLetterSender, deadLetterQueue } from './dead-letter-queue';
import { IExecutionRole } from './execution-role';
import { SignInRegion, resolveSignInRegions } from './sign-in-region';
import { LambdaRuntimeOptions } from './lambda-options';

/** Both spellings are in use: "Sign In" (schema registry, older docs) and "Signin" (current EventBridge guide). @internal */
export const CONSOLE_SIGN_IN_DETAIL_TYPES = ['AWS Console Sign In via CloudTrail', 'AWS Console Signin via CloudTrail'];
/** IAM Identity Center sign-in events are service events (`eventType` AwsServiceEvent). */
const SERVICE_EVENT_DETAIL_TYPE = 'AWS Service Event via CloudTrail';

/** EventBridge keeps retrying an undeliverable event for a day. */
const RETRY_POLICY = { maximumEventAgeInSeconds: 86400, maximumRetryAttempts: 185 };

/** The AWS login alarm's options: the shared contract plus where AWS records sign-ins. */
export interface AwsLoginAlarmOptions extends MfaLoginAlarmOptions {
  /**
   * Managed allow-lists read next to `allowList`: EC2 managed prefix lists (`AllowListSource.prefixList`), SSM
   * parameters (`AllowListSource.ssmParameter`) and S3 objects (`AllowListSource.s3Object`). The function's role may
   * read exactly these; an unreadable source raises an alert of its own.
   * @default none (then `allowList` is required)
   */
  readonly allowListSources?: readonly AllowListSource[];
  /**
   * Other regions whose sign-in events are forwarded to the function's region (a rule there targets this region's
   * default event bus). Sign-ins are recorded in us-east-1 (root; IAM users on the global endpoint), in
   * us-east-2, eu-north-1 or ap-southeast-2 (IAM users with an account-alias cookie) and in the region of a
   * regional sign-in endpoint (add those you use). Each forwarding rule gets a dead-letter queue in its region.
   * @default us-east-1, us-east-2, eu-north-1 and ap-southeast-2, less the function's own region (none outside the
   * commercial partition)
   */
  readonly signInRegions?: readonly SignInRegion[];
  /**
   * Also watch IAM Identity Center sign-ins: completed sign-ins (`UserAuthentication`) and failed credential
   * verifications (`CredentialVerification` "Failure"), which AWS records as sign-in events of their own, not as
   * `ConsoleLogin`.
   * @default true
   */
  readonly identityCenterSignIns?: boolean;
  /**
   * The region of the IAM Identity Center instance, where its sign-in events are recorded; forwarded like
   * `signInRegions` when it is another region.
   * @default the function's region
   */
  readonly identityCenterRegion?: SignInRegion;
}

export interface LoginAlarmProps extends AwsLoginAlarmOptions, LambdaRuntimeOptions {
  /** Where alerts are published (`new AlertTopic(…)` or `AlertTopic.fromTopicArn(…)`); the function may publish there and nowhere else. */
  readonly alertTopic: IAlertTopic;
  /** @default a unique name derived from the construct path */
  readonly functionName?: string;
  /** @default LambdaRuntime.NODEJS_24_X */
  readonly runtime?: LambdaRuntime;
  /**
   * Run the function as this existing role (`ExecutionRole.fromRoleArn`); it must allow what
   * `alertTopic.publishStatements()` lists, logging, sqs:SendMessage on the dead-letter queue and reading the
   * `allowListSources`.
   * @default a new least-privilege role
   */
  readonly role?: IExecutionRole;
  /** Days the function's log group keeps its events. @default 365 */
  readonly logRetentionDays?: number;
  /** Provider of the function's region. @default the stack's default AWS provider */
  readonly provider?: TerraformProvider;
}

/**
 * Console sign-in alarm: EventBridge rules for CloudTrail sign-in events invoke the bundled Lambda handler, which
 * applies the shared login rules (allow-list, failure, root, missing MFA) and publishes to the alert topic.
 * Failed invocations land in an SQS dead-letter queue instead of being lost.
 */
export class LoginAlarm extends Construct {
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
  /** One dead-letter queue per forwarding rule, in the rule's region (EventBridge wants it there). */
  public readonly forwardingDeadLetterQueues: SqsQueue[] = [];
  /** The role EventBridge uses to forward (undefined when there is nothing to forward). */
  public readonly forwardingRole?: IamRole;
  /** The regions forwarding here, as resolved (a provider alias shows as its region or "provider <path>"). */
  public readonly forwardedRegions: string[];
  private readonly provider?: TerraformProvider;
  private readonly eventPattern: string;

  public constructor(scope: Construct, id: string, props: LoginAlarmProps) {
    super(scope, id);
    throwFirstProblem(loginAlarmOptionProblems(this.node.path, props, AWS_LOGIN_ALARM, isUnresolved));
    this.provider = props.provider;
    const sourceStatements = this.allowListSourceStatements(props.allowListSources ?? []);
    const homeRegion = literalProviderRegion(this, props.provider);
    const identityCenter = props.identityCenterSignIns ?? true;
    const signInRegions = withIdentityCenterRegion(
      propPath(this, 'identityCenterRegion'),
      resolveSignInRegions(propPath(this, 'signInRegions'), props.signInRegions, homeRegion),
      identityCenter ? props.identityCenterRegion : undefined,
      homeRegion,
    );
    const watchedActions = watchedActionsOf(props, AWS_LOGIN_ALARM);
    this.eventPattern = JSON.stringify(signInEventPattern(watchedActions, identityCenter));

    this.rule = new CloudwatchEventRule(this, 'Rule', {
      name: `${uniqueResourceName(this, 57)}-signin`,
      description: `Console sign-in events (${watchedActions.join(', ')}) to the TrailWatch login alarm`,
      eventPattern: this.eventPattern,
      provider: this.provider,
    });
    // The function's failed runs and the events the rule could not deliver go to the same queue.
    const queue = deadLetterQueue(this, { senders: [eventBridgeSender(this.rule)], provider: this.provider });
    this.deadLetterQueue = queue.queue;
    this.deadLetterQueuePolicy = queue.policy;
    this.function = new BundledFunction(this, 'Function', {
      handler: BundledHandler.AWS_LOGIN_ALARM,
      functionName: props.functionName,
      runtime: props.runtime,
      environment: {
        ...loginAlarmEnvironment(
          {
            ...props,
            watchedActions: identityCenter ? union(watchedActions, AWS_IDENTITY_CENTER_SIGN_IN_EVENTS) : watchedActions,
          },
          AWS_LOGIN_ALARM,
        ),
        [AwsSettings.SNS_TOPIC_ARN]: props.alertTopic.topicArn,
      },
      statements: [...props.alertTopic.publishStatements(), ...sourceStatements],
      deadLetterTargetArn: this.deadLetterQueue.arn,
      deadLetterTargetService: DeadLetterService.SQS,
      role: props.role,
      logRetentionDays: props.logRetentionDays,
      tracing: props.tracing,
      reservedConcurrency: props.reservedConcurrency,
      environmentKmsKeyArn: props.environmentKmsKeyArn,
      provider: this.provider,
    });

    [this.target, this.permission] = this.invokeFunction(this.rule);

    this.forwardedRegions = signInRegions.map((r) => r.label);
    if (signInRegions.length > 0) {
      this.forwardingRole = this.createForwardingRole();
      signInRegions.forEach((placement, i) => this.forward(placement, i, homeRegion));
    }
  }

  /** Read rights on exactly the managed allow-lists (statement ids numbered: IAM wants them unique). */
  private allowListSourceStatements(sources: readonly AllowListSource[]): PolicyStatement[] {
    if (sources.length === 0) return [];
    sources.forEach((source, i) => {
      const field = propPath(this, `allowListSources[${i}]`);
      if (typeof (source as Partial<AllowListSource>).statements !== 'function') {
        throw new TrailWatchValidationError(
          field,
          'is not an AllowListSource',
          'Make it with AllowListSource.prefixList(id), AllowListSource.ssmParameter(name) or AllowListSource.s3Object(bucket, key)',
        );
      }
      validateKmsKeyArn(`${field}.kmsKeyArn`, source.kmsKeyArn);
    });
    const context = AwsContext.of(this, this.provider);
    return sources.flatMap((source, i) =>
      source.statements(context).map((statement) => ({ ...statement, sid: `${statement.sid ?? 'Read'}${i}` })),
    );
  }

  /** One name for every forwarding rule (each is in its own region); the forwarding role trusts exactly these. */
  private get forwardingRuleName(): string {
    return `${uniqueResourceName(this, 60)}-fwd`;
  }

  /** The home rule's target (undeliverable events go to the dead-letter queue) and the function's invoke right. */
  private invokeFunction(rule: CloudwatchEventRule): [CloudwatchEventTarget, LambdaPermission] {
    const target = new CloudwatchEventTarget(this, 'Target', {
      rule: rule.name,
      targetId: 'login-alarm',
      arn: this.function.function.arn,
      // Undeliverable events (throttling, permissions) go to the same queue as the function's failed runs.
      deadLetterConfig: { arn: this.deadLetterQueue.arn },
      retryPolicy: RETRY_POLICY,
      provider: this.provider,
    });
    const permission = new LambdaPermission(this, 'InvokePermission', {
      statementId: 'AllowEventBridgeInvoke',
      action: 'lambda:InvokeFunction',
      functionName: this.function.function.functionName,
      principal: 'events.amazonaws.com',
      sourceArn: rule.arn,
      provider: this.provider,
    });
    return [target, permission];
  }

  /** One role (IAM is global) that may only put events on this region's default bus. */
  private createForwardingRole(): IamRole {
    const provider = this.provider;
    const context = AwsContext.of(this, provider);
    const assume = new DataAwsIamPolicyDocument(this, 'ForwardingAssumeRole', {
      // Confused-deputy protection: EventBridge assumes the role for this account's forwarding rules only (they share
      // one name, one per sign-in region). EventBridge sets both keys when it assumes a target role.
      statement: [
        {
          actions: ['sts:AssumeRole'],
          principals: [{ type: 'Service', identifiers: ['events.amazonaws.com'] }],
          condition: [
            { test: 'StringEquals', variable: 'aws:SourceAccount', values: [context.accountId] },
            {
              test: 'ArnLike',
              variable: 'aws:SourceArn',
              values: [`arn:${context.partition}:events:*:${context.accountId}:rule/${this.forwardingRuleName}`],
            },
          ],
        },
      ],
      provider,
    });
    const role = new IamRole(this, 'ForwardingRole', {
      namePrefix: `${uniqueResourceName(this, 33)}-fwd-`,
      assumeRolePolicy: assume.json,
      description: `Forwards console sign-in events to the default event bus of the TrailWatch login alarm's region`,
      provider,
    });
    const forwardPolicy = new DataAwsIamPolicyDocument(this, 'ForwardingPolicy', {
      statement: [
        { sid: 'ForwardSignInEvents', effect: 'Allow', actions: ['events:PutEvents'], resources: [this.homeBusArn()] },
      ],
      provider,
    });
    new IamRolePolicy(this, 'ForwardingRolePolicy', {
      role: role.name,
      policy: forwardPolicy.json,
      name: 'forward-sign-in-events',
      provider,
    });
    return role;
  }

  private homeBusArn(): string {
    const context = AwsContext.of(this, this.provider);
    return `arn:${context.partition}:events:${context.region}:${context.accountId}:event-bus/default`;
  }

  /** A rule in another sign-in region whose target is this region's default event bus. */
  private forward(placement: SignInRegion, i: number, homeRegion: string | undefined): void {
    const where = {
      provider: placement.provider ?? this.provider,
      region: placement.provider ? undefined : placement.region,
    };
    const rule = new CloudwatchEventRule(this, `ForwardingRule${i}`, {
      name: this.forwardingRuleName,
      description: `Forwards console sign-in events to ${homeRegion ?? 'the home region'} (TrailWatch login alarm)`,
      eventPattern: this.eventPattern,
      ...where,
    });
    // EventBridge dead-letter queues must be in the rule's region: each forwarding rule gets its own.
    const queue = deadLetterQueue(new Construct(this, `Forwarding${i}`), {
      senders: [eventBridgeSender(rule)],
      ...where,
    });
    const target = new CloudwatchEventTarget(this, `ForwardingTarget${i}`, {
      rule: rule.name,
      targetId: 'home-event-bus',
      arn: this.homeBusArn(),
      roleArn: this.forwardingRole?.arn,
      deadLetterConfig: { arn: queue.queue.arn },
      retryPolicy: RETRY_POLICY,
      ...where,
    });
    this.forwardingRules.push(rule);
    this.forwardingTargets.push(target);
    this.forwardingDeadLetterQueues.push(queue.queue);
  }
}

/** EventBridge may send to a dead-letter queue only what this rule could not deliver. */
function eventBridgeSender(rule: CloudwatchEventRule): DeadLetterSender {
  return { sid: 'EventBridgeDeadLetter', service: 'events.amazonaws.com', sourceArn: rule.arn };
}

/**
 * Console sign-ins by name; with Identity Center, its completed sign-ins and its failed verifications (a successful
 * verification is followed by the `UserAuthentication` that is alerted on).
 */
function signInEventPattern(watchedActions: readonly string[], identityCenter: boolean): Record<string, unknown> {
  if (!identityCenter) {
    return {
      source: ['aws.signin'],
      'detail-type': CONSOLE_SIGN_IN_DETAIL_TYPES,
      detail: { eventSource: ['signin.amazonaws.com'], eventName: [...watchedActions] },
    };
  }
  return {
    source: ['aws.signin'],
    'detail-type': [...CONSOLE_SIGN_IN_DETAIL_TYPES, SERVICE_EVENT_DETAIL_TYPE],
    detail: {
      eventSource: ['signin.amazonaws.com'],
      $or: [
        { eventName: union(watchedActions, ['UserAuthentication']) },
        { eventName: ['CredentialVerification'], serviceEventDetails: { CredentialVerification: ['Failure'] } },
      ],
    },
  };
}

/** The forwarding regions plus the Identity Center's, unless it is the home region or already listed. */
function withIdentityCenterRegion(
  field: string,
  regions: SignInRegion[],
  identityCenterRegion: SignInRegion | undefined,
  homeRegion: string | undefined,
): SignInRegion[] {
  if (identityCenterRegion !== undefined && !(identityCenterRegion instanceof SignInRegion)) {
    throw new TrailWatchValidationError(
      field,
      'is not a SignInRegion',
      'Make it with SignInRegion.of("eu-west-1") or SignInRegion.fromProvider(provider)',
    );
  }
  if (identityCenterRegion === undefined || identityCenterRegion.region === homeRegion) return regions;
  return regions.some((r) => r.label === identityCenterRegion.label) ? regions : [...regions, identityCenterRegion];
}

function union(first: readonly string[], second: readonly string[]): string[] {
  return [...first, ...second.filter((name) => !first.includes(name))];
}
