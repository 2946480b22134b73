import { Construct } from 'constructs';
import { CtsTracker } from './generated/providers/huaweicloud/cts-tracker';
import { FgsFunctionTrigger } from './generated/providers/huaweicloud/fgs-function-trigger';
import { LtsGroup } from './generated/providers/huaweicloud/lts-group';
import { LtsStream } from './generated/providers/huaweicloud/lts-stream';
import { LtsStreamIndexConfiguration } from './generated/providers/huaweicloud/lts-stream-index-configuration';
import { LtsStructuringCustomConfiguration } from './generated/providers/huaweicloud/lts-structuring-custom-configuration';
import { tagFieldName } from '../../runtime/core/enrichment/enriched-record';
import { TagEnrichmentOptions, businessTagKeysOf } from '../../runtime/core/enrichment/options';
import { HuaweiCloudSettings } from '../../runtime/core/setting-names';
import { BundledHandler } from '../core/handler-asset';
import { uniqueResourceName } from '../core/naming';
import {
  TrailWatchValidationError,
  propPath,
  throwFirstProblem,
  validateIntegerRange,
  validateName,
} from '../core/validation';
import { tagConsumerSettings } from '../core/huawei-family/function-settings';
import { tagEnrichmentPartProblems } from '../core/huawei-family/part-checks';
import { HUAWEI_CLOUD_TAG_READS, tagConsumerPermissions, tagReadActions } from '../core/huawei-family/tag-permissions';
import { IAgency } from './agency';
import { BundledFunction, FunctionGraphRuntime, FunctionGraphTriggerType } from './bundled-function';
import { regionProblems } from './region';

/**
 * The IAM action of each per-service tag API the consumer calls (the keys of `HUAWEI_TAG_APIS` in
 * runtime/huaweicloud/tags.ts), as Huawei's policy-based authorization tables list it for that `GET …/tags` call.
 * The table lives in core/huawei-family, beside Open Telekom Cloud's.
 * @internal
 */
export const TAG_API_READ_ACTIONS: Readonly<Record<string, string>> = HUAWEI_CLOUD_TAG_READS.apiActions;

/** Read-only tag actions by CTS service type: what the consumer's agency gets for the `services` it keeps. @internal */
export const TAG_READ_ACTIONS: Readonly<Record<string, readonly string[]>> = tagReadActions(HUAWEI_CLOUD_TAG_READS);

export { LTS_WRITE_ACTIONS, TMS_READ_ACTIONS } from '../core/huawei-family/permissions';

/** Where the audit traces come from: an LTS stream the CTS tracker transfers to. */
export class TagEnrichmentSource {
  /** An existing log group and stream (ids), e.g. the `CTS` / `system-trace` stream of the tracker's transfer. */
  public static ltsStream(logGroupId: string, logStreamId: string): TagEnrichmentSource {
    return new TagEnrichmentSource(logGroupId, logStreamId, 'ltsStream');
  }

  /** The LTS stream of a CTS tracker with `lts_enabled` (e.g. `auditTracker.tracker` with `transferToLts: true`). */
  public static ctsTracker(tracker: CtsTracker): TagEnrichmentSource {
    if (tracker.ltsEnabledInput === false) {
      throw new TrailWatchValidationError(
        `${tracker.node.path}.ltsEnabled`,
        'the CTS tracker does not transfer traces to LTS',
        'Set lts_enabled on the tracker (AuditTracker: transferToLts: true)',
      );
    }
    return new TagEnrichmentSource(tracker.groupId, tracker.streamId, 'ctsTracker');
  }

  private constructor(
    public readonly logGroupId: string,
    public readonly logStreamId: string,
    public readonly kind: string,
  ) {}
}

export interface TagEnrichmentProps extends TagEnrichmentOptions {
  /** Region of the source stream, the function and the target stream. */
  readonly region: string;
  /** The LTS stream the CTS traces arrive in. */
  readonly source: TagEnrichmentSource;
  /** Name of the created target log group. @default a unique name */
  readonly targetGroupName?: string;
  /** Name of the created target log stream. @default "enriched-audit-events" */
  readonly targetStreamName?: string;
  /** Days LTS keeps enriched records, 1–365. @default 365 */
  readonly targetRetentionDays?: number;
  /** Write to an existing log group (id) instead; give `existingTargetStreamId` with it. @default a new log group */
  readonly existingTargetGroupId?: string;
  /** The existing target stream (id); give `existingTargetGroupId` with it. @default a new log stream */
  readonly existingTargetStreamId?: string;
  /**
   * JSON structuring and an index on the key fields and the `tag_<key>` fields of the `businessTagKeys`, so people
   * can query by tag. @default true for a created stream, false for an existing one (one index configuration per stream)
   */
  readonly indexing?: boolean;
  /**
   * Agency in member accounts to read their tags with an "assume_role" token (see the README: the agency must
   * delegate to this account; the consumer's agency gets `iam:agencies:assume` in a global policy).
   * @default off
   */
  readonly memberAccountAgencyName?: string;
  /**
   * Other regions whose resources the consumer looks up (a multi-region tracker). The tag-API host is chosen from
   * this list, never from the trace (a trace's `region` is whatever the log line says). Only resources of member
   * accounts (`memberAccountAgencyName`) are read in another region: each region has its own project, and the
   * function's agency token is scoped to its own, so resources of this account in other regions are refused
   * (logged and counted as `crossRegionRefs`).
   * @default only the consumer's own `region`
   */
  readonly tagRegions?: readonly string[];
  /** Ask TMS for resource types without a per-service API (needs a domain-scoped token; see README). @default false */
  readonly tmsFallback?: boolean;
  /** Project of the function. @default the function's own project (FunctionGraph runtime) */
  readonly projectId?: string;
  /**
   * Run the function with this existing agency (`Agency.fromAgencyName`): nothing is granted by TrailWatch.
   * @default a new agency with the LTS trigger, LTS upload and tag-read rights
   */
  readonly agency?: IAgency;
  /** @default a unique name */
  readonly functionName?: string;
  /** @default FunctionGraphRuntime.NODEJS_20_15 */
  readonly runtime?: FunctionGraphRuntime;
  /** @default 256 */
  readonly memorySize?: number;
  /** @default 60 */
  readonly timeoutSeconds?: number;
  /** Tags of the resources created here (target log group and stream, function). @default none */
  readonly tags?: Record<string, string>;
}

/** The key fields of an enriched record, with a sample value and LTS type (used for structuring and the index). */
const KEY_FIELDS: readonly [name: string, sample: string, type: 'string' | 'long'][] = [
  ['eventId', '4abc3a67-b773-11e6-8412-8f0ed3cc97c6', 'string'],
  ['eventTime', '2024-05-01T12:00:00.000Z', 'string'],
  ['eventName', 'stopServer', 'string'],
  ['service', 'ECS', 'string'],
  ['actor', 'alice', 'string'],
  ['actorType', 'user', 'string'],
  ['sourceIp', '203.0.113.7', 'string'],
  ['outcome', 'success', 'string'],
  ['resourceId', '42d39b4a-19b7-4ee2-b01b-a9f1353b4c54', 'string'],
  ['resourceType', 'ecs', 'string'],
  ['resourceName', 'web-1', 'string'],
  ['resourceCount', '1', 'long'],
  ['tagStatus', 'found', 'string'],
];

/**
 * The business view of CTS traces on Huawei Cloud: an LTS trigger on the tracker's stream runs a FunctionGraph
 * consumer that keeps write traces, reads the tags of each trace's resources (per-service tag APIs, cached) and
 * reports one enriched record per resource to a target LTS stream, structured and indexed by tag fields.
 */
export class TagEnrichment extends Construct {
  public readonly function: BundledFunction;
  public readonly trigger: FgsFunctionTrigger;
  /** Undefined when an existing target group is used. */
  public readonly targetGroup?: LtsGroup;
  public readonly targetStream?: LtsStream;
  public readonly targetGroupId: string;
  public readonly targetStreamId: string;
  public readonly structuring?: LtsStructuringCustomConfiguration;
  public readonly index?: LtsStreamIndexConfiguration;

  public constructor(scope: Construct, id: string, props: TagEnrichmentProps) {
    super(scope, id);
    this.validate(props);
    if (props.existingTargetGroupId && props.existingTargetStreamId) {
      this.targetGroupId = props.existingTargetGroupId;
      this.targetStreamId = props.existingTargetStreamId;
    } else {
      this.targetGroup = new LtsGroup(this, 'TargetGroup', {
        region: props.region,
        groupName: props.targetGroupName ?? uniqueResourceName(this, 64),
        ttlInDays: props.targetRetentionDays ?? 365,
        tags: props.tags,
      });
      this.targetStream = new LtsStream(this, 'TargetStream', {
        region: props.region,
        groupId: this.targetGroup.id,
        streamName: props.targetStreamName ?? 'enriched-audit-events',
        tags: props.tags,
      });
      this.targetGroupId = this.targetGroup.id;
      this.targetStreamId = this.targetStream.id;
    }
    if (props.indexing ?? this.targetStream !== undefined) {
      [this.structuring, this.index] = this.indexTarget(props.region, businessTagKeysOf(props));
    }
    this.function = this.createFunction(props);
    // LTS trigger event data: group and stream ids (LTS still calls the stream a "topic" here).
    this.trigger = this.function.addTrigger('SourceTrigger', FunctionGraphTriggerType.LTS, {
      log_group_id: props.source.logGroupId,
      log_topic_id: props.source.logStreamId,
    });
  }

  private validate(props: TagEnrichmentProps): void {
    const at = (prop: string) => propPath(this, prop);
    const problems = tagEnrichmentPartProblems(at, this.node.path, props, props.source, regionProblems);
    throwFirstProblem(problems);
    validateName(at('targetGroupName'), props.targetGroupName, 64);
    validateName(at('targetStreamName'), props.targetStreamName, 64);
    validateIntegerRange(at('targetRetentionDays'), props.targetRetentionDays, 1, 365);
  }

  private indexTarget(
    region: string,
    tagKeys: readonly string[],
  ): [LtsStructuringCustomConfiguration, LtsStreamIndexConfiguration] {
    const fields = [
      ...KEY_FIELDS,
      ...tagKeys.map((k): [string, string, 'string'] => [tagFieldName(k), 'example', 'string']),
    ];
    const sample: Record<string, unknown> = Object.fromEntries(
      fields.map(([name, value, type]) => [name, type === 'long' ? Number(value) : value]),
    );
    const structuring = new LtsStructuringCustomConfiguration(this, 'Structuring', {
      region,
      logGroupId: this.targetGroupId,
      logStreamId: this.targetStreamId,
      // JSON structuring: LTS extracts the listed top-level fields from every line.
      content: JSON.stringify(sample),
      layers: 1,
      demoFields: fields.map(([name, value, type]) => ({ fieldName: name, content: value, type, isAnalysis: true })),
    });
    const index = new LtsStreamIndexConfiguration(this, 'Index', {
      region,
      groupId: this.targetGroupId,
      streamId: this.targetStreamId,
      fullTextIndex: { enable: true, caseSensitive: false, includeChinese: true },
      fields: fields.map(([name, , type]) => ({
        fieldName: name,
        fieldType: type,
        quickAnalysis: true,
        caseSensitive: false,
      })),
      dependsOn: [structuring],
    });
    return [structuring, index];
  }

  private createFunction(props: TagEnrichmentProps): BundledFunction {
    const services = (props.services ?? []).map((s) => s.toUpperCase());
    return new BundledFunction(this, 'Consumer', {
      handler: BundledHandler.HUAWEICLOUD_TAG_ENRICHMENT,
      region: props.region,
      functionName: props.functionName,
      runtime: props.runtime,
      memorySize: props.memorySize ?? 256,
      timeoutSeconds: props.timeoutSeconds ?? 60,
      agency: props.agency,
      tags: props.tags,
      permissions: props.agency ? undefined : tagConsumerPermissions(HUAWEI_CLOUD_TAG_READS, { ...props, services }),
      description: 'TrailWatch tag enrichment (CTS traces + resource tags -> LTS)',
      environment: {
        [HuaweiCloudSettings.REGION]: props.region,
        ...tagConsumerSettings(props, { groupId: this.targetGroupId, streamId: this.targetStreamId }, services),
      },
    });
  }
}
