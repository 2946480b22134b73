import { TerraformProvider } from 'cdktf';
import { Construct } from 'constructs';
import { DEFAULT_MAX_WINDOW_DAYS } from '../../../runtime/aws/trail-query/routes';
import { DEFAULT_SKIP_EVENT_NAME_PREFIXES } from '../../../runtime/aws/trail-query/trail-item';
import { TrailWatchValidationError, isUnresolved, validateIntegerRange, validateUrl } from '../../core/validation';
import { LOG_RETENTION_DAYS, LambdaRuntime } from '../bundled-function';
import { validateBucketName } from '../secure-bucket';
import { ApiAuthorization } from './api-authorization';
import { TrailIngestion } from './trail-ingestion';
import { ApiThrottling, TrailQueryHttpApi } from './trail-query-http-api';
import { TrailQueryTable } from './trail-query-table';
import { validateKmsKeyArn, validateSnsTopicArn } from '../arn-validation';

/**
 * Where a trail writes its log files: an `AuditTrail` or a `SecureBucket` fit as they are, or any object with the
 * bucket name (and the trail's S3 key prefix).
 */
export interface TrailLogLocation {
  readonly bucketName: string;
  /** CloudTrail `s3_key_prefix`, without leading or trailing "/" ("" for none). @default "" */
  readonly filePrefix?: string;
  /** Turns on the bucket's EventBridge notifications when TrailWatch manages the bucket (AuditTrail, SecureBucket). */
  enableEventBridgeNotifications?(): unknown;
}

export interface TrailQueryApiProps {
  /**
   * The trail's bucket, managed in this stack (an AuditTrail or SecureBucket): its EventBridge notifications are
   * turned on. Any other location must have "Send notifications to Amazon EventBridge" on, or no file is ingested.
   */
  readonly trailBucket?: TrailLogLocation;
  /** Name of an existing trail bucket (in the stack's region) with EventBridge notifications turned on. */
  readonly existingTrailBucketName?: string;
  /** CloudTrail's S3 key prefix, without leading or trailing "/". @default trailBucket.filePrefix, else "" */
  readonly filePrefix?: string;
  /** KMS key that encrypts the log files (trail with SSE-KMS): the ingest function gets kms:Decrypt on it. */
  readonly trailKmsKeyArn?: string;
  /** @default ApiAuthorization.iam() */
  readonly authorization?: ApiAuthorization;
  /** Keep events this many days after their eventTime (DynamoDB TTL). @default forever */
  readonly ttlDays?: number;
  /**
   * eventName prefixes not stored, case-sensitive (`Get` skips `GetObject`, also `GetSecretValue`). `[]` stores
   * everything.
   * @default ['Get', 'List', 'Describe', 'Head']
   */
  readonly skipEventNamePrefixes?: readonly string[];
  /** Runtime of both functions. @default LambdaRuntime.NODEJS_24_X */
  readonly runtime?: LambdaRuntime;
  /** @default a unique name derived from the construct path */
  readonly tableName?: string;
  /** @default true */
  readonly tableDeletionProtection?: boolean;
  /**
   * Customer managed KMS key of the table. Its key policy must let the account's principals use it through
   * DynamoDB (`kms:ViaService` = `dynamodb.<region>.amazonaws.com`, the policy DynamoDB documents); the functions
   * get no KMS permission of their own.
   * @default DynamoDB's AWS owned key
   */
  readonly tableKmsKeyArn?: string;
  /** Longest window one query may ask for. @default 366 */
  readonly maxWindowDays?: number;
  /** Receives of a failing file before it moves to the dead-letter queue. @default 5 */
  readonly maxReceiveCount?: number;
  /** Concurrent ingest invocations (bounds the write rate). @default 5 */
  readonly ingestMaxConcurrency?: number;
  /** @default { rateLimit: 50, burstLimit: 100 } */
  readonly throttling?: ApiThrottling;
  /** Browser origins allowed to call the API (CORS). @default none */
  readonly corsAllowedOrigins?: readonly string[];
  /** SNS topic ARN alerted when files land in the dead-letter queue. @default alarm without actions */
  readonly alarmTopicArn?: string;
  /** Retention of the functions' and the access logs. @default 365 */
  readonly logRetentionDays?: number;
  /** Provider of the trail bucket's region (EventBridge sees a bucket's events only in its own region). */
  readonly provider?: TerraformProvider;
}

/**
 * The CloudTrail query API, modernized from grycap/cloudtrail-tracker: trail files are ingested from S3 (via
 * EventBridge and SQS, idempotent on eventID) into an on-demand DynamoDB table keyed so that "user / service /
 * event name / everything in a time range" are all Queries, and an HTTP API answers `/scan`, `/users[/{user}]`,
 * `/services[/{service}]` and `/parameters` with filters, cursor pagination and IAM or JWT authorization.
 */
export class TrailQueryApi extends Construct {
  public readonly table: TrailQueryTable;
  public readonly ingestion: TrailIngestion;
  public readonly httpApi: TrailQueryHttpApi;
  /** Base URL of the API. */
  public readonly url: string;
  public readonly bucketName: string;
  /** Text before `AWSLogs/` in the log file keys ("" or ending in "/"). */
  public readonly keyPrefix: string;

  public constructor(scope: Construct, id: string, props: TrailQueryApiProps) {
    super(scope, id);
    const { bucketName, keyPrefix } = resolveLocation(id, props);
    // Ingestion listens to the bucket's EventBridge events; a bucket TrailWatch manages gets them turned on here.
    props.trailBucket?.enableEventBridgeNotifications?.();
    const skip = props.skipEventNamePrefixes ?? DEFAULT_SKIP_EVENT_NAME_PREFIXES;
    validateProps(id, props, skip);
    this.bucketName = bucketName;
    this.keyPrefix = keyPrefix;
    const provider = props.provider;

    this.table = new TrailQueryTable(this, 'Table', {
      tableName: props.tableName,
      enableTtl: props.ttlDays !== undefined,
      deletionProtection: props.tableDeletionProtection,
      kmsKeyArn: props.tableKmsKeyArn,
      provider,
    });
    this.ingestion = new TrailIngestion(this, 'Ingestion', {
      table: this.table,
      bucketName,
      keyPrefix,
      trailKmsKeyArn: props.trailKmsKeyArn,
      skipEventNamePrefixes: skip,
      ttlDays: props.ttlDays,
      runtime: props.runtime,
      maxReceiveCount: props.maxReceiveCount,
      maxConcurrency: props.ingestMaxConcurrency,
      logRetentionDays: props.logRetentionDays,
      alarmTopicArn: props.alarmTopicArn,
      provider,
    });
    this.httpApi = new TrailQueryHttpApi(this, 'Api', {
      table: this.table,
      authorization: props.authorization ?? ApiAuthorization.iam(),
      maxWindowDays: props.maxWindowDays ?? DEFAULT_MAX_WINDOW_DAYS,
      runtime: props.runtime,
      throttling: props.throttling,
      corsAllowedOrigins: props.corsAllowedOrigins,
      logRetentionDays: props.logRetentionDays,
      provider,
    });
    this.url = this.httpApi.url;
  }
}

function resolveLocation(id: string, props: TrailQueryApiProps): { bucketName: string; keyPrefix: string } {
  if ((props.trailBucket === undefined) === (props.existingTrailBucketName === undefined)) {
    throw new TrailWatchValidationError(
      `${id}.trailBucket`,
      props.trailBucket ? 'is given together with existingTrailBucketName' : 'no trail bucket is given',
      'Give trailBucket (an AuditTrail or SecureBucket of this stack) or existingTrailBucketName, exactly one',
    );
  }
  if (props.filePrefix !== undefined && props.trailBucket?.filePrefix !== undefined && props.filePrefix !== props.trailBucket.filePrefix) {
    throw new TrailWatchValidationError(`${id}.filePrefix`, `"${props.filePrefix}" differs from the trail's own prefix "${props.trailBucket.filePrefix}"`, 'Leave filePrefix out: it is taken from trailBucket');
  }
  const bucketName = props.trailBucket?.bucketName ?? (props.existingTrailBucketName as string);
  validateBucketName(`${id}.existingTrailBucketName`, props.existingTrailBucketName);
  const prefix = props.filePrefix ?? props.trailBucket?.filePrefix ?? '';
  if (!isUnresolved(prefix)) {
    if (prefix.length > 200 || prefix.startsWith('/') || prefix.endsWith('/') || /[*\\]/.test(prefix)) {
      throw new TrailWatchValidationError(`${id}.filePrefix`, `"${prefix}" is not a usable CloudTrail key prefix`, 'Give the trail\'s S3 key prefix without a leading or trailing "/" and without "*" or "\\", e.g. "audit/prod", or "" for none');
    }
    if (/(^|\/)AWSLogs(\/|$)/.test(prefix)) {
      throw new TrailWatchValidationError(`${id}.filePrefix`, `"${prefix}" includes the AWSLogs/ part CloudTrail adds itself`, 'Give only what comes before AWSLogs/ (the trail\'s s3_key_prefix), or "" when keys start with AWSLogs/');
    }
  }
  return { bucketName, keyPrefix: prefix === '' ? '' : `${prefix}/` };
}

function validateProps(id: string, props: TrailQueryApiProps, skip: readonly string[]): void {
  validateKmsKeyArn(`${id}.trailKmsKeyArn`, props.trailKmsKeyArn);
  validateKmsKeyArn(`${id}.tableKmsKeyArn`, props.tableKmsKeyArn);
  validateSnsTopicArn(`${id}.alarmTopicArn`, props.alarmTopicArn);
  validateIntegerRange(`${id}.ttlDays`, props.ttlDays, 1, 36_500);
  validateIntegerRange(`${id}.maxWindowDays`, props.maxWindowDays, 1, 3_660);
  validateIntegerRange(`${id}.maxReceiveCount`, props.maxReceiveCount, 1, 1000);
  validateIntegerRange(`${id}.ingestMaxConcurrency`, props.ingestMaxConcurrency, 2, 1000);
  skip.forEach((prefix, i) => {
    if (!/^[A-Za-z0-9]+$/.test(prefix)) {
      throw new TrailWatchValidationError(`${id}.skipEventNamePrefixes[${i}]`, `"${prefix}" is not an event-name prefix`, 'Give letters and digits as event names start, e.g. "Get" or "Describe"');
    }
  });
  if (props.logRetentionDays !== undefined && !LOG_RETENTION_DAYS.includes(props.logRetentionDays)) {
    throw new TrailWatchValidationError(`${id}.logRetentionDays`, `${props.logRetentionDays} is not a CloudWatch Logs retention`, `Use one of ${LOG_RETENTION_DAYS.join(', ')}`);
  }
  const throttling = props.throttling;
  if (throttling && (!(throttling.rateLimit > 0) || !Number.isInteger(throttling.burstLimit) || throttling.burstLimit < 1)) {
    throw new TrailWatchValidationError(`${id}.throttling`, 'rateLimit must be above 0 and burstLimit a whole number of at least 1', 'e.g. { rateLimit: 50, burstLimit: 100 }');
  }
  (props.corsAllowedOrigins ?? []).forEach((origin, i) => {
    if (origin === '*') {
      throw new TrailWatchValidationError(`${id}.corsAllowedOrigins[${i}]`, '"*" lets any web page read the API with a visitor\'s credentials', 'List the dashboard origins, e.g. https://audit.example.com');
    }
    validateUrl(`${id}.corsAllowedOrigins[${i}]`, origin, /^http:\/\/(localhost|127\.0\.0\.1)(:\d+)?$/.test(origin));
  });
}
