import { Construct } from 'constructs';
import { CtsTracker } from './generated/providers/huaweicloud/cts-tracker';
import { FgsFunctionTrigger } from './generated/providers/huaweicloud/fgs-function-trigger';
import { LtsGroup } from './generated/providers/huaweicloud/lts-group';
import { LtsStream } from './generated/providers/huaweicloud/lts-stream';
import { LtsStreamIndexConfiguration } from './generated/providers/huaweicloud/lts-stream-index-configuration';
import { LtsStructuringCustomConfiguration } from './generated/providers/huaweicloud/lts-structuring-custom-configuration';
import { HuaweiCloudSettings, TagEnrichmentSettings } from '../../runtime/core/setting-names';
import { tagFieldName } from '../../runtime/core/enrichment/enriched-record';
import { BundledHandler } from '../core/handler-asset';
import { uniqueResourceName } from '../core/naming';
import { TrailWatchValidationError, isUnresolved, validateIntegerRange, validateName } from '../core/validation';
import { AgencyPermission, BundledFunctionGraph, FunctionGraphRuntime, FunctionGraphTriggerType } from './bundled-function';
import { LTS_TRIGGER_ACTIONS } from './log-keyword-alarm';

/**
 * Read-only actions for the per-service tag APIs the consumer calls, by CTS service type (the role/policy-based
 * action of each service's "query" permission, which covers its tag read).
 */
export const TAG_READ_ACTIONS: Readonly<Record<string, readonly string[]>> = {
  ECS: ['ecs:cloudServers:get'],
  EVS: ['evs:volumes:get'],
  VPC: ['vpc:vpcs:get', 'vpc:subnets:get', 'vpc:securityGroups:get', 'vpc:publicIps:get'],
  EIP: ['vpc:publicIps:get'],
  ELB: ['elb:loadbalancers:get'],
  RDS: ['rds:instance:list'],
};

/** Reporting log lines to a stream (LTS policy-based actions: "Upload logs"). */
export const LTS_WRITE_ACTIONS: readonly string[] = ['lts:logs:upload'];

/** Where the audit traces come from: an LTS stream the CTS tracker transfers to. */
export class TagEnrichmentSource {
  /** An existing log group and stream (ids), e.g. the `CTS` / `system-trace` stream of the tracker's transfer. */
  public static ltsStream(logGroupId: string, logStreamId: string): TagEnrichmentSource {
    return new TagEnrichmentSource(logGroupId, logStreamId, 'ltsStream');
  }

  /** The LTS stream of a CTS tracker with `lts_enabled` (e.g. `auditTracker.tracker` with `transferToLts: true`). */
  public static ctsTracker(tracker: CtsTracker): TagEnrichmentSource {
    if (tracker.ltsEnabledInput === false) {
      throw new TrailWatchValidationError('source', 'the CTS tracker does not transfer traces to LTS', 'Set lts_enabled on the tracker (AuditTracker: transferToLts: true)');
    }
    return new TagEnrichmentSource(tracker.groupId, tracker.streamId, 'ctsTracker');
  }

  private constructor(
    public readonly logGroupId: string,
    public readonly logStreamId: string,
    public readonly kind: string,
  ) {}
}

export interface TagEnrichmentProps {
  /** Region of the source stream, the function and the target stream. */
  readonly region: string;
  readonly source: TagEnrichmentSource;
  /** @default a unique name */
  readonly targetGroupName?: string;
  /** @default "enriched-audit-events" */
  readonly targetStreamName?: string;
  /** Days LTS keeps enriched records, 1–365. @default 365 */
  readonly targetRetentionDays?: number;
  /** Write to an existing log group (id) instead; give `existingTargetStreamId` with it. */
  readonly existingTargetGroupId?: string;
  readonly existingTargetStreamId?: string;
  /**
   * JSON structuring and an index on the key fields and the `tag_<key>` fields of these tag keys, so people can
   * query by tag. @default true for a created stream, false for an existing one (one index configuration per stream)
   */
  readonly indexing?: boolean;
  /** Tag keys indexed as `tag_<key>` fields. @default ["Project"] */
  readonly businessTagKeys?: readonly string[];
  /** CTS service types to keep, e.g. `["ECS", "EVS"]`; also limits the tag-read permissions. @default all */
  readonly services?: readonly string[];
  /** @default true */
  readonly writeUntaggedEvents?: boolean;
  /** 0–3600 s. @default 300 */
  readonly cacheTtlSeconds?: number;
  /** @default 20 */
  readonly maxResourcesPerEvent?: number;
  /**
   * Agency in member accounts to read their tags with an "assume_role" token (see the README: the agency must
   * delegate to this account; the consumer's agency gets `iam:agencies:assume` in a global policy). @default off
   */
  readonly memberAccountAgencyName?: string;
  /** Ask TMS for resource types without a per-service API (needs a domain-scoped token; see README). @default false */
  readonly tmsFallback?: boolean;
  /** Project of the function. @default the function's own project (FunctionGraph runtime) */
  readonly projectId?: string;
  /** Use an existing agency: nothing is granted by TrailWatch. */
  readonly existingAgencyName?: string;
  /** @default a unique name */
  readonly functionName?: string;
  readonly runtime?: FunctionGraphRuntime;
  /** @default 256 */
  readonly memorySize?: number;
  /** @default 60 */
  readonly timeoutSeconds?: number;
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
  public readonly function: BundledFunctionGraph;
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
    validateProps(id, props);
    const region = props.region;
    const tagKeys = props.businessTagKeys ?? ['Project'];

    if (props.existingTargetGroupId && props.existingTargetStreamId) {
      this.targetGroupId = props.existingTargetGroupId;
      this.targetStreamId = props.existingTargetStreamId;
    } else {
      this.targetGroup = new LtsGroup(this, 'TargetGroup', {
        region,
        groupName: props.targetGroupName ?? uniqueResourceName(this, 64),
        ttlInDays: props.targetRetentionDays ?? 365,
      });
      this.targetStream = new LtsStream(this, 'TargetStream', {
        region,
        groupId: this.targetGroup.id,
        streamName: props.targetStreamName ?? 'enriched-audit-events',
      });
      this.targetGroupId = this.targetGroup.id;
      this.targetStreamId = this.targetStream.id;
    }

    if (props.indexing ?? this.targetStream !== undefined) {
      const fields = [...KEY_FIELDS, ...tagKeys.map((k): [string, string, 'string'] => [tagFieldName(k), 'example', 'string'])];
      const sample: Record<string, unknown> = Object.fromEntries(fields.map(([name, value, type]) => [name, type === 'long' ? Number(value) : value]));
      this.structuring = new LtsStructuringCustomConfiguration(this, 'Structuring', {
        region,
        logGroupId: this.targetGroupId,
        logStreamId: this.targetStreamId,
        // JSON structuring: LTS extracts the listed top-level fields from every line.
        content: JSON.stringify(sample),
        layers: 1,
        demoFields: fields.map(([name, value, type]) => ({ fieldName: name, content: value, type, isAnalysis: true })),
      });
      this.index = new LtsStreamIndexConfiguration(this, 'Index', {
        region,
        groupId: this.targetGroupId,
        streamId: this.targetStreamId,
        fullTextIndex: { enable: true, caseSensitive: false, includeChinese: true },
        fields: fields.map(([name, , type]) => ({ fieldName: name, fieldType: type, quickAnalysis: true, caseSensitive: false })),
        dependsOn: [this.structuring],
      });
    }

    const services = (props.services ?? []).map((s) => s.toUpperCase());
    const readServices = services.length > 0 ? services.filter((s) => TAG_READ_ACTIONS[s]) : Object.keys(TAG_READ_ACTIONS);
    const tagReads = [...new Set(readServices.flatMap((s) => TAG_READ_ACTIONS[s]))];
    const permissions: AgencyPermission[] = [
      { actions: LTS_TRIGGER_ACTIONS },
      { actions: LTS_WRITE_ACTIONS },
      ...(tagReads.length > 0 ? [{ actions: tagReads }] : []),
      ...(props.tmsFallback ? [{ actions: ['tms:resourceTags:list'] }] : []),
      // Member accounts: the consumer exchanges its token for one of the member's agency (IAM, a global service).
      ...(props.memberAccountAgencyName ? [{ actions: ['iam:agencies:assume'], global: true }] : []),
    ];

    this.function = new BundledFunctionGraph(this, 'Consumer', {
      handler: BundledHandler.HUAWEICLOUD_TAG_ENRICHMENT,
      region,
      functionName: props.functionName,
      runtime: props.runtime,
      memorySize: props.memorySize ?? 256,
      timeoutSeconds: props.timeoutSeconds ?? 60,
      existingAgencyName: props.existingAgencyName,
      permissions,
      description: 'TrailWatch tag enrichment (CTS traces + resource tags -> LTS)',
      environment: {
        [HuaweiCloudSettings.REGION]: region,
        ...(props.projectId ? { [HuaweiCloudSettings.PROJECT_ID]: props.projectId } : {}),
        [TagEnrichmentSettings.TARGET_LOG_GROUP]: this.targetGroupId,
        [TagEnrichmentSettings.TARGET_LOG_STREAM]: this.targetStreamId,
        [TagEnrichmentSettings.SERVICES]: services.join(','),
        [TagEnrichmentSettings.WRITE_UNTAGGED]: String(props.writeUntaggedEvents ?? true),
        [TagEnrichmentSettings.CACHE_TTL_SECONDS]: String(props.cacheTtlSeconds ?? 300),
        [TagEnrichmentSettings.MAX_RESOURCES_PER_EVENT]: String(props.maxResourcesPerEvent ?? 20),
        [TagEnrichmentSettings.MEMBER_ROLE_NAME]: props.memberAccountAgencyName ?? '',
        [TagEnrichmentSettings.TMS_FALLBACK]: String(props.tmsFallback ?? false),
      },
    });
    // LTS trigger event data: group and stream ids (LTS still calls the stream a "topic" here).
    this.trigger = this.function.addTrigger('SourceTrigger', FunctionGraphTriggerType.LTS, {
      log_group_id: props.source.logGroupId,
      log_topic_id: props.source.logStreamId,
    });
  }
}

function validateProps(id: string, props: TagEnrichmentProps): void {
  if (Boolean(props.existingTargetGroupId) !== Boolean(props.existingTargetStreamId)) {
    throw new TrailWatchValidationError(`${id}.existingTargetStreamId`, 'an existing target needs both its log group id and its stream id', 'Give existingTargetGroupId and existingTargetStreamId together');
  }
  if (props.existingTargetGroupId && (props.targetGroupName || props.targetStreamName || props.targetRetentionDays !== undefined)) {
    throw new TrailWatchValidationError(`${id}.existingTargetGroupId`, 'cannot be combined with targetGroupName, targetStreamName or targetRetentionDays', 'Either name a new target or pass an existing one');
  }
  const { logGroupId, logStreamId } = props.source;
  if (
    !isUnresolved(logStreamId) &&
    (logStreamId === props.existingTargetStreamId || (props.existingTargetStreamId === undefined && logGroupId === props.existingTargetGroupId))
  ) {
    throw new TrailWatchValidationError(`${id}.existingTargetStreamId`, 'is the source stream, so every record would trigger the consumer again', 'Write to a separate stream');
  }
  validateName(`${id}.targetGroupName`, props.targetGroupName, 64);
  validateName(`${id}.targetStreamName`, props.targetStreamName, 64);
  validateIntegerRange(`${id}.targetRetentionDays`, props.targetRetentionDays, 1, 365);
  validateIntegerRange(`${id}.cacheTtlSeconds`, props.cacheTtlSeconds, 0, 3600);
  validateIntegerRange(`${id}.maxResourcesPerEvent`, props.maxResourcesPerEvent, 1, 100);
  (props.services ?? []).forEach((service, i) => {
    if (!/^[A-Za-z][A-Za-z0-9_-]*$/.test(service)) {
      throw new TrailWatchValidationError(`${id}.services[${i}]`, `"${service}" is not a CTS service type`, 'Use the service type CTS records, e.g. "ECS", "EVS", "VPC"');
    }
  });
  (props.businessTagKeys ?? []).forEach((key, i) => {
    if (key.trim() === '' || key.length > 128) {
      throw new TrailWatchValidationError(`${id}.businessTagKeys[${i}]`, `"${key}" is not a tag key`, 'Give a tag key of 1 to 128 characters, e.g. "Project"');
    }
  });
  if (props.memberAccountAgencyName !== undefined && !/^[A-Za-z0-9_.-]{1,64}$/.test(props.memberAccountAgencyName)) {
    throw new TrailWatchValidationError(`${id}.memberAccountAgencyName`, `"${props.memberAccountAgencyName}" is not an agency name`, 'Give the agency name in the member accounts, e.g. "trailwatch_tag_reader"');
  }
}
