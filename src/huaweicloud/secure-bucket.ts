import { Construct } from 'constructs';
import { ObsBucket } from './generated/providers/huaweicloud/obs-bucket';
import { ObsBucketPolicy } from './generated/providers/huaweicloud/obs-bucket-policy';
import { IAuditBucket, ImportedAuditBucket, retentionLifecycleRule } from '../core/huawei-family/audit-bucket';
import { tlsOnlyObsPolicy, validateObsBucketName } from '../core/huawei-family/obs';
import { uniqueResourceName } from '../core/naming';
import { propPath, throwFirstProblem, validateIntegerRange } from '../core/validation';
import { regionProblems } from './region';
import { DataHuaweicloudIdentityProjects } from './generated/providers/huaweicloud/data-huaweicloud-identity-projects';

export interface SecureBucketProps {
  readonly region: string;
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
  /** KMS key id for SSE-KMS. @default the OBS default key of the project (`obs/default`) */
  readonly kmsKeyId?: string;
  /** Allow `terraform destroy` to delete a bucket that still holds objects. @default false */
  readonly forceDestroy?: boolean;
  /** Tags of the bucket. @default none */
  readonly tags?: Record<string, string>;
}

// The audit-bucket interface, its importer, the OBS naming rules and the TLS-only policy are the same on Open
// Telekom Cloud: one definition in core/huawei-family.
export type { IAuditBucket };
export { ImportedAuditBucket, validateObsBucketName };

/**
 * A private OBS bucket with server-side encryption (SSE-KMS), versioning, a retention lifecycle and a policy
 * that refuses every request not made over TLS.
 *
 * Not here yet: OBS WORM (the bundled provider binding, 1.97.1, has no WORM attribute of `huaweicloud_obs_bucket`)
 * and server access logging (OBS delivers logs through an agency of its own, `logging.agency`).
 */
export class SecureBucket extends Construct implements IAuditBucket {
  /** An existing bucket, checked against the OBS naming rules; nothing is created or changed. */
  public static fromBucketName(scope: Construct, id: string, bucketName: string): IAuditBucket {
    return new ImportedAuditBucket(scope, id, bucketName);
  }

  public readonly bucket: ObsBucket;
  public readonly policy: ObsBucketPolicy;
  public readonly bucketName: string;

  public constructor(scope: Construct, id: string, props: SecureBucketProps) {
    super(scope, id);
    throwFirstProblem(regionProblems(propPath(this, 'region'), props.region));
    validateIntegerRange(propPath(this, 'retentionDays'), props.retentionDays, 1, 36500);
    validateObsBucketName(propPath(this, 'bucketName'), props.bucketName);
    // OBS names are global: the construct path alone would give every account the same name, so the project id
    // (unique to an account and region) completes it; 30 + 1 + 32 characters.
    const retentionDays = props.retentionDays ?? 180;
    const bucketName =
      props.bucketName ??
      `${uniqueResourceName(this, 30).toLowerCase().replace(/_/g, '-')}-${new DataHuaweicloudIdentityProjects(this, 'Project', { name: props.region }).projects.get(0).id}`;
    this.bucket = new ObsBucket(this, 'Bucket', {
      region: props.region,
      bucket: bucketName,
      acl: 'private',
      storageClass: 'STANDARD',
      versioning: true,
      encryption: true,
      sseAlgorithm: 'kms',
      kmsKeyId: props.kmsKeyId,
      forceDestroy: props.forceDestroy ?? false,
      lifecycleRule: [retentionLifecycleRule(retentionDays)],
      tags: props.tags,
    });
    this.bucketName = this.bucket.bucket;
    this.policy = new ObsBucketPolicy(this, 'TlsOnly', {
      region: props.region,
      bucket: this.bucket.bucket,
      policyFormat: 'obs',
      policy: tlsOnlyObsPolicy(this.bucket.bucket),
    });
  }
}
