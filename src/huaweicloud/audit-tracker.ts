import { Construct } from 'constructs';
import { CtsTracker } from './generated/providers/huaweicloud/cts-tracker';
import { SecureObsBucket } from './secure-obs-bucket';
import { TrailWatchValidationError, validateExclusive } from '../core/validation';

export interface AuditTrackerProps {
  readonly region: string;
  /** Name of an existing bucket for the trace files (it must let CTS write to it). @default a new SecureObsBucket */
  readonly existingBucketName?: string;
  /** Object-name prefix of the trace files. @default "trailwatch" */
  readonly filePrefix?: string;
  /** Days trace files are kept in a new bucket. @default 180 */
  readonly retentionDays?: number;
  /** KMS key id: encrypts the trace files (CTS) and the new bucket (SSE-KMS). @default OBS default key, CTS unencrypted */
  readonly kmsKeyId?: string;
  /** Verify trace-file integrity (CTS writes digest files). @default true */
  readonly integrityVerification?: boolean;
  /** Also transfer traces to LTS (group `CTS`, stream `system-trace`), e.g. for tag enrichment. @default false */
  readonly transferToLts?: boolean;
}

/**
 * The CTS system tracker of a region, transferring traces to OBS. CTS has exactly one system tracker per region:
 * this resource configures it, and destroying it only clears the tracker's parameters (`delete_tracker` stays
 * false, so the tracker and its history remain). Declare it in one stack per region.
 */
export class AuditTracker extends Construct {
  public readonly tracker: CtsTracker;
  /** Undefined when an existing bucket was given. */
  public readonly bucket?: SecureObsBucket;
  public readonly bucketName: string;

  public constructor(scope: Construct, id: string, props: AuditTrackerProps) {
    super(scope, id);
    validateExclusive(`${id}.existingBucketName`, props.existingBucketName, `${id}.retentionDays`, props.retentionDays);
    const prefix = props.filePrefix ?? 'trailwatch';
    if (!/^[A-Za-z0-9._-]{1,64}$/.test(prefix)) {
      throw new TrailWatchValidationError(`${id}.filePrefix`, `"${prefix}" is not a valid CTS file prefix`, 'Use 1-64 letters, digits, ".", "_" or "-"');
    }
    if (props.existingBucketName) {
      this.bucketName = props.existingBucketName;
    } else {
      this.bucket = new SecureObsBucket(this, 'Bucket', { region: props.region, retentionDays: props.retentionDays, kmsKeyId: props.kmsKeyId });
      this.bucketName = this.bucket.bucketName;
    }
    this.tracker = new CtsTracker(this, 'Tracker', {
      region: props.region,
      bucketName: this.bucketName,
      filePrefix: prefix,
      validateFile: props.integrityVerification ?? true,
      kmsId: props.kmsKeyId,
      ltsEnabled: props.transferToLts ?? false,
      compressType: 'gzip',
      enabled: true,
      dependsOn: this.bucket ? [this.bucket.policy] : undefined,
    });
  }
}
