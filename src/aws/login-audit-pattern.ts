import { TerraformProvider } from 'cdktf';
import { Construct } from 'constructs';
import { NotificationEndpoint } from '../core/notification-endpoint';
import { includeParts, validatePatternTopic } from '../core/pattern-parts';
import { TrailWatchValidationError, isUnresolved, propPath, validateExclusive } from '../core/validation';
import { AlertTopic, IAlertTopic, TopicEncryption } from './alert-topic';
import { AuditTrail, TrailOptions } from './audit-trail';
import { BundledFunction, LambdaRuntime } from './bundled-function';
import { CisAlarms, IncludedCisAlarmsProps } from './cis-alarms';
import { IExecutionRole } from './execution-role';
import { AwsLoginAlarmOptions, LoginAlarm } from './login-alarm';
import { LogKeywordAlarm, LogKeywordAlarmProps } from './log-keyword-alarm';
import { IAuditBucket } from './secure-bucket';
import { TagEnrichment, TagEnrichmentProps } from './tag-enrichment';

/**
 * The log keyword alarm as part of the pattern: it alerts through the pattern's topic and archives into a bucket of
 * its own (application log lines do not belong next to the audit trail), or into the `archiveBucket` given.
 */
export type IncludedLogKeywordAlarmProps = Omit<LogKeywordAlarmProps, 'alertTopic' | 'subscriptions' | 'provider'>;

/** Tag enrichment as part of the pattern: it reads the trail's CloudWatch Logs group (delivery is turned on for it). */
export type IncludedTagEnrichmentProps = Omit<TagEnrichmentProps, 'sourceLogGroupName' | 'provider'>;

/** The login alarm's options, the trail's options and the pattern's own: each part's props under their own names. */
export interface LoginAuditPatternProps extends AwsLoginAlarmOptions, TrailOptions {
  /**
   * An existing trail that already records management events (e.g. an organization trail): no trail or bucket is
   * created, and no trail option may be given.
   * @default a new trail
   */
  readonly existingTrailArn?: string;
  /**
   * Publish to this topic: an `AlertTopic`, or an existing one from `AlertTopic.fromTopicArn` (manage its
   * subscriptions yourself).
   * @default a new AlertTopic
   */
  readonly alertTopic?: IAlertTopic;
  /** Who is alerted, through the topic created here. @default none (add subscriptions to the topic later) */
  readonly subscriptions?: readonly NotificationEndpoint[];
  /** Encryption of the topic created here. @default TopicEncryption.awsManagedKey() */
  readonly topicEncryption?: TopicEncryption;
  /** Runtime of the pattern's functions. @default LambdaRuntime.NODEJS_24_X */
  readonly runtime?: LambdaRuntime;
  /**
   * Run the login alarm's function as this existing execution role (`ExecutionRole.fromRoleArn`); it must allow
   * what `alertTopic.publishStatements()` lists, logging, sqs:SendMessage on the dead-letter queue and reading the
   * `allowListSources`.
   * @default a new least-privilege role
   */
  readonly role?: IExecutionRole;
  /**
   * Tags of the trail and what it creates (bucket, access-log bucket, key, CloudWatch Logs group and role) and of the
   * alert topic created here. The functions, rules and queues take the provider's `default_tags`.
   * @default none
   */
  readonly tags?: Record<string, string>;
  /** Provider of the region the pattern lives in. @default the stack's default AWS provider */
  readonly provider?: TerraformProvider;
  /** Also alert on WARN/ERROR lines of a CloudWatch Logs group and archive them. @default not included */
  readonly logKeywordAlarm?: IncludedLogKeywordAlarmProps;
  /**
   * Also write the trail's write events, enriched with their resources' tags, to a target log group. Turns on the
   * trail's CloudWatch Logs delivery (with `cloudWatchLogs` options when given). @default not included
   */
  readonly tagEnrichment?: IncludedTagEnrichmentProps;
  /**
   * Also create the CIS monitoring pack (Security Hub CloudWatch.1–14) on the trail's CloudWatch Logs group, alarming
   * to the pattern's topic. Turns on the trail's CloudWatch Logs delivery; the topic needs a customer managed key
   * (`topicEncryption`). Off by default: see docs/cis-alarms.md. @default not included
   */
  readonly cisAlarms?: IncludedCisAlarmsProps;
}

/**
 * The trail options, by name. The compiler checks the record against `TrailOptions` both ways, so a trail option
 * added to `AuditTrailProps` cannot be forgotten here; it is used only to refuse them next to `existingTrailArn`.
 * `tags` stays allowed: they tag the alert topic as well.
 */
const TRAIL_OPTION_NAMES: Record<Exclude<keyof TrailOptions, 'tags'>, true> = {
  trailName: true,
  bucketName: true,
  bucket: true,
  filePrefix: true,
  retentionDays: true,
  archiveTransition: true,
  kmsKeyArn: true,
  customerManagedKey: true,
  serverAccessLogs: true,
  objectLock: true,
  enableLogFileValidation: true,
  isMultiRegionTrail: true,
  includeGlobalServiceEvents: true,
  cloudWatchLogs: true,
  forceDestroyBucket: true,
};

/** The pattern's optional parts, named as the props that include them. */
type IncludedParts = Pick<LoginAuditPattern, 'logKeywordAlarm' | 'tagEnrichment' | 'cisAlarms'>;

const TRAIL_ARN = /^arn:aws[a-z-]*:cloudtrail:[a-z0-9-]+:\d{12}:trail\/[A-Za-z0-9._-]{3,128}$/;

/**
 * AWS login audit in one declaration: a CloudTrail trail → hardened S3 bucket, an SNS alert topic with
 * subscriptions, and a Lambda alarm on console sign-in events (EventBridge, forwarded from the regions where
 * sign-ins are recorded) with a least-privilege role and a dead-letter queue.
 */
export class LoginAuditPattern extends Construct {
  /** The trail created here; undefined when `existingTrailArn` was given. */
  public readonly trail?: AuditTrail;
  /** ARN of the trail that records the sign-ins: the one created here or `existingTrailArn`. */
  public readonly trailArn: string;
  /** The trail's bucket (created or given); undefined with an existing trail. */
  public readonly bucket?: IAuditBucket;
  /** The topic alerts go to: the one given, or the one created here. */
  public readonly alertTopic: IAlertTopic;
  /** ARN of `alertTopic`. */
  public readonly topicArn: string;
  /** The alarm on console sign-ins (its rules, forwarding rules and dead-letter queues). */
  public readonly loginAlarm: LoginAlarm;
  /** The login alarm's function. */
  public readonly function: BundledFunction;
  /**
   * The execution role of the login alarm's function, the identity its code runs as (EventBridge invokes the
   * function through its resource policy: no trigger identity as on Huawei Cloud). The one given, or the one created
   * here.
   */
  public readonly role: IExecutionRole;
  /** Defined when `logKeywordAlarm` was given. */
  public readonly logKeywordAlarm?: LogKeywordAlarm;
  /** Defined when `tagEnrichment` was given. */
  public readonly tagEnrichment?: TagEnrichment;
  /** Defined when `cisAlarms` was given. */
  public readonly cisAlarms?: CisAlarms;

  public constructor(scope: Construct, id: string, props: LoginAuditPatternProps) {
    super(scope, id);
    this.validate(props);
    const provider = props.provider;
    if (props.existingTrailArn === undefined) {
      // Tag enrichment and the CIS pack read the trail's events from CloudWatch Logs.
      const cloudWatchLogs = props.cloudWatchLogs ?? (props.tagEnrichment || props.cisAlarms ? {} : undefined);
      this.trail = new AuditTrail(this, 'Trail', { ...props, cloudWatchLogs, provider });
      this.bucket = this.trail.auditBucket;
    }
    this.trailArn = this.trail?.trail.arn ?? props.existingTrailArn!;
    this.alertTopic =
      props.alertTopic ??
      new AlertTopic(this, 'Alerts', {
        subscriptions: props.subscriptions,
        encryption: props.topicEncryption,
        tags: props.tags,
        provider,
      });
    this.topicArn = this.alertTopic.topicArn;
    this.loginAlarm = new LoginAlarm(this, 'LoginAlarm', { ...props, alertTopic: this.alertTopic });
    this.function = this.loginAlarm.function;
    this.role = this.function.executionRole;
    Object.assign(this, this.includeParts(props));
  }

  private validate(props: LoginAuditPatternProps): void {
    validatePatternTopic(this, props);
    const existing = props.existingTrailArn;
    if (existing === undefined) return;
    for (const name of Object.keys(TRAIL_OPTION_NAMES) as (keyof typeof TRAIL_OPTION_NAMES)[]) {
      validateExclusive(propPath(this, 'existingTrailArn'), existing, propPath(this, name), props[name]);
    }
    if (!isUnresolved(existing) && !TRAIL_ARN.test(existing)) {
      throw new TrailWatchValidationError(
        propPath(this, 'existingTrailArn'),
        `"${existing}" is not a CloudTrail trail ARN`,
        'Give the ARN, e.g. arn:aws:cloudtrail:us-east-1:111122223333:trail/org-trail',
      );
    }
    if (props.tagEnrichment) {
      throw new TrailWatchValidationError(
        propPath(this, 'tagEnrichment'),
        'an existing trail has no CloudWatch Logs group known to the pattern',
        "Use the TagEnrichment construct on its own with the sourceLogGroupName of your trail's log group",
      );
    }
  }

  /** The parts whose props are given (`logKeywordAlarm`, `tagEnrichment`, `cisAlarms`), under the props' names. */
  private includeParts(props: LoginAuditPatternProps): IncludedParts {
    const { runtime, provider } = props;
    return includeParts<LoginAuditPatternProps, IncludedParts>(props, {
      logKeywordAlarm: (options) =>
        new LogKeywordAlarm(this, 'LogKeywordAlarm', { runtime, ...options, alertTopic: this.alertTopic, provider }),
      // validate() refuses tagEnrichment next to an existing trail, so the trail and its log group exist.
      tagEnrichment: (options) =>
        new TagEnrichment(this, 'TagEnrichment', {
          runtime,
          ...options,
          sourceLogGroupName: this.trail!.logGroup!.name,
          provider,
        }),
      cisAlarms: (options) => this.includeCisAlarms(props, options),
    });
  }

  private includeCisAlarms(props: LoginAuditPatternProps, options: IncludedCisAlarmsProps): CisAlarms {
    const logGroup = this.trail?.logGroup;
    if (!logGroup) {
      throw new TrailWatchValidationError(
        propPath(this, 'cisAlarms'),
        'an existing trail has no CloudWatch Logs group known to the pattern',
        "Use the CisAlarms construct on its own with the logGroupName of your trail's log group",
      );
    }
    // CloudWatch alarms publish as a service: they cannot use alias/aws/sns, only a customer managed key.
    if (this.alertTopic.customerManagedKeyArn === undefined) {
      throw new TrailWatchValidationError(
        propPath(this, props.alertTopic ? 'alertTopic' : 'topicEncryption'),
        'cisAlarms needs a topic under a customer managed key: CloudWatch alarms cannot publish to alias/aws/sns',
        'Give topicEncryption: TopicEncryption.customerManagedKey(keyArn), its key policy with CisAlarms.topicKeyPolicyStatements(accountId)',
      );
    }
    return new CisAlarms(this, 'CisAlarms', {
      ...options,
      logGroupName: logGroup.name,
      alertTopic: this.alertTopic,
      provider: props.provider,
    });
  }
}
