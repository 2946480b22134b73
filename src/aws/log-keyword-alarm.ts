import { TerraformProvider } from 'cdktf';
import { Construct } from 'constructs';
import { CloudwatchLogGroup } from '@cdktf/provider-aws/lib/cloudwatch-log-group';
import { CloudwatchLogSubscriptionFilter } from '@cdktf/provider-aws/lib/cloudwatch-log-subscription-filter';
import { LambdaPermission } from '@cdktf/provider-aws/lib/lambda-permission';
import { SqsQueue } from '@cdktf/provider-aws/lib/sqs-queue';
import { SqsQueuePolicy } from '@cdktf/provider-aws/lib/sqs-queue-policy';
import {
  KeywordAlarmOptions,
  archivePrefixOf,
  keywordAlarmEnvironment,
  keywordOptionProblems,
} from '../../runtime/core/keyword-options';
import { OptionProblem } from '../../runtime/core/option-problem';
import { AwsSettings, LogKeywordAlarmSettings } from '../../runtime/core/setting-names';
import { BundledHandler } from '../core/handler-asset';
import { uniqueResourceName } from '../core/naming';
import { NotificationEndpoint } from '../core/notification-endpoint';
import { propPath, throwFirstProblem, validateExclusive, isUnresolved } from '../core/validation';
import { AlertTopic, IAlertTopic } from './alert-topic';
import { AwsContext } from './aws-context';
import { deadLetterQueue } from './dead-letter-queue';
import { BundledFunction, DeadLetterService, LambdaRuntime, PolicyStatement } from './bundled-function';
import { IExecutionRole } from './execution-role';
import { logGroupNameProblems, logGroupOrExisting, logRetentionProblems } from './log-group';
import { subscribeFunctionToLogGroup } from './log-subscription';
import { IAuditBucket, SecureBucket } from './secure-bucket';
import { validateKmsKeyArn } from './arn-validation';
import { LambdaRuntimeOptions } from './lambda-options';

export interface LogKeywordAlarmProps extends KeywordAlarmOptions, LambdaRuntimeOptions {
  /** Watch this existing log group (its name) instead of creating one; its retention and encryption stay yours. @default a new log group */
  readonly existingLogGroupName?: string;
  /** Name of the new watched log group. @default /trailwatch/<unique name> */
  readonly logGroupName?: string;
  /** Days the new watched log group keeps events (a CloudWatch Logs retention value). @default 365 */
  readonly logGroupRetentionDays?: number;
  /** KMS key ARN of the new watched log group (its key policy must allow CloudWatch Logs). @default CloudWatch Logs' own encryption */
  readonly logGroupKmsKeyArn?: string;
  /**
   * Subscription filter pattern. The default sends every event and lets the function decide: CloudWatch Logs
   * terms cannot express the whole-word, case-sensitive rules. A coarse pattern such as `?ERROR ?WARN ?FATAL`
   * cuts invocations on chatty groups, at the risk of dropping lines the keywords would have matched.
   * @default "" (all events)
   */
  readonly filterPattern?: string;
  /** Publish to this topic: an `AlertTopic`, or an existing one from `AlertTopic.fromTopicArn`. @default a new AlertTopic */
  readonly alertTopic?: IAlertTopic;
  /** Subscribers of the topic created when no `alertTopic` is given. @default none */
  readonly subscriptions?: readonly NotificationEndpoint[];
  /** Archive into this bucket: a `SecureBucket`, or an existing one from `SecureBucket.fromBucketName`. @default a new SecureBucket of its own */
  readonly archiveBucket?: IAuditBucket;
  /**
   * Encrypt archive objects with SSE-KMS under this key (the function gets kms:GenerateDataKey on it). Needed
   * when the bucket's default encryption or its policy requires a customer managed key.
   * @default the bucket's default encryption
   */
  readonly archiveKmsKeyArn?: string;
  /** @default a unique name derived from the construct path */
  readonly functionName?: string;
  /** @default LambdaRuntime.NODEJS_24_X */
  readonly runtime?: LambdaRuntime;
  /** @default 60 */
  readonly timeoutSeconds?: number;
  /** @default 256 */
  readonly memorySize?: number;
  /** KMS key ARN of the function's own log group. @default CloudWatch Logs' own encryption */
  readonly logKmsKeyArn?: string;
  /**
   * Run the function as this existing role (`ExecutionRole.fromRoleArn`); it needs sns:Publish on the topic,
   * s3:PutObject on `<bucket>/<prefix>/*`, logging and sqs:SendMessage on the dead-letter queue.
   * @default a new role with exactly those rights
   */
  readonly role?: IExecutionRole;
  /** Tags of the resources created here (log group, topic, bucket). @default none */
  readonly tags?: Record<string, string>;
  /** Provider of the log group's region. @default the stack's default AWS provider */
  readonly provider?: TerraformProvider;
}

/**
 * Alerts on keyword lines of a CloudWatch Logs log group: a subscription filter invokes the bundled Lambda
 * handler, which matches whole words (WARN, WARNING, ERROR, ERR, FATAL by default), writes the matching lines of
 * each invocation to one new S3 object under `<prefix>/YYYY/MM/DD/…` and publishes one SNS alert per invocation.
 * Invocations that still fail after Lambda's retries land in an SQS dead-letter queue with their log batch.
 */
export class LogKeywordAlarm extends Construct {
  /** Undefined when an existing log group is watched. */
  public readonly logGroup?: CloudwatchLogGroup;
  public readonly logGroupName: string;
  public readonly logGroupArn: string;
  /** The topic alerts go to: the one given, or the one created here. */
  public readonly alertTopic: IAlertTopic;
  public readonly topicArn: string;
  /** The bucket the matching lines are archived in: the one given, or the one created here. */
  public readonly archiveBucket: IAuditBucket;
  public readonly archiveBucketName: string;
  public readonly archivePrefix: string;
  public readonly function: BundledFunction;
  public readonly deadLetterQueue: SqsQueue;
  public readonly deadLetterQueuePolicy: SqsQueuePolicy;
  public readonly permission: LambdaPermission;
  public readonly subscriptionFilter: CloudwatchLogSubscriptionFilter;

  public constructor(scope: Construct, id: string, props: LogKeywordAlarmProps = {}) {
    super(scope, id);
    this.validate(props);
    const provider = props.provider;
    const watched = logGroupOrExisting(this, 'LogGroup', {
      existingName: props.existingLogGroupName,
      name: props.logGroupName ?? `/trailwatch/${uniqueResourceName(this, 100)}`,
      retentionDays: props.logGroupRetentionDays,
      kmsKeyArn: props.logGroupKmsKeyArn,
      tags: props.tags,
      provider,
    });
    this.logGroup = watched.logGroup;
    this.logGroupName = watched.name;
    this.logGroupArn = watched.arn;

    this.alertTopic =
      props.alertTopic ??
      new AlertTopic(this, 'AlertTopic', { subscriptions: props.subscriptions, tags: props.tags, provider });
    this.topicArn = this.alertTopic.topicArn;
    this.archiveBucket = props.archiveBucket ?? new SecureBucket(this, 'ArchiveBucket', { tags: props.tags, provider });
    this.archiveBucketName = this.archiveBucket.bucketName;
    this.archivePrefix = archivePrefixOf(props);

    const deadLetters = deadLetterQueue(this, { provider });
    this.deadLetterQueue = deadLetters.queue;
    this.deadLetterQueuePolicy = deadLetters.policy;
    this.function = this.createFunction(props);
    const subscription = subscribeFunctionToLogGroup(this, {
      function: this.function.function,
      logGroupName: this.logGroupName,
      logGroupArn: this.logGroupArn,
      filterName: uniqueResourceName(this, 512),
      filterPattern: props.filterPattern ?? '',
      ids: { permission: 'InvokePermission', filter: 'SubscriptionFilter', statementId: 'AllowCloudWatchLogsInvoke' },
      provider,
    });
    this.permission = subscription.permission;
    this.subscriptionFilter = subscription.filter;
  }

  private validate(props: LogKeywordAlarmProps): void {
    const at = (prop: string) => propPath(this, prop);
    const problems: OptionProblem[] = [
      ...keywordOptionProblems(this.node.path, props, isUnresolved),
      ...logGroupNameProblems(at('existingLogGroupName'), props.existingLogGroupName),
      ...logGroupNameProblems(at('logGroupName'), props.logGroupName),
      ...logRetentionProblems(at('logGroupRetentionDays'), props.logGroupRetentionDays),
    ];
    if (props.subscriptions !== undefined && props.alertTopic !== undefined) {
      problems.push({
        field: at('subscriptions'),
        problem: 'subscriptions apply only to a topic created here',
        fix: 'Call addSubscription on the alertTopic you pass in, or drop alertTopic',
      });
    }
    if (props.filterPattern !== undefined && props.filterPattern.length > 1024) {
      problems.push({
        field: at('filterPattern'),
        problem: 'is longer than 1024 characters',
        fix: 'Shorten it; the function does the precise matching anyway',
      });
    }
    throwFirstProblem(problems);
    for (const other of ['logGroupName', 'logGroupRetentionDays', 'logGroupKmsKeyArn'] as const) {
      validateExclusive(at('existingLogGroupName'), props.existingLogGroupName, at(other), props[other]);
    }
    validateKmsKeyArn(at('archiveKmsKeyArn'), props.archiveKmsKeyArn);
    validateKmsKeyArn(at('logGroupKmsKeyArn'), props.logGroupKmsKeyArn);
    validateKmsKeyArn(at('logKmsKeyArn'), props.logKmsKeyArn);
  }

  private createFunction(props: LogKeywordAlarmProps): BundledFunction {
    const partition = AwsContext.of(this, props.provider).partition;
    const statements: PolicyStatement[] = [
      ...this.alertTopic.publishStatements(),
      {
        sid: 'WriteArchive',
        actions: ['s3:PutObject'],
        resources: [`arn:${partition}:s3:::${this.archiveBucketName}/${this.archivePrefix}/*`],
      },
      ...(props.archiveKmsKeyArn
        ? [{ sid: 'EncryptArchive', actions: ['kms:GenerateDataKey'], resources: [props.archiveKmsKeyArn] }]
        : []),
    ];
    return new BundledFunction(this, 'Function', {
      handler: BundledHandler.AWS_LOG_KEYWORD_ALARM,
      functionName: props.functionName,
      runtime: props.runtime,
      timeoutSeconds: props.timeoutSeconds ?? 60,
      memorySize: props.memorySize,
      logKmsKeyArn: props.logKmsKeyArn,
      environment: {
        ...keywordAlarmEnvironment(props, this.archiveBucketName),
        [AwsSettings.SNS_TOPIC_ARN]: this.topicArn,
        ...(props.archiveKmsKeyArn ? { [LogKeywordAlarmSettings.ARCHIVE_KMS_KEY_ID]: props.archiveKmsKeyArn } : {}),
      },
      statements,
      deadLetterTargetArn: this.deadLetterQueue.arn,
      deadLetterTargetService: DeadLetterService.SQS,
      role: props.role,
      tracing: props.tracing,
      reservedConcurrency: props.reservedConcurrency,
      environmentKmsKeyArn: props.environmentKmsKeyArn,
      provider: props.provider,
    });
  }
}
