import { TerraformProvider } from 'cdktf';
import { Construct } from 'constructs';
import { CloudwatchEventRule } from '@cdktf/provider-aws/lib/cloudwatch-event-rule';
import { CloudwatchEventTarget } from '@cdktf/provider-aws/lib/cloudwatch-event-target';
import { CloudwatchMetricAlarm } from '@cdktf/provider-aws/lib/cloudwatch-metric-alarm';
import { LambdaEventSourceMapping } from '@cdktf/provider-aws/lib/lambda-event-source-mapping';
import { SqsQueue } from '@cdktf/provider-aws/lib/sqs-queue';
import { SqsQueuePolicy } from '@cdktf/provider-aws/lib/sqs-queue-policy';
import { TrailQuerySettings } from '../../../runtime/core/setting-names';
import { BundledHandler } from '../../core/handler-asset';
import { uniqueResourceName } from '../../core/naming';
import { AwsContext } from '../aws-context';
import { AlertTopic } from '../alert-topic';
import { createAlarmTopic } from '../alarm-topic';
import { BundledFunction, LambdaRuntime, PolicyStatement } from '../bundled-function';
import { deadLetterQueue } from '../dead-letter-queue';
import { ResourcePolicyDocument, denyInsecureTransport } from '../resource-policy';
import { TrailQueryTable } from './trail-query-table';

export interface TrailIngestionProps {
  readonly table: TrailQueryTable;
  readonly bucketName: string;
  /** Text before `AWSLogs/` in the keys: "" or a prefix ending in "/". */
  readonly keyPrefix: string;
  /** KMS key of SSE-KMS encrypted log files (the function gets kms:Decrypt on it). */
  readonly trailKmsKeyArn?: string;
  readonly skipEventNamePrefixes: readonly string[];
  readonly ttlDays?: number;
  readonly runtime?: LambdaRuntime;
  /** Receives before a file goes to the dead-letter queue. @default 5 */
  readonly maxReceiveCount?: number;
  /** Messages (files) per invocation. @default 10 */
  readonly batchSize?: number;
  /** Concurrent invocations the queue may drive (bounds the table's write rate). @default 5 */
  readonly maxConcurrency?: number;
  /** @default 300 */
  readonly timeoutSeconds?: number;
  /** CloudTrail files can reach tens of MB uncompressed; memory also buys CPU for gunzip. @default 1024 */
  readonly memorySize?: number;
  readonly logRetentionDays?: number;
  /** SNS topic ARN notified when a file lands in the dead-letter queue. @default an alarm without actions */
  readonly alarmTopicArn?: string;
  /**
   * Verify every CloudTrail digest file as it arrives: its signature with the region's CloudTrail key and the hash
   * of each log file it lists (the trail needs log file validation on). A digest that fails lands in the
   * dead-letter queue, whose alarm fires.
   * @default false
   */
  readonly verifyDigests?: boolean;
  readonly provider?: TerraformProvider;
}

/**
 * S3 → EventBridge → SQS → Lambda ingestion of CloudTrail log files.
 *
 * Why EventBridge rather than an S3 event notification: a bucket has exactly one notification configuration,
 * and Terraform's `aws_s3_bucket_notification` replaces all of it, so managing it here would silently delete
 * whatever the trail bucket already notifies. EventBridge delivery is a bucket switch ("Send notifications to
 * Amazon EventBridge") that leaves existing notifications alone, and the rule filters keys precisely (log files
 * only, never `CloudTrail-Digest/` or Insights files). The SQS queue between the rule and the function gives
 * retries with backoff, per-file failure reporting and a dead-letter queue for files that keep failing.
 */
export class TrailIngestion extends Construct {
  public readonly queue: SqsQueue;
  public readonly deadLetterQueue: SqsQueue;
  public readonly rule: CloudwatchEventRule;
  public readonly function: BundledFunction;
  public readonly eventSourceMapping: LambdaEventSourceMapping;
  public readonly deadLetterAlarm: CloudwatchMetricAlarm;
  /**
   * The topic the dead-letter alarm notifies when no `alarmTopicArn` was given (encrypted with a key of its own that
   * admits CloudWatch): subscribe to it with `addSubscription`.
   */
  public readonly alarmTopic?: AlertTopic;

  public constructor(scope: Construct, id: string, props: TrailIngestionProps) {
    super(scope, id);
    const provider = props.provider;
    const timeoutSeconds = props.timeoutSeconds ?? 300;

    this.rule = this.createRule(props);
    // EventBridge may put here only what this rule could not deliver.
    this.deadLetterQueue = deadLetterQueue(this, {
      senders: [
        { sid: 'AllowUndeliverableTrailFileEvents', service: 'events.amazonaws.com', sourceArn: this.rule.arn },
      ],
      provider,
    }).queue;
    this.queue = new SqsQueue(this, 'Queue', {
      name: uniqueResourceName(this, 80),
      sqsManagedSseEnabled: true,
      // AWS guidance for Lambda event sources: at least six times the function timeout.
      visibilityTimeoutSeconds: Math.min(43_200, timeoutSeconds * 6),
      messageRetentionSeconds: 4 * 86_400,
      redrivePolicy: JSON.stringify({
        deadLetterTargetArn: this.deadLetterQueue.arn,
        maxReceiveCount: props.maxReceiveCount ?? 5,
      }),
      provider,
    });
    new CloudwatchEventTarget(this, 'QueueTarget', {
      rule: this.rule.name,
      arn: this.queue.arn,
      // Events EventBridge cannot deliver (e.g. a broken queue policy) are kept instead of dropped.
      deadLetterConfig: { arn: this.deadLetterQueue.arn },
      retryPolicy: { maximumEventAgeInSeconds: 86_400, maximumRetryAttempts: 185 },
      provider,
    });
    this.queuePolicy('QueuePolicy', this.queue, 'AllowTrailFileEvents', provider);

    this.function = this.createFunction(props, timeoutSeconds);
    // Lambda checks the role's SQS permissions when the mapping is created: wait for the policy.
    const rolePolicy = this.function.rolePolicy;
    this.eventSourceMapping = new LambdaEventSourceMapping(this, 'QueueMapping', {
      eventSourceArn: this.queue.arn,
      functionName: this.function.function.arn,
      batchSize: props.batchSize ?? 10,
      functionResponseTypes: ['ReportBatchItemFailures'],
      scalingConfig: { maximumConcurrency: props.maxConcurrency ?? 5 },
      dependsOn: rolePolicy ? [rolePolicy] : undefined,
      provider,
    });
    this.deadLetterAlarm = this.createDeadLetterAlarm(props);
  }

  /** New log files only (never digest or Insights files). */
  private createRule(props: TrailIngestionProps): CloudwatchEventRule {
    const logKeys = `${props.keyPrefix}AWSLogs/*/CloudTrail/*.json.gz`;
    const digestKeys = `${props.keyPrefix}AWSLogs/*/CloudTrail-Digest/*.json.gz`;
    return new CloudwatchEventRule(this, 'ObjectCreatedRule', {
      name: uniqueResourceName(this, 64),
      description: `New CloudTrail log files in ${props.bucketName} → trail query ingestion (TrailWatch)`,
      eventPattern: JSON.stringify({
        source: ['aws.s3'],
        'detail-type': ['Object Created'],
        detail: {
          bucket: { name: [props.bucketName] },
          // `*` spans "/" and covers organization trails (AWSLogs/o-…/<account>/CloudTrail/…). Digest and
          // Insights files live under CloudTrail-Digest/ and CloudTrail-Insight/, which this never matches.
          object: { key: [{ wildcard: logKeys }, ...(props.verifyDigests ? [{ wildcard: digestKeys }] : [])] },
        },
      }),
      provider: props.provider,
    });
  }

  private createFunction(props: TrailIngestionProps, timeoutSeconds: number): BundledFunction {
    const context = AwsContext.of(this, props.provider);
    const statements: PolicyStatement[] = [
      {
        sid: 'ReadTrailLogFiles',
        actions: ['s3:GetObject'],
        resources: [`arn:${context.partition}:s3:::${props.bucketName}/${props.keyPrefix}AWSLogs/*`],
      },
      {
        sid: 'WriteTrailTable',
        actions: ['dynamodb:BatchWriteItem', 'dynamodb:UpdateItem'],
        resources: [props.table.tableArn],
      },
      // The hourly /stats rollups are recounted from the stored events (runtime/aws/trail-query/stats-rollup.ts).
      { sid: 'RecountTrailStats', actions: ['dynamodb:Query'], resources: [props.table.tableArn] },
      {
        sid: 'ConsumeTrailFileQueue',
        actions: ['sqs:ReceiveMessage', 'sqs:DeleteMessage', 'sqs:ChangeMessageVisibility', 'sqs:GetQueueAttributes'],
        resources: [this.queue.arn],
      },
      ...(props.trailKmsKeyArn
        ? [{ sid: 'DecryptTrailLogFiles', actions: ['kms:Decrypt'], resources: [props.trailKmsKeyArn] }]
        : []),
      // ListPublicKeys has no resource-level permissions: "*" is the only resource it accepts.
      ...(props.verifyDigests
        ? [{ sid: 'ReadCloudTrailPublicKeys', actions: ['cloudtrail:ListPublicKeys'], resources: ['*'] }]
        : []),
    ];
    return new BundledFunction(this, 'Function', {
      handler: BundledHandler.AWS_TRAIL_INGEST,
      runtime: props.runtime,
      timeoutSeconds,
      memorySize: props.memorySize ?? 1024,
      logRetentionDays: props.logRetentionDays,
      statements,
      environment: {
        [TrailQuerySettings.TABLE_NAME]: props.table.tableName,
        [TrailQuerySettings.KEY_PREFIX]: props.keyPrefix,
        [TrailQuerySettings.SKIP_EVENT_NAME_PREFIXES]: props.skipEventNamePrefixes.join(','),
        ...(props.ttlDays !== undefined ? { [TrailQuerySettings.TTL_DAYS]: String(props.ttlDays) } : {}),
        ...(props.verifyDigests ? { [TrailQuerySettings.VERIFY_DIGESTS]: 'true' } : {}),
      },
      provider: props.provider,
    });
  }

  private createDeadLetterAlarm(props: TrailIngestionProps): CloudwatchMetricAlarm {
    const alarmName = uniqueResourceName(this, 255);
    let topicArn = props.alarmTopicArn;
    if (topicArn === undefined) {
      // An alarm without an action tells nobody: by default it notifies a topic of its own.
      const context = AwsContext.of(this, props.provider);
      const alarmArn = `arn:${context.partition}:cloudwatch:${context.region}:${context.accountId}:alarm:${alarmName}`;
      (this as { alarmTopic?: AlertTopic }).alarmTopic = createAlarmTopic(this, 'AlarmTopic', {
        alarmArns: alarmArn,
        provider: props.provider,
      });
      topicArn = this.alarmTopic!.topicArn;
    }
    return new CloudwatchMetricAlarm(this, 'DeadLetterAlarm', {
      alarmName,
      alarmDescription:
        'CloudTrail log files that could not be ingested wait in the dead-letter queue (TrailWatch trail query)',
      namespace: 'AWS/SQS',
      metricName: 'ApproximateNumberOfMessagesVisible',
      dimensions: { QueueName: this.deadLetterQueue.name },
      statistic: 'Maximum',
      period: 300,
      evaluationPeriods: 1,
      threshold: 0,
      comparisonOperator: 'GreaterThanThreshold',
      treatMissingData: 'notBreaching',
      alarmActions: [topicArn],
      provider: props.provider,
    });
  }

  /** EventBridge may send to the queue only from this rule; nobody may use it without TLS. */
  private queuePolicy(id: string, queue: SqsQueue, sid: string, provider?: TerraformProvider): void {
    const document = new ResourcePolicyDocument(this, `${id}Document`, {
      statements: [
        {
          sid,
          effect: 'Allow',
          principals: [{ type: 'Service', identifiers: ['events.amazonaws.com'] }],
          actions: ['sqs:SendMessage'],
          resources: [queue.arn],
          condition: [{ test: 'ArnEquals', variable: 'aws:SourceArn', values: [this.rule.arn] }],
        },
        denyInsecureTransport(['sqs:*'], [queue.arn]),
      ],
      provider,
    });
    new SqsQueuePolicy(this, id, { queueUrl: queue.url, policy: document.json, provider });
  }
}
