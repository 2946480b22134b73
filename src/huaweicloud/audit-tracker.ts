import { TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { CtsTracker } from './generated/providers/huaweicloud/cts-tracker';
import { KmsKey } from './generated/providers/huaweicloud/kms-key';
import { uniqueResourceName } from '../core/naming';
import { IAuditBucket, SecureBucket } from './secure-bucket';
import {
  TrailWatchValidationError,
  isUnresolved,
  propPath,
  throwFirstProblem,
  validateExclusive,
} from '../core/validation';
import { regionProblems } from './region';

export interface AuditTrackerProps {
  readonly region: string;
  /**
   * An existing bucket for the trace files (`SecureBucket.fromBucketName`); it must let CTS write to it.
   * @default a new SecureBucket
   */
  readonly bucket?: IAuditBucket;
  /** Object-name prefix of the trace files. @default "trailwatch" */
  readonly filePrefix?: string;
  /** Days trace files are kept in a new bucket. @default 180 */
  readonly retentionDays?: number;
  /** KMS key id: encrypts the trace files (CTS) and the new bucket (SSE-KMS). @default a key created for the trace files (see `customerManagedKey`), the OBS default key for the bucket */
  readonly kmsKeyId?: string;
  /**
   * Encrypt the trace files with a customer-managed key (CIS 3.5 as on AWS): `kmsKeyId`, or a key created here
   * (rotated yearly; CTS uses it through its `cts_admin_trust` agency). `false`: trace files unencrypted by CTS
   * (the bucket's own encryption still applies).
   * @default true
   */
  readonly customerManagedKey?: boolean;
  /** Verify trace-file integrity (CTS writes digest files). @default true */
  readonly integrityVerification?: boolean;
  /** Also transfer traces to LTS (group `CTS`, stream `system-trace`), e.g. for tag enrichment. @default false */
  readonly transferToLts?: boolean;
  /** Tags of the tracker and of the bucket created here. @default none */
  readonly tags?: Record<string, string>;
}

/** The tracker options as a pattern takes them: every `AuditTrackerProps` prop but `region` (the pattern's own). */
export type TrailOptions = Omit<AuditTrackerProps, 'region'>;

/**
 * The CTS system tracker of a region, transferring traces to OBS. CTS has exactly one system tracker per region:
 * this resource configures it, and destroying it only clears the tracker's parameters (`delete_tracker` stays
 * false, so the tracker and its history remain). Declare it in one stack per region.
 */
export class AuditTracker extends Construct {
  public readonly tracker: CtsTracker;
  /** The bucket created here; undefined when `bucket` was given. */
  public readonly bucket?: SecureBucket;
  /** The bucket of the trace files: the one created here or the one given. */
  public readonly auditBucket: IAuditBucket;
  public readonly bucketName: string;
  /** The key created for the trace files; undefined when `kmsKeyId` was given or `customerManagedKey` is false. */
  public readonly key?: KmsKey;
  /** The region whose system tracker this configures. */
  public readonly region: string;
  /** The key CTS encrypts the trace files with (created or given); undefined when they are not encrypted by CTS. */
  public readonly kmsKeyId?: string;

  public constructor(scope: Construct, id: string, props: AuditTrackerProps) {
    super(scope, id);
    this.region = props.region;
    throwFirstProblem(regionProblems(propPath(this, 'region'), props.region));
    validateExclusive(propPath(this, 'bucket'), props.bucket, propPath(this, 'retentionDays'), props.retentionDays);
    this.checkOnePerRegion(props.region);
    if (props.customerManagedKey === false && props.kmsKeyId !== undefined) {
      throw new TrailWatchValidationError(
        propPath(this, 'customerManagedKey'),
        'is false, but kmsKeyId gives a key',
        'Drop kmsKeyId to leave the trace files unencrypted by CTS, or leave customerManagedKey out',
      );
    }
    const prefix = props.filePrefix ?? 'trailwatch';
    if (!/^[A-Za-z0-9._-]{1,64}$/.test(prefix)) {
      throw new TrailWatchValidationError(
        propPath(this, 'filePrefix'),
        `"${prefix}" is not a valid CTS file prefix`,
        'Use 1-64 letters, digits, ".", "_" or "-"',
      );
    }
    if (!props.bucket) {
      this.bucket = new SecureBucket(this, 'Bucket', {
        region: props.region,
        retentionDays: props.retentionDays,
        kmsKeyId: props.kmsKeyId,
        tags: props.tags,
      });
    }
    this.auditBucket = props.bucket ?? this.bucket!;
    this.bucketName = this.auditBucket.bucketName;
    if (props.kmsKeyId === undefined && (props.customerManagedKey ?? true)) {
      this.key = new KmsKey(this, 'Key', {
        region: props.region,
        // Aliases are unique per project: the construct path and the region keep stacks apart.
        keyAlias: uniqueResourceName(this, 64, '-', props.region),
        keyDescription: 'Encrypts the CTS trace files (TrailWatch)',
        rotationEnabled: true,
        pendingDays: '30',
        tags: props.tags,
      });
    }
    this.kmsKeyId = props.kmsKeyId ?? this.key?.keyId;
    this.tracker = new CtsTracker(this, 'Tracker', {
      region: props.region,
      bucketName: this.bucketName,
      filePrefix: prefix,
      validateFile: props.integrityVerification ?? true,
      kmsId: this.kmsKeyId,
      ltsEnabled: props.transferToLts ?? false,
      compressType: 'gzip',
      enabled: true,
      tags: props.tags,
      dependsOn: this.bucket ? [this.bucket.policy] : undefined,
    });
  }

  /** CTS has one system tracker per region: a second one in the stack would fight the first on every apply. */
  private checkOnePerRegion(region: string): void {
    if (isUnresolved(region)) return;
    const other = TerraformStack.of(this)
      .node.findAll()
      .find((c) => c !== this && c instanceof AuditTracker && c.region === region);
    if (other) {
      throw new TrailWatchValidationError(
        propPath(this, 'region'),
        `${other.node.path} already configures the CTS system tracker of ${region} (CTS has one per region)`,
        'Declare one AuditTracker per region, or give this one another region',
      );
    }
  }
}
