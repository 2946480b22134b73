import { Construct } from 'constructs';
import { LoginAlarmOptions } from '../../runtime/core/login-options';
import { IAgency } from '../core/huawei-family/agency';
import { PatternKeywordAlarmProps, PatternTagEnrichmentProps } from '../core/huawei-family/props';
import { NotificationEndpoint } from '../core/notification-endpoint';
import { TrailWatchValidationError, propPath, validateExclusive } from '../core/validation';
import { AlertTopic, IAlertTopic } from './alert-topic';
import { AuditTracker } from './audit-tracker';
import { BundledFunction, FunctionGraphRuntime } from './bundled-function';
import { LoginAlarm } from './login-alarm';
import { LogKeywordAlarm, LogKeywordAlarmProps } from './log-keyword-alarm';
import { IamTraceRegion } from './region';
import { IAuditBucket, SecureBucket } from './secure-bucket';
import { TagEnrichment, TagEnrichmentProps, TagEnrichmentSource } from './tag-enrichment';

/**
 * The log keyword alarm as part of the pattern, in the pattern's region: it alerts through the pattern's topic and
 * archives into a bucket of its own encrypted with the trace bucket's key, or into the `archiveBucket` given.
 */
export type IncludedLogKeywordAlarmProps = Omit<LogKeywordAlarmProps, PatternKeywordAlarmProps>;

/** Tag enrichment as part of the pattern: it reads the tracker's LTS transfer (turned on for it). */
export type IncludedTagEnrichmentProps = Omit<TagEnrichmentProps, PatternTagEnrichmentProps>;

export interface LoginAuditPatternProps extends LoginAlarmOptions {
  /**
   * Where the pattern is deployed: the region whose CTS records IAM sign-in traces (see `IamTraceRegion`). The
   * tracker, the topic, the function and its triggers all live here; the stack's OTC provider must use this region.
   */
  readonly region: IamTraceRegion;
  /** Who is alerted. @default none (add subscriptions to the topic later) */
  readonly subscriptions?: readonly NotificationEndpoint[];
  /** Publish to an existing topic (`AlertTopic.fromTopicUrn`) instead of creating one. @default a new AlertTopic */
  readonly alertTopic?: IAlertTopic;
  /** An existing bucket for the trace files (`SecureBucket.fromBucketName`). @default a new private, encrypted bucket */
  readonly bucket?: IAuditBucket;
  /** @default "trailwatch" */
  readonly filePrefix?: string;
  /** Days trace files are kept in the new bucket. @default 180 */
  readonly retentionDays?: number;
  /** KMS key id of the new buckets' SSE-KMS (a key of the base project). @default a key created with the trace bucket */
  readonly kmsKeyId?: string;
  /** WORM retention of the trace files in the new bucket, in days. @default off */
  readonly wormRetentionDays?: number;
  /** Also transfer traces to LTS. @default false (true when `tagEnrichment` is given) */
  readonly transferToLts?: boolean;
  /** Run the login alarm with an existing agency (`Agency.fromAgencyName`). @default new least-privilege agencies */
  readonly agency?: IAgency;
  /** @default FunctionGraphRuntime.NODEJS_20_15 */
  readonly runtime?: FunctionGraphRuntime;
  /** Project id of the region. @default read by the functions at run time */
  readonly projectId?: string;
  /** Also alert on WARN/WRN/ERROR/ERR lines of an LTS stream and archive them. @default not included */
  readonly logKeywordAlarm?: IncludedLogKeywordAlarmProps;
  /**
   * Also write the write events of the traces, enriched with their resources' tags, to a target LTS stream.
   * Turns on the tracker's transfer to LTS. @default not included
   */
  readonly tagEnrichment?: IncludedTagEnrichmentProps;
  /** Tags of the buckets, keys and topic created here. @default none */
  readonly tags?: Record<string, string>;
}

/**
 * Open Telekom Cloud login audit in one declaration, the TrailWatch form of OTC's best practice "Auditing and
 * Analyzing Logins and Logouts with FunctionGraph": CTS tracker → OBS (private, SSE-KMS, TLS-only, retention), an
 * SMN topic with subscriptions, and a FunctionGraph alarm with least-privilege agencies (never Tenant
 * Administrator) and CTS triggers on IAM sign-in traces.
 */
export class LoginAuditPattern extends Construct {
  public readonly tracker: AuditTracker;
  /** The trace bucket created here; undefined when `bucket` was given. */
  public readonly bucket?: SecureBucket;
  public readonly alertTopic: IAlertTopic;
  public readonly loginAlarm: LoginAlarm;
  /** The login alarm's function and its agency (the configuration agency when TrailWatch made two). */
  public readonly function: BundledFunction;
  public readonly agency: IAgency;
  /** The optional parts: defined when their props were given. */
  public readonly logKeywordAlarm?: LogKeywordAlarm;
  public readonly tagEnrichment?: TagEnrichment;

  public constructor(scope: Construct, id: string, props: LoginAuditPatternProps) {
    super(scope, id);
    this.validate(props);
    const { region, tags } = props;
    // The tracker's props have the pattern's names; tag enrichment reads the traces from its LTS stream.
    this.tracker = new AuditTracker(this, 'Tracker', {
      ...props,
      transferToLts: props.transferToLts ?? props.tagEnrichment !== undefined,
    });
    this.bucket = this.tracker.bucket;
    this.alertTopic =
      props.alertTopic ?? new AlertTopic(this, 'Alerts', { region, subscriptions: props.subscriptions, tags });
    // The login alarm takes the pattern's props under the same names (errors name LoginAlarm.<prop>).
    this.loginAlarm = new LoginAlarm(this, 'LoginAlarm', { ...props, alertTopic: this.alertTopic });
    this.function = this.loginAlarm.function;
    this.agency = props.agency ?? { agencyName: this.function.agencyName };
    if (props.logKeywordAlarm) {
      this.logKeywordAlarm = new LogKeywordAlarm(this, 'LogKeywordAlarm', {
        tags,
        ...props.logKeywordAlarm,
        region,
        alertTopic: this.alertTopic,
        archiveKmsKeyId: props.kmsKeyId ?? this.bucket?.kmsKeyId,
        projectId: props.projectId,
        runtime: props.runtime,
      });
    }
    if (props.tagEnrichment) {
      this.tagEnrichment = new TagEnrichment(this, 'TagEnrichment', {
        ...props.tagEnrichment,
        region,
        source: TagEnrichmentSource.ctsTracker(this.tracker),
        projectId: props.projectId,
        runtime: props.runtime,
      });
    }
  }

  private validate(props: LoginAuditPatternProps): void {
    validateExclusive(
      propPath(this, 'alertTopic'),
      props.alertTopic,
      propPath(this, 'subscriptions'),
      props.subscriptions,
    );
    if (props.tagEnrichment && props.transferToLts === false) {
      throw new TrailWatchValidationError(
        propPath(this, 'transferToLts'),
        'is false, but tag enrichment reads the traces from LTS',
        'Leave transferToLts out (or true) when tagEnrichment is given',
      );
    }
  }
}
