import { Construct } from 'constructs';
import { FgsTriggerV2 } from '@cdktf/provider-opentelekomcloud/lib/fgs-trigger-v2';
import { LtsGroupV2 } from '@cdktf/provider-opentelekomcloud/lib/lts-group-v2';
import { LtsStreamV2 } from '@cdktf/provider-opentelekomcloud/lib/lts-stream-v2';
import {
  KeywordAlarmOptions,
  archivePrefixOf,
  keywordAlarmEnvironment,
  keywordOptionProblems,
} from '../../runtime/core/keyword-options';
import { HUAWEI_FAMILY_ALERT_KEYWORDS } from '../../runtime/core/keyword-matcher';
import { BundledHandler } from '../core/handler-asset';
import { smnPublishSettings } from '../core/huawei-family/function-settings';
import { ltsSourceProblems, validateLtsNames } from '../core/huawei-family/part-checks';
import { keywordAlarmPermissions } from '../core/huawei-family/permissions';
import {
  AlertTopicOptions,
  ArchiveOptions,
  FunctionGraphOptions,
  FunctionSizeOptions,
  LtsSourceOptions,
  ResourceTagOptions,
} from '../core/huawei-family/props';
import { validateTopicIn } from '../core/huawei-family/smn';
import { ltsTriggerEventData } from '../core/huawei-family/triggers';
import { uniqueResourceName } from '../core/naming';
import { propPath, throwFirstProblem } from '../core/validation';
import { AlertTopic, IAlertTopic } from './alert-topic';
import { BundledFunction, FunctionGraphRuntime, FunctionGraphTriggerType } from './bundled-function';
import { otcRegionProblems } from './region';
import { IAuditBucket, SecureBucket } from './secure-bucket';

/**
 * The keyword alarm on OTC. `agency`: an existing agency needs smn:topic:publish, the LTS trigger rights,
 * obs:object:PutObject on the archive prefix (in a global and a project policy) and the KMS data-key rights of the
 * bucket's key.
 */
export interface LogKeywordAlarmProps
  extends
    KeywordAlarmOptions,
    LtsSourceOptions,
    AlertTopicOptions<IAlertTopic>,
    ArchiveOptions<IAuditBucket>,
    FunctionGraphOptions<FunctionGraphRuntime>,
    FunctionSizeOptions,
    ResourceTagOptions {
  /** Region of the log stream, the function and the topic (the provider's region). */
  readonly region: string;
}

/**
 * Alerts on keyword lines of an LTS log stream on Open Telekom Cloud: an LTS trigger runs the Huawei-family keyword
 * alarm, which matches whole words (WARN, WRN, WARNING, ERROR, ERR, FATAL by default), writes the matching lines of
 * each invocation to one new OBS object under `<prefix>/YYYY/MM/DD/…` and publishes one SMN alert per invocation.
 */
export class LogKeywordAlarm extends Construct {
  /** The watched stream: its ids, and the group and stream created here (undefined when existing ones are watched). */
  public readonly logGroupId: string;
  public readonly logStreamId: string;
  public readonly logGroup?: LtsGroupV2;
  public readonly logStream?: LtsStreamV2;
  /** Where alerts go and matching lines are archived: the ones given, or the ones created here. */
  public readonly alertTopic: IAlertTopic;
  public readonly archiveBucket: IAuditBucket;
  public readonly archivePrefix: string;
  public readonly topicUrn: string;
  public readonly archiveBucketName: string;
  public readonly function: BundledFunction;
  public readonly trigger: FgsTriggerV2;

  public constructor(scope: Construct, id: string, props: LogKeywordAlarmProps) {
    super(scope, id);
    this.validate(props);
    if (!props.existingLogGroupId) {
      this.logGroup = new LtsGroupV2(this, 'LogGroup', {
        groupName: props.logGroupName ?? uniqueResourceName(this, 64),
        ttlInDays: props.logGroupRetentionDays ?? 30,
        tags: props.tags,
      });
    }
    this.logGroupId = props.existingLogGroupId ?? this.logGroup!.id;
    if (!props.existingLogStreamId) {
      this.logStream = new LtsStreamV2(this, 'LogStream', {
        groupId: this.logGroupId,
        streamName: props.logStreamName ?? `${uniqueResourceName(this, 58)}-logs`,
        tags: props.tags,
      });
    }
    this.logStreamId = props.existingLogStreamId ?? this.logStream!.id;
    const { region, tags } = props;
    this.alertTopic =
      props.alertTopic ?? new AlertTopic(this, 'AlertTopic', { region, subscriptions: props.subscriptions, tags });
    this.topicUrn = this.alertTopic.topicUrn;
    const created = props.archiveBucket
      ? undefined
      : new SecureBucket(this, 'ArchiveBucket', { region, kmsKeyId: props.archiveKmsKeyId, tags });
    this.archiveBucket = props.archiveBucket ?? created!;
    this.archiveBucketName = this.archiveBucket.bucketName;
    this.archivePrefix = archivePrefixOf(props);
    this.function = this.createFunction(props, props.archiveKmsKeyId ?? created?.kmsKeyId);
    this.trigger = this.function.addTrigger(
      'LtsTrigger',
      FunctionGraphTriggerType.LTS,
      ltsTriggerEventData(this.logGroupId, this.logStreamId),
    );
  }

  private validate(props: LogKeywordAlarmProps): void {
    const at = (prop: string) => propPath(this, prop);
    throwFirstProblem([
      ...otcRegionProblems(at('region'), props.region),
      ...keywordOptionProblems(this.node.path, props),
      ...ltsSourceProblems(at, props),
    ]);
    validateLtsNames(at, props);
    if (props.alertTopic) validateTopicIn(at('alertTopic'), props.alertTopic, props.region);
  }

  private createFunction(props: LogKeywordAlarmProps, kmsKeyId: string | undefined): BundledFunction {
    return new BundledFunction(this, 'Function', {
      ...props,
      handler: BundledHandler.HUAWEICLOUD_LOG_KEYWORD_ALARM,
      timeoutSeconds: props.timeoutSeconds ?? 60,
      description: 'TrailWatch log keyword alarm (LTS trigger, SMN alert, OBS archive)',
      permissions: props.agency
        ? undefined
        : keywordAlarmPermissions(this.archiveBucketName, this.archivePrefix, kmsKeyId),
      environment: {
        ...keywordAlarmEnvironment(props, this.archiveBucketName, HUAWEI_FAMILY_ALERT_KEYWORDS),
        ...smnPublishSettings(this.topicUrn, props.projectId),
      },
      // A log batch the function could not handle after FunctionGraph's retries is reported, not dropped.
      failureTopicUrn: this.topicUrn,
    });
  }
}
