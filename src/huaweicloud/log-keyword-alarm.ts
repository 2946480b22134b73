import { Construct } from 'constructs';
import { IAgency } from './agency';
import { AlertTopic, IAlertTopic, validateTopicRegion } from './alert-topic';
import { AgencyPermission, BundledFunction, FunctionGraphRuntime, FunctionGraphTriggerType } from './bundled-function';
import { FgsFunctionTrigger } from './generated/providers/huaweicloud/fgs-function-trigger';
import { IdentityAgency } from './generated/providers/huaweicloud/identity-agency';
import { IdentityRole } from './generated/providers/huaweicloud/identity-role';
import { LtsGroup } from './generated/providers/huaweicloud/lts-group';
import { LtsStream } from './generated/providers/huaweicloud/lts-stream';
import { regionProblems } from './region';
import { IAuditBucket, SecureBucket } from './secure-bucket';
import { BundledHandler } from '../core/handler-asset';
import { uniqueResourceName } from '../core/naming';
import { NotificationEndpoint } from '../core/notification-endpoint';
import { propPath, throwFirstProblem, validateIntegerRange, validateName, isUnresolved } from '../core/validation';
import {
  KeywordAlarmOptions,
  archivePrefixOf,
  keywordAlarmEnvironment,
  keywordOptionProblems,
} from '../../runtime/core/keyword-options';
import { OptionProblem } from '../../runtime/core/option-problem';
import { HuaweiCloudSettings } from '../../runtime/core/setting-names';
import { HUAWEI_FAMILY_ALERT_KEYWORDS } from '../../runtime/core/keyword-matcher';
import { LTS_TRIGGER_ACTIONS, OBS_SSE_KMS_UPLOAD_ACTIONS } from '../core/huawei-family/permissions';
import { ltsSourceProblems } from '../core/huawei-family/part-checks';

// The LTS trigger and SSE-KMS upload rights are the same on Open Telekom Cloud: one table in core/huawei-family.
export { LTS_TRIGGER_ACTIONS, OBS_SSE_KMS_UPLOAD_ACTIONS } from '../core/huawei-family/permissions';

export interface LogKeywordAlarmProps extends KeywordAlarmOptions {
  /** Region of the log stream, the function and the topic. */
  readonly region: string;
  /** Watch this existing LTS log group (its id) instead of creating one. Give `existingLogStreamId` with it. @default a new log group */
  readonly existingLogGroupId?: string;
  /** Watch this existing LTS log stream (its id). Requires `existingLogGroupId`. @default a new log stream */
  readonly existingLogStreamId?: string;
  /** Name of the new log group. @default a unique name from the construct path */
  readonly logGroupName?: string;
  /** Name of the new log stream. @default a unique name from the construct path */
  readonly logStreamName?: string;
  /** Days the new log group keeps logs, 1–365. @default 30 */
  readonly logGroupRetentionDays?: number;
  /** Publish to this topic: an `AlertTopic`, or an existing one from `AlertTopic.fromTopicUrn` (same region). @default a new AlertTopic */
  readonly alertTopic?: IAlertTopic;
  /** Subscribers of the topic created when no `alertTopic` is given. @default none */
  readonly subscriptions?: readonly NotificationEndpoint[];
  /** Archive into this bucket: a `SecureBucket`, or an existing one from `SecureBucket.fromBucketName`. @default a new SecureBucket of its own */
  readonly archiveBucket?: IAuditBucket;
  /**
   * KMS key id of the archive bucket's SSE-KMS encryption: the agency's KMS rights are scoped to it, and a bucket
   * created here uses it.
   * @default the rights apply to the project's keys (the bucket's default `obs/default` key has no fixed id)
   */
  readonly archiveKmsKeyId?: string;
  /** Project id of the region, used in the SMN publish URL. @default the function's own project (runtime) */
  readonly projectId?: string;
  /** @default a unique name */
  readonly functionName?: string;
  /** @default FunctionGraphRuntime.NODEJS_20_15 */
  readonly runtime?: FunctionGraphRuntime;
  /** @default 60 */
  readonly timeoutSeconds?: number;
  /** @default 256 */
  readonly memorySize?: number;
  /**
   * Run the function with this existing agency (`Agency.fromAgencyName`): nothing is granted here. It needs
   * smn:topic:publish, the LTS_TRIGGER_ACTIONS, obs:object:PutObject on the archive prefix (as a global and a
   * project policy) and the OBS_SSE_KMS_UPLOAD_ACTIONS for an encrypted bucket.
   * @default a new agency with exactly those rights
   */
  readonly agency?: IAgency;
  /** Tags of the resources created here (log group and stream, topic, bucket, function). @default none */
  readonly tags?: Record<string, string>;
}

/**
 * Alerts on keyword lines of an LTS log stream: an LTS trigger runs a FunctionGraph function that matches whole
 * words (WARN, WRN, WARNING, ERROR, ERR, FATAL by default: Huawei's LTS examples log `[WRN]`), writes the matching lines of each invocation to one new
 * OBS object under `<prefix>/YYYY/MM/DD/…`, and publishes one SMN alert per invocation.
 */
export class LogKeywordAlarm extends Construct {
  /** Undefined when an existing log group is watched. */
  public readonly logGroup?: LtsGroup;
  /** Undefined when an existing log stream is watched. */
  public readonly logStream?: LtsStream;
  public readonly logGroupId: string;
  public readonly logStreamId: string;
  /** The topic alerts go to: the one given, or the one created here. */
  public readonly alertTopic: IAlertTopic;
  public readonly topicUrn: string;
  /** The bucket the matching lines are archived in: the one given, or the one created here. */
  public readonly archiveBucket: IAuditBucket;
  public readonly archiveBucketName: string;
  public readonly archivePrefix: string;
  /** Undefined when `agency` was given. */
  public readonly agency?: IdentityAgency;
  /** The agency's policies: SMN + LTS + KMS (project), OBS (project and global). Empty with an existing agency. */
  public readonly policies: readonly IdentityRole[];
  public readonly function: BundledFunction;
  public readonly trigger: FgsFunctionTrigger;

  public constructor(scope: Construct, id: string, props: LogKeywordAlarmProps) {
    super(scope, id);
    this.validate(props);
    const region = props.region;
    // Log source: new or existing group, new or existing stream (a new stream may go into an existing group).
    if (props.existingLogGroupId) {
      this.logGroupId = props.existingLogGroupId;
    } else {
      this.logGroup = new LtsGroup(this, 'LogGroup', {
        region,
        groupName: props.logGroupName ?? uniqueResourceName(this, 64),
        ttlInDays: props.logGroupRetentionDays ?? 30,
        tags: props.tags,
      });
      this.logGroupId = this.logGroup.id;
    }
    if (props.existingLogStreamId) {
      this.logStreamId = props.existingLogStreamId;
    } else {
      this.logStream = new LtsStream(this, 'LogStream', {
        region,
        groupId: this.logGroupId,
        streamName: props.logStreamName ?? `${uniqueResourceName(this, 58)}-logs`,
        tags: props.tags,
      });
      this.logStreamId = this.logStream.id;
    }
    this.alertTopic =
      props.alertTopic ??
      new AlertTopic(this, 'AlertTopic', { region, subscriptions: props.subscriptions, tags: props.tags });
    this.topicUrn = this.alertTopic.topicUrn;
    this.archiveBucket =
      props.archiveBucket ??
      new SecureBucket(this, 'ArchiveBucket', { region, kmsKeyId: props.archiveKmsKeyId, tags: props.tags });
    this.archiveBucketName = this.archiveBucket.bucketName;
    this.archivePrefix = archivePrefixOf(props);

    this.function = this.createFunction(props);
    this.agency = this.function.agency;
    this.policies = this.function.policies;
    // LTS trigger event data, per the provider's LTS trigger block and the FunctionGraph API: group and stream ids
    // (LTS still calls the stream a "topic" here).
    this.trigger = this.function.addTrigger('LtsTrigger', FunctionGraphTriggerType.LTS, {
      log_group_id: this.logGroupId,
      log_topic_id: this.logStreamId,
    });
  }

  private validate(props: LogKeywordAlarmProps): void {
    const at = (prop: string) => propPath(this, prop);
    const problems: OptionProblem[] = [
      ...regionProblems(at('region'), props.region),
      ...keywordOptionProblems(this.node.path, props, isUnresolved),
      ...ltsSourceProblems(at, props),
    ];
    throwFirstProblem(problems);
    validateName(at('logGroupName'), props.logGroupName, 64);
    validateName(at('logStreamName'), props.logStreamName, 64);
    validateIntegerRange(at('logGroupRetentionDays'), props.logGroupRetentionDays, 1, 365);
    if (props.alertTopic) validateTopicRegion(at('alertTopic'), props.alertTopic, props.region);
  }

  private createFunction(props: LogKeywordAlarmProps): BundledFunction {
    const permissions: AgencyPermission[] = [
      // SMN role-based policies are scoped by action only; the topic is fixed in the function's settings.
      { actions: ['smn:topic:publish'] },
      { actions: LTS_TRIGGER_ACTIONS, trigger: true },
      {
        actions: OBS_SSE_KMS_UPLOAD_ACTIONS,
        resources: props.archiveKmsKeyId ? [`KMS:*:*:KeyId:${props.archiveKmsKeyId}`] : undefined,
      },
      {
        actions: ['obs:object:PutObject'],
        resources: [`obs:*:*:object:${this.archiveBucketName}/${this.archivePrefix}/*`],
      },
    ];
    return new BundledFunction(this, 'Function', {
      handler: BundledHandler.HUAWEICLOUD_LOG_KEYWORD_ALARM,
      region: props.region,
      functionName: props.functionName,
      runtime: props.runtime,
      timeoutSeconds: props.timeoutSeconds ?? 60,
      memorySize: props.memorySize,
      description: 'TrailWatch log keyword alarm (LTS trigger, SMN alert, OBS archive)',
      permissions: props.agency ? undefined : permissions,
      agency: props.agency,
      tags: props.tags,
      // Log batches the function could not handle after FunctionGraph's retries are reported, not dropped.
      failureTopicUrn: this.topicUrn,
      environment: {
        ...keywordAlarmEnvironment(props, this.archiveBucketName, HUAWEI_FAMILY_ALERT_KEYWORDS),
        [HuaweiCloudSettings.REGION]: props.region,
        [HuaweiCloudSettings.SMN_TOPIC_URN]: this.topicUrn,
        ...(props.projectId ? { [HuaweiCloudSettings.PROJECT_ID]: props.projectId } : {}),
      },
    });
  }
}
