import { TerraformProvider } from 'cdktf';
import { Construct } from 'constructs';
import { DataAwsIamPolicyDocumentStatement } from '@cdktf/provider-aws/lib/data-aws-iam-policy-document';
import { S3Bucket } from '@cdktf/provider-aws/lib/s3-bucket';
import { S3BucketLifecycleConfiguration } from '@cdktf/provider-aws/lib/s3-bucket-lifecycle-configuration';
import { S3BucketNotification } from '@cdktf/provider-aws/lib/s3-bucket-notification';
import { S3BucketOwnershipControls } from '@cdktf/provider-aws/lib/s3-bucket-ownership-controls';
import { S3BucketPolicy } from '@cdktf/provider-aws/lib/s3-bucket-policy';
import { S3BucketPublicAccessBlock } from '@cdktf/provider-aws/lib/s3-bucket-public-access-block';
import { S3BucketServerSideEncryptionConfigurationA } from '@cdktf/provider-aws/lib/s3-bucket-server-side-encryption-configuration';
import { S3BucketVersioningA } from '@cdktf/provider-aws/lib/s3-bucket-versioning';
import { uniqueResourceName } from '../core/naming';
import { TrailWatchValidationError, isUnresolved, validateIntegerRange } from '../core/validation';
import { ResourcePolicyDocument, denyInsecureTransport } from './resource-policy';
import { validateKmsKeyArn } from './arn-validation';

/** Colder S3 storage classes that objects can move to before they expire. */
export enum ArchiveStorageClass {
  /** Standard-Infrequent Access; S3 accepts it only 30 days or more after creation. */
  STANDARD_IA = 'STANDARD_IA',
  INTELLIGENT_TIERING = 'INTELLIGENT_TIERING',
  /** Glacier Instant Retrieval (90-day minimum storage charge). */
  GLACIER_INSTANT_RETRIEVAL = 'GLACIER_IR',
  /** Glacier Flexible Retrieval (90-day minimum storage charge; restore before reading). */
  GLACIER_FLEXIBLE_RETRIEVAL = 'GLACIER',
  /** Glacier Deep Archive (180-day minimum storage charge; restore takes hours). */
  DEEP_ARCHIVE = 'DEEP_ARCHIVE',
}

export interface ArchiveTransition {
  readonly storageClass: ArchiveStorageClass;
  /** Days after object creation; must be less than the retention. */
  readonly afterDays: number;
}

export interface SecureBucketProps {
  /** Globally unique bucket name. @default a generated name (Terraform `bucket_prefix` from the construct path) */
  readonly bucketName?: string;
  /** Days after which objects expire. @default 365 */
  readonly retentionDays?: number;
  /** Move objects to a colder storage class before they expire. @default none */
  readonly archiveTransition?: ArchiveTransition;
  /** Days a replaced or deleted object version is kept (versioning is always on). @default 30 */
  readonly noncurrentVersionRetentionDays?: number;
  /** KMS key ARN for default encryption (SSE-KMS with an S3 bucket key). @default SSE-S3 (AES256) */
  readonly kmsKeyArn?: string;
  /** Let `terraform destroy` delete a bucket that still holds objects. @default false */
  readonly forceDestroy?: boolean;
  /** @default none */
  readonly tags?: Record<string, string>;
  /** Provider for a region other than the stack default. */
  readonly provider?: TerraformProvider;
}

export const DEFAULT_BUCKET_RETENTION_DAYS = 365;
const MAX_DAYS = 36500;

/**
 * An S3 bucket for audit data: all four public-access blocks, ACLs disabled (BucketOwnerEnforced), default
 * encryption, versioning, lifecycle expiry, and a TLS-only bucket policy that other constructs extend with
 * `addToResourcePolicy` (one policy resource per bucket; a second one would overwrite the first).
 */
export class SecureBucket extends Construct {
  public readonly bucket: S3Bucket;
  public readonly publicAccessBlock: S3BucketPublicAccessBlock;
  public readonly ownershipControls: S3BucketOwnershipControls;
  public readonly encryption: S3BucketServerSideEncryptionConfigurationA;
  public readonly versioning: S3BucketVersioningA;
  public readonly lifecycle: S3BucketLifecycleConfiguration;
  public readonly policy: S3BucketPolicy;
  public readonly policyDocument: ResourcePolicyDocument;
  /** The bucket name (a reference when the name is generated). */
  public readonly bucketName: string;
  public readonly bucketArn: string;
  private readonly provider?: TerraformProvider;

  public constructor(scope: Construct, id: string, props: SecureBucketProps = {}) {
    super(scope, id);
    validateBucketName(`${id}.bucketName`, props.bucketName);
    validateKmsKeyArn(`${id}.kmsKeyArn`, props.kmsKeyArn, { allowAlias: true });
    const retentionDays = props.retentionDays ?? DEFAULT_BUCKET_RETENTION_DAYS;
    validateIntegerRange(`${id}.retentionDays`, retentionDays, 1, MAX_DAYS);
    validateIntegerRange(`${id}.noncurrentVersionRetentionDays`, props.noncurrentVersionRetentionDays, 1, MAX_DAYS);
    validateArchiveTransition(`${id}.archiveTransition`, props.archiveTransition, retentionDays);
    const provider = props.provider;
    this.provider = provider;

    this.bucket = new S3Bucket(this, 'Bucket', {
      bucket: props.bucketName,
      // S3 names are global: let Terraform add a unique suffix (prefix limit 37 characters).
      bucketPrefix: props.bucketName ? undefined : `${uniqueResourceName(this, 36).toLowerCase().replace(/_/g, '-')}-`,
      forceDestroy: props.forceDestroy ?? false,
      tags: props.tags,
      provider,
    });
    this.bucketName = this.bucket.bucket;
    this.bucketArn = this.bucket.arn;

    this.publicAccessBlock = new S3BucketPublicAccessBlock(this, 'PublicAccessBlock', {
      bucket: this.bucket.id,
      blockPublicAcls: true,
      blockPublicPolicy: true,
      ignorePublicAcls: true,
      restrictPublicBuckets: true,
      provider,
    });
    this.ownershipControls = new S3BucketOwnershipControls(this, 'OwnershipControls', {
      bucket: this.bucket.id,
      rule: { objectOwnership: 'BucketOwnerEnforced' },
      provider,
    });
    this.encryption = new S3BucketServerSideEncryptionConfigurationA(this, 'Encryption', {
      bucket: this.bucket.id,
      rule: [
        props.kmsKeyArn
          ? { applyServerSideEncryptionByDefault: { sseAlgorithm: 'aws:kms', kmsMasterKeyId: props.kmsKeyArn }, bucketKeyEnabled: true }
          : { applyServerSideEncryptionByDefault: { sseAlgorithm: 'AES256' } },
      ],
      provider,
    });
    this.versioning = new S3BucketVersioningA(this, 'Versioning', {
      bucket: this.bucket.id,
      versioningConfiguration: { status: 'Enabled' },
      provider,
    });
    const transition = props.archiveTransition;
    this.lifecycle = new S3BucketLifecycleConfiguration(this, 'Lifecycle', {
      bucket: this.bucket.id,
      rule: [
        {
          id: 'retention',
          status: 'Enabled',
          filter: [{ prefix: '' }],
          expiration: [{ days: retentionDays }],
          transition: transition ? [{ days: transition.afterDays, storageClass: transition.storageClass }] : undefined,
          noncurrentVersionExpiration: [{ noncurrentDays: props.noncurrentVersionRetentionDays ?? 30 }],
          abortIncompleteMultipartUpload: [{ daysAfterInitiation: 7 }],
        },
      ],
      // Noncurrent-version rules need versioning in place first.
      dependsOn: [this.versioning],
      provider,
    });

    this.policyDocument = new ResourcePolicyDocument(this, 'PolicyDocument', {
      statements: [denyInsecureTransport(['s3:*'], [this.bucket.arn, `${this.bucket.arn}/*`])],
      provider,
    });
    this.policy = new S3BucketPolicy(this, 'Policy', {
      bucket: this.bucket.id,
      policy: this.policyDocument.json,
      // S3 rejects some policies while the public access block is being written; order them.
      dependsOn: [this.publicAccessBlock, this.ownershipControls],
      provider,
    });
  }

  /** Adds a statement to the bucket's single policy (e.g. a service's delivery permission). */
  public addToResourcePolicy(statement: DataAwsIamPolicyDocumentStatement): void {
    this.policyDocument.addStatement(statement);
  }

  /**
   * Sends the bucket's object events to Amazon EventBridge (idempotent). Safe here because TrailWatch owns the
   * bucket: `aws_s3_bucket_notification` replaces a bucket's whole notification configuration.
   */
  public enableEventBridgeNotifications(): S3BucketNotification {
    const existing = this.node.tryFindChild('EventBridgeNotifications');
    if (existing instanceof S3BucketNotification) return existing;
    return new S3BucketNotification(this, 'EventBridgeNotifications', { bucket: this.bucket.id, eventbridge: true, provider: this.provider });
  }
}

/** S3 general purpose bucket naming rules (the ones that can be checked offline). */
export function validateBucketName(field: string, name: string | undefined): void {
  if (name === undefined || isUnresolved(name)) return;
  const problems: string[] = [];
  if (name.length < 3 || name.length > 63) problems.push('it must be 3 to 63 characters long');
  if (!/^[a-z0-9][a-z0-9.-]*[a-z0-9]$/.test(name)) {
    problems.push('it may hold only lower-case letters, digits, "." and "-", and must start and end with a letter or digit');
  }
  if (name.includes('..')) problems.push('it must not contain ".."');
  if (/^\d+\.\d+\.\d+\.\d+$/.test(name)) problems.push('it must not look like an IP address');
  if (name.startsWith('xn--') || name.startsWith('sthree-') || name.endsWith('-s3alias') || name.endsWith('--ol-s3')) {
    problems.push('it uses a prefix or suffix reserved by S3');
  }
  if (problems.length > 0) {
    throw new TrailWatchValidationError(field, `"${name}" is not a valid S3 bucket name: ${problems.join('; ')}`, 'Choose a name such as "acme-audit-logs-prod", or leave it out to get a generated one');
  }
}

function validateArchiveTransition(field: string, transition: ArchiveTransition | undefined, retentionDays: number): void {
  if (!transition) return;
  validateIntegerRange(`${field}.afterDays`, transition.afterDays, 0, MAX_DAYS);
  const minimum = transition.storageClass === ArchiveStorageClass.STANDARD_IA ? 30 : 0;
  if (transition.afterDays < minimum) {
    throw new TrailWatchValidationError(`${field}.afterDays`, `S3 moves objects to ${transition.storageClass} only ${minimum} days or more after creation`, `Give afterDays >= ${minimum}`);
  }
  if (!isUnresolved(retentionDays) && transition.afterDays >= retentionDays) {
    throw new TrailWatchValidationError(
      `${field}.afterDays`,
      `objects would expire (day ${retentionDays}) before or when they move to ${transition.storageClass} (day ${transition.afterDays})`,
      'Give afterDays smaller than retentionDays, or drop the transition',
    );
  }
}
