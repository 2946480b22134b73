import { ArchiveStorageClass, ObjectLockMode, SecureBucket, SecureBucketProps } from '../../../src/aws/secure-bucket';
import { TrailWatchValidationError } from '../../../src/core/validation';
import { awsStack, onlyResource, policyStatements, ref, resourcesOf, synthAws } from './helpers';

/** One bucket (access logs off unless asked for), so that single-resource look-ups find it. */
function synthBucket(props: SecureBucketProps = {}) {
  return synthAws((stack) => new SecureBucket(stack, 'Logs', { serverAccessLogs: false, ...props }));
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
    expect(onlyResource(json, 'aws_s3_bucket_ownership_controls')).toMatchObject({
      bucket: bucketId,
      rule: { object_ownership: 'BucketOwnerEnforced' },
    });
  });

  test('generates a name prefix, keeps objects on destroy and turns versioning on', () => {
    const json = synthBucket();
    const bucket = onlyResource(json, 'aws_s3_bucket');
    expect(bucket.bucket).toBeUndefined();
    expect(bucket.bucket_prefix).toMatch(/^stack-logs-[0-9a-f]{8}-$/);
    expect(String(bucket.bucket_prefix).length).toBeLessThanOrEqual(37);
    expect(bucket.force_destroy).toBe(false);
    expect(onlyResource(json, 'aws_s3_bucket_versioning')).toMatchObject({
      versioning_configuration: { status: 'Enabled' },
    });
  });

  test('encrypts with SSE-S3 by default and with SSE-KMS plus a bucket key when given a key', () => {
    expect(onlyResource(synthBucket(), 'aws_s3_bucket_server_side_encryption_configuration').rule).toEqual([
      { apply_server_side_encryption_by_default: { sse_algorithm: 'AES256' } },
    ]);
    const keyArn = 'arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab';
    expect(
      onlyResource(synthBucket({ kmsKeyArn: keyArn }), 'aws_s3_bucket_server_side_encryption_configuration').rule,
    ).toEqual([
      {
        apply_server_side_encryption_by_default: { sse_algorithm: 'aws:kms', kms_master_key_id: keyArn },
        bucket_key_enabled: true,
      },
    ]);
  });

  test('expires objects after the retention, optionally after an archive transition', () => {
    const json = synthBucket({
      retentionDays: 400,
      archiveTransition: { storageClass: ArchiveStorageClass.GLACIER_FLEXIBLE_RETRIEVAL, afterDays: 90 },
    });
    const lifecycle = onlyResource(json, 'aws_s3_bucket_lifecycle_configuration');
    expect(lifecycle.depends_on).toEqual([
      `aws_s3_bucket_versioning.${onlyResource(json, 'aws_s3_bucket_versioning').logicalId}`,
    ]);
    expect(lifecycle.rule).toEqual([
      {
        id: 'retention',
        status: 'Enabled',
        filter: [{ prefix: '' }],
        expiration: [{ days: 400 }],
        transition: [{ days: 90, storage_class: 'GLACIER' }],
        // Replaced or deleted versions are kept for the whole retention.
        noncurrent_version_expiration: [{ noncurrent_days: 400 }],
        abort_incomplete_multipart_upload: [{ days_after_initiation: 7 }],
      },
    ]);
    const defaults = onlyResource(synthBucket(), 'aws_s3_bucket_lifecycle_configuration').rule as Record<
      string,
      unknown
    >[];
    expect(defaults[0].expiration).toEqual([{ days: 365 }]);
    expect(defaults[0].transition).toBeUndefined();
  });

  test('has one TLS-only bucket policy that added statements join', () => {
    const json = synthAws((stack) => {
      const bucket = new SecureBucket(stack, 'Logs', { serverAccessLogs: false });
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
      expect.arrayContaining([
        `aws_s3_bucket_public_access_block.${onlyResource(json, 'aws_s3_bucket_public_access_block').logicalId}`,
      ]),
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
    expect(() =>
      bucket.addToResourcePolicy({ sid: 'DenyInsecureTransport', actions: ['s3:GetObject'], resources: ['*'] }),
    ).toThrow('already in this policy');
  });

  test.each([
    [{ bucketName: 'Audit_Logs' }, 'stack/Logs.bucketName: "Audit_Logs" is not a valid S3 bucket name'],
    [{ bucketName: 'ab' }, 'must be 3 to 63 characters long'],
    [{ bucketName: 'audit..logs' }, 'must not contain ".."'],
    [{ bucketName: '192.168.5.4' }, 'must not look like an IP address'],
    [{ bucketName: 'xn--audit' }, 'reserved by S3'],
    [{ retentionDays: 0 }, 'stack/Logs.retentionDays: 0 is out of range'],
    [{ retentionDays: 1.5 }, 'stack/Logs.retentionDays: 1.5 is out of range'],
    [
      { objectLock: { mode: ObjectLockMode.COMPLIANCE, days: 400 } },
      'stack/Logs.objectLock.days: objects would stay locked (400 days) after their retention ends (365 days)',
    ],
    [
      { objectLock: { mode: 'FOREVER' as ObjectLockMode, days: 30 } },
      'stack/Logs.objectLock.mode: "FOREVER" is not an Object Lock mode',
    ],
    [{ objectLock: { mode: ObjectLockMode.GOVERNANCE, days: 0 } }, 'stack/Logs.objectLock.days: 0 is out of range'],
    [{ noncurrentVersionRetentionDays: 0 }, 'stack/Logs.noncurrentVersionRetentionDays: 0 is out of range'],
    [
      { archiveTransition: { storageClass: ArchiveStorageClass.STANDARD_IA, afterDays: 10 } },
      'stack/Logs.archiveTransition.afterDays: S3 moves objects to STANDARD_IA only 30 days',
    ],
    [
      { retentionDays: 90, archiveTransition: { storageClass: ArchiveStorageClass.DEEP_ARCHIVE, afterDays: 90 } },
      'objects would expire (day 90) before or when they move to DEEP_ARCHIVE',
    ],
    [
      { archiveTransition: { storageClass: ArchiveStorageClass.GLACIER_INSTANT_RETRIEVAL, afterDays: -1 } },
      'stack/Logs.archiveTransition.afterDays: -1 is out of range',
    ],
  ] as [SecureBucketProps, string][])('rejects %j', (props, message) => {
    const error = buildError(props);
    expect(error).toBeInstanceOf(TrailWatchValidationError);
    expect(error.message).toContain(message);
  });

  test('accepts a valid explicit name and every archive class', () => {
    for (const storageClass of Object.values(ArchiveStorageClass)) {
      expect(
        () =>
          new SecureBucket(awsStack(), 'Logs', {
            bucketName: 'acme-audit-logs.prod',
            archiveTransition: { storageClass, afterDays: 30 },
          }),
      ).not.toThrow();
    }
  });

  test('fromBucketName gives an IAuditBucket that creates nothing and leaves the policy to its owner', () => {
    let arn = '';
    const json = synthAws((stack) => {
      const bucket = SecureBucket.fromBucketName(stack, 'Existing', 'acme-audit-logs.prod');
      expect(bucket.bucketName).toBe('acme-audit-logs.prod');
      expect(bucket.addToResourcePolicy({ sid: 'X', actions: ['s3:GetObject'], resources: ['*'] })).toBe(false);
      arn = bucket.bucketArn;
    });
    expect(json.resource ?? {}).toEqual({});
    // The partition comes from the provider (aws, aws-cn, aws-us-gov).
    expect(arn).toMatch(/^arn:.+:s3:::acme-audit-logs\.prod$/);
    expect(Object.keys(json.data?.aws_partition ?? {})).toHaveLength(1);
  });

  test.each([
    ['Audit_Logs', 'stack/Existing.bucketName: "Audit_Logs" is not a valid S3 bucket name'],
    ['ab', 'stack/Existing.bucketName: "ab" is not a valid S3 bucket name: it must be 3 to 63 characters long'],
    ['192.168.5.4', 'must not look like an IP address'],
  ])('fromBucketName rejects %s, naming the importer and the fix', (name, message) => {
    expect(() => SecureBucket.fromBucketName(awsStack(), 'Existing', name)).toThrow(message);
    expect(() => SecureBucket.fromBucketName(awsStack(), 'Existing', name)).toThrow(
      'Choose a name such as "acme-audit-logs-prod"',
    );
  });

  test('server access logs go to a log bucket made next to it by default, admitted for this bucket only', () => {
    const json = synthAws((stack) => new SecureBucket(stack, 'Logs', { retentionDays: 400 }));
    const buckets = resourcesOf(json, 'aws_s3_bucket');
    const logBucketId = Object.keys(buckets).find((id) => id.includes('AccessLogs'));
    const bucketId = Object.keys(buckets).find((id) => !id.includes('AccessLogs'));
    expect(Object.keys(buckets)).toHaveLength(2);
    const logging = onlyResource(json, 'aws_s3_bucket_logging');
    expect(logging).toMatchObject({
      bucket: `\${aws_s3_bucket.${bucketId}.id}`,
      target_bucket: `\${aws_s3_bucket.${logBucketId}.bucket}`,
      target_prefix: 'access-logs/',
    });
    // The log bucket is hardened the same way, keeps the logs as long, and does not log itself.
    const logPolicy = Object.entries(resourcesOf(json, 'aws_s3_bucket_policy')).find(([id]) =>
      id.includes('AccessLogs'),
    )?.[1];
    expect(logging.depends_on).toEqual([expect.stringContaining('AccessLogs_Policy')]);
    const statements = policyStatements(json, logPolicy?.policy);
    expect(statements.map((s) => s.sid)).toEqual(['DenyInsecureTransport', 'S3ServerAccessLogs']);
    expect(statements[1]).toMatchObject({
      principals: [{ type: 'Service', identifiers: ['logging.s3.amazonaws.com'] }],
      actions: ['s3:PutObject'],
      resources: [`\${aws_s3_bucket.${logBucketId}.arn}/access-logs/*`],
      condition: [
        { test: 'ArnLike', variable: 'aws:SourceArn', values: [`\${aws_s3_bucket.${bucketId}.arn}`] },
        {
          test: 'StringEquals',
          variable: 'aws:SourceAccount',
          values: [expect.stringContaining('aws_caller_identity')],
        },
      ],
    });
    const rules = Object.values(resourcesOf(json, 'aws_s3_bucket_lifecycle_configuration')).map(
      (l) => (l.rule as { expiration: unknown }[])[0].expiration,
    );
    expect(rules).toEqual([[{ days: 400 }], [{ days: 400 }]]);
    expect(
      Object.values(resourcesOf(json, 'aws_s3_bucket_server_side_encryption_configuration')).map((e) => e.rule),
    ).toContainEqual([{ apply_server_side_encryption_by_default: { sse_algorithm: 'AES256' } }]);
  });

  test('server access logs can go to an existing log bucket (its owner admits S3 logging)', () => {
    const json = synthAws(
      (stack) =>
        new SecureBucket(stack, 'Logs', {
          serverAccessLogs: SecureBucket.fromBucketName(stack, 'Central', 'acme-access-logs'),
        }),
    );
    expect(Object.keys(resourcesOf(json, 'aws_s3_bucket'))).toHaveLength(1);
    expect(onlyResource(json, 'aws_s3_bucket_logging')).toMatchObject({ target_bucket: 'acme-access-logs' });
    expect(onlyResource(json, 'aws_s3_bucket_logging').depends_on).toBeUndefined();
  });

  test('Object Lock: switched on at creation, default retention of new versions', () => {
    const json = synthBucket({ objectLock: { mode: ObjectLockMode.COMPLIANCE, days: 90 } });
    expect(onlyResource(json, 'aws_s3_bucket').object_lock_enabled).toBe(true);
    expect(onlyResource(json, 'aws_s3_bucket_object_lock_configuration')).toMatchObject({
      bucket: ref(json, 'aws_s3_bucket', 'id'),
      rule: { default_retention: { mode: 'COMPLIANCE', days: 90 } },
    });
    expect(onlyResource(synthBucket(), 'aws_s3_bucket').object_lock_enabled).toBeUndefined();
  });
});
