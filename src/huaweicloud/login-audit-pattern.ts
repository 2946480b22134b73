import { Construct } from 'constructs';
import { LoginAlarmOptions } from '../../runtime/core/login-options';
import { NotificationEndpoint } from '../core/notification-endpoint';
import { includeParts, validatePatternTopic } from '../core/pattern-parts';
import { TrailWatchValidationError, propPath } from '../core/validation';
import { IAgency } from './agency';
import { AlertTopic, IAlertTopic } from './alert-topic';
import { AuditTracker, TrailOptions } from './audit-tracker';
import { BundledFunction, FunctionGraphRuntime } from './bundled-function';
import { CisAlarms, IncludedCisAlarmsProps } from './cis-alarms';
import { IamTraceRegion, LoginAlarm, LoginAlarmProps } from './login-alarm';
import { LogKeywordAlarm, LogKeywordAlarmProps } from './log-keyword-alarm';
import { IAuditBucket } from './secure-bucket';
import { TagEnrichment, TagEnrichmentProps, TagEnrichmentSource } from './tag-enrichment';

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

/** The login-alarm contract's options, as the Huawei Cloud `LoginAlarm` types them (its `AllowListSource`s). */
export type HuaweiLoginAlarmOptions = Pick<LoginAlarmProps, keyof LoginAlarmOptions>;

/** The login alarm's options, the tracker's options and the pattern's own: each part's props under their own names. */
export interface LoginAuditPatternProps extends HuaweiLoginAlarmOptions, TrailOptions {
  /**
   * Where the pattern is deployed. CTS records IAM sign-in traces only in this region, so the tracker, the function
   * and its trigger all live here, whatever the provider's default region is.
   */
  readonly region: IamTraceRegion;
  /**
   * Publish to this topic: an `AlertTopic`, or an existing one of `region` from `AlertTopic.fromTopicUrn` (manage
   * its subscriptions yourself).
   * @default a new AlertTopic
   */
  readonly alertTopic?: IAlertTopic;
  /** Who is alerted, through the topic created here. @default none (add subscriptions to the topic later) */
  readonly subscriptions?: readonly NotificationEndpoint[];
  /** Runtime of the pattern's functions. @default FunctionGraphRuntime.NODEJS_20_15 */
  readonly runtime?: FunctionGraphRuntime;
  /**
   * Act with this existing agency (`Agency.fromAgencyName`), both to create the CTS triggers and as the function's
   * execution agency: it needs smn:topic:publish, the CTS trigger rights (`CTS_TRIGGER_ACTIONS`) and
   * obs:object:GetObject on the `allowListSources`.
   * @default two new least-privilege agencies (see `agency` and `configurationAgency` of the pattern)
   */
  readonly agency?: IAgency;
  /**
   * Tags of the tracker and what it creates (bucket, key), of the alert topic created here and of the login alarm's
   * function. The included parts take their own `tags` (in `logKeywordAlarm`, `tagEnrichment`).
   * @default none
   */
  readonly tags?: Record<string, string>;
  /** Project id of the region. @default read by the function at run time */
  readonly projectId?: string;
  /** Also alert on WARN/ERROR lines of an LTS stream and archive them. @default not included */
  readonly logKeywordAlarm?: IncludedLogKeywordAlarmProps;
  /**
   * Also write the write events of the traces, enriched with their resources' tags, to a target LTS stream.
   * Turns on the tracker's transfer to LTS. @default not included
   */
  readonly tagEnrichment?: IncludedTagEnrichmentProps;
  /**
   * Also create the CIS monitoring pack: CTS key event notifications for the equivalents of Security Hub
   * CloudWatch.1–14, to the pattern's topic. Off by default: see docs/cis-alarms.md. @default not included
   */
  readonly cisAlarms?: IncludedCisAlarmsProps;
}

/** The pattern's optional parts, named as the props that include them. */
type IncludedParts = Pick<LoginAuditPattern, 'logKeywordAlarm' | 'tagEnrichment' | 'cisAlarms'>;

/**
 * Huawei Cloud login audit in one declaration: CTS tracker → OBS (private, encrypted, integrity-verified), an SMN
 * topic with subscriptions, and a FunctionGraph alarm with a least-privilege agency and a CTS trigger on IAM sign-in.
 */
export class LoginAuditPattern extends Construct {
  /** The region's CTS system tracker. */
  public readonly tracker: AuditTracker;
  /** The bucket of the trace files: the one given, or the one created here. */
  public readonly bucket: IAuditBucket;
  /** The topic alerts go to: the one given, or the one created here. */
  public readonly alertTopic: IAlertTopic;
  /** URN of `alertTopic`. */
  public readonly topicUrn: string;
  /** The alarm function and its CTS trigger on IAM sign-ins. */
  public readonly loginAlarm: LoginAlarm;
  /** The login alarm's function. */
  public readonly function: BundledFunction;
  /**
   * The execution agency of the login alarm's function: the one whose token its code gets (runtime rights: SMN
   * publish, reading the allow-list sources), as `role` is on AWS. The one given, or the `app_agency` created here.
   */
  public readonly agency: IAgency;
  /** Defined when `logKeywordAlarm` was given. */
  public readonly logKeywordAlarm?: LogKeywordAlarm;
  /** Defined when `tagEnrichment` was given. */
  public readonly tagEnrichment?: TagEnrichment;
  /** Defined when `cisAlarms` was given. */
  public readonly cisAlarms?: CisAlarms;
  /**
   * The configuration agency FunctionGraph creates the function's CTS triggers with (the trigger rights, kept apart
   * from the runtime rights). The one given (then the same as `agency`), or the one created here.
   */
  public readonly configurationAgency: IAgency;

  public constructor(scope: Construct, id: string, props: LoginAuditPatternProps) {
    super(scope, id);
    this.validate(props);
    // Tag enrichment reads the traces from the tracker's LTS stream.
    const transferToLts = props.transferToLts ?? (props.tagEnrichment ? true : undefined);
    this.tracker = new AuditTracker(this, 'Tracker', { ...props, transferToLts });
    this.bucket = this.tracker.auditBucket;
    this.alertTopic =
      props.alertTopic ??
      new AlertTopic(this, 'Alerts', { region: props.region, subscriptions: props.subscriptions, tags: props.tags });
    this.topicUrn = this.alertTopic.topicUrn;
    this.loginAlarm = new LoginAlarm(this, 'LoginAlarm', { ...props, alertTopic: this.alertTopic });
    this.function = this.loginAlarm.function;
    // With trigger rights the function gets two agencies; without an app_agency the code gets the agency's token.
    this.configurationAgency = props.agency ?? { agencyName: this.function.agencyName };
    this.agency = props.agency ?? { agencyName: this.function.appAgency?.name ?? this.function.agencyName };
    Object.assign(this, this.includeParts(props));
  }

  private validate(props: LoginAuditPatternProps): void {
    validatePatternTopic(this, props);
    if (props.tagEnrichment && props.transferToLts === false) {
      throw new TrailWatchValidationError(
        propPath(this, 'transferToLts'),
        'is false, but tag enrichment reads the traces from LTS',
        'Leave transferToLts out (or true) when tagEnrichment is given',
      );
    }
  }

  /** The parts whose props are given (`logKeywordAlarm`, `tagEnrichment`, `cisAlarms`), in the pattern's region. */
  private includeParts(props: LoginAuditPatternProps): IncludedParts {
    const { region, projectId, runtime } = props;
    const alertTopic = this.alertTopic;
    return includeParts<LoginAuditPatternProps, IncludedParts>(props, {
      logKeywordAlarm: (options) =>
        new LogKeywordAlarm(this, 'LogKeywordAlarm', {
          ...options,
          region,
          alertTopic,
          archiveKmsKeyId: props.kmsKeyId,
          projectId,
          runtime,
        }),
      tagEnrichment: (options) =>
        new TagEnrichment(this, 'TagEnrichment', {
          ...options,
          region,
          source: TagEnrichmentSource.ctsTracker(this.tracker.tracker),
          projectId,
          runtime,
        }),
      cisAlarms: (options) => new CisAlarms(this, 'CisAlarms', { ...options, region, alertTopic }),
    });
  }
}
