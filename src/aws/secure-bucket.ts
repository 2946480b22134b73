import { TerraformProvider } from 'cdktf';
import { Construct, IConstruct } from 'constructs';
import { DataAwsIamPolicyDocumentStatement } from '@cdktf/provider-aws/lib/data-aws-iam-policy-document';
import { S3Bucket } from '@cdktf/provider-aws/lib/s3-bucket';
import { S3BucketLifecycleConfiguration } from '@cdktf/provider-aws/lib/s3-bucket-lifecycle-configuration';
import { S3BucketLoggingA } from '@cdktf/provider-aws/lib/s3-bucket-logging';
import { S3BucketNotification } from '@cdktf/provider-aws/lib/s3-bucket-notification';
import { S3BucketObjectLockConfigurationA } from '@cdktf/provider-aws/lib/s3-bucket-object-lock-configuration';
import { S3BucketOwnershipControls } from '@cdktf/provider-aws/lib/s3-bucket-ownership-controls';
import { S3BucketPolicy } from '@cdktf/provider-aws/lib/s3-bucket-policy';
import { S3BucketPublicAccessBlock } from '@cdktf/provider-aws/lib/s3-bucket-public-access-block';
import { S3BucketServerSideEncryptionConfigurationA } from '@cdktf/provider-aws/lib/s3-bucket-server-side-encryption-configuration';
import { S3BucketVersioningA } from '@cdktf/provider-aws/lib/s3-bucket-versioning';
import { validateBucketNameRules } from '../core/bucket-name';
import { uniqueResourceName } from '../core/naming';
import { TrailWatchValidationError, isUnresolved, propPath, validateIntegerRange } from '../core/validation';
import { ResourcePolicyDocument, denyInsecureTransport } from './resource-policy';
import { validateKmsKeyArn } from './arn-validation';
import { AwsContext } from './aws-context';

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
  /**
   * Days a replaced or deleted object version is kept (versioning is always on), so an overwrite or a deletion
   * cannot erase audit data before its retention ends. @default retentionDays
   */
  readonly noncurrentVersionRetentionDays?: number;
  /** KMS key ARN for default encryption (SSE-KMS with an S3 bucket key). @default SSE-S3 (AES256) */
  readonly kmsKeyArn?: string;
  /** Let `terraform destroy` delete a bucket that still holds objects (not objects under a lock, see `objectLock`). @default false */
  readonly forceDestroy?: boolean;
  /**
   * Where S3 server access logs of this bucket go (Security Hub S3.9, CloudTrail.7): `true` creates a log bucket
   * next to it (SSE-S3, as S3 log delivery requires; itself without access logs), an `IAuditBucket` sends them there
   * (its owner admits `logging.s3.amazonaws.com` in its policy; see `accessLogDeliveryStatement`), `false` turns
   * them off.
   * @default true
   */
  readonly serverAccessLogs?: boolean | IAuditBucket;
  /**
   * Write-once retention (S3 Object Lock) of every new object version. Object Lock is switched on when the bucket
   * is created and cannot be switched off. GOVERNANCE: versions can be deleted early only by principals allowed
   * `s3:BypassGovernanceRetention`; COMPLIANCE: by nobody, root included, so `terraform destroy` cannot empty the
   * bucket (even with `forceDestroy`) until the last version's lock has run out.
   * @default none
   */
  readonly objectLock?: ObjectLockOptions;
  /** @default none */
  readonly tags?: Record<string, string>;
  /** Provider for a region other than the stack default. @default the stack's default AWS provider */
  readonly provider?: TerraformProvider;
}

/** S3 Object Lock retention modes. */
export enum ObjectLockMode {
  /** Deletable early only with `s3:BypassGovernanceRetention` (and the bypass header). */
  GOVERNANCE = 'GOVERNANCE',
  /** Not deletable by anyone, root included, until the retention ends. */
  COMPLIANCE = 'COMPLIANCE',
}

/** Default Object Lock retention of new object versions. */
export interface ObjectLockOptions {
  readonly mode: ObjectLockMode;
  /** Days each version stays locked; at most the bucket's `retentionDays`. */
  readonly days: number;
}

/** An S3 bucket that holds audit data: created by {@link SecureBucket} or imported with `fromBucketName`. */
export interface IAuditBucket extends IConstruct {
  readonly bucketName: string;
  readonly bucketArn: string;
  /** Adds a statement to the bucket policy; false (nothing added) for an imported bucket, whose policy is its owner's. */
  addToResourcePolicy(statement: DataAwsIamPolicyDocumentStatement): boolean;
}

/** @internal */
export const DEFAULT_BUCKET_RETENTION_DAYS = 365;
const MAX_DAYS = 36500;

/**
 * An S3 bucket for audit data: all four public-access blocks, ACLs disabled (BucketOwnerEnforced), default
 * encryption, versioning, lifecycle expiry, and a TLS-only bucket policy that other constructs extend with
 * `addToResourcePolicy` (one policy resource per bucket; a second one would overwrite the first).
 */
export class SecureBucket extends Construct implements IAuditBucket {
  /**
   * An existing bucket, checked against the S3 naming rules. Nothing is created or changed: its owner keeps its
   * policy, encryption and lifecycle.
   */
  public static fromBucketName(scope: Construct, id: string, bucketName: string): IAuditBucket {
    return new ImportedAuditBucket(scope, id, bucketName);
  }

  public readonly bucket: S3Bucket;
  public readonly publicAccessBlock: S3BucketPublicAccessBlock;
  public readonly ownershipControls: S3BucketOwnershipControls;
  public readonly encryption: S3BucketServerSideEncryptionConfigurationA;
  public readonly versioning: S3BucketVersioningA;
  public readonly lifecycle: S3BucketLifecycleConfiguration;
  public readonly policy: S3BucketPolicy;
  public readonly policyDocument: ResourcePolicyDocument;
  /** Where the server access logs go: the log bucket created here or the one given; undefined when turned off. */
  public readonly accessLogBucket?: IAuditBucket;
  public readonly accessLogging?: S3BucketLoggingA;
  public readonly objectLockConfiguration?: S3BucketObjectLockConfigurationA;
  /** The bucket name (a reference when the name is generated). */
  public readonly bucketName: string;
  public readonly bucketArn: string;
  private readonly provider?: TerraformProvider;

  public constructor(scope: Construct, id: string, props: SecureBucketProps = {}) {
    super(scope, id);
    const retentionDays = validateProps(this, props);
    const provider = props.provider;
    this.provider = provider;

    this.bucket = new S3Bucket(this, 'Bucket', {
      bucket: props.bucketName,
      // S3 names are global: let Terraform add a unique suffix (prefix limit 37 characters).
      bucketPrefix: props.bucketName ? undefined : `${uniqueResourceName(this, 36).toLowerCase().replace(/_/g, '-')}-`,
      forceDestroy: props.forceDestroy ?? false,
      objectLockEnabled: props.objectLock ? true : undefined,
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
          ? {
              applyServerSideEncryptionByDefault: { sseAlgorithm: 'aws:kms', kmsMasterKeyId: props.kmsKeyArn },
              bucketKeyEnabled: true,
            }
          : { applyServerSideEncryptionByDefault: { sseAlgorithm: 'AES256' } },
      ],
      provider,
    });
    this.versioning = new S3BucketVersioningA(this, 'Versioning', {
      bucket: this.bucket.id,
      versioningConfiguration: { status: 'Enabled' },
      provider,
    });
    this.lifecycle = this.createLifecycle(props, retentionDays);
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
    this.objectLockConfiguration = props.objectLock ? this.lockObjects(props.objectLock) : undefined;
    [this.accessLogBucket, this.accessLogging] = this.logAccess(props, retentionDays);
  }

  /** The statement a log bucket's policy needs so that S3 delivers this bucket's access logs under `prefix`. */
  public accessLogDeliveryStatement(
    logBucketArn: string,
    prefix: string = ACCESS_LOG_PREFIX,
  ): DataAwsIamPolicyDocumentStatement {
    const context = AwsContext.of(this, this.provider);
    return {
      sid: 'S3ServerAccessLogs',
      effect: 'Allow',
      principals: [{ type: 'Service', identifiers: ['logging.s3.amazonaws.com'] }],
      actions: ['s3:PutObject'],
      resources: [`${logBucketArn}/${prefix}*`],
      condition: [
        { test: 'ArnLike', variable: 'aws:SourceArn', values: [this.bucketArn] },
        { test: 'StringEquals', variable: 'aws:SourceAccount', values: [context.accountId] },
      ],
    };
  }

  /** Adds a statement to the bucket's single policy (e.g. a service's delivery permission). */
  public addToResourcePolicy(statement: DataAwsIamPolicyDocumentStatement): boolean {
    this.policyDocument.addStatement(statement);
    return true;
  }

  /**
   * Sends the bucket's object events to Amazon EventBridge (idempotent). Safe here because TrailWatch owns the
   * bucket: `aws_s3_bucket_notification` replaces a bucket's whole notification configuration.
   */
  public enableEventBridgeNotifications(): S3BucketNotification {
    const existing = this.node.tryFindChild('EventBridgeNotifications');
    if (existing instanceof S3BucketNotification) return existing;
    return new S3BucketNotification(this, 'EventBridgeNotifications', {
      bucket: this.bucket.id,
      eventbridge: true,
      provider: this.provider,
    });
  }

  private createLifecycle(props: SecureBucketProps, retentionDays: number): S3BucketLifecycleConfiguration {
    const transition = props.archiveTransition;
    return new S3BucketLifecycleConfiguration(this, 'Lifecycle', {
      bucket: this.bucket.id,
      rule: [
        {
          id: 'retention',
          status: 'Enabled',
          filter: [{ prefix: '' }],
          expiration: [{ days: retentionDays }],
          transition: transition ? [{ days: transition.afterDays, storageClass: transition.storageClass }] : undefined,
          noncurrentVersionExpiration: [{ noncurrentDays: props.noncurrentVersionRetentionDays ?? retentionDays }],
          abortIncompleteMultipartUpload: [{ daysAfterInitiation: 7 }],
        },
      ],
      // Noncurrent-version rules need versioning in place first.
      dependsOn: [this.versioning],
      provider: this.provider,
    });
  }

  private lockObjects(lock: ObjectLockOptions): S3BucketObjectLockConfigurationA {
    return new S3BucketObjectLockConfigurationA(this, 'ObjectLock', {
      bucket: this.bucket.id,
      rule: { defaultRetention: { mode: lock.mode, days: lock.days } },
      dependsOn: [this.versioning],
      provider: this.provider,
    });
  }

  /** Server access logs to a log bucket made here (which does not log itself) or to the one given. */
  private logAccess(
    props: SecureBucketProps,
    retentionDays: number,
  ): [IAuditBucket | undefined, S3BucketLoggingA | undefined] {
    const option = props.serverAccessLogs ?? true;
    if (option === false) return [undefined, undefined];
    const logBucket =
      option === true
        ? new SecureBucket(this, 'AccessLogs', {
            retentionDays,
            serverAccessLogs: false,
            forceDestroy: props.forceDestroy,
            tags: props.tags,
            provider: this.provider,
          })
        : option;
    // An imported log bucket's policy is its owner's (see accessLogDeliveryStatement): nothing to add there.
    const added =
      !(logBucket instanceof ImportedAuditBucket) &&
      logBucket.addToResourcePolicy(this.accessLogDeliveryStatement(logBucket.bucketArn));
    const logging = new S3BucketLoggingA(this, 'AccessLogging', {
      bucket: this.bucket.id,
      targetBucket: logBucket.bucketName,
      targetPrefix: ACCESS_LOG_PREFIX,
      // S3 checks the log bucket's policy when logging is turned on.
      dependsOn: added && logBucket instanceof SecureBucket ? [logBucket.policy] : undefined,
      provider: this.provider,
    });
    return [logBucket, logging];
  }
}

const ACCESS_LOG_PREFIX = 'access-logs/';

/** Checks the props; returns the retention in days. */
function validateProps(scope: Construct, props: SecureBucketProps): number {
  validateBucketName(propPath(scope, 'bucketName'), props.bucketName);
  validateKmsKeyArn(propPath(scope, 'kmsKeyArn'), props.kmsKeyArn, { allowAlias: true });
  const retentionDays = props.retentionDays ?? DEFAULT_BUCKET_RETENTION_DAYS;
  validateIntegerRange(propPath(scope, 'retentionDays'), retentionDays, 1, MAX_DAYS);
  validateIntegerRange(
    propPath(scope, 'noncurrentVersionRetentionDays'),
    props.noncurrentVersionRetentionDays,
    1,
    MAX_DAYS,
  );
  validateArchiveTransition(propPath(scope, 'archiveTransition'), props.archiveTransition, retentionDays);
  const lock = props.objectLock;
  if (lock) {
    if (!Object.values(ObjectLockMode).includes(lock.mode)) {
      throw new TrailWatchValidationError(
        propPath(scope, 'objectLock.mode'),
        `"${lock.mode}" is not an Object Lock mode`,
        'Use ObjectLockMode.GOVERNANCE or ObjectLockMode.COMPLIANCE',
      );
    }
    validateIntegerRange(propPath(scope, 'objectLock.days'), lock.days, 1, MAX_DAYS);
    if (!isUnresolved(retentionDays) && lock.days > retentionDays) {
      throw new TrailWatchValidationError(
        propPath(scope, 'objectLock.days'),
        `objects would stay locked (${lock.days} days) after their retention ends (${retentionDays} days), so they could not expire`,
        'Give objectLock.days at most retentionDays',
      );
    }
  }
  return retentionDays;
}

/** An existing bucket: only its name and ARN. @internal */
export class ImportedAuditBucket extends Construct implements IAuditBucket {
  public readonly bucketName: string;

  public constructor(scope: Construct, id: string, bucketName: string) {
    super(scope, id);
    validateBucketName(propPath(this, 'bucketName'), bucketName);
    this.bucketName = bucketName;
  }

  /** S3 ARNs carry neither region nor account; the partition is read (once per stack) only when asked for. */
  public get bucketArn(): string {
    return `arn:${AwsContext.of(this).partition}:s3:::${this.bucketName}`;
  }

  /** The policy is the owner's: nothing is added. */
  public addToResourcePolicy(): boolean {
    return false;
  }
}

/** S3 general purpose bucket naming rules (the ones that can be checked offline). @internal */
export function validateBucketName(field: string, name: string | undefined): void {
  validateBucketNameRules(field, name, {
    service: 'S3',
    example: 'acme-audit-logs-prod',
    extraProblems: (n) => [
      ...(n.includes('..') ? ['it must not contain ".."'] : []),
      ...(n.startsWith('xn--') || n.startsWith('sthree-') || n.endsWith('-s3alias') || n.endsWith('--ol-s3')
        ? ['it uses a prefix or suffix reserved by S3']
        : []),
    ],
  });
}

function validateArchiveTransition(
  field: string,
  transition: ArchiveTransition | undefined,
  retentionDays: number,
): void {
  if (!transition) return;
  validateIntegerRange(`${field}.afterDays`, transition.afterDays, 0, MAX_DAYS);
  const minimum = transition.storageClass === ArchiveStorageClass.STANDARD_IA ? 30 : 0;
  if (transition.afterDays < minimum) {
    throw new TrailWatchValidationError(
      `${field}.afterDays`,
      `S3 moves objects to ${transition.storageClass} only ${minimum} days or more after creation`,
      `Give afterDays >= ${minimum}`,
    );
  }
  if (!isUnresolved(retentionDays) && transition.afterDays >= retentionDays) {
    throw new TrailWatchValidationError(
      `${field}.afterDays`,
      `objects would expire (day ${retentionDays}) before or when they move to ${transition.storageClass} (day ${transition.afterDays})`,
      'Give afterDays smaller than retentionDays, or drop the transition',
    );
  }
}
