import { TerraformProvider } from 'cdktf';
import { Construct } from 'constructs';
import { DEFAULT_MAX_WINDOW_DAYS } from '../../../runtime/aws/trail-query/routes';
import { DEFAULT_SKIP_EVENT_NAME_PREFIXES } from '../../../runtime/aws/trail-query/trail-item';
import {
  TrailWatchValidationError,
  isUnresolved,
  propPath,
  throwFirstProblem,
  validateIntegerRange,
  validateUrl,
} from '../../core/validation';
import { IAlertTopic } from '../alert-topic';
import { LambdaRuntime } from '../bundled-function';
import { logRetentionProblems } from '../log-group';
import { ApiAuthorization, validateJwtIssuer } from './api-authorization';
import { TrailIngestion } from './trail-ingestion';
import { ApiThrottling, TrailQueryHttpApi } from './trail-query-http-api';
import { TrailQueryTable } from './trail-query-table';
import { TrailPortal, TrailPortalOptions } from './trail-portal';
import { validateKmsKeyArn } from '../arn-validation';

/**
 * Where a trail writes its log files: an `AuditTrail`, a `SecureBucket` or an imported bucket
 * (`SecureBucket.fromBucketName`) fit as they are.
 */
export interface TrailLogLocation {
  readonly bucketName: string;
  /** CloudTrail `s3_key_prefix`, without leading or trailing "/" ("" for none). @default "" */
  readonly filePrefix?: string;
  /** The key the log files are encrypted with (an AuditTrail's); the ingest function gets kms:Decrypt on it. @default none */
  readonly kmsKeyArn?: string;
  /** Turns on the bucket's EventBridge notifications when TrailWatch manages the bucket (AuditTrail, SecureBucket). */
  enableEventBridgeNotifications?(): unknown;
}

export interface TrailQueryApiProps {
  /**
   * The trail's bucket. One managed in this stack (an AuditTrail or SecureBucket) gets its EventBridge
   * notifications turned on; an existing one (`SecureBucket.fromBucketName`, in the provider's region) must have
   * "Send notifications to Amazon EventBridge" on, or no file is ingested.
   */
  readonly trailBucket: TrailLogLocation;
  /** CloudTrail's S3 key prefix, without leading or trailing "/". @default trailBucket.filePrefix, else "" */
  readonly filePrefix?: string;
  /** KMS key that encrypts the log files (trail with SSE-KMS): the ingest function gets kms:Decrypt on it. @default trailBucket.kmsKeyArn */
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
  /**
   * Verify each CloudTrail digest file as it arrives (signature and the hash of every log file it lists); a digest
   * that fails lands in the dead-letter queue, whose alarm fires. Needs log file validation on the trail.
   * @default false
   */
  readonly verifyDigests?: boolean;
  /** @default { rateLimit: 50, burstLimit: 100 } */
  readonly throttling?: ApiThrottling;
  /** Browser origins allowed to call the API (CORS). @default none */
  readonly corsAllowedOrigins?: readonly string[];
  /** Topic alerted when files land in the dead-letter queue (`AlertTopic` or `AlertTopic.fromTopicArn`). @default alarm without actions */
  readonly alarmTopic?: IAlertTopic;
  /** Retention of the functions' and the access logs. @default 365 */
  readonly logRetentionDays?: number;
  /** Provider of the trail bucket's region (EventBridge sees a bucket's events only in its own region). */
  readonly provider?: TerraformProvider;
  /**
   * Adds the trail portal (a web dashboard with Cognito sign-in): the API then takes the portal's JWTs on every
   * route and allows the portal's origin by CORS. Leave `authorization` out with it.
   * @default no portal
   */
  readonly portal?: TrailPortalOptions;
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
  /** The portal, when `portal` is given. */
  public readonly portal?: TrailPortal;
  /** Base URL of the API. */
  public readonly url: string;
  public readonly bucketName: string;
  /** Text before `AWSLogs/` in the log file keys ("" or ending in "/"). */
  public readonly keyPrefix: string;

  public constructor(scope: Construct, id: string, props: TrailQueryApiProps) {
    super(scope, id);
    const { bucketName, keyPrefix } = resolveLocation(this, props);
    // Ingestion listens to the bucket's EventBridge events; a bucket TrailWatch manages gets them turned on here.
    props.trailBucket.enableEventBridgeNotifications?.();
    const skip = props.skipEventNamePrefixes ?? DEFAULT_SKIP_EVENT_NAME_PREFIXES;
    validateProps(this, props, skip);
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
      trailKmsKeyArn: props.trailKmsKeyArn ?? props.trailBucket.kmsKeyArn,
      skipEventNamePrefixes: skip,
      ttlDays: props.ttlDays,
      runtime: props.runtime,
      maxReceiveCount: props.maxReceiveCount,
      maxConcurrency: props.ingestMaxConcurrency,
      verifyDigests: props.verifyDigests,
      logRetentionDays: props.logRetentionDays,
      alarmTopicArn: props.alarmTopic?.topicArn,
      provider,
    });
    if (props.portal && props.authorization) {
      throw new TrailWatchValidationError(
        propPath(this, 'authorization'),
        'the portal signs people in with Cognito, so the API must accept its tokens',
        "Leave authorization out when portal is given: the API gets a JWT authorizer for the portal's user pool",
      );
    }
    this.portal = props.portal
      ? new TrailPortal(this, 'Portal', { ...props.portal, provider: props.portal.provider ?? provider })
      : undefined;
    this.httpApi = new TrailQueryHttpApi(this, 'Api', {
      table: this.table,
      authorization: this.portal?.apiAuthorization() ?? props.authorization ?? ApiAuthorization.iam(),
      maxWindowDays: props.maxWindowDays ?? DEFAULT_MAX_WINDOW_DAYS,
      runtime: props.runtime,
      throttling: props.throttling,
      corsAllowedOrigins: this.portal
        ? [...(props.corsAllowedOrigins ?? []), this.portal.origin]
        : props.corsAllowedOrigins,
      logRetentionDays: props.logRetentionDays,
      provider,
    });
    this.url = this.httpApi.url;
    this.portal?.connectApi(this.url);
  }
}

function resolveLocation(scope: Construct, props: TrailQueryApiProps): { bucketName: string; keyPrefix: string } {
  const field = (prop: string) => propPath(scope, prop);
  if (props.trailBucket === undefined) {
    throw new TrailWatchValidationError(
      field('trailBucket'),
      'no trail bucket is given',
      'Give an AuditTrail or SecureBucket of this stack, or SecureBucket.fromBucketName(scope, id, name)',
    );
  }
  if (
    props.filePrefix !== undefined &&
    props.trailBucket.filePrefix !== undefined &&
    props.filePrefix !== props.trailBucket.filePrefix
  ) {
    throw new TrailWatchValidationError(
      field('filePrefix'),
      `"${props.filePrefix}" differs from the trail's own prefix "${props.trailBucket.filePrefix}"`,
      'Leave filePrefix out: it is taken from trailBucket',
    );
  }
  const prefix = props.filePrefix ?? props.trailBucket.filePrefix ?? '';
  if (!isUnresolved(prefix)) {
    if (prefix.length > 200 || prefix.startsWith('/') || prefix.endsWith('/') || /[*\\]/.test(prefix)) {
      throw new TrailWatchValidationError(
        field('filePrefix'),
        `"${prefix}" is not a usable CloudTrail key prefix`,
        'Give the trail\'s S3 key prefix without a leading or trailing "/" and without "*" or "\\", e.g. "audit/prod", or "" for none',
      );
    }
    if (/(^|\/)AWSLogs(\/|$)/.test(prefix)) {
      throw new TrailWatchValidationError(
        field('filePrefix'),
        `"${prefix}" includes the AWSLogs/ part CloudTrail adds itself`,
        'Give only what comes before AWSLogs/ (the trail\'s s3_key_prefix), or "" when keys start with AWSLogs/',
      );
    }
  }
  return { bucketName: props.trailBucket.bucketName, keyPrefix: prefix === '' ? '' : `${prefix}/` };
}

function validateProps(scope: Construct, props: TrailQueryApiProps, skip: readonly string[]): void {
  const field = (prop: string) => propPath(scope, prop);
  validateJwtIssuer(field('authorization'), props.authorization);
  validateKmsKeyArn(field('trailKmsKeyArn'), props.trailKmsKeyArn);
  validateKmsKeyArn(field('tableKmsKeyArn'), props.tableKmsKeyArn);
  validateIntegerRange(field('ttlDays'), props.ttlDays, 1, 36_500);
  validateIntegerRange(field('maxWindowDays'), props.maxWindowDays, 1, 3_660);
  validateIntegerRange(field('maxReceiveCount'), props.maxReceiveCount, 1, 1000);
  validateIntegerRange(field('ingestMaxConcurrency'), props.ingestMaxConcurrency, 2, 1000);
  skip.forEach((prefix, i) => {
    if (!/^[A-Za-z0-9]+$/.test(prefix)) {
      throw new TrailWatchValidationError(
        field(`skipEventNamePrefixes[${i}]`),
        `"${prefix}" is not an event-name prefix`,
        'Give letters and digits as event names start, e.g. "Get" or "Describe"',
      );
    }
  });
  throwFirstProblem(logRetentionProblems(field('logRetentionDays'), props.logRetentionDays));
  const throttling = props.throttling;
  if (
    throttling &&
    (!(throttling.rateLimit > 0) || !Number.isInteger(throttling.burstLimit) || throttling.burstLimit < 1)
  ) {
    throw new TrailWatchValidationError(
      field('throttling'),
      'rateLimit must be above 0 and burstLimit a whole number of at least 1',
      'e.g. { rateLimit: 50, burstLimit: 100 }',
    );
  }
  (props.corsAllowedOrigins ?? []).forEach((origin, i) => {
    if (origin === '*') {
      throw new TrailWatchValidationError(
        field(`corsAllowedOrigins[${i}]`),
        '"*" lets any web page read the API with a visitor\'s credentials',
        'List the dashboard origins, e.g. https://audit.example.com',
      );
    }
    validateUrl(
      field(`corsAllowedOrigins[${i}]`),
      origin,
      /^http:\/\/(localhost|127\.0\.0\.1)(:\d+)?$/.test(origin),
      'Give the https:// origin the dashboard is served from, e.g. https://audit.example.com (plain http only for http://localhost or http://127.0.0.1 while developing)',
    );
  });
}
