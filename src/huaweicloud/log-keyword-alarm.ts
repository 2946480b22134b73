import { Construct } from 'constructs';
import { AlertTopic, validateTopicUrn } from './alert-topic';
import { AgencyPermission, BundledFunctionGraph, FunctionGraphRuntime, FunctionGraphTriggerType } from './bundled-function';
import { FgsFunctionTrigger } from './generated/providers/huaweicloud/fgs-function-trigger';
import { IdentityAgency } from './generated/providers/huaweicloud/identity-agency';
import { IdentityRole } from './generated/providers/huaweicloud/identity-role';
import { LtsGroup } from './generated/providers/huaweicloud/lts-group';
import { LtsStream } from './generated/providers/huaweicloud/lts-stream';
import { SecureObsBucket } from './secure-obs-bucket';
import { BundledHandler } from '../core/handler-asset';
import { uniqueResourceName } from '../core/naming';
import { NotificationEndpoint } from '../core/notification-endpoint';
import { TrailWatchValidationError, isUnresolved, validateExclusive, validateIntegerRange, validateName } from '../core/validation';
import { KeywordAlarmOptions, archivePrefixOf, keywordAlarmEnvironment, keywordOptionProblems } from '../../runtime/core/keyword-options';
import { HuaweiCloudSettings } from '../../runtime/core/setting-names';

/**
 * What FunctionGraph needs from LTS to subscribe the function to a log stream (the FunctionGraph permissions
 * table for LTS triggers, minus the group/stream create and delete actions, which the trigger does not use).
 * Huawei's console guide asks for "LTS FullAccess" on the agency; these fine-grained actions replace it.
 */
export const LTS_TRIGGER_ACTIONS: readonly string[] = [
  'lts:groups:get',
  'lts:groups:list',
  'lts:topics:get',
  'lts:logstreams:list',
  'lts:subscriptions:create',
  'lts:subscriptions:put',
  'lts:subscriptions:delete',
];

/**
 * KMS actions OBS needs from an uploader when the bucket encrypts with SSE-KMS (the minimum set Huawei documents
 * for uploading to and downloading from encrypted buckets, without the download-only ones).
 */
export const OBS_SSE_KMS_UPLOAD_ACTIONS: readonly string[] = ['kms:cmk:get', 'kms:cmk:list', 'kms:cmk:generate', 'kms:dek:create', 'kms:dek:crypto'];

export interface LogKeywordAlarmProps extends KeywordAlarmOptions {
  /** Region of the log stream, the function and the topic. */
  readonly region: string;
  /** Watch this existing LTS log group (its id) instead of creating one. Give `existingLogStreamId` with it. */
  readonly existingLogGroupId?: string;
  /** Watch this existing LTS log stream (its id). Requires `existingLogGroupId`. */
  readonly existingLogStreamId?: string;
  /** Name of the new log group. @default a unique name from the construct path */
  readonly logGroupName?: string;
  /** Name of the new log stream. @default a unique name from the construct path */
  readonly logStreamName?: string;
  /** Days the new log group keeps logs. @default 30 */
  readonly logRetentionDays?: number;
  /** Publish to this SMN topic (its URN) instead of creating one. */
  readonly topicUrn?: string;
  /** Subscribers of the topic created here (ignored with `topicUrn`). @default none */
  readonly subscriptions?: readonly NotificationEndpoint[];
  /** Archive into this existing OBS bucket instead of creating a SecureObsBucket. */
  readonly archiveBucketName?: string;
  /**
   * KMS key id of the archive bucket's SSE-KMS encryption: the agency's KMS rights are scoped to it.
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
   * Run the function with this existing agency: nothing is granted here. It needs smn:topic:publish, the
   * LTS_TRIGGER_ACTIONS, obs:object:PutObject on the archive prefix (as a global and a project policy) and the
   * OBS_SSE_KMS_UPLOAD_ACTIONS for an encrypted bucket.
   */
  readonly existingAgencyName?: string;
}

/**
 * Alerts on keyword lines of an LTS log stream: an LTS trigger runs a FunctionGraph function that matches whole
 * words (WARN, WARNING, ERROR, ERR, FATAL by default), writes the matching lines of each invocation to one new
 * OBS object under `<prefix>/YYYY/MM/DD/…`, and publishes one SMN alert per invocation.
 */
export class LogKeywordAlarm extends Construct {
  /** Undefined when an existing log group is watched. */
  public readonly logGroup?: LtsGroup;
  /** Undefined when an existing log stream is watched. */
  public readonly logStream?: LtsStream;
  public readonly logGroupId: string;
  public readonly logStreamId: string;
  /** Undefined when `topicUrn` was given. */
  public readonly alertTopic?: AlertTopic;
  public readonly topicUrn: string;
  /** Undefined when `archiveBucketName` was given. */
  public readonly archiveBucket?: SecureObsBucket;
  public readonly archiveBucketName: string;
  public readonly archivePrefix: string;
  /** Undefined when `existingAgencyName` was given. */
  public readonly agency?: IdentityAgency;
  /** The agency's policies: SMN + LTS + KMS (project), OBS (project and global). Empty with an existing agency. */
  public readonly policies: readonly IdentityRole[];
  public readonly function: BundledFunctionGraph;
  public readonly trigger: FgsFunctionTrigger;

  public constructor(scope: Construct, id: string, props: LogKeywordAlarmProps) {
    super(scope, id);
    const [optionProblem] = keywordOptionProblems(id, props);
    if (optionProblem) throw new TrailWatchValidationError(optionProblem.field, optionProblem.problem, optionProblem.fix);
    validateExclusive(`${id}.existingLogGroupId`, props.existingLogGroupId, `${id}.logGroupName`, props.logGroupName);
    validateExclusive(`${id}.existingLogStreamId`, props.existingLogStreamId, `${id}.logStreamName`, props.logStreamName);
    validateExclusive(`${id}.topicUrn`, props.topicUrn, `${id}.subscriptions`, props.subscriptions);
    if (props.existingLogStreamId !== undefined && props.existingLogGroupId === undefined) {
      throw new TrailWatchValidationError(`${id}.existingLogStreamId`, 'an LTS trigger needs the log group of the stream too', 'Give existingLogGroupId as well');
    }
    validateName(`${id}.logGroupName`, props.logGroupName, 64);
    validateName(`${id}.logStreamName`, props.logStreamName, 64);
    validateIntegerRange(`${id}.logRetentionDays`, props.logRetentionDays, 1, 365);
    validateTopicUrn(`${id}.topicUrn`, props.topicUrn, props.region);
    if (props.archiveBucketName !== undefined && !isUnresolved(props.archiveBucketName) && !/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/.test(props.archiveBucketName)) {
      throw new TrailWatchValidationError(`${id}.archiveBucketName`, `"${props.archiveBucketName}" is not an OBS bucket name`, 'Use 3-63 lower-case letters, digits, "-" or "."');
    }
    const region = props.region;

    // Log source: new or existing group, new or existing stream (a new stream may go into an existing group).
    if (props.existingLogGroupId) {
      this.logGroupId = props.existingLogGroupId;
    } else {
      this.logGroup = new LtsGroup(this, 'LogGroup', {
        region,
        groupName: props.logGroupName ?? uniqueResourceName(this, 64),
        ttlInDays: props.logRetentionDays ?? 30,
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
      });
      this.logStreamId = this.logStream.id;
    }

    if (props.topicUrn) {
      this.topicUrn = props.topicUrn;
    } else {
      this.alertTopic = new AlertTopic(this, 'AlertTopic', { region, subscriptions: props.subscriptions });
      this.topicUrn = this.alertTopic.topicUrn;
    }
    if (props.archiveBucketName) {
      this.archiveBucketName = props.archiveBucketName;
    } else {
      this.archiveBucket = new SecureObsBucket(this, 'ArchiveBucket', { region, kmsKeyId: props.archiveKmsKeyId });
      this.archiveBucketName = this.archiveBucket.bucketName;
    }
    this.archivePrefix = archivePrefixOf(props);

    const permissions: AgencyPermission[] = [
      // SMN role-based policies are scoped by action only; the topic is fixed in the function's settings.
      { actions: ['smn:topic:publish'] },
      { actions: LTS_TRIGGER_ACTIONS },
      { actions: OBS_SSE_KMS_UPLOAD_ACTIONS, resources: props.archiveKmsKeyId ? [`KMS:*:*:KeyId:${props.archiveKmsKeyId}`] : undefined },
      { actions: ['obs:object:PutObject'], resources: [`obs:*:*:object:${this.archiveBucketName}/${this.archivePrefix}/*`] },
    ];

    this.function = new BundledFunctionGraph(this, 'Function', {
      handler: BundledHandler.HUAWEICLOUD_LOG_KEYWORD_ALARM,
      region,
      functionName: props.functionName,
      runtime: props.runtime,
      timeoutSeconds: props.timeoutSeconds ?? 60,
      memorySize: props.memorySize,
      description: 'TrailWatch log keyword alarm (LTS trigger, SMN alert, OBS archive)',
      permissions,
      existingAgencyName: props.existingAgencyName,
      environment: {
        ...keywordAlarmEnvironment(props, this.archiveBucketName),
        [HuaweiCloudSettings.REGION]: region,
        [HuaweiCloudSettings.SMN_TOPIC_URN]: this.topicUrn,
        ...(props.projectId ? { [HuaweiCloudSettings.PROJECT_ID]: props.projectId } : {}),
      },
    });
    this.agency = this.function.agency;
    this.policies = this.function.policies;
    // LTS trigger event data, per the provider's LTS trigger block and the FunctionGraph API: group and stream ids
    // (LTS still calls the stream a "topic" here).
    this.trigger = this.function.addTrigger('LtsTrigger', FunctionGraphTriggerType.LTS, {
      log_group_id: this.logGroupId,
      log_topic_id: this.logStreamId,
    });
  }
}
