import { TerraformProvider } from 'cdktf';
import { Construct } from 'constructs';
import { IamRole } from '@cdktf/provider-aws/lib/iam-role';
import { LambdaFunction } from '@cdktf/provider-aws/lib/lambda-function';
import { NotificationEndpoint } from '../core/notification-endpoint';
import {
  TrailWatchValidationError,
  isUnresolved,
  validateAllowList,
  validateExclusive,
  validateIntegerRange,
} from '../core/validation';
import { AlertTopic, IAlertTopic, TopicEncryption } from './alert-topic';
import { AuditTrail, TrailCloudWatchLogsOptions } from './audit-trail';
import { LambdaRuntime } from './bundled-function';
import { ExecutionRole } from './execution-role';
import { LoginAlarm } from './login-alarm';
import { LogKeywordAlarm, LogKeywordAlarmProps } from './log-keyword-alarm';
import { TagEnrichment, TagEnrichmentProps } from './tag-enrichment';
import { ArchiveTransition, SecureBucket } from './secure-bucket';
import { SignInRegion } from './sign-in-region';

/**
 * The log keyword alarm as part of the pattern: it alerts through the pattern's topic and archives into a bucket of
 * its own (application log lines do not belong next to the audit trail), or into the `archiveBucket` given.
 */
export type IncludedLogKeywordAlarmProps = Omit<LogKeywordAlarmProps, 'alertTopic' | 'subscriptions' | 'provider'>;

/** Tag enrichment as part of the pattern: it reads the trail's CloudWatch Logs group (delivery is turned on for it). */
export type IncludedTagEnrichmentProps = Omit<TagEnrichmentProps, 'sourceLogGroupName' | 'provider'>;

export interface LoginAuditPatternProps {
  /** Source IPs (IPv4/IPv6 addresses or CIDR blocks) from which console sign-ins are expected. Required, non-empty. */
  readonly allowList: readonly string[];
  /** Who is alerted. @default none (add subscriptions to the topic later) */
  readonly subscriptions?: readonly NotificationEndpoint[];
  /** CloudTrail sign-in event names to check. @default ["ConsoleLogin"] */
  readonly watchedActions?: readonly string[];
  /** @default true */
  readonly alertOnFailedLogin?: boolean;
  /** @default true */
  readonly alertOnRootLogin?: boolean;
  /** IAM users and root only; SSO, role and federated sessions never raise it. @default true */
  readonly alertOnMissingMfa?: boolean;
  /** Regions whose sign-in events are forwarded to the function's region. @default [us-east-1] unless the stack is there */
  readonly signInRegions?: readonly SignInRegion[];

  /**
   * An existing trail that already records management events (e.g. an organization trail): no trail or bucket is
   * created, and none of the trail props below may be given.
   */
  readonly existingTrailArn?: string;
  /** @default a unique name derived from the construct path */
  readonly trailName?: string;
  /** Name of the bucket to create. @default a generated name */
  readonly bucketName?: string;
  /** Existing bucket for the log files; its policy must admit the trail (see AuditTrail.deliveryPolicyStatements). */
  readonly existingBucketName?: string;
  /** S3 key prefix of the log files; "" for none. @default "trailwatch" */
  readonly filePrefix?: string;
  /** Days log files are kept in the new bucket. @default 365 */
  readonly retentionDays?: number;
  /** Move log files to a colder storage class before they expire. @default none */
  readonly archiveTransition?: ArchiveTransition;
  /** KMS key ARN encrypting the log files (its key policy must admit CloudTrail). @default SSE-S3 */
  readonly kmsKeyArn?: string;
  /** @default true */
  readonly enableLogFileValidation?: boolean;
  /** Also send trail events to CloudWatch Logs (read by the tag-enrichment pattern). @default not sent */
  readonly cloudWatchLogs?: TrailCloudWatchLogsOptions;
  /** @default false */
  readonly forceDestroyBucket?: boolean;

  /** @default TopicEncryption.awsManagedKey() */
  readonly topicEncryption?: TopicEncryption;
  /** Publish to an existing SNS topic instead of creating one (give `topicEncryption` if it uses a customer managed key). */
  readonly existingTopicArn?: string;

  /** @default LambdaRuntime.NODEJS_24_X */
  readonly functionRuntime?: LambdaRuntime;
  /** Use an existing execution role for the function. @default a new least-privilege role */
  readonly existingRoleArn?: string;
  /** Provider of the region the pattern lives in. @default the stack's default AWS provider */
  readonly provider?: TerraformProvider;
  /** Also alert on WARN/ERROR lines of a CloudWatch Logs group and archive them. @default not included */
  readonly logKeywordAlarm?: IncludedLogKeywordAlarmProps;
  /**
   * Also write the trail's write events, enriched with their resources' tags, to a target log group. Turns on the
   * trail's CloudWatch Logs delivery (with `cloudWatchLogs` options when given). @default not included
   */
  readonly tagEnrichment?: IncludedTagEnrichmentProps;
}

/**
 * AWS login audit in one declaration: a CloudTrail trail → hardened S3 bucket, an SNS alert topic with
 * subscriptions, and a Lambda alarm on console sign-in events (EventBridge, forwarded from the regions where
 * sign-ins are recorded) with a least-privilege role and a dead-letter queue.
 */
export class LoginAuditPattern extends Construct {
  /** Undefined when `existingTrailArn` was given. */
  public readonly trail?: AuditTrail;
  public readonly trailArn: string;
  /** Undefined when an existing trail or bucket is used. */
  public readonly bucket?: SecureBucket;
  /** Always present; wraps the existing topic when `existingTopicArn` was given (and then creates nothing). */
  public readonly alertTopic: IAlertTopic;
  public readonly topicArn: string;
  public readonly loginAlarm: LoginAlarm;
  public readonly function: LambdaFunction;
  /** Undefined when `existingRoleArn` was given. */
  public readonly role?: IamRole;
  /** Defined when `logKeywordAlarm` was given. */
  public readonly logKeywordAlarm?: LogKeywordAlarm;
  /** Defined when `tagEnrichment` was given. */
  public readonly tagEnrichment?: TagEnrichment;

  public constructor(scope: Construct, id: string, props: LoginAuditPatternProps) {
    super(scope, id);
    validateAllowList(`${id}.allowList`, props.allowList);
    validateIntegerRange(`${id}.retentionDays`, props.retentionDays, 1, 36_500);
    validateExclusive(`${id}.existingTopicArn`, props.existingTopicArn, `${id}.subscriptions`, props.subscriptions);
    validateExistingTrail(id, props);
    const provider = props.provider;

    if (props.existingTrailArn) {
      this.trailArn = props.existingTrailArn;
    } else {
      this.trail = new AuditTrail(this, 'Trail', {
        trailName: props.trailName,
        bucketName: props.bucketName,
        bucket: props.existingBucketName
          ? SecureBucket.fromBucketName(this, 'ExistingBucket', props.existingBucketName)
          : undefined,
        filePrefix: props.filePrefix,
        retentionDays: props.retentionDays,
        archiveTransition: props.archiveTransition,
        kmsKeyArn: props.kmsKeyArn,
        enableLogFileValidation: props.enableLogFileValidation,
        // Tag enrichment reads the trail's events from CloudWatch Logs.
        cloudWatchLogs: props.cloudWatchLogs ?? (props.tagEnrichment ? {} : undefined),
        forceDestroyBucket: props.forceDestroyBucket,
        provider,
      });
      this.trailArn = this.trail.trail.arn;
      this.bucket = this.trail.bucket;
    }

    this.alertTopic = props.existingTopicArn
      ? AlertTopic.fromTopicArn(this, 'Alerts', props.existingTopicArn, { encryption: props.topicEncryption, provider })
      : new AlertTopic(this, 'Alerts', {
          subscriptions: props.subscriptions,
          encryption: props.topicEncryption,
          provider,
        });
    this.topicArn = this.alertTopic.topicArn;

    this.loginAlarm = new LoginAlarm(this, 'LoginAlarm', {
      allowList: props.allowList,
      alertTopic: this.alertTopic,
      watchedActions: props.watchedActions,
      alertOnFailedLogin: props.alertOnFailedLogin,
      alertOnRootLogin: props.alertOnRootLogin,
      alertOnMissingMfa: props.alertOnMissingMfa,
      signInRegions: props.signInRegions,
      runtime: props.functionRuntime,
      role: props.existingRoleArn ? ExecutionRole.fromRoleArn(this, 'ExistingRole', props.existingRoleArn) : undefined,
      provider,
    });
    this.function = this.loginAlarm.function.function;
    this.role = this.loginAlarm.function.role;

    if (props.logKeywordAlarm) {
      this.logKeywordAlarm = new LogKeywordAlarm(this, 'LogKeywordAlarm', {
        runtime: props.functionRuntime,
        ...props.logKeywordAlarm,
        alertTopic: this.alertTopic,
        provider,
      });
    }

    if (props.tagEnrichment) {
      const source = this.trail?.logGroup;
      if (!source) {
        throw new TrailWatchValidationError(
          `${id}.tagEnrichment`,
          'an existing trail has no CloudWatch Logs group known to the pattern',
          "Use the TagEnrichment construct on its own with the sourceLogGroupName of your trail's log group",
        );
      }
      this.tagEnrichment = new TagEnrichment(this, 'TagEnrichment', {
        runtime: props.functionRuntime,
        ...props.tagEnrichment,
        sourceLogGroupName: source.name,
        provider,
      });
    }
  }
}

const TRAIL_PROPS = [
  'trailName',
  'bucketName',
  'existingBucketName',
  'filePrefix',
  'retentionDays',
  'archiveTransition',
  'kmsKeyArn',
  'enableLogFileValidation',
  'cloudWatchLogs',
  'forceDestroyBucket',
] as const;

function validateExistingTrail(id: string, props: LoginAuditPatternProps): void {
  if (props.existingTrailArn === undefined) return;
  for (const name of TRAIL_PROPS) {
    validateExclusive(`${id}.existingTrailArn`, props.existingTrailArn, `${id}.${name}`, props[name]);
  }
  if (
    !isUnresolved(props.existingTrailArn) &&
    !/^arn:aws[a-z-]*:cloudtrail:[a-z0-9-]+:\d{12}:trail\/[A-Za-z0-9._-]{3,128}$/.test(props.existingTrailArn)
  ) {
    throw new TrailWatchValidationError(
      `${id}.existingTrailArn`,
      `"${props.existingTrailArn}" is not a CloudTrail trail ARN`,
      'Give the ARN, e.g. arn:aws:cloudtrail:us-east-1:111122223333:trail/org-trail',
    );
  }
}
