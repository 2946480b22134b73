import { Construct } from 'constructs';
import { ObsBucket } from './generated/providers/huaweicloud/obs-bucket';
import { ObsBucketPolicy } from './generated/providers/huaweicloud/obs-bucket-policy';
import { uniqueResourceName } from '../core/naming';
import { TrailWatchValidationError, isUnresolved, validateIntegerRange } from '../core/validation';
import { DataHuaweicloudIdentityProjects } from './generated/providers/huaweicloud/data-huaweicloud-identity-projects';

export interface SecureObsBucketProps {
  readonly region: string;
  /**
   * Globally unique; 3-63 lower-case letters, digits, `-` and `.`.
   * @default a name from the construct path plus the region's project id, so it differs between accounts
   */
  readonly bucketName?: string;
  /** Delete objects after this many days (a lifecycle rule). @default 180 */
  readonly retentionDays?: number;
  /** KMS key id for SSE-KMS. @default the OBS default key of the project (`obs/default`) */
  readonly kmsKeyId?: string;
  /** Allow `terraform destroy` to delete a bucket that still holds objects. @default false */
  readonly forceDestroy?: boolean;
}

/**
 * A private OBS bucket with server-side encryption (SSE-KMS), versioning, a retention lifecycle and a policy
 * that refuses every request not made over TLS.
 */
export class SecureObsBucket extends Construct {
  public readonly bucket: ObsBucket;
  public readonly policy: ObsBucketPolicy;
  public readonly bucketName: string;

  public constructor(scope: Construct, id: string, props: SecureObsBucketProps) {
    super(scope, id);
    validateIntegerRange(`${id}.retentionDays`, props.retentionDays, 1, 36500);
    // OBS names are global: the construct path alone would give every account the same name, so the project id
    // (unique to an account and region) completes it; 30 + 1 + 32 characters.
    const bucketName =
      props.bucketName ??
      `${uniqueResourceName(this, 30).toLowerCase().replace(/_/g, '-')}-${new DataHuaweicloudIdentityProjects(this, 'Project', { name: props.region }).projects.get(0).id}`;
    if (!isUnresolved(bucketName) && (!/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/.test(bucketName) || /^\d+\.\d+\.\d+\.\d+$/.test(bucketName))) {
      throw new TrailWatchValidationError(`${id}.bucketName`, `"${bucketName}" is not a valid OBS bucket name`, 'Use 3-63 lower-case letters, digits, "-" or "."');
    }
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
      lifecycleRule: [
        {
          name: 'trailwatch-retention',
          enabled: true,
          expiration: [{ days: props.retentionDays ?? 180 }],
          noncurrentVersionExpiration: [{ days: 30 }],
        },
      ],
    });
    this.bucketName = this.bucket.bucket;
    this.policy = new ObsBucketPolicy(this, 'TlsOnly', {
      region: props.region,
      bucket: this.bucket.bucket,
      policyFormat: 'obs',
      policy: JSON.stringify({
        Statement: [
          {
            Sid: 'DenyInsecureTransport',
            Effect: 'Deny',
            Principal: { ID: ['*'] },
            Action: ['*'],
            Resource: [this.bucket.bucket, `${this.bucket.bucket}/*`],
            Condition: { Bool: { SecureTransport: ['false'] } },
          },
        ],
      }),
    });
  }
}
