import { Construct } from 'constructs';
import { CtsTrackerV3 } from '@cdktf/provider-opentelekomcloud/lib/cts-tracker-v3';
import { ctsFilePrefixProblems } from '../core/huawei-family/triggers';
import { propPath, throwFirstProblem, validateExclusive } from '../core/validation';
import { otcRegionProblems } from './region';
import { IAuditBucket, SecureBucket } from './secure-bucket';

export interface AuditTrackerProps {
  /** The tracker's region: the region of the provider it is created with (the CTS resource has no region argument). */
  readonly region: string;
  /**
   * An existing bucket for the trace files (`SecureBucket.fromBucketName`): Standard class, and its policy must let
   * CTS write to it. @default a new SecureBucket
   */
  readonly bucket?: IAuditBucket;
  /** Object-name prefix of the trace files. @default "trailwatch" */
  readonly filePrefix?: string;
  /** Days trace files are kept in a new bucket. @default 180 */
  readonly retentionDays?: number;
  /**
   * KMS key id of the new bucket's SSE-KMS. CTS on OTC cannot encrypt trace files itself (error CTS.0220, "KMS is
   * not supported"), so the bucket's encryption is what protects them. @default a key created with the bucket
   */
  readonly kmsKeyId?: string;
  /** WORM retention of the trace files in a new bucket, in days (see `SecureBucket`). @default off */
  readonly wormRetentionDays?: number;
  /** Also transfer traces to LTS (group `CTS`, stream `system-trace`), e.g. for tag enrichment. @default false */
  readonly transferToLts?: boolean;
  /** Tags of the bucket created here (OTC's CTS tracker takes none). @default none */
  readonly tags?: Record<string, string>;
}

/**
 * The CTS system tracker of a region (`cts_tracker_v3`), transferring traces to OBS. CTS has exactly one tracker,
 * `system`, per project: this resource configures it, and **destroying it deletes the tracker** (the traces stay;
 * enabling CTS again restores it). If CTS is already on, import it first:
 * `terraform import <address> system`.
 */
export class AuditTracker extends Construct {
  public readonly tracker: CtsTrackerV3;
  /** The bucket created here; undefined when `bucket` was given. */
  public readonly bucket?: SecureBucket;
  /** The bucket of the trace files: the one created here or the one given. */
  public readonly auditBucket: IAuditBucket;
  public readonly bucketName: string;
  /** The LTS log group and stream names of the transfer (`CTS`, `system-trace`); undefined without it. */
  public readonly ltsLogGroupName?: string;
  public readonly ltsLogStreamName?: string;

  public constructor(scope: Construct, id: string, props: AuditTrackerProps) {
    super(scope, id);
    validateExclusive(propPath(this, 'bucket'), props.bucket, propPath(this, 'retentionDays'), props.retentionDays);
    throwFirstProblem([
      ...otcRegionProblems(propPath(this, 'region'), props.region),
      ...ctsFilePrefixProblems(propPath(this, 'filePrefix'), props.filePrefix),
    ]);
    if (!props.bucket) {
      this.bucket = new SecureBucket(this, 'Bucket', {
        region: props.region,
        retentionDays: props.retentionDays,
        kmsKeyId: props.kmsKeyId,
        wormRetentionDays: props.wormRetentionDays,
        tags: props.tags,
      });
    }
    this.auditBucket = props.bucket ?? this.bucket!;
    this.bucketName = this.auditBucket.bucketName;
    const toLts = props.transferToLts ?? false;
    this.tracker = new CtsTrackerV3(this, 'Tracker', {
      status: 'enabled',
      bucketName: this.bucketName,
      filePrefixName: props.filePrefix ?? 'trailwatch',
      isObsCreated: false,
      isSortByService: true,
      compressType: 'gzip',
      isLtsEnabled: toLts,
      dependsOn: this.bucket ? [this.bucket.policy] : undefined,
    });
    if (toLts) [this.ltsLogGroupName, this.ltsLogStreamName] = [this.tracker.logGroupName, this.tracker.logTopicName];
  }
}
