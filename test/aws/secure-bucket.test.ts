import { ArchiveStorageClass, SecureBucket, SecureBucketProps } from '../../src/aws/secure-bucket';
import { TrailWatchValidationError } from '../../src/core/validation';
import { awsStack, onlyResource, policyStatements, ref, resourcesOf, synthAws } from './helpers';

function synthBucket(props: SecureBucketProps = {}) {
  return synthAws((stack) => new SecureBucket(stack, 'Logs', props));
}

function buildError(props: SecureBucketProps): Error {
  try {
    new SecureBucket(awsStack(), 'Logs', props);
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected a validation error');
}

describe('SecureBucket', () => {
  test('blocks all four kinds of public access and disables ACLs', () => {
    const json = synthBucket();
    const bucketId = ref(json, 'aws_s3_bucket', 'id');
    expect(onlyResource(json, 'aws_s3_bucket_public_access_block')).toMatchObject({
      bucket: bucketId,
      block_public_acls: true,
      block_public_policy: true,
      ignore_public_acls: true,
      restrict_public_buckets: true,
    });
    expect(onlyResource(json, 'aws_s3_bucket_ownership_controls')).toMatchObject({ bucket: bucketId, rule: { object_ownership: 'BucketOwnerEnforced' } });
  });

  test('generates a name prefix, keeps objects on destroy and turns versioning on', () => {
    const json = synthBucket();
    const bucket = onlyResource(json, 'aws_s3_bucket');
    expect(bucket.bucket).toBeUndefined();
    expect(bucket.bucket_prefix).toMatch(/^stack-logs-[0-9a-f]{8}-$/);
    expect(String(bucket.bucket_prefix).length).toBeLessThanOrEqual(37);
    expect(bucket.force_destroy).toBe(false);
    expect(onlyResource(json, 'aws_s3_bucket_versioning')).toMatchObject({ versioning_configuration: { status: 'Enabled' } });
  });

  test('encrypts with SSE-S3 by default and with SSE-KMS plus a bucket key when given a key', () => {
    expect(onlyResource(synthBucket(), 'aws_s3_bucket_server_side_encryption_configuration').rule).toEqual([
      { apply_server_side_encryption_by_default: { sse_algorithm: 'AES256' } },
    ]);
    const keyArn = 'arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab';
    expect(onlyResource(synthBucket({ kmsKeyArn: keyArn }), 'aws_s3_bucket_server_side_encryption_configuration').rule).toEqual([
      { apply_server_side_encryption_by_default: { sse_algorithm: 'aws:kms', kms_master_key_id: keyArn }, bucket_key_enabled: true },
    ]);
  });

  test('expires objects after the retention, optionally after an archive transition', () => {
    const json = synthBucket({ retentionDays: 400, archiveTransition: { storageClass: ArchiveStorageClass.GLACIER_FLEXIBLE_RETRIEVAL, afterDays: 90 } });
    const lifecycle = onlyResource(json, 'aws_s3_bucket_lifecycle_configuration');
    expect(lifecycle.depends_on).toEqual([`aws_s3_bucket_versioning.${onlyResource(json, 'aws_s3_bucket_versioning').logicalId}`]);
    expect(lifecycle.rule).toEqual([
      {
        id: 'retention',
        status: 'Enabled',
        filter: [{ prefix: '' }],
        expiration: [{ days: 400 }],
        transition: [{ days: 90, storage_class: 'GLACIER' }],
        noncurrent_version_expiration: [{ noncurrent_days: 30 }],
        abort_incomplete_multipart_upload: [{ days_after_initiation: 7 }],
      },
    ]);
    const defaults = onlyResource(synthBucket(), 'aws_s3_bucket_lifecycle_configuration').rule as Record<string, unknown>[];
    expect(defaults[0].expiration).toEqual([{ days: 365 }]);
    expect(defaults[0].transition).toBeUndefined();
  });

  test('has one TLS-only bucket policy that added statements join', () => {
    const json = synthAws((stack) => {
      const bucket = new SecureBucket(stack, 'Logs');
      bucket.addToResourcePolicy({
        sid: 'DeliveryWrite',
        effect: 'Allow',
        principals: [{ type: 'Service', identifiers: ['delivery.logs.amazonaws.com'] }],
        actions: ['s3:PutObject'],
        resources: [`${bucket.bucketArn}/logs/*`],
      });
    });
    expect(Object.keys(resourcesOf(json, 'aws_s3_bucket_policy'))).toHaveLength(1);
    const policy = onlyResource(json, 'aws_s3_bucket_policy');
    const arn = ref(json, 'aws_s3_bucket', 'arn');
    expect(policy.depends_on).toEqual(
      expect.arrayContaining([`aws_s3_bucket_public_access_block.${onlyResource(json, 'aws_s3_bucket_public_access_block').logicalId}`]),
    );
    const statements = policyStatements(json, policy.policy);
    expect(statements.map((s) => s.sid)).toEqual(['DenyInsecureTransport', 'DeliveryWrite']);
    expect(statements[0]).toEqual({
      sid: 'DenyInsecureTransport',
      effect: 'Deny',
      principals: [{ type: '*', identifiers: ['*'] }],
      actions: ['s3:*'],
      resources: [arn, `${arn}/*`],
      condition: [{ test: 'Bool', variable: 'aws:SecureTransport', values: ['false'] }],
    });
  });

  test('refuses a statement id used twice', () => {
    const bucket = new SecureBucket(awsStack(), 'Logs');
    expect(() => bucket.addToResourcePolicy({ sid: 'DenyInsecureTransport', actions: ['s3:GetObject'], resources: ['*'] })).toThrow('already in this policy');
  });

  test.each([
    [{ bucketName: 'Audit_Logs' }, 'Logs.bucketName: "Audit_Logs" is not a valid S3 bucket name'],
    [{ bucketName: 'ab' }, 'must be 3 to 63 characters long'],
    [{ bucketName: 'audit..logs' }, 'must not contain ".."'],
    [{ bucketName: '192.168.5.4' }, 'must not look like an IP address'],
    [{ bucketName: 'xn--audit' }, 'reserved by S3'],
    [{ retentionDays: 0 }, 'Logs.retentionDays: 0 is out of range'],
    [{ retentionDays: 1.5 }, 'Logs.retentionDays: 1.5 is out of range'],
    [{ noncurrentVersionRetentionDays: 0 }, 'Logs.noncurrentVersionRetentionDays: 0 is out of range'],
    [{ archiveTransition: { storageClass: ArchiveStorageClass.STANDARD_IA, afterDays: 10 } }, 'Logs.archiveTransition.afterDays: S3 moves objects to STANDARD_IA only 30 days'],
    [{ retentionDays: 90, archiveTransition: { storageClass: ArchiveStorageClass.DEEP_ARCHIVE, afterDays: 90 } }, 'objects would expire (day 90) before or when they move to DEEP_ARCHIVE'],
    [{ archiveTransition: { storageClass: ArchiveStorageClass.GLACIER_INSTANT_RETRIEVAL, afterDays: -1 } }, 'Logs.archiveTransition.afterDays: -1 is out of range'],
  ] as [SecureBucketProps, string][])('rejects %j', (props, message) => {
    const error = buildError(props);
    expect(error).toBeInstanceOf(TrailWatchValidationError);
    expect(error.message).toContain(message);
  });

  test('accepts a valid explicit name and every archive class', () => {
    for (const storageClass of Object.values(ArchiveStorageClass)) {
      expect(() => new SecureBucket(awsStack(), 'Logs', { bucketName: 'acme-audit-logs.prod', archiveTransition: { storageClass, afterDays: 30 } })).not.toThrow();
    }
  });
});
