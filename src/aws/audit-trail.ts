import { ITerraformDependable, TerraformProvider } from 'cdktf';
import { Construct } from 'constructs';
import { Cloudtrail } from '@cdktf/provider-aws/lib/cloudtrail';
import { CloudwatchLogGroup } from '@cdktf/provider-aws/lib/cloudwatch-log-group';
import { DataAwsIamPolicyDocument, DataAwsIamPolicyDocumentStatement } from '@cdktf/provider-aws/lib/data-aws-iam-policy-document';
import { IamRole } from '@cdktf/provider-aws/lib/iam-role';
import { IamRolePolicy } from '@cdktf/provider-aws/lib/iam-role-policy';
import { uniqueResourceName } from '../core/naming';
import { TrailWatchValidationError, isUnresolved, validateExclusive } from '../core/validation';
import { AwsContext } from './aws-context';
import { LOG_RETENTION_DAYS } from './bundled-function';
import { ArchiveTransition, SecureBucket, validateBucketName } from './secure-bucket';
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
   * Deliver to this existing bucket instead of creating one. Its policy is not changed: merge
   * `deliveryPolicyStatements` into it, or CloudTrail refuses to create the trail.
   */
  readonly existingBucketName?: string;
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
   * @default the bucket's default encryption (SSE-S3)
   */
  readonly kmsKeyArn?: string;
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
  /** Undefined when `existingBucketName` was given. */
  public readonly bucket?: SecureBucket;
  public readonly bucketName: string;
  /** The S3 key prefix before `AWSLogs/` ("" for none). */
  public readonly filePrefix: string;
  /** The statements CloudTrail needs in the bucket policy (already added to a created bucket). */
  public readonly deliveryPolicyStatements: DataAwsIamPolicyDocumentStatement[];
  public readonly logGroup?: CloudwatchLogGroup;
  public readonly logsRole?: IamRole;

  public constructor(scope: Construct, id: string, props: AuditTrailProps = {}) {
    super(scope, id);
    validateProps(id, props);
    const provider = props.provider;
    const context = AwsContext.of(this, provider);
    this.trailName = props.trailName ?? uniqueResourceName(this, 128);
    this.trailArn = `arn:${context.partition}:cloudtrail:${context.region}:${context.accountId}:trail/${this.trailName}`;

    if (props.existingBucketName) {
      this.bucketName = props.existingBucketName;
    } else {
      this.bucket = new SecureBucket(this, 'Bucket', {
        bucketName: props.bucketName,
        retentionDays: props.retentionDays,
        archiveTransition: props.archiveTransition,
        forceDestroy: props.forceDestroyBucket,
        tags: props.tags,
        provider,
      });
      this.bucketName = this.bucket.bucketName;
    }
    const bucketArn = this.bucket?.bucketArn ?? `arn:${context.partition}:s3:::${this.bucketName}`;
    this.filePrefix = props.filePrefix ?? DEFAULT_TRAIL_FILE_PREFIX;
    const prefix = this.filePrefix ? `${this.filePrefix}/` : '';
    const onlyThisTrail = [
      { test: 'StringEquals', variable: 'aws:SourceArn', values: [this.trailArn] },
      { test: 'StringEquals', variable: 'aws:SourceAccount', values: [context.accountId] },
    ];
    const cloudTrail = [{ type: 'Service', identifiers: ['cloudtrail.amazonaws.com'] }];
    this.deliveryPolicyStatements = [
      { sid: 'CloudTrailAclCheck', effect: 'Allow', principals: cloudTrail, actions: ['s3:GetBucketAcl'], resources: [bucketArn], condition: onlyThisTrail },
      {
        sid: 'CloudTrailWrite',
        effect: 'Allow',
        principals: cloudTrail,
        actions: ['s3:PutObject'],
        resources: [`${bucketArn}/${prefix}AWSLogs/${context.accountId}/*`],
        condition: [...onlyThisTrail, { test: 'StringEquals', variable: 's3:x-amz-acl', values: ['bucket-owner-full-control'] }],
      },
    ];
    this.deliveryPolicyStatements.forEach((s) => this.bucket?.addToResourcePolicy(s));

    let logsRolePolicy: IamRolePolicy | undefined;
    if (props.cloudWatchLogs) {
      const options = props.cloudWatchLogs;
      this.logGroup = new CloudwatchLogGroup(this, 'LogGroup', {
        name: options.logGroupName ?? `/aws/cloudtrail/${this.trailName}`,
        retentionInDays: options.retentionDays ?? 365,
        kmsKeyId: options.kmsKeyArn,
        tags: props.tags,
        provider,
      });
      // The trust policy matches CloudTrail's own default role: the role can only write to this one log group.
      const assume = new DataAwsIamPolicyDocument(this, 'LogsAssumeRole', {
        statement: [{ actions: ['sts:AssumeRole'], principals: cloudTrail }],
        provider,
      });
      this.logsRole = new IamRole(this, 'LogsRole', {
        namePrefix: `${uniqueResourceName(this, 32)}-logs-`,
        assumeRolePolicy: assume.json,
        description: `Lets CloudTrail ${this.trailName} write to its log group (TrailWatch)`,
        tags: props.tags,
        provider,
      });
      const policy = new DataAwsIamPolicyDocument(this, 'LogsPolicy', {
        statement: [{ sid: 'DeliverTrailEvents', effect: 'Allow', actions: ['logs:CreateLogStream', 'logs:PutLogEvents'], resources: [`${this.logGroup.arn}:log-stream:*`] }],
        provider,
      });
      logsRolePolicy = new IamRolePolicy(this, 'LogsRolePolicy', { role: this.logsRole.name, policy: policy.json, name: 'cloudtrail-delivery', provider });
    }

    const dependencies: ITerraformDependable[] = [...(this.bucket ? [this.bucket.policy] : []), ...(logsRolePolicy ? [logsRolePolicy] : [])];
    this.trail = new Cloudtrail(this, 'Trail', {
      name: this.trailName,
      s3BucketName: this.bucketName,
      s3KeyPrefix: this.filePrefix || undefined,
      enableLogging: true,
      enableLogFileValidation: props.enableLogFileValidation ?? true,
      isMultiRegionTrail: props.isMultiRegionTrail ?? true,
      includeGlobalServiceEvents: props.includeGlobalServiceEvents ?? true,
      kmsKeyId: props.kmsKeyArn,
      cloudWatchLogsGroupArn: this.logGroup ? `${this.logGroup.arn}:*` : undefined,
      cloudWatchLogsRoleArn: this.logsRole?.arn,
      tags: props.tags,
      // CloudTrail checks the bucket policy and the logs role when the trail is created.
      dependsOn: dependencies.length > 0 ? dependencies : undefined,
      provider,
    });
  }

  /** Sends the new bucket's object events to EventBridge (the trail query API ingests from them); no-op for an existing bucket. */
  public enableEventBridgeNotifications(): void {
    this.bucket?.enableEventBridgeNotifications();
  }
}

function validateProps(id: string, props: AuditTrailProps): void {
  validateExclusive(`${id}.existingBucketName`, props.existingBucketName, `${id}.bucketName`, props.bucketName);
  validateExclusive(`${id}.existingBucketName`, props.existingBucketName, `${id}.retentionDays`, props.retentionDays);
  validateExclusive(`${id}.existingBucketName`, props.existingBucketName, `${id}.archiveTransition`, props.archiveTransition);
  validateExclusive(`${id}.existingBucketName`, props.existingBucketName, `${id}.forceDestroyBucket`, props.forceDestroyBucket);
  validateBucketName(`${id}.existingBucketName`, props.existingBucketName);
  validateTrailName(`${id}.trailName`, props.trailName);
  const prefix = props.filePrefix;
  if (prefix !== undefined && !isUnresolved(prefix) && (prefix.length > 200 || prefix.startsWith('/') || prefix.endsWith('/'))) {
    throw new TrailWatchValidationError(`${id}.filePrefix`, `"${prefix}" is not a usable S3 key prefix`, 'Give up to 200 characters without a leading or trailing "/", e.g. "audit/prod", or "" for none');
  }
  validateKmsKeyArn(`${id}.kmsKeyArn`, props.kmsKeyArn, { allowAlias: true });
  validateKmsKeyArn(`${id}.cloudWatchLogs.kmsKeyArn`, props.cloudWatchLogs?.kmsKeyArn);
  if ((props.isMultiRegionTrail ?? true) && props.includeGlobalServiceEvents === false) {
    throw new TrailWatchValidationError(
      `${id}.includeGlobalServiceEvents`,
      'a multi-region trail must include global service events (IAM, STS, console sign-in)',
      'Leave includeGlobalServiceEvents on, or set isMultiRegionTrail to false',
    );
  }
  const retention = props.cloudWatchLogs?.retentionDays;
  if (retention !== undefined && !LOG_RETENTION_DAYS.includes(retention)) {
    throw new TrailWatchValidationError(`${id}.cloudWatchLogs.retentionDays`, `${retention} is not a CloudWatch Logs retention`, `Use one of ${LOG_RETENTION_DAYS.join(', ')}`);
  }
}

/** CloudTrail trail names: 3-128 letters, digits, ".", "_" or "-", starting and ending with a letter or digit. */
function validateTrailName(field: string, name: string | undefined): void {
  if (name === undefined || isUnresolved(name)) return;
  if (name.length < 3 || name.length > 128 || !/^[A-Za-z0-9][A-Za-z0-9._-]*[A-Za-z0-9]$/.test(name) || /[._-]{2}/.test(name) || /^\d+\.\d+\.\d+\.\d+$/.test(name)) {
    throw new TrailWatchValidationError(
      field,
      `"${name}" is not a valid trail name`,
      'Use 3 to 128 letters, digits, ".", "_" or "-", starting and ending with a letter or digit, without two separators in a row',
    );
  }
}
