import { Fn, Token, propertyAccess } from 'cdktf';
import { Construct } from 'constructs';
import { DataOpentelekomcloudLtsGroupsV2 } from '@cdktf/provider-opentelekomcloud/lib/data-opentelekomcloud-lts-groups-v2';
import { DataOpentelekomcloudLtsStreamsV2 } from '@cdktf/provider-opentelekomcloud/lib/data-opentelekomcloud-lts-streams-v2';
import { FgsTriggerV2 } from '@cdktf/provider-opentelekomcloud/lib/fgs-trigger-v2';
import { LtsGroupV2 } from '@cdktf/provider-opentelekomcloud/lib/lts-group-v2';
import { LtsStreamV2 } from '@cdktf/provider-opentelekomcloud/lib/lts-stream-v2';
import { TagEnrichmentOptions } from '../../runtime/core/enrichment/options';
import { HuaweiCloudSettings } from '../../runtime/core/setting-names';
import { BundledHandler } from '../core/handler-asset';
import { tagConsumerSettings } from '../core/huawei-family/function-settings';
import { tagEnrichmentPartProblems, validateLtsNames } from '../core/huawei-family/part-checks';
import {
  EnrichmentTargetOptions,
  FunctionGraphOptions,
  FunctionSizeOptions,
  ResourceTagOptions,
  TagLookupOptions,
} from '../core/huawei-family/props';
import { OPEN_TELEKOM_CLOUD_TAG_READS, tagConsumerPermissions } from '../core/huawei-family/tag-permissions';
import { ltsTriggerEventData } from '../core/huawei-family/triggers';
import { uniqueResourceName } from '../core/naming';
import { TrailWatchValidationError, propPath, throwFirstProblem } from '../core/validation';
import { AuditTracker } from './audit-tracker';
import { BundledFunction, FunctionGraphRuntime, FunctionGraphTriggerType } from './bundled-function';
import { otcEndpointProblems, otcRegionProblems } from './region';

/**
 * Where the audit traces come from: an LTS stream the CTS tracker transfers to. OTC's tracker resource reports the
 * transfer's group and stream by name, so `ctsTracker` looks their ids up when the stack is applied.
 */
export class TagEnrichmentSource {
  /** An existing log group and stream (ids), e.g. the `CTS` / `system-trace` stream of the tracker's transfer. */
  public static ltsStream(logGroupId: string, logStreamId: string): TagEnrichmentSource {
    return new TagEnrichmentSource(() => ({ logGroupId, logStreamId }));
  }

  /** The LTS stream of an `AuditTracker` made with `transferToLts: true`. */
  public static ctsTracker(tracker: AuditTracker): TagEnrichmentSource {
    if (tracker.ltsLogGroupName === undefined || tracker.ltsLogStreamName === undefined) {
      throw new TrailWatchValidationError(
        propPath(tracker, 'transferToLts'),
        'the CTS tracker does not transfer traces to LTS',
        'Make the AuditTracker with transferToLts: true',
      );
    }
    const [group, stream] = [tracker.ltsLogGroupName, tracker.ltsLogStreamName];
    return new TagEnrichmentSource((scope) => {
      const groups = new DataOpentelekomcloudLtsGroupsV2(scope, 'SourceGroups', { dependsOn: [tracker.tracker] });
      const streams = new DataOpentelekomcloudLtsStreamsV2(scope, 'SourceStreams', {
        logGroupName: group,
        name: stream,
      });
      const ids = Fn.zipmap(
        Token.asList(propertyAccess(groups.groups, ['*', 'name'])),
        Token.asList(propertyAccess(groups.groups, ['*', 'id'])),
      );
      return { logGroupId: Fn.lookup(ids, group, ''), logStreamId: streams.streams.get(0).id };
    });
  }

  private constructor(
    /** The group and stream ids, with any look-up made in the consumer's scope. */
    public readonly bind: (scope: Construct) => { readonly logGroupId: string; readonly logStreamId: string },
  ) {}
}

/** Tag enrichment on OTC: the contract's options, the target stream, the look-up scope and the function. */
export interface TagEnrichmentProps
  extends
    TagEnrichmentOptions,
    EnrichmentTargetOptions,
    TagLookupOptions,
    FunctionGraphOptions<FunctionGraphRuntime>,
    FunctionSizeOptions,
    ResourceTagOptions {
  /** Region of the source stream, the function and the target stream (the provider's region). */
  readonly region: string;
  /** The LTS stream the CTS traces arrive in. */
  readonly source: TagEnrichmentSource;
  /**
   * The LTS log-reporting host. OTC documents it only as "the access IP in the ICAgent install command, port 8102";
   * set this when your region's differs. Must be https on an OTC domain.
   * @default https://lts-access.<region>.otc.t-systems.com:8102
   */
  readonly ltsIngestEndpoint?: string;
}

/**
 * The business view of CTS traces on Open Telekom Cloud: an LTS trigger on the tracker's stream runs the
 * Huawei-family consumer, which keeps write traces, reads the tags of each trace's resources (per-service tag APIs
 * of OTC's regional hosts, cached) and reports one enriched record per resource to a target LTS stream.
 */
export class TagEnrichment extends Construct {
  public readonly function: BundledFunction;
  public readonly trigger: FgsTriggerV2;
  /** Undefined when an existing target group is used. */
  public readonly targetGroup?: LtsGroupV2;
  public readonly targetStream?: LtsStreamV2;
  public readonly targetGroupId: string;
  public readonly targetStreamId: string;

  public constructor(scope: Construct, id: string, props: TagEnrichmentProps) {
    super(scope, id);
    const source = props.source.bind(this);
    this.validate(props, source);
    if (!props.existingTargetGroupId) {
      this.targetGroup = new LtsGroupV2(this, 'TargetGroup', {
        groupName: props.targetGroupName ?? uniqueResourceName(this, 64),
        ttlInDays: props.targetRetentionDays ?? 365,
        tags: props.tags,
      });
      this.targetStream = new LtsStreamV2(this, 'TargetStream', {
        groupId: this.targetGroup.id,
        streamName: props.targetStreamName ?? 'enriched-audit-events',
        tags: props.tags,
      });
    }
    this.targetGroupId = props.existingTargetGroupId ?? this.targetGroup!.id;
    this.targetStreamId = props.existingTargetStreamId ?? this.targetStream!.id;
    this.function = this.createFunction(props);
    this.trigger = this.function.addTrigger(
      'SourceTrigger',
      FunctionGraphTriggerType.LTS,
      ltsTriggerEventData(source.logGroupId, source.logStreamId),
    );
  }

  private validate(props: TagEnrichmentProps, source: { logGroupId: string; logStreamId: string }): void {
    const at = (prop: string) => propPath(this, prop);
    throwFirstProblem([
      ...tagEnrichmentPartProblems(at, this.node.path, props, source, otcRegionProblems),
      ...otcEndpointProblems(at('ltsIngestEndpoint'), props.ltsIngestEndpoint),
    ]);
    validateLtsNames(at, props);
  }

  private createFunction(props: TagEnrichmentProps): BundledFunction {
    // The agency reads the tags of the kept services only (all TrailWatch can read when none are named).
    const kept = { ...props, services: (props.services ?? []).map((s) => s.toUpperCase()) };
    return new BundledFunction(this, 'Consumer', {
      ...props,
      handler: BundledHandler.HUAWEICLOUD_TAG_ENRICHMENT,
      timeoutSeconds: props.timeoutSeconds ?? 60,
      permissions: props.agency ? undefined : tagConsumerPermissions(OPEN_TELEKOM_CLOUD_TAG_READS, kept),
      description: 'TrailWatch tag enrichment (CTS traces + resource tags -> LTS)',
      environment: {
        ...tagConsumerSettings(props, { groupId: this.targetGroupId, streamId: this.targetStreamId }, kept.services),
        ...(props.ltsIngestEndpoint ? { [HuaweiCloudSettings.LTS_INGEST_ENDPOINT]: props.ltsIngestEndpoint } : {}),
      },
    });
  }
}
