/**
 * Props every Huawei-family cloud (Huawei Cloud, Open Telekom Cloud) accepts in the same form, grouped by what they
 * configure. Each cloud's construct props are composed of these and its own few props, so an option is declared
 * (and documented) in one place. Generic where the type is the cloud's own (its runtime enum, topic or bucket).
 */
import { NotificationEndpoint } from '../notification-endpoint';
import { IAgency } from './agency';

/** The function of a part: its name, runtime, project and identity. */
export interface FunctionGraphOptions<Runtime extends string> {
  /** @default a unique name derived from the construct path */
  readonly functionName?: string;
  /** @default the newest Node.js runtime the cloud documents (`FunctionGraphRuntime.NODEJS_20_15`) */
  readonly runtime?: Runtime;
  /** Project id of the region, used in the SMN publish and tag URLs. @default the function's own project (runtime) */
  readonly projectId?: string;
  /**
   * Run the function with this existing agency (`Agency.fromAgencyName`): nothing is granted by TrailWatch, its
   * owner grants what the part's docs list.
   * @default new least-privilege agencies (trigger rights apart from runtime rights)
   */
  readonly agency?: IAgency;
}

/** How long and how large the function of a log consumer runs. */
export interface FunctionSizeOptions {
  /** @default 60 */
  readonly timeoutSeconds?: number;
  /** @default 256 */
  readonly memorySize?: number;
}

/** Tags of what a construct creates. */
export interface ResourceTagOptions {
  /** Tags of the resources created here. @default none */
  readonly tags?: Record<string, string>;
}

/** The LTS stream a log keyword alarm watches: a new one, or an existing group and stream. */
export interface LtsSourceOptions {
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
}

/** Where a part's alerts go: a topic given, or a new one with these subscribers. */
export interface AlertTopicOptions<Topic> {
  /** Publish to this topic: an `AlertTopic`, or an existing one from `AlertTopic.fromTopicUrn` (same region). @default a new AlertTopic */
  readonly alertTopic?: Topic;
  /** Subscribers of the topic created when no `alertTopic` is given. @default none */
  readonly subscriptions?: readonly NotificationEndpoint[];
}

/** Where the keyword alarm archives matching lines. */
export interface ArchiveOptions<Bucket> {
  /** Archive into this bucket: a `SecureBucket`, or an existing one from `SecureBucket.fromBucketName`. @default a new SecureBucket of its own */
  readonly archiveBucket?: Bucket;
  /**
   * KMS key id of the archive bucket's SSE-KMS encryption: the agency's KMS rights are scoped to it, and a bucket
   * created here uses it.
   * @default the rights apply to the project's keys (or to the key of the bucket created here, where it has one)
   */
  readonly archiveKmsKeyId?: string;
}

/** The LTS stream the tag-enrichment consumer writes to: a new one, or an existing group and stream. */
export interface EnrichmentTargetOptions {
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
}

/** Whose tags the consumer reads, beyond its own project and region. */
export interface TagLookupOptions {
  /**
   * Agency in member accounts to read their tags with an "assume_role" token (the agency must delegate to this
   * account; the consumer's agency gets `iam:agencies:assume` in a global policy).
   * @default off
   */
  readonly memberAccountAgencyName?: string;
  /**
   * Other regions whose resources the consumer looks up (a multi-region tracker). The tag-API host is chosen from
   * this list, never from the trace (a trace's `region` is whatever the log line says).
   * @default only the consumer's own `region`
   */
  readonly tagRegions?: readonly string[];
  /** Ask TMS for resource types without a per-service API (needs a domain-scoped token). @default false */
  readonly tmsFallback?: boolean;
}

/** An OBS bucket for audit data. */
export interface ObsBucketOptions extends ResourceTagOptions {
  /**
   * Globally unique; 3-63 lower-case letters, digits, `-` and `.`.
   * @default a name from the construct path plus the region's project id, so it differs between accounts
   */
  readonly bucketName?: string;
  /**
   * Delete objects after this many days (a lifecycle rule); replaced or deleted versions are kept as long, so an
   * overwrite or a deletion cannot erase audit data early. @default 180
   */
  readonly retentionDays?: number;
  /** KMS key id for SSE-KMS. @default the cloud's default (see the cloud's `SecureBucket`) */
  readonly kmsKeyId?: string;
  /** Allow `terraform destroy` to delete a bucket that still holds objects. @default false */
  readonly forceDestroy?: boolean;
}

/** An SMN topic for alerts. */
export interface SmnTopicOptions extends ResourceTagOptions {
  /** @default a unique name from the construct path */
  readonly topicName?: string;
  /** @default "TrailWatch alerts" */
  readonly displayName?: string;
  /** Who receives alerts (e-mail, SMS, HTTP or HTTPS); e-mail and HTTP(S) endpoints must confirm. @default none (subscribe later with `addSubscription`) */
  readonly subscriptions?: readonly NotificationEndpoint[];
}

/** The props a login audit pattern sets on its log keyword alarm itself. */
export type PatternKeywordAlarmProps =
  'region' | 'alertTopic' | 'subscriptions' | 'archiveKmsKeyId' | 'projectId' | 'runtime';

/** The props a login audit pattern sets on its tag enrichment itself. */
export type PatternTagEnrichmentProps = 'region' | 'source' | 'projectId' | 'runtime';
