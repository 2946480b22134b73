import { DataAwsIamPolicyDocument } from '@cdktf/provider-aws/lib/data-aws-iam-policy-document';
import { S3BucketPolicy } from '@cdktf/provider-aws/lib/s3-bucket-policy';
import { AuditTrail, AuditTrailProps } from '../../../src/aws/audit-trail';
import { TerraformStack } from 'cdktf';
import { ArchiveStorageClass, ObjectLockMode, SecureBucket } from '../../../src/aws/secure-bucket';
import { TrailWatchValidationError } from '../../../src/core/validation';
import { SynthesizedStack, awsStack, onlyResource, policyStatements, ref, resourcesOf, synthAws } from './helpers';

const KEY_ARN = 'arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab';

/** One bucket (its access logs off unless asked for), so that single-resource look-ups find it. */
function synthTrail(props: AuditTrailProps = {}): SynthesizedStack {
  return synthAws(
    (stack) => new AuditTrail(stack, 'Audit', { ...(props.bucket ? {} : { serverAccessLogs: false }), ...props }),
  );
}

function dataRef(json: SynthesizedStack, type: string, attribute: string): string {
  const ids = Object.keys(json.data?.[type] ?? {});
  if (ids.length !== 1) throw new Error(`expected one data.${type}, found ${ids.length}`);
  return `\${data.${type}.${ids[0]}.${attribute}}`;
}

function buildError(props: AuditTrailProps | ((stack: TerraformStack) => AuditTrailProps)): Error {
  try {
    const stack = awsStack();
    new AuditTrail(stack, 'Audit', typeof props === 'function' ? props(stack) : props);
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected a validation error');
}

function imported(stack: TerraformStack) {
  return SecureBucket.fromBucketName(stack, 'Existing', 'acme-audit');
}

describe('AuditTrail', () => {
  test('is multi-region with global service events, log file validation and logging on', () => {
    const json = synthTrail({ trailName: 'org-audit' });
    expect(onlyResource(json, 'aws_cloudtrail')).toMatchObject({
      name: 'org-audit',
      s3_bucket_name: ref(json, 'aws_s3_bucket', 'bucket'),
      s3_key_prefix: 'trailwatch',
      enable_logging: true,
      enable_log_file_validation: true,
      is_multi_region_trail: true,
      include_global_service_events: true,
    });
  });

  test('the bucket policy lets CloudTrail deliver for this trail and account only, over TLS only', () => {
    const json = synthTrail({ trailName: 'org-audit', filePrefix: 'audit/prod' });
    const account = dataRef(json, 'aws_caller_identity', 'account_id');
    const trailArn = `arn:${dataRef(json, 'aws_partition', 'partition')}:cloudtrail:${dataRef(json, 'aws_region', 'region')}:${account}:trail/org-audit`;
    const bucketArn = ref(json, 'aws_s3_bucket', 'arn');
    const policy = onlyResource(json, 'aws_s3_bucket_policy');
    expect(policy.bucket).toBe(ref(json, 'aws_s3_bucket', 'id'));
    const statements = policyStatements(json, policy.policy);
    expect(statements.map((s) => s.sid)).toEqual(['DenyInsecureTransport', 'CloudTrailAclCheck', 'CloudTrailWrite']);
    expect(statements[0]).toMatchObject({
      effect: 'Deny',
      condition: [{ test: 'Bool', variable: 'aws:SecureTransport', values: ['false'] }],
    });
    const scoped = [
      { test: 'StringEquals', variable: 'aws:SourceArn', values: [trailArn] },
      { test: 'StringEquals', variable: 'aws:SourceAccount', values: [account] },
    ];
    const cloudTrail = [{ type: 'Service', identifiers: ['cloudtrail.amazonaws.com'] }];
    expect(statements[1]).toEqual({
      sid: 'CloudTrailAclCheck',
      effect: 'Allow',
      principals: cloudTrail,
      actions: ['s3:GetBucketAcl'],
      resources: [bucketArn],
      condition: scoped,
    });
    expect(statements[2]).toEqual({
      sid: 'CloudTrailWrite',
      effect: 'Allow',
      principals: cloudTrail,
      actions: ['s3:PutObject'],
      resources: [`${bucketArn}/audit/prod/AWSLogs/${account}/*`],
      condition: [...scoped, { test: 'StringEquals', variable: 's3:x-amz-acl', values: ['bucket-owner-full-control'] }],
    });
    // CloudTrail checks the policy when the trail is created.
    expect(onlyResource(json, 'aws_cloudtrail').depends_on).toEqual([`aws_s3_bucket_policy.${policy.logicalId}`]);
  });

  test('an empty prefix delivers under AWSLogs/ directly', () => {
    const json = synthTrail({ filePrefix: '' });
    expect(onlyResource(json, 'aws_cloudtrail').s3_key_prefix).toBeUndefined();
    const write = policyStatements(json, onlyResource(json, 'aws_s3_bucket_policy').policy)[2];
    expect(write.resources?.[0]).toMatch(/\.arn\}\/AWSLogs\//);
  });

  test('the created bucket is hardened and keeps files for the retention', () => {
    const json = synthTrail({
      retentionDays: 730,
      archiveTransition: { storageClass: ArchiveStorageClass.DEEP_ARCHIVE, afterDays: 180 },
    });
    expect(onlyResource(json, 'aws_s3_bucket_public_access_block')).toMatchObject({
      block_public_acls: true,
      block_public_policy: true,
      ignore_public_acls: true,
      restrict_public_buckets: true,
    });
    expect(onlyResource(json, 'aws_s3_bucket_server_side_encryption_configuration').rule).toEqual([
      { apply_server_side_encryption_by_default: { sse_algorithm: 'AES256' } },
    ]);
    expect(onlyResource(json, 'aws_s3_bucket_lifecycle_configuration').rule).toEqual([
      expect.objectContaining({
        expiration: [{ days: 730 }],
        transition: [{ days: 180, storage_class: 'DEEP_ARCHIVE' }],
      }),
    ]);
  });

  test('an imported bucket is left alone; its delivery statements are exposed to merge', () => {
    let trail: AuditTrail | undefined;
    const json = synthAws((stack) => {
      trail = new AuditTrail(stack, 'Audit', {
        bucket: SecureBucket.fromBucketName(stack, 'Central', 'acme-central-audit'),
        kmsKeyArn: KEY_ARN,
      });
      // What the owner of the bucket would merge into its policy.
      new DataAwsIamPolicyDocument(stack, 'Merged', { statement: trail.deliveryPolicyStatements });
    });
    expect(resourcesOf(json, 'aws_s3_bucket')).toEqual({});
    expect(resourcesOf(json, 'aws_s3_bucket_policy')).toEqual({});
    expect(onlyResource(json, 'aws_cloudtrail')).toMatchObject({
      s3_bucket_name: 'acme-central-audit',
      kms_key_id: KEY_ARN,
    });
    expect(onlyResource(json, 'aws_cloudtrail').depends_on).toBeUndefined();
    expect(trail?.bucket).toBeUndefined();
    expect(trail?.auditBucket.bucketName).toBe('acme-central-audit');
    const merged = json.data?.aws_iam_policy_document ?? {};
    const statements = Object.entries(merged).find(([id]) => id.startsWith('Merged'))?.[1].statement as {
      resources: string[];
    }[];
    expect(statements.map((s) => s.resources)).toEqual([
      [expect.stringMatching(/^arn:\$\{data\.aws_partition\..+\}:s3:::acme-central-audit$/)],
      [
        expect.stringMatching(
          /:s3:::acme-central-audit\/trailwatch\/AWSLogs\/\$\{data\.aws_caller_identity\..+\.account_id\}\/\*$/,
        ),
      ],
    ]);
  });

  test('optional delivery to CloudWatch Logs, with a role that may write only to that log group', () => {
    const json = synthTrail({ trailName: 'org-audit', cloudWatchLogs: { retentionDays: 90, kmsKeyArn: KEY_ARN } });
    const logGroup = onlyResource(json, 'aws_cloudwatch_log_group');
    expect(logGroup).toMatchObject({ name: '/aws/cloudtrail/org-audit', retention_in_days: 90, kms_key_id: KEY_ARN });
    const trail = onlyResource(json, 'aws_cloudtrail');
    expect(trail.cloud_watch_logs_group_arn).toBe(`${ref(json, 'aws_cloudwatch_log_group', 'arn')}:*`);
    expect(trail.cloud_watch_logs_role_arn).toBe(ref(json, 'aws_iam_role', 'arn'));
    const role = onlyResource(json, 'aws_iam_role');
    expect(policyStatements(json, role.assume_role_policy)).toEqual([
      {
        actions: ['sts:AssumeRole'],
        principals: [{ type: 'Service', identifiers: ['cloudtrail.amazonaws.com'] }],
        condition: [
          { test: 'StringEquals', variable: 'aws:SourceArn', values: [expect.stringMatching(/:trail\/org-audit$/)] },
          {
            test: 'StringEquals',
            variable: 'aws:SourceAccount',
            values: [dataRef(json, 'aws_caller_identity', 'account_id')],
          },
        ],
      },
    ]);
    const rolePolicy = onlyResource(json, 'aws_iam_role_policy');
    expect(rolePolicy.role).toBe(ref(json, 'aws_iam_role', 'name'));
    expect(policyStatements(json, rolePolicy.policy)).toEqual([
      {
        sid: 'DeliverTrailEvents',
        effect: 'Allow',
        actions: ['logs:CreateLogStream', 'logs:PutLogEvents'],
        resources: [`${ref(json, 'aws_cloudwatch_log_group', 'arn')}:log-stream:*`],
      },
    ]);
    expect(trail.depends_on).toEqual(expect.arrayContaining([`aws_iam_role_policy.${rolePolicy.logicalId}`]));
  });

  test('no log group or role unless CloudWatch Logs delivery is asked for', () => {
    const json = synthTrail();
    expect(resourcesOf(json, 'aws_cloudwatch_log_group')).toEqual({});
    expect(resourcesOf(json, 'aws_iam_role')).toEqual({});
  });

  test.each([
    [
      (stack: TerraformStack) => ({ bucket: imported(stack), bucketName: 'other' }),
      'stack/Audit.bucket: cannot be combined with stack/Audit.bucketName',
    ],
    [
      (stack: TerraformStack) => ({ bucket: imported(stack), retentionDays: 30 }),
      'stack/Audit.bucket: cannot be combined with stack/Audit.retentionDays',
    ],
    [
      (stack: TerraformStack) => ({
        bucket: imported(stack),
        archiveTransition: { storageClass: ArchiveStorageClass.GLACIER_FLEXIBLE_RETRIEVAL, afterDays: 30 },
      }),
      'stack/Audit.bucket: cannot be combined with stack/Audit.archiveTransition',
    ],
    [
      (stack: TerraformStack) => ({ bucket: imported(stack), forceDestroyBucket: true }),
      'stack/Audit.bucket: cannot be combined with stack/Audit.forceDestroyBucket',
    ],
    [
      (stack: TerraformStack) => ({ bucket: SecureBucket.fromBucketName(stack, 'Existing', 'Acme_Audit') }),
      'stack/Existing.bucketName: "Acme_Audit" is not a valid S3 bucket name',
    ],
    [
      { customerManagedKey: false, kmsKeyArn: KEY_ARN },
      'stack/Audit.customerManagedKey: is false, but kmsKeyArn gives a key',
    ],
    [
      (stack: TerraformStack) => ({
        bucket: imported(stack),
        objectLock: { mode: ObjectLockMode.GOVERNANCE, days: 30 },
      }),
      'stack/Audit.bucket: cannot be combined with stack/Audit.objectLock',
    ],
    [{ trailName: 'a' }, 'stack/Audit.trailName: "a" is not a valid trail name'],
    [{ trailName: 'my-_trail' }, 'is not a valid trail name'],
    [{ filePrefix: '/audit' }, 'Audit.filePrefix: "/audit" is not a usable S3 key prefix'],
    [{ filePrefix: 'audit/' }, 'is not a usable S3 key prefix'],
    [{ kmsKeyArn: '1234abcd-12ab' }, 'Audit.kmsKeyArn: "1234abcd-12ab" is not a KMS key or alias ARN'],
    [
      { includeGlobalServiceEvents: false },
      'Audit.includeGlobalServiceEvents: a multi-region trail must include global service events',
    ],
    [
      { cloudWatchLogs: { retentionDays: 42 } },
      'Audit.cloudWatchLogs.retentionDays: 42 is not a CloudWatch Logs retention',
    ],
    [{ retentionDays: 0 }, 'stack/Audit/Bucket.retentionDays: 0 is out of range'],
  ] as [AuditTrailProps | ((stack: TerraformStack) => AuditTrailProps), string][])(
    'rejects case %#',
    (props, message) => {
      const error = buildError(props);
      expect(error).toBeInstanceOf(TrailWatchValidationError);
      expect(error.message).toContain(message);
    },
  );

  test('a single-region trail may leave global service events out', () => {
    const json = synthTrail({ isMultiRegionTrail: false, includeGlobalServiceEvents: false });
    expect(onlyResource(json, 'aws_cloudtrail')).toMatchObject({
      is_multi_region_trail: false,
      include_global_service_events: false,
    });
  });

  test('log files are encrypted with a customer-managed key made for this trail by default', () => {
    let trail: AuditTrail | undefined;
    const json = synthAws((stack) => {
      trail = new AuditTrail(stack, 'Audit', { trailName: 'org-audit', serverAccessLogs: false });
    });
    const key = onlyResource(json, 'aws_kms_key');
    expect(key).toMatchObject({ enable_key_rotation: true, deletion_window_in_days: 30 });
    expect(onlyResource(json, 'aws_cloudtrail').kms_key_id).toBe(ref(json, 'aws_kms_key', 'arn'));
    expect(trail?.key).toBeDefined();
    const account = dataRef(json, 'aws_caller_identity', 'account_id');
    const trailArn = `arn:${dataRef(json, 'aws_partition', 'partition')}:cloudtrail:${dataRef(json, 'aws_region', 'region')}:${account}:trail/org-audit`;
    const statements = policyStatements(json, key.policy);
    expect(statements.map((s) => s.sid)).toEqual([
      'AccountManagesKey',
      'CloudTrailEncrypts',
      'CloudTrailDescribesKey',
      'AccountDecryptsLogFiles',
    ]);
    expect(statements.flatMap((s) => s.actions ?? []).some((a) => a.includes('*'))).toBe(false);
    expect(statements[1]).toMatchObject({
      principals: [{ type: 'Service', identifiers: ['cloudtrail.amazonaws.com'] }],
      actions: ['kms:GenerateDataKey'],
      condition: [
        { test: 'StringEquals', variable: 'aws:SourceArn', values: [trailArn] },
        { test: 'StringEquals', variable: 'kms:EncryptionContext:aws:cloudtrail:arn', values: [trailArn] },
      ],
    });
    expect(statements[3]).toMatchObject({
      actions: ['kms:Decrypt'],
      condition: [{ variable: 'kms:CallerAccount', values: [account] }, { values: [trailArn] }],
    });
  });

  test('a given key is used as is; customerManagedKey: false leaves SSE-S3 only', () => {
    const given = synthTrail({ kmsKeyArn: KEY_ARN });
    expect(resourcesOf(given, 'aws_kms_key')).toEqual({});
    expect(onlyResource(given, 'aws_cloudtrail').kms_key_id).toBe(KEY_ARN);
    const off = synthTrail({ customerManagedKey: false });
    expect(resourcesOf(off, 'aws_kms_key')).toEqual({});
    expect(onlyResource(off, 'aws_cloudtrail').kms_key_id).toBeUndefined();
  });

  test('the created bucket logs its access to a log bucket by default and can lock log files', () => {
    const json = synthAws(
      (stack) => new AuditTrail(stack, 'Audit', { objectLock: { mode: ObjectLockMode.GOVERNANCE, days: 365 } }),
    );
    expect(Object.keys(resourcesOf(json, 'aws_s3_bucket'))).toHaveLength(2);
    expect(onlyResource(json, 'aws_s3_bucket_logging').target_prefix).toBe('access-logs/');
    expect(onlyResource(json, 'aws_s3_bucket_object_lock_configuration').rule).toEqual({
      default_retention: { mode: 'GOVERNANCE', days: 365 },
    });
  });

  test('a trail on an imported bucket can wait for the policy its owner attaches', () => {
    const json = synthAws((stack) => {
      const trail = new AuditTrail(stack, 'Audit', {
        bucket: SecureBucket.fromBucketName(stack, 'Central', 'acme-central-audit'),
      });
      const merged = new DataAwsIamPolicyDocument(stack, 'Merged', { statement: trail.deliveryPolicyStatements });
      trail.addDependency(
        new S3BucketPolicy(stack, 'CentralPolicy', { bucket: 'acme-central-audit', policy: merged.json }),
      );
    });
    expect(onlyResource(json, 'aws_cloudtrail').depends_on).toEqual([
      `aws_s3_bucket_policy.${onlyResource(json, 'aws_s3_bucket_policy').logicalId}`,
    ]);
  });
});
