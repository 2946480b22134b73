import { Construct } from 'constructs';
import { DataOpentelekomcloudIdentityProjectV3 } from '@cdktf/provider-opentelekomcloud/lib/data-opentelekomcloud-identity-project-v3';
import { KmsKeyV1 } from '@cdktf/provider-opentelekomcloud/lib/kms-key-v1';
import { ObsBucket } from '@cdktf/provider-opentelekomcloud/lib/obs-bucket';
import { ObsBucketPolicy } from '@cdktf/provider-opentelekomcloud/lib/obs-bucket-policy';
import { IAuditBucket, ImportedAuditBucket, retentionLifecycleRule } from '../core/huawei-family/audit-bucket';
import { tlsOnlyObsPolicy, validateObsBucketName } from '../core/huawei-family/obs';
import { ObsBucketOptions } from '../core/huawei-family/props';
import { uniqueResourceName } from '../core/naming';
import {
  TrailWatchValidationError,
  isUnresolved,
  propPath,
  throwFirstProblem,
  validateIntegerRange,
} from '../core/validation';
import { otcRegionProblems } from './region';

export type { IAuditBucket };

/**
 * An OTC bucket's props. `kmsKeyId`: OTC's OBS encrypts only with KMS keys of the region's base project (`eu-de`,
 * not `eu-de_<name>`); without one, a key is created here (rotated yearly), since OTC's SSE needs a key id.
 */
export interface SecureBucketProps extends ObsBucketOptions {
  /** The bucket's region (OBS buckets are the only OTC resources that take one of their own). */
  readonly region: string;
  /**
   * Write-once retention (OBS WORM, compliance mode) of every new object, in days: nobody, the account included,
   * can delete or overwrite it earlier. At most `retentionDays`. @default off
   */
  readonly wormRetentionDays?: number;
}

/**
 * A private, Standard-class OBS bucket on Open Telekom Cloud with SSE-KMS, versioning, a retention lifecycle,
 * optional WORM retention and a policy that refuses every request not made over TLS.
 */
export class SecureBucket extends Construct implements IAuditBucket {
  public readonly bucketName: string;
  /** The key the bucket encrypts with (given or created), and the key created here (undefined when given). */
  public readonly kmsKeyId: string;
  public readonly key?: KmsKeyV1;
  public readonly bucket: ObsBucket;
  public readonly policy: ObsBucketPolicy;

  /** An existing bucket, checked against the OBS naming rules; nothing is created or changed. */
  public static fromBucketName(scope: Construct, id: string, bucketName: string): IAuditBucket {
    return new ImportedAuditBucket(scope, id, bucketName);
  }

  public constructor(scope: Construct, id: string, props: SecureBucketProps) {
    super(scope, id);
    this.validate(props);
    if (props.kmsKeyId === undefined) {
      this.key = new KmsKeyV1(this, 'Key', {
        keyAlias: uniqueResourceName(this, 64, '-', props.region),
        keyDescription: 'Encrypts an audit bucket (TrailWatch)',
        rotationEnabled: true,
        rotationInterval: 365,
        pendingDays: '30',
        tags: props.tags,
      });
    }
    this.kmsKeyId = props.kmsKeyId ?? this.key!.id;
    this.bucket = new ObsBucket(this, 'Bucket', {
      region: props.region,
      bucket: props.bucketName ?? this.defaultName(props.region),
      acl: 'private',
      // CTS delivers only to Standard buckets.
      storageClass: 'STANDARD',
      versioning: true,
      serverSideEncryption: { algorithm: 'kms', kmsKeyId: this.kmsKeyId },
      wormPolicy: props.wormRetentionDays !== undefined ? { days: props.wormRetentionDays } : undefined,
      forceDestroy: props.forceDestroy ?? false,
      lifecycleRule: [retentionLifecycleRule(props.retentionDays ?? 180)],
      tags: props.tags,
    });
    this.bucketName = this.bucket.bucket;
    this.policy = new ObsBucketPolicy(this, 'TlsOnly', {
      bucket: this.bucketName,
      policy: tlsOnlyObsPolicy(this.bucketName),
    });
  }

  /** OBS names are global: the project id (unique to an account and region) completes the construct path's name. */
  private defaultName(region: string): string {
    const project = new DataOpentelekomcloudIdentityProjectV3(this, 'Project', { name: region });
    return `${uniqueResourceName(this, 30).toLowerCase().replace(/_/g, '-')}-${project.id}`;
  }

  private validate(props: SecureBucketProps): void {
    throwFirstProblem(otcRegionProblems(propPath(this, 'region'), props.region));
    validateIntegerRange(propPath(this, 'retentionDays'), props.retentionDays, 1, 36500);
    validateIntegerRange(propPath(this, 'wormRetentionDays'), props.wormRetentionDays, 1, 36500);
    validateObsBucketName(propPath(this, 'bucketName'), props.bucketName);
    const [worm, retention] = [props.wormRetentionDays, props.retentionDays ?? 180];
    if (worm !== undefined && !isUnresolved(worm) && worm > retention) {
      throw new TrailWatchValidationError(
        propPath(this, 'wormRetentionDays'),
        `${worm} days is longer than the ${retention} days the lifecycle keeps objects`,
        'Give wormRetentionDays up to retentionDays, or raise retentionDays',
      );
    }
  }
}
