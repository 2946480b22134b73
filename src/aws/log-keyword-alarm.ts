import { TerraformProvider } from 'cdktf';
import { Construct } from 'constructs';
import { CloudwatchLogGroup } from '@cdktf/provider-aws/lib/cloudwatch-log-group';
import { CloudwatchLogSubscriptionFilter } from '@cdktf/provider-aws/lib/cloudwatch-log-subscription-filter';
import { LambdaPermission } from '@cdktf/provider-aws/lib/lambda-permission';
import { SqsQueue } from '@cdktf/provider-aws/lib/sqs-queue';
import { SqsQueuePolicy } from '@cdktf/provider-aws/lib/sqs-queue-policy';
import { KeywordAlarmOptions, archivePrefixOf, keywordAlarmEnvironment, keywordOptionProblems } from '../../runtime/core/keyword-options';
import { AwsSettings, LogKeywordAlarmSettings } from '../../runtime/core/setting-names';
import { BundledHandler } from '../core/handler-asset';
import { uniqueResourceName } from '../core/naming';
import { NotificationEndpoint } from '../core/notification-endpoint';
import { TrailWatchValidationError, isUnresolved, validateExclusive } from '../core/validation';
import { AlertTopic } from './alert-topic';
import { AwsContext } from './aws-context';
import { BundledFunction, DeadLetterService, LOG_RETENTION_DAYS, LambdaRuntime, PolicyStatement } from './bundled-function';
import { ResourcePolicyDocument, denyInsecureTransport } from './resource-policy';
import { SecureBucket, validateBucketName } from './secure-bucket';
import { validateKmsKeyArn } from './arn-validation';

/** CloudWatch Logs log group names: 1-512 characters of letters, digits and `_ - / . #`. */
const LOG_GROUP_NAME = /^[A-Za-z0-9_\-/.#]{1,512}$/;

export interface LogKeywordAlarmProps extends KeywordAlarmOptions {
  /** Watch this existing log group (its name) instead of creating one. */
  readonly existingLogGroupName?: string;
  /** Name of the new log group. @default /trailwatch/<unique name> */
  readonly logGroupName?: string;
  /** Days the new log group keeps events. @default 365 */
  readonly logRetentionDays?: number;
  /** KMS key ARN for the new log group. @default CloudWatch Logs' own encryption */
  readonly logKmsKeyArn?: string;
  /**
   * Subscription filter pattern. The default sends every event and lets the function decide: CloudWatch Logs
   * terms cannot express the whole-word, case-sensitive rules. A coarse pattern such as `?ERROR ?WARN ?FATAL`
   * cuts invocations on chatty groups, at the risk of dropping lines the keywords would have matched.
   * @default "" (all events)
   */
  readonly filterPattern?: string;
  /** Publish to this topic (built here or elsewhere with AlertTopic). */
  readonly alertTopic?: AlertTopic;
  /** Publish to this existing topic ARN (AWS-managed or no encryption; use `alertTopic` for a customer key). */
  readonly existingTopicArn?: string;
  /** Subscribers of the topic created when neither `alertTopic` nor `existingTopicArn` is given. @default none */
  readonly subscriptions?: readonly NotificationEndpoint[];
  /** Archive into this bucket (built here or elsewhere with SecureBucket). */
  readonly archiveBucket?: SecureBucket;
  /** Archive into this existing bucket (its name). */
  readonly existingArchiveBucketName?: string;
  /**
   * Encrypt archive objects with SSE-KMS under this key (the function gets kms:GenerateDataKey on it). Needed
   * when the bucket's default encryption or its policy requires a customer managed key.
   * @default the bucket's default encryption
   */
  readonly archiveKmsKeyArn?: string;
  /** @default a unique name derived from the construct path */
  readonly functionName?: string;
  /** @default LambdaRuntime.NODEJS_24_X */
  readonly functionRuntime?: LambdaRuntime;
  /** @default 60 */
  readonly timeoutSeconds?: number;
  /** @default 256 */
  readonly memorySize?: number;
  /**
   * Use this execution role instead of creating one; it needs sns:Publish on the topic, s3:PutObject on
   * `<bucket>/<prefix>/*`, logging and sqs:SendMessage on the dead-letter queue.
   */
  readonly existingRoleArn?: string;
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
  /** The topic built here; undefined when `alertTopic` or `existingTopicArn` was given. */
  public readonly alertTopic?: AlertTopic;
  public readonly topicArn: string;
  /** The bucket built here; undefined when `archiveBucket` or `existingArchiveBucketName` was given. */
  public readonly archiveBucket?: SecureBucket;
  public readonly archiveBucketName: string;
  public readonly archivePrefix: string;
  public readonly function: BundledFunction;
  public readonly deadLetterQueue: SqsQueue;
  public readonly deadLetterQueuePolicy: SqsQueuePolicy;
  public readonly permission: LambdaPermission;
  public readonly subscriptionFilter: CloudwatchLogSubscriptionFilter;

  public constructor(scope: Construct, id: string, props: LogKeywordAlarmProps = {}) {
    super(scope, id);
    const [optionProblem] = keywordOptionProblems(id, props);
    if (optionProblem) throw new TrailWatchValidationError(optionProblem.field, optionProblem.problem, optionProblem.fix);
    validateExclusive(`${id}.existingLogGroupName`, props.existingLogGroupName, `${id}.logGroupName`, props.logGroupName);
    validateExclusive(`${id}.existingLogGroupName`, props.existingLogGroupName, `${id}.logRetentionDays`, props.logRetentionDays);
    validateExclusive(`${id}.alertTopic`, props.alertTopic, `${id}.existingTopicArn`, props.existingTopicArn);
    validateExclusive(`${id}.archiveBucket`, props.archiveBucket, `${id}.existingArchiveBucketName`, props.existingArchiveBucketName);
    if (props.subscriptions !== undefined && (props.alertTopic !== undefined || props.existingTopicArn !== undefined)) {
      throw new TrailWatchValidationError(`${id}.subscriptions`, 'subscriptions apply only to a topic created here', 'Subscribe on the AlertTopic you pass in, or drop alertTopic/existingTopicArn');
    }
    for (const [field, name] of [['existingLogGroupName', props.existingLogGroupName], ['logGroupName', props.logGroupName]] as const) {
      if (name !== undefined && !isUnresolved(name) && !LOG_GROUP_NAME.test(name)) {
        throw new TrailWatchValidationError(`${id}.${field}`, `"${name}" is not a CloudWatch Logs log group name`, 'Use 1-512 letters, digits, "_", "-", "/", "." or "#"');
      }
    }
    if (props.logRetentionDays !== undefined && !LOG_RETENTION_DAYS.includes(props.logRetentionDays)) {
      throw new TrailWatchValidationError(`${id}.logRetentionDays`, `${props.logRetentionDays} is not a CloudWatch Logs retention`, `Use one of ${LOG_RETENTION_DAYS.join(', ')}`);
    }
    if (props.existingTopicArn !== undefined && !isUnresolved(props.existingTopicArn) && !/^arn:aws[a-z-]*:sns:[a-z0-9-]+:\d{12}:[A-Za-z0-9_-]{1,256}$/.test(props.existingTopicArn)) {
      throw new TrailWatchValidationError(`${id}.existingTopicArn`, `"${props.existingTopicArn}" is not an SNS topic ARN`, 'Give the ARN, e.g. arn:aws:sns:eu-west-1:111122223333:security-alerts');
    }
    validateBucketName(`${id}.existingArchiveBucketName`, props.existingArchiveBucketName);
    validateKmsKeyArn(`${id}.archiveKmsKeyArn`, props.archiveKmsKeyArn);
    validateKmsKeyArn(`${id}.logKmsKeyArn`, props.logKmsKeyArn);
    if (props.filterPattern !== undefined && props.filterPattern.length > 1024) {
      throw new TrailWatchValidationError(`${id}.filterPattern`, 'is longer than 1024 characters', 'Shorten it; the function does the precise matching anyway');
    }
    const provider = props.provider;
    const context = AwsContext.of(this, provider);

    if (props.existingLogGroupName) {
      this.logGroupName = props.existingLogGroupName;
      this.logGroupArn = `arn:${context.partition}:logs:${context.region}:${context.accountId}:log-group:${this.logGroupName}`;
    } else {
      this.logGroup = new CloudwatchLogGroup(this, 'LogGroup', {
        name: props.logGroupName ?? `/trailwatch/${uniqueResourceName(this, 100)}`,
        retentionInDays: props.logRetentionDays ?? 365,
        kmsKeyId: props.logKmsKeyArn,
        provider,
      });
      this.logGroupName = this.logGroup.name;
      this.logGroupArn = this.logGroup.arn;
    }

    let publishStatements: PolicyStatement[];
    if (props.existingTopicArn) {
      this.topicArn = props.existingTopicArn;
      publishStatements = [{ sid: 'PublishAlerts', actions: ['sns:Publish'], resources: [props.existingTopicArn] }];
    } else {
      const topic = props.alertTopic ?? new AlertTopic(this, 'AlertTopic', { subscriptions: props.subscriptions, provider });
      if (!props.alertTopic) this.alertTopic = topic;
      this.topicArn = topic.topicArn;
      publishStatements = topic.publishStatements();
    }

    if (props.existingArchiveBucketName) {
      this.archiveBucketName = props.existingArchiveBucketName;
    } else {
      const bucket = props.archiveBucket ?? new SecureBucket(this, 'ArchiveBucket', { provider });
      if (!props.archiveBucket) this.archiveBucket = bucket;
      this.archiveBucketName = bucket.bucketName;
    }
    this.archivePrefix = archivePrefixOf(props);

    this.deadLetterQueue = new SqsQueue(this, 'DeadLetterQueue', {
      name: `${uniqueResourceName(this, 76)}-dlq`,
      sqsManagedSseEnabled: true,
      messageRetentionSeconds: 14 * 24 * 3600,
      provider,
    });
    const queuePolicy = new ResourcePolicyDocument(this, 'DeadLetterQueuePolicyDocument', {
      statements: [denyInsecureTransport(['sqs:*'], [this.deadLetterQueue.arn])],
      provider,
    });
    this.deadLetterQueuePolicy = new SqsQueuePolicy(this, 'DeadLetterQueuePolicy', { queueUrl: this.deadLetterQueue.url, policy: queuePolicy.json, provider });

    const statements: PolicyStatement[] = [
      ...publishStatements,
      { sid: 'WriteArchive', actions: ['s3:PutObject'], resources: [`arn:${context.partition}:s3:::${this.archiveBucketName}/${this.archivePrefix}/*`] },
      ...(props.archiveKmsKeyArn ? [{ sid: 'EncryptArchive', actions: ['kms:GenerateDataKey'], resources: [props.archiveKmsKeyArn] }] : []),
    ];
    this.function = new BundledFunction(this, 'Function', {
      handler: BundledHandler.AWS_LOG_KEYWORD_ALARM,
      functionName: props.functionName,
      runtime: props.functionRuntime,
      timeoutSeconds: props.timeoutSeconds ?? 60,
      memorySize: props.memorySize,
      environment: {
        ...keywordAlarmEnvironment(props, this.archiveBucketName),
        [AwsSettings.SNS_TOPIC_ARN]: this.topicArn,
        ...(props.archiveKmsKeyArn ? { [LogKeywordAlarmSettings.ARCHIVE_KMS_KEY_ID]: props.archiveKmsKeyArn } : {}),
      },
      statements,
      deadLetterTargetArn: this.deadLetterQueue.arn,
      deadLetterTargetService: DeadLetterService.SQS,
      existingRoleArn: props.existingRoleArn,
      provider,
    });

    this.permission = new LambdaPermission(this, 'InvokePermission', {
      statementId: 'AllowCloudWatchLogsInvoke',
      action: 'lambda:InvokeFunction',
      functionName: this.function.function.functionName,
      principal: `logs.${context.region}.amazonaws.com`,
      sourceArn: `${this.logGroupArn}:*`,
      sourceAccount: context.accountId,
      provider,
    });
    this.subscriptionFilter = new CloudwatchLogSubscriptionFilter(this, 'SubscriptionFilter', {
      name: uniqueResourceName(this, 512),
      logGroupName: this.logGroupName,
      filterPattern: props.filterPattern ?? '',
      destinationArn: this.function.function.arn,
      // CloudWatch Logs tests the destination when the filter is created: the permission must exist first.
      dependsOn: [this.permission],
      provider,
    });
  }
}
