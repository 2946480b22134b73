import { TerraformProvider } from 'cdktf';
import { Construct } from 'constructs';
import { CloudwatchLogGroup } from '@cdktf/provider-aws/lib/cloudwatch-log-group';
import { CloudwatchLogSubscriptionFilter } from '@cdktf/provider-aws/lib/cloudwatch-log-subscription-filter';
import { CloudwatchQueryDefinition } from '@cdktf/provider-aws/lib/cloudwatch-query-definition';
import { LambdaPermission } from '@cdktf/provider-aws/lib/lambda-permission';
import { SqsQueue } from '@cdktf/provider-aws/lib/sqs-queue';
import { tagFieldName } from '../../runtime/core/enrichment/enriched-record';
import {
  TagEnrichmentCloudRules,
  TagEnrichmentOptions,
  businessTagKeysOf,
  tagEnrichmentEnvironment,
  tagEnrichmentOptionProblems,
} from '../../runtime/core/enrichment/options';
import { OptionProblem } from '../../runtime/core/option-problem';
import { TagEnrichmentSettings } from '../../runtime/core/setting-names';
import { BundledHandler } from '../core/handler-asset';
import { perBusinessTag } from '../core/business-tags';
import { uniqueResourceName } from '../core/naming';
import { isUnresolved, propPath, throwFirstProblem, validateExclusive } from '../core/validation';
import { AwsContext } from './aws-context';
import { BundledFunction, DeadLetterService, LambdaRuntime, PolicyStatement } from './bundled-function';
import { deadLetterQueue } from './dead-letter-queue';
import { IExecutionRole } from './execution-role';
import { logGroupArnOf, logGroupNameProblems, logGroupOrExisting, logRetentionProblems } from './log-group';
import { subscribeFunctionToLogGroup } from './log-subscription';
import { validateKmsKeyArn } from './arn-validation';
import { LambdaRuntimeOptions } from './lambda-options';

/**
 * Write events, and events that carry no read-only flag (the handler then judges them by action name). Read
 * events are the bulk of a trail; dropping them here saves the invocations.
 * @internal
 */
export const WRITE_EVENTS_FILTER_PATTERN = '{ ($.readOnly IS FALSE) || ($.readOnly NOT EXISTS) }';

/** AWS syntax of the contract's cloud-dependent fields. */
const AWS_RULES: Omit<TagEnrichmentCloudRules, 'memberIdentity'> = {
  service: {
    pattern: /^[a-z0-9.-]+$/i,
    what: 'a service name',
    fix: 'Use an event source such as "ec2.amazonaws.com" or its short form "ec2"',
  },
  accountId: { pattern: /^\d{12}$/, what: 'an AWS account id', fix: 'Write the 12-digit account id' },
};
const ROLE_NAME = /^[\w+=,.@-]{1,64}$/;

export interface TagEnrichmentProps extends TagEnrichmentOptions, LambdaRuntimeOptions {
  /** The trail's CloudWatch Logs group (e.g. the log group an `AuditTrail` delivers to). */
  readonly sourceLogGroupName: string;
  /** Name of the created target log group. @default "/trailwatch/<unique>/enriched" */
  readonly targetLogGroupName?: string;
  /** Days the created target log group keeps enriched records (a CloudWatch Logs retention value). @default 365 */
  readonly targetRetentionDays?: number;
  /** KMS key ARN for the created target log group (its key policy must allow CloudWatch Logs). @default AWS-managed */
  readonly targetKmsKeyArn?: string;
  /** Write to this existing log group instead of creating one; its retention and encryption stay yours. @default a new log group */
  readonly existingTargetLogGroupName?: string;
  /**
   * Role assumed in the `memberAccountIds` to read their tags (`arn:aws:iam::<account>:role/<name>`); that role needs
   * `tag:GetResources` and must trust this function's role.
   * @default off: member-account resources get `tagStatus: "unsupported"`
   */
  readonly memberAccountRoleName?: string;
  /** Subscription filter pattern. @default WRITE_EVENTS_FILTER_PATTERN */
  readonly filterPattern?: string;
  /** Save the CloudWatch Logs Insights queries. @default true */
  readonly saveQueries?: boolean;
  /** @default a unique name */
  readonly functionName?: string;
  /** @default LambdaRuntime.NODEJS_24_X */
  readonly runtime?: LambdaRuntime;
  /** @default 256 */
  readonly memorySize?: number;
  /** @default 60 */
  readonly timeoutSeconds?: number;
  /** KMS key ARN of the function's own log group. @default AWS-managed */
  readonly logKmsKeyArn?: string;
  /**
   * Run the function as this existing role (`ExecutionRole.fromRoleArn`); it needs `tag:GetResources`, log writes
   * to the target group and its own group, and `sts:AssumeRole` on the member roles if any.
   * @default a new role with exactly those rights
   */
  readonly role?: IExecutionRole;
  /**
   * SQS queue or SNS topic ARN for batches that failed after Lambda's retries (CloudWatch Logs invokes the function
   * asynchronously). @default a new SQS dead-letter queue (encrypted, TLS-only, 14 days)
   */
  readonly deadLetterTargetArn?: string;
  /** The kind of `deadLetterTargetArn`; needed when it is a reference to a queue or topic of this stack. @default read from the ARN */
  readonly deadLetterTargetService?: DeadLetterService;
  /** Tags of the resources created here (the target log group). @default none */
  readonly tags?: Record<string, string>;
  /** Provider of the source log group's region. @default the stack's default AWS provider */
  readonly provider?: TerraformProvider;
}

/**
 * The business view of audit logs: a Lambda subscribed to the trail's log group keeps write events, looks up the
 * tags of each event's resources (`tag:GetResources`, cached, 100 ARNs per call) and writes one enriched record
 * per resource to a target log group, with saved Logs Insights queries for changes by tag, user and service.
 */
export class TagEnrichment extends Construct {
  public readonly function: BundledFunction;
  /** The dead-letter queue created here; undefined when `deadLetterTargetArn` was given. */
  public readonly deadLetterQueue?: SqsQueue;
  /** Undefined when `existingTargetLogGroupName` was given. */
  public readonly targetLogGroup?: CloudwatchLogGroup;
  public readonly targetLogGroupName: string;
  public readonly targetLogGroupArn: string;
  /** Lets CloudWatch Logs invoke the function, for the source log group only. */
  public readonly permission: LambdaPermission;
  public readonly subscriptionFilter: CloudwatchLogSubscriptionFilter;
  public readonly queryDefinitions: readonly CloudwatchQueryDefinition[];

  public constructor(scope: Construct, id: string, props: TagEnrichmentProps) {
    super(scope, id);
    this.validate(props);
    const provider = props.provider;
    const target = logGroupOrExisting(this, 'TargetLogGroup', {
      existingName: props.existingTargetLogGroupName,
      name: props.targetLogGroupName ?? `/trailwatch/${uniqueResourceName(this, 400)}/enriched`,
      retentionDays: props.targetRetentionDays,
      kmsKeyArn: props.targetKmsKeyArn,
      tags: props.tags,
      provider,
    });
    this.targetLogGroup = target.logGroup;
    this.targetLogGroupName = target.name;
    this.targetLogGroupArn = target.arn;

    this.deadLetterQueue = props.deadLetterTargetArn ? undefined : deadLetterQueue(this, { provider }).queue;
    this.function = this.createFunction(props);
    const subscription = subscribeFunctionToLogGroup(this, {
      function: this.function.function,
      logGroupName: props.sourceLogGroupName,
      logGroupArn: logGroupArnOf(AwsContext.of(this, provider), props.sourceLogGroupName),
      filterName: uniqueResourceName(this, 200),
      filterPattern: props.filterPattern ?? WRITE_EVENTS_FILTER_PATTERN,
      ids: { permission: 'AllowSubscription', filter: 'Subscription', statementId: 'AllowCloudWatchLogsSubscription' },
      provider,
    });
    this.permission = subscription.permission;
    this.subscriptionFilter = subscription.filter;
    this.queryDefinitions = this.saveQueries(props);
  }

  private validate(props: TagEnrichmentProps): void {
    const at = (prop: string) => propPath(this, prop);
    const rules: TagEnrichmentCloudRules = {
      ...AWS_RULES,
      memberIdentity: {
        prop: 'memberAccountRoleName',
        value: props.memberAccountRoleName,
        pattern: ROLE_NAME,
        what: 'an IAM role name',
        fix: 'Give the role name only (no ARN, no path), e.g. "TrailWatchTagReader"',
      },
    };
    const problems: OptionProblem[] = [
      ...logGroupNameProblems(at('sourceLogGroupName'), props.sourceLogGroupName),
      ...logGroupNameProblems(at('targetLogGroupName'), props.targetLogGroupName),
      ...logGroupNameProblems(at('existingTargetLogGroupName'), props.existingTargetLogGroupName),
      ...logRetentionProblems(at('targetRetentionDays'), props.targetRetentionDays),
      ...tagEnrichmentOptionProblems(this.node.path, props, rules, isUnresolved),
    ];
    if (
      props.existingTargetLogGroupName !== undefined &&
      props.existingTargetLogGroupName === props.sourceLogGroupName &&
      !isUnresolved(props.sourceLogGroupName)
    ) {
      problems.push({
        field: at('existingTargetLogGroupName'),
        problem: 'is the source log group, so every record would trigger the consumer again',
        fix: 'Write to a separate log group',
      });
    }
    throwFirstProblem(problems);
    for (const other of ['targetLogGroupName', 'targetKmsKeyArn', 'targetRetentionDays'] as const) {
      validateExclusive(at('existingTargetLogGroupName'), props.existingTargetLogGroupName, at(other), props[other]);
    }
    validateKmsKeyArn(at('targetKmsKeyArn'), props.targetKmsKeyArn);
    validateKmsKeyArn(at('logKmsKeyArn'), props.logKmsKeyArn);
  }

  private createFunction(props: TagEnrichmentProps): BundledFunction {
    const partition = AwsContext.of(this, props.provider).partition;
    const statements: PolicyStatement[] = [
      // GetResources has no resource-level permissions: "*" is the only resource it accepts.
      { sid: 'ReadTags', actions: ['tag:GetResources'], resources: ['*'] },
      {
        sid: 'WriteEnrichedRecords',
        actions: ['logs:CreateLogStream', 'logs:PutLogEvents'],
        resources: [`${this.targetLogGroupArn}:*`],
      },
    ];
    if (props.memberAccountRoleName) {
      statements.push({
        sid: 'AssumeMemberTagReaders',
        actions: ['sts:AssumeRole'],
        resources: (props.memberAccountIds ?? []).map(
          (account) => `arn:${partition}:iam::${account}:role/${props.memberAccountRoleName}`,
        ),
      });
    }
    return new BundledFunction(this, 'Consumer', {
      handler: BundledHandler.AWS_TAG_ENRICHMENT,
      functionName: props.functionName,
      runtime: props.runtime,
      memorySize: props.memorySize ?? 256,
      timeoutSeconds: props.timeoutSeconds ?? 60,
      logKmsKeyArn: props.logKmsKeyArn,
      deadLetterTargetArn: props.deadLetterTargetArn ?? this.deadLetterQueue?.arn,
      deadLetterTargetService: this.deadLetterQueue ? DeadLetterService.SQS : props.deadLetterTargetService,
      role: props.role,
      tracing: props.tracing,
      reservedConcurrency: props.reservedConcurrency,
      environmentKmsKeyArn: props.environmentKmsKeyArn,
      statements,
      environment: {
        [TagEnrichmentSettings.TARGET_LOG_GROUP]: this.targetLogGroupName,
        ...tagEnrichmentEnvironment(props, props.memberAccountRoleName),
      },
      provider: props.provider,
    });
  }

  private saveQueries(props: TagEnrichmentProps): CloudwatchQueryDefinition[] {
    if (props.saveQueries === false) return [];
    const folder = `TrailWatch/${uniqueResourceName(this, 60)}`;
    return businessQueries(businessTagKeysOf(props)).map(
      (q, i) =>
        new CloudwatchQueryDefinition(this, `Query${i}`, {
          name: `${folder}/${q.name}`,
          queryString: q.query,
          logGroupNames: [this.targetLogGroupName],
          provider: props.provider,
        }),
    );
  }
}

/** A saved CloudWatch Logs Insights query over enriched records. @internal */
export interface BusinessQuery {
  readonly name: string;
  readonly query: string;
}

/** The saved business views: changes by tag value (one per key), by user, by service, and untagged changes. @internal */
export function businessQueries(tagKeys: readonly string[]): BusinessQuery[] {
  return [
    ...perBusinessTag(tagKeys, ({ field, suffix }) => ({
      name: `changes-by-${suffix}`,
      query: [
        `filter ispresent(${field})`,
        `| stats count(*) as changes, count_distinct(resourceId) as resources by ${field}, actor, service, eventName`,
        '| sort changes desc',
      ].join('\n'),
    })),
    {
      name: 'changes-by-user',
      query: [
        'stats count(*) as changes, count_distinct(resourceId) as resources by actor, actorType, actorAccount',
        '| sort changes desc',
      ].join('\n'),
    },
    {
      name: 'changes-by-service',
      query: ['stats count(*) as changes by service, eventName, outcome', '| sort changes desc'].join('\n'),
    },
    {
      name: 'recent-changes',
      query: [
        `fields @timestamp, eventTime, ${tagKeys.map(tagFieldName).join(', ')}${tagKeys.length > 0 ? ', ' : ''}actor, service, eventName, resourceId, tagStatus`,
        '| sort @timestamp desc',
        '| limit 200',
      ].join('\n'),
    },
    {
      name: 'changes-to-untagged-resources',
      query: [
        'filter tagStatus != "found"',
        '| stats count(*) as changes by service, resourceType, tagStatus',
        '| sort changes desc',
      ].join('\n'),
    },
  ];
}
