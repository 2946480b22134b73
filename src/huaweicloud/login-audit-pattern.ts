import { Construct } from 'constructs';
import { Agency } from './agency';
import { SecureBucket } from './secure-bucket';
import { AlertTopic, validateTopicUrn } from './alert-topic';
import { AuditTracker } from './audit-tracker';
import { FunctionGraphRuntime } from './bundled-function';
import { HuaweiLoginAction, IamTraceRegion, LoginAlarm } from './login-alarm';
import { LogKeywordAlarm, LogKeywordAlarmProps } from './log-keyword-alarm';
import { TagEnrichment, TagEnrichmentProps, TagEnrichmentSource } from './tag-enrichment';
import { NotificationEndpoint } from '../core/notification-endpoint';
import {
  TrailWatchValidationError,
  validateAllowList,
  validateExclusive,
  validateIntegerRange,
} from '../core/validation';

/**
 * The log keyword alarm as part of the pattern, in the pattern's region: it alerts through the pattern's topic and
 * archives into a bucket of its own encrypted with the pattern's `kmsKeyId` (application log lines do not belong
 * next to the audit traces), or into the `archiveBucket` given.
 */
export type IncludedLogKeywordAlarmProps = Omit<
  LogKeywordAlarmProps,
  'region' | 'alertTopic' | 'subscriptions' | 'archiveKmsKeyId' | 'projectId' | 'runtime'
>;

/** Tag enrichment as part of the pattern: it reads the tracker's LTS transfer (turned on for it). */
export type IncludedTagEnrichmentProps = Omit<TagEnrichmentProps, 'region' | 'source' | 'projectId' | 'runtime'>;

export interface LoginAuditPatternProps {
  /**
   * Where the pattern is deployed. CTS records IAM sign-in traces only in this region, so the tracker, the function
   * and its trigger all live here, whatever the provider's default region is.
   */
  readonly region: IamTraceRegion;
  /** Source IPs (IPv4/IPv6 addresses or CIDR blocks) from which console sign-ins are expected. Required, non-empty. */
  readonly allowList: readonly string[];
  /** Who is alerted. @default none (add subscriptions to the topic later) */
  readonly subscriptions?: readonly NotificationEndpoint[];
  /** @default login, logout and loginFailed */
  readonly watchedActions?: readonly HuaweiLoginAction[];
  /** @default true */
  readonly alertOnFailedLogin?: boolean;
  /** Existing bucket for trace files. @default a new private, encrypted bucket */
  readonly existingBucketName?: string;
  /** @default "trailwatch" */
  readonly filePrefix?: string;
  /** Days trace files are kept in the new bucket. @default 180 */
  readonly retentionDays?: number;
  /** KMS key for trace files and the bucket. @default OBS default key */
  readonly kmsKeyId?: string;
  /** @default true */
  readonly integrityVerification?: boolean;
  /** Also transfer traces to LTS. @default false */
  readonly transferToLts?: boolean;
  /** Use an existing SMN topic instead of creating one. */
  readonly existingTopicUrn?: string;
  /** Use an existing agency for the function. @default a new least-privilege agency */
  readonly existingAgencyName?: string;
  /** @default FunctionGraphRuntime.NODEJS_20_15 */
  readonly functionRuntime?: FunctionGraphRuntime;
  /** Project id of the region. @default read by the function at run time */
  readonly projectId?: string;
  /** Also alert on WARN/ERROR lines of an LTS stream and archive them. @default not included */
  readonly logKeywordAlarm?: IncludedLogKeywordAlarmProps;
  /**
   * Also write the write events of the traces, enriched with their resources' tags, to a target LTS stream.
   * Turns on the tracker's transfer to LTS. @default not included
   */
  readonly tagEnrichment?: IncludedTagEnrichmentProps;
}

/**
 * Huawei Cloud login audit in one declaration: CTS tracker → OBS (private, encrypted, integrity-verified), an SMN
 * topic with subscriptions, and a FunctionGraph alarm with a least-privilege agency and a CTS trigger on IAM sign-in.
 */
export class LoginAuditPattern extends Construct {
  public readonly tracker: AuditTracker;
  /** Undefined when `existingTopicUrn` was given. */
  public readonly alertTopic?: AlertTopic;
  public readonly topicUrn: string;
  public readonly loginAlarm: LoginAlarm;
  /** Defined when `logKeywordAlarm` was given. */
  public readonly logKeywordAlarm?: LogKeywordAlarm;
  /** Defined when `tagEnrichment` was given. */
  public readonly tagEnrichment?: TagEnrichment;

  public constructor(scope: Construct, id: string, props: LoginAuditPatternProps) {
    super(scope, id);
    validateAllowList(`${id}.allowList`, props.allowList);
    validateIntegerRange(`${id}.retentionDays`, props.retentionDays, 1, 36_500);
    validateExclusive(`${id}.existingTopicUrn`, props.existingTopicUrn, `${id}.subscriptions`, props.subscriptions);
    validateTopicUrn(`${id}.existingTopicUrn`, props.existingTopicUrn, props.region);
    if (props.tagEnrichment && props.transferToLts === false) {
      throw new TrailWatchValidationError(
        `${id}.transferToLts`,
        'is false, but tag enrichment reads the traces from LTS',
        'Leave transferToLts out (or true) when tagEnrichment is given',
      );
    }
    this.tracker = new AuditTracker(this, 'Tracker', {
      region: props.region,
      bucket: props.existingBucketName
        ? SecureBucket.fromBucketName(this, 'ExistingBucket', props.existingBucketName)
        : undefined,
      filePrefix: props.filePrefix,
      retentionDays: props.retentionDays,
      kmsKeyId: props.kmsKeyId,
      integrityVerification: props.integrityVerification,
      // Tag enrichment reads the traces from the tracker's LTS stream.
      transferToLts: props.transferToLts ?? (props.tagEnrichment ? true : undefined),
    });
    if (props.existingTopicUrn) {
      this.topicUrn = props.existingTopicUrn;
    } else {
      this.alertTopic = new AlertTopic(this, 'Alerts', { region: props.region, subscriptions: props.subscriptions });
      this.topicUrn = this.alertTopic.topicUrn;
    }
    this.loginAlarm = new LoginAlarm(this, 'LoginAlarm', {
      region: props.region,
      allowList: props.allowList,
      alertTopic: this.alertTopic ?? AlertTopic.fromTopicUrn(this, 'ExistingAlerts', this.topicUrn),
      projectId: props.projectId,
      watchedActions: props.watchedActions,
      alertOnFailedLogin: props.alertOnFailedLogin,
      runtime: props.functionRuntime,
      agency: props.existingAgencyName
        ? Agency.fromAgencyName(this, 'ExistingAgency', props.existingAgencyName)
        : undefined,
    });
    if (props.logKeywordAlarm) {
      this.logKeywordAlarm = new LogKeywordAlarm(this, 'LogKeywordAlarm', {
        ...props.logKeywordAlarm,
        region: props.region,
        alertTopic: this.alertTopic ?? AlertTopic.fromTopicUrn(this, 'ExistingKeywordAlerts', this.topicUrn),
        archiveKmsKeyId: props.kmsKeyId,
        projectId: props.projectId,
        runtime: props.functionRuntime,
      });
    }
    if (props.tagEnrichment) {
      this.tagEnrichment = new TagEnrichment(this, 'TagEnrichment', {
        ...props.tagEnrichment,
        region: props.region,
        source: TagEnrichmentSource.ctsTracker(this.tracker.tracker),
        projectId: props.projectId,
        runtime: props.functionRuntime,
      });
    }
  }
}
