import { Construct } from 'constructs';
import { LoginAlarmOptions } from '../../runtime/core/login-options';
import { IAgency } from '../core/huawei-family/agency';
import {
  AlertTopicOptions,
  FunctionGraphOptions,
  PatternKeywordAlarmProps,
  PatternTagEnrichmentProps,
} from '../core/huawei-family/props';
import { propPath, throwFirstProblem } from '../core/validation';
import { loginAuditPatternProblems } from '../core/huawei-family/part-checks';
import { AlertTopic, IAlertTopic } from './alert-topic';
import { AuditTracker, AuditTrackerProps } from './audit-tracker';
import { BundledFunction, FunctionGraphRuntime } from './bundled-function';
import { CisAlarms, IncludedCisAlarmsProps } from './cis-alarms';
import { LoginAlarm } from './login-alarm';
import { LogKeywordAlarm, LogKeywordAlarmProps } from './log-keyword-alarm';
import { IamTraceRegion } from './region';
import { IAuditBucket } from './secure-bucket';
import { TagEnrichment, TagEnrichmentProps, TagEnrichmentSource } from './tag-enrichment';

/**
 * The log keyword alarm as part of the pattern, in the pattern's region: it alerts through the pattern's topic and
 * archives into a bucket of its own encrypted with the trace bucket's key, or into the `archiveBucket` given.
 */
export type IncludedLogKeywordAlarmProps = Omit<LogKeywordAlarmProps, PatternKeywordAlarmProps>;

/** Tag enrichment as part of the pattern: it reads the tracker's LTS transfer (turned on for it). */
export type IncludedTagEnrichmentProps = Omit<TagEnrichmentProps, PatternTagEnrichmentProps>;

/** The tracker options, as `AuditTracker` takes them; the pattern passes its own `region`. */
export type TrailOptions = Omit<AuditTrackerProps, 'region'>;

/** The login alarm's options, the tracker's options and the pattern's own: each part's props under their own names. */
export interface LoginAuditPatternProps
  extends
    LoginAlarmOptions,
    TrailOptions,
    AlertTopicOptions<IAlertTopic>,
    Omit<FunctionGraphOptions<FunctionGraphRuntime>, 'functionName'> {
  /**
   * Where the pattern is deployed: the region whose CTS records IAM sign-in traces (see `IamTraceRegion`). The
   * tracker, the topic, the function and its triggers all live here; the stack's OTC provider must use this region.
   */
  readonly region: IamTraceRegion;
  /** Also alert on WARN/WRN/ERROR/ERR lines of an LTS stream and archive them. @default not included */
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

/**
 * Open Telekom Cloud login audit in one declaration, the TrailWatch form of OTC's best practice "Auditing and
 * Analyzing Logins and Logouts with FunctionGraph": CTS tracker → OBS (private, SSE-KMS, TLS-only, retention), an
 * SMN topic with subscriptions, and a FunctionGraph alarm with least-privilege agencies (never Tenant
 * Administrator) and CTS triggers on IAM sign-in traces.
 */
export class LoginAuditPattern extends Construct {
  /** The project's CTS system tracker, and the bucket of its trace files (the one given, or the one created here). */
  public readonly tracker: AuditTracker;
  public readonly bucket: IAuditBucket;
  /** The topic alerts go to (the one given, or the one created here), and its URN. */
  public readonly alertTopic: IAlertTopic;
  public readonly topicUrn: string;
  public readonly loginAlarm: LoginAlarm;
  /** The login alarm's function and its agency (the configuration agency when TrailWatch made two). */
  public readonly function: BundledFunction;
  public readonly agency: IAgency;
  /** The optional parts: defined when their props were given. */
  public readonly logKeywordAlarm?: LogKeywordAlarm;
  public readonly tagEnrichment?: TagEnrichment;
  public readonly cisAlarms?: CisAlarms;

  public constructor(scope: Construct, id: string, props: LoginAuditPatternProps) {
    super(scope, id);
    throwFirstProblem(loginAuditPatternProblems((prop) => propPath(this, prop), props));
    const { region, tags } = props;
    // The tracker's props have the pattern's names; tag enrichment reads the traces from its LTS stream.
    this.tracker = new AuditTracker(this, 'Tracker', {
      ...props,
      transferToLts: props.transferToLts ?? props.tagEnrichment !== undefined,
    });
    this.bucket = this.tracker.auditBucket;
    this.alertTopic =
      props.alertTopic ?? new AlertTopic(this, 'Alerts', { region, subscriptions: props.subscriptions, tags });
    this.topicUrn = this.alertTopic.topicUrn;
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
        archiveKmsKeyId: props.kmsKeyId ?? this.tracker.bucket?.kmsKeyId,
        projectId: props.projectId,
        runtime: props.runtime,
      });
    }
    if (props.tagEnrichment) {
      this.tagEnrichment = new TagEnrichment(this, 'TagEnrichment', {
        tags,
        ...props.tagEnrichment,
        region,
        source: TagEnrichmentSource.ctsTracker(this.tracker),
        projectId: props.projectId,
        runtime: props.runtime,
      });
    }
    if (props.cisAlarms) this.cisAlarms = this.includeCisAlarms(region, props.cisAlarms);
  }

  private includeCisAlarms(region: IamTraceRegion, options: IncludedCisAlarmsProps): CisAlarms {
    return new CisAlarms(this, 'CisAlarms', { ...options, region, alertTopic: this.alertTopic });
  }
}
