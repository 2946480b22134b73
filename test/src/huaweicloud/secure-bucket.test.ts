import { AuditTracker } from '../../../src/huaweicloud/audit-tracker';
import { SecureBucket } from '../../../src/huaweicloud/secure-bucket';
import { TrailWatchValidationError } from '../../../src/core/validation';
import { onlyResource, resourcesOf, synthJson } from '../../helpers/synth';
import { huaweiStack } from './helpers';

describe('Huawei SecureBucket', () => {
  test('private, SSE-KMS, versioned, retention, TLS-only, tagged', () => {
    const stack = huaweiStack();
    new SecureBucket(stack, 'Traces', {
      region: 'cn-north-4',
      bucketName: 'acme-traces',
      retentionDays: 400,
      tags: { team: 'soc' },
    });
    const json = synthJson(stack);
    expect(onlyResource(json, 'huaweicloud_obs_bucket')).toMatchObject({
      bucket: 'acme-traces',
      acl: 'private',
      encryption: true,
      sse_algorithm: 'kms',
      versioning: true,
      tags: { team: 'soc' },
      lifecycle_rule: [expect.objectContaining({ expiration: [{ days: 400 }] })],
    });
    const policy = JSON.parse(onlyResource(json, 'huaweicloud_obs_bucket_policy').policy as string);
    expect(policy.Statement).toEqual([
      expect.objectContaining({ Effect: 'Deny', Condition: { Bool: { SecureTransport: ['false'] } } }),
    ]);
  });

  test('fromBucketName: an existing bucket, nothing created; the tracker delivers to it', () => {
    const stack = huaweiStack();
    const bucket = SecureBucket.fromBucketName(stack, 'Existing', 'acme-central-traces');
    const tracker = new AuditTracker(stack, 'Tracker', { region: 'cn-north-4', bucket, tags: { team: 'soc' } });
    const json = synthJson(stack);
    expect(resourcesOf(json, 'huaweicloud_obs_bucket')).toEqual({});
    expect(onlyResource(json, 'huaweicloud_cts_tracker')).toMatchObject({
      bucket_name: 'acme-central-traces',
      tags: { team: 'soc' },
    });
    expect(onlyResource(json, 'huaweicloud_cts_tracker').depends_on).toBeUndefined();
    expect(tracker.bucket).toBeUndefined();
    expect(tracker.auditBucket).toBe(bucket);
  });

  test.each([
    ['Acme_Traces', 'stack/Existing.bucketName: "Acme_Traces" is not a valid OBS bucket name'],
    ['ab', 'it must be 3 to 63 characters long'],
    ['acme.-traces', '"." must not be next to "." or "-"'],
    ['192.168.5.4', 'must not look like an IP address'],
  ])('fromBucketName rejects %s, naming the importer and the fix', (name, message) => {
    const build = () => SecureBucket.fromBucketName(huaweiStack(), 'Existing', name);
    expect(build).toThrow(TrailWatchValidationError);
    expect(build).toThrow(message);
    expect(build).toThrow('Choose a name such as "acme-audit-traces"');
  });

  test('props errors name the construct path', () => {
    expect(() => new SecureBucket(huaweiStack(), 'B', { region: 'cn-north-4', retentionDays: 0 })).toThrow(
      'stack/B.retentionDays: 0 is out of range',
    );
    expect(() => new SecureBucket(huaweiStack(), 'B', { region: 'cn-north-4', bucketName: 'Bad_Name' })).toThrow(
      'stack/B.bucketName: "Bad_Name" is not a valid OBS bucket name',
    );
    const stack = huaweiStack();
    const bucket = SecureBucket.fromBucketName(stack, 'Existing', 'acme-traces');
    expect(() => new AuditTracker(stack, 'Tr', { region: 'cn-north-4', bucket, retentionDays: 30 })).toThrow(
      'stack/Tr.bucket: cannot be combined with stack/Tr.retentionDays',
    );
  });
});
