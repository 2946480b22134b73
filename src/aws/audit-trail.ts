import { ITerraformDependable, TerraformProvider, dependable } from 'cdktf';
import { Construct } from 'constructs';
import { Cloudtrail } from '@cdktf/provider-aws/lib/cloudtrail';
import { CloudwatchLogGroup } from '@cdktf/provider-aws/lib/cloudwatch-log-group';
import {
  DataAwsIamPolicyDocument,
  DataAwsIamPolicyDocumentStatement,
  DataAwsIamPolicyDocumentStatementCondition,
} from '@cdktf/provider-aws/lib/data-aws-iam-policy-document';
import { IamRole } from '@cdktf/provider-aws/lib/iam-role';
import { IamRolePolicy } from '@cdktf/provider-aws/lib/iam-role-policy';
import { KmsKey } from '@cdktf/provider-aws/lib/kms-key';
import { uniqueResourceName } from '../core/naming';
import {
  TrailWatchValidationError,
  isUnresolved,
  propPath,
  throwFirstProblem,
  validateExclusive,
} from '../core/validation';
import { AwsContext } from './aws-context';
import { DEFAULT_LOG_RETENTION_DAYS, logRetentionProblems } from './log-group';
import { ArchiveTransition, IAuditBucket, ObjectLockOptions, SecureBucket } from './secure-bucket';
import { createTrailKey } from './trail-key';
import { validateKmsKeyArn } from './arn-validation';

/** Delivery of the trail's events to a CloudWatch Logs group as well (other patterns subscribe to it). */
export interface TrailCloudWatchLogsOptions {
  /** @default "/aws/cloudtrail/<trail name>" */
  readonly logGroupName?: string;
  /** @default 365 */
  readonly retentionDays?: number;
  /** KMS key ARN for the log group; its key policy must admit `logs.<region>.amazonaws.com`. @default AWS-managed encryption */
  readonly kmsKeyArn?: string;
}

export interface AuditTrailProps {
  /** @default a unique name derived from the construct path */
  readonly trailName?: string;
  /** Name of the bucket to create. @default a generated name */
  readonly bucketName?: string;
  /**
   * Deliver to this existing bucket (`SecureBucket.fromBucketName`) instead of creating one. An imported bucket's
   * policy is not changed: merge `deliveryPolicyStatements` into it, or CloudTrail refuses to create the trail.
   * @default a new SecureBucket
   */
  readonly bucket?: IAuditBucket;
  /**
   * S3 key prefix of the log files (CloudTrail `s3_key_prefix`), without leading or trailing "/"; "" for none.
   * @default "trailwatch"
   */
  readonly filePrefix?: string;
  /** Days the log files are kept (created bucket only). @default 365 */
  readonly retentionDays?: number;
  /** Move log files to a colder storage class first (created bucket only). @default none */
  readonly archiveTransition?: ArchiveTransition;
  /**
   * KMS key ARN that encrypts the log files (SSE-KMS); its key policy must let CloudTrail use it.
   * @default a customer-managed key created for this trail (see `customerManagedKey`)
   */
  readonly kmsKeyArn?: string;
  /**
   * Encrypt the log files with a customer-managed key (Security Hub CloudTrail.2, CIS 3.5): `kmsKeyArn`, or one
   * created here whose key policy lets CloudTrail use it for this trail only. `false`: the bucket's default
   * encryption (SSE-S3) only.
   * @default true
   */
  readonly customerManagedKey?: boolean;
  /** Server access logs of the created bucket (see SecureBucket `serverAccessLogs`). @default a log bucket next to it */
  readonly serverAccessLogs?: boolean | IAuditBucket;
  /** Write-once retention of the log files in the created bucket (see SecureBucket `objectLock`). @default none */
  readonly objectLock?: ObjectLockOptions;
  /** @default true */
  readonly enableLogFileValidation?: boolean;
  /** @default true */
  readonly isMultiRegionTrail?: boolean;
  /** IAM, STS and sign-in events; a multi-region trail must include them. @default true */
  readonly includeGlobalServiceEvents?: boolean;
  /** Also send events to CloudWatch Logs (with the role CloudTrail needs). @default not sent */
  readonly cloudWatchLogs?: TrailCloudWatchLogsOptions;
  /** Let `terraform destroy` delete the created bucket with its log files. @default false */
  readonly forceDestroyBucket?: boolean;
  /** @default none */
  readonly tags?: Record<string, string>;
  /** Provider for a region other than the stack default (the trail's home region). */
  readonly provider?: TerraformProvider;
}

/** The trail options as a pattern takes them: every `AuditTrailProps` prop but `provider` (the pattern's own). */
export type TrailOptions = Omit<AuditTrailProps, 'provider'>;

/** @internal */
export const DEFAULT_TRAIL_FILE_PREFIX = 'trailwatch';

/**
 * A CloudTrail trail delivering to S3 with the defaults of the aws-cdk Trail (log file validation, multi-region,
 * global service events) and a created bucket hardened by SecureBucket, whose policy admits CloudTrail only for
 * this trail (`aws:SourceArn`) and this account (`aws:SourceAccount`).
 */
export class AuditTrail extends Construct {
  public readonly trail: Cloudtrail;
  public readonly trailName: string;
  /** Known before the trail exists (built from account, region and name), so policies can name it without a cycle. */
  public readonly trailArn: string;
  /** The bucket created here; undefined when `bucket` was given. */
  public readonly bucket?: SecureBucket;
  /** The bucket the log files go to: the one created here or the one given. */
  public readonly auditBucket: IAuditBucket;
  public readonly bucketName: string;
  /** The S3 key prefix before `AWSLogs/` ("" for none). */
  public readonly filePrefix: string;
  /** The statements CloudTrail needs in the bucket policy (already added to a bucket whose policy is managed here). */
  public readonly deliveryPolicyStatements: DataAwsIamPolicyDocumentStatement[];
  public readonly logGroup?: CloudwatchLogGroup;
  public readonly logsRole?: IamRole;
  /** The customer-managed key created for the log files; undefined when `kmsKeyArn` was given or `customerManagedKey` is false. */
  public readonly key?: KmsKey;
  /** The key the log files are encrypted with (created or given); undefined for SSE-S3 only. Readers need kms:Decrypt on it. */
  public readonly kmsKeyArn?: string;
  private readonly context: AwsContext;

  public constructor(scope: Construct, id: string, props: AuditTrailProps = {}) {
    super(scope, id);
    validateProps(this, props);
    const provider = props.provider;
    this.context = AwsContext.of(this, provider);
    this.trailName = props.trailName ?? uniqueResourceName(this, 128);
    this.trailArn = `arn:${this.context.partition}:cloudtrail:${this.context.region}:${this.context.accountId}:trail/${this.trailName}`;

    if (!props.bucket) {
      this.bucket = new SecureBucket(this, 'Bucket', {
        bucketName: props.bucketName,
        retentionDays: props.retentionDays,
        archiveTransition: props.archiveTransition,
        forceDestroy: props.forceDestroyBucket,
        serverAccessLogs: props.serverAccessLogs,
        objectLock: props.objectLock,
        tags: props.tags,
        provider,
      });
    }
    if (props.kmsKeyArn === undefined && (props.customerManagedKey ?? true)) {
      this.key = createTrailKey(this, {
        trailName: this.trailName,
        trailArn: this.trailArn,
        context: this.context,
        tags: props.tags,
        provider,
      });
    }
    this.kmsKeyArn = props.kmsKeyArn ?? this.key?.arn;
    this.auditBucket = props.bucket ?? this.bucket!;
    this.bucketName = this.auditBucket.bucketName;
    this.filePrefix = props.filePrefix ?? DEFAULT_TRAIL_FILE_PREFIX;
    this.deliveryPolicyStatements = this.deliveryStatements();
    this.deliveryPolicyStatements.forEach((s) => this.auditBucket.addToResourcePolicy(s));
    const logsRolePolicy = props.cloudWatchLogs ? this.deliverToCloudWatchLogs(props.cloudWatchLogs, props) : undefined;

    const dependencies: ITerraformDependable[] = [
      ...(this.bucket ? [this.bucket.policy] : []),
      ...(logsRolePolicy ? [logsRolePolicy] : []),
    ];
    this.trail = new Cloudtrail(this, 'Trail', {
      name: this.trailName,
      s3BucketName: this.bucketName,
      s3KeyPrefix: this.filePrefix || undefined,
      enableLogging: true,
      enableLogFileValidation: props.enableLogFileValidation ?? true,
      isMultiRegionTrail: props.isMultiRegionTrail ?? true,
      includeGlobalServiceEvents: props.includeGlobalServiceEvents ?? true,
      kmsKeyId: this.kmsKeyArn,
      cloudWatchLogsGroupArn: this.logGroup ? `${this.logGroup.arn}:*` : undefined,
      cloudWatchLogsRoleArn: this.logsRole?.arn,
      tags: props.tags,
      // CloudTrail checks the bucket policy and the logs role when the trail is created.
      dependsOn: dependencies.length > 0 ? dependencies : undefined,
      provider,
    });
  }

  /**
   * Makes the trail wait for a resource, e.g. the policy the owner of an imported bucket attaches with
   * `deliveryPolicyStatements`: CloudTrail checks the bucket policy when the trail is created.
   */
  public addDependency(resource: ITerraformDependable): void {
    this.trail.dependsOn = [...(this.trail.dependsOn ?? []), dependable(resource)];
  }

  /** Sends the new bucket's object events to EventBridge (the trail query API ingests from them); no-op for an existing bucket. */
  public enableEventBridgeNotifications(): void {
    this.bucket?.enableEventBridgeNotifications();
  }

  /** What CloudTrail needs in the bucket policy, for this trail (`aws:SourceArn`) and account only. */
  private deliveryStatements(): DataAwsIamPolicyDocumentStatement[] {
    const bucketArn = this.auditBucket.bucketArn;
    const accountId = this.context.accountId;
    const prefix = this.filePrefix ? `${this.filePrefix}/` : '';
    const onlyThisTrail = this.onlyThisTrail();
    return [
      {
        sid: 'CloudTrailAclCheck',
        effect: 'Allow',
        principals: CLOUDTRAIL,
        actions: ['s3:GetBucketAcl'],
        resources: [bucketArn],
        condition: onlyThisTrail,
      },
      {
        sid: 'CloudTrailWrite',
        effect: 'Allow',
        principals: CLOUDTRAIL,
        actions: ['s3:PutObject'],
        resources: [`${bucketArn}/${prefix}AWSLogs/${accountId}/*`],
        condition: [
          ...onlyThisTrail,
          { test: 'StringEquals', variable: 's3:x-amz-acl', values: ['bucket-owner-full-control'] },
        ],
      },
    ];
  }

  private onlyThisTrail(): DataAwsIamPolicyDocumentStatementCondition[] {
    return [
      { test: 'StringEquals', variable: 'aws:SourceArn', values: [this.trailArn] },
      { test: 'StringEquals', variable: 'aws:SourceAccount', values: [this.context.accountId] },
    ];
  }

  /** The log group and the role CloudTrail writes to it with; returns the role's policy (the trail waits for it). */
  private deliverToCloudWatchLogs(options: TrailCloudWatchLogsOptions, props: AuditTrailProps): IamRolePolicy {
    const provider = props.provider;
    (this as { logGroup?: CloudwatchLogGroup }).logGroup = new CloudwatchLogGroup(this, 'LogGroup', {
      name: options.logGroupName ?? `/aws/cloudtrail/${this.trailName}`,
      retentionInDays: options.retentionDays ?? DEFAULT_LOG_RETENTION_DAYS,
      kmsKeyId: options.kmsKeyArn,
      tags: props.tags,
      provider,
    });
    // The trust policy matches CloudTrail's own default role: the role can only write to this one log group.
    const assume = new DataAwsIamPolicyDocument(this, 'LogsAssumeRole', {
      // Confused-deputy guard: CloudTrail may take the role only for this trail of this account.
      statement: [{ actions: ['sts:AssumeRole'], principals: CLOUDTRAIL, condition: this.onlyThisTrail() }],
      provider,
    });
    const logsRole = new IamRole(this, 'LogsRole', {
      namePrefix: `${uniqueResourceName(this, 32)}-logs-`,
      assumeRolePolicy: assume.json,
      description: `Lets CloudTrail ${this.trailName} write to its log group (TrailWatch)`,
      tags: props.tags,
      provider,
    });
    (this as { logsRole?: IamRole }).logsRole = logsRole;
    const policy = new DataAwsIamPolicyDocument(this, 'LogsPolicy', {
      statement: [
        {
          sid: 'DeliverTrailEvents',
          effect: 'Allow',
          actions: ['logs:CreateLogStream', 'logs:PutLogEvents'],
          resources: [`${this.logGroup!.arn}:log-stream:*`],
        },
      ],
      provider,
    });
    return new IamRolePolicy(this, 'LogsRolePolicy', {
      role: logsRole.name,
      policy: policy.json,
      name: 'cloudtrail-delivery',
      provider,
    });
  }
}

const CLOUDTRAIL = [{ type: 'Service', identifiers: ['cloudtrail.amazonaws.com'] }];

function validateProps(scope: Construct, props: AuditTrailProps): void {
  const field = (prop: string) => propPath(scope, prop);
  validateExclusive(field('bucket'), props.bucket, field('bucketName'), props.bucketName);
  validateExclusive(field('bucket'), props.bucket, field('retentionDays'), props.retentionDays);
  validateExclusive(field('bucket'), props.bucket, field('archiveTransition'), props.archiveTransition);
  validateExclusive(field('bucket'), props.bucket, field('forceDestroyBucket'), props.forceDestroyBucket);
  validateExclusive(field('bucket'), props.bucket, field('serverAccessLogs'), props.serverAccessLogs);
  validateExclusive(field('bucket'), props.bucket, field('objectLock'), props.objectLock);
  if (props.customerManagedKey === false && props.kmsKeyArn !== undefined) {
    throw new TrailWatchValidationError(
      field('customerManagedKey'),
      'is false, but kmsKeyArn gives a key',
      'Drop kmsKeyArn to use SSE-S3 only, or leave customerManagedKey out',
    );
  }
  validateTrailName(field('trailName'), props.trailName);
  const prefix = props.filePrefix;
  if (
    prefix !== undefined &&
    !isUnresolved(prefix) &&
    (prefix.length > 200 || prefix.startsWith('/') || prefix.endsWith('/'))
  ) {
    throw new TrailWatchValidationError(
      field('filePrefix'),
      `"${prefix}" is not a usable S3 key prefix`,
      'Give up to 200 characters without a leading or trailing "/", e.g. "audit/prod", or "" for none',
    );
  }
  validateKmsKeyArn(field('kmsKeyArn'), props.kmsKeyArn, { allowAlias: true });
  validateKmsKeyArn(field('cloudWatchLogs.kmsKeyArn'), props.cloudWatchLogs?.kmsKeyArn);
  if ((props.isMultiRegionTrail ?? true) && props.includeGlobalServiceEvents === false) {
    throw new TrailWatchValidationError(
      field('includeGlobalServiceEvents'),
      'a multi-region trail must include global service events (IAM, STS, console sign-in)',
      'Leave includeGlobalServiceEvents on, or set isMultiRegionTrail to false',
    );
  }
  throwFirstProblem(logRetentionProblems(field('cloudWatchLogs.retentionDays'), props.cloudWatchLogs?.retentionDays));
}

/** CloudTrail trail names: 3-128 letters, digits, ".", "_" or "-", starting and ending with a letter or digit. */
function validateTrailName(field: string, name: string | undefined): void {
  if (name === undefined || isUnresolved(name)) return;
  if (
    name.length < 3 ||
    name.length > 128 ||
    !/^[A-Za-z0-9][A-Za-z0-9._-]*[A-Za-z0-9]$/.test(name) ||
    /[._-]{2}/.test(name) ||
    /^\d+\.\d+\.\d+\.\d+$/.test(name)
  ) {
    throw new TrailWatchValidationError(
      field,
      `"${name}" is not a valid trail name`,
      'Use 3 to 128 letters, digits, ".", "_" or "-", starting and ending with a letter or digit, without two separators in a row',
    );
  }
}
