import { encryptionAtRest } from './encryption-at-rest';
import { fragment } from './fragment';

const check = encryptionAtRest.check;

describe('encryption-at-rest', () => {
  test('flags an S3 bucket without an encryption configuration, accepts one with', () => {
    const findings = check(
      fragment({
        resource: {
          aws_s3_bucket: { Plain: {}, Encrypted: {} },
          aws_s3_bucket_server_side_encryption_configuration: {
            E: {
              bucket: '${aws_s3_bucket.Encrypted.id}',
              rule: [{ apply_server_side_encryption_by_default: { sse_algorithm: 'aws:kms' } }],
            },
          },
        },
      }),
    );
    expect(findings.map((f) => f.address)).toEqual(['aws_s3_bucket.Plain']);
  });

  test('flags an SNS topic without a key and an SQS queue without SSE', () => {
    const findings = check(
      fragment({
        resource: {
          aws_sns_topic: { T: { name: 't' }, K: { kms_master_key_id: 'alias/aws/sns' } },
          aws_sqs_queue: {
            Q: { name: 'q' },
            S: { sqs_managed_sse_enabled: true },
            C: { kms_master_key_id: '${aws_kms_key.K.arn}' },
          },
        },
      }),
    );
    expect(findings.map((f) => f.address)).toEqual(['aws_sns_topic.T', 'aws_sqs_queue.Q']);
  });

  test('flags an OBS bucket without server-side encryption', () => {
    const findings = check(
      fragment({
        resource: {
          huaweicloud_obs_bucket: { Off: { acl: 'private' }, On: { encryption: true, sse_algorithm: 'kms' } },
        },
      }),
    );
    expect(findings).toEqual([
      expect.objectContaining({
        address: 'huaweicloud_obs_bucket.Off',
        message: expect.stringContaining('encryption = true'),
      }),
    ]);
  });
});

test('encryption-at-rest flags an Alibaba Cloud logstore without encrypt_conf and an OSS bucket without SSE', () => {
  const findings = encryptionAtRest.check(
    fragment({
      resource: {
        alicloud_log_store: {
          Plain: { logstore_name: 'p' },
          Encrypted: { encrypt_conf: { enable: true, encrypt_type: 'default' } },
        },
        alicloud_oss_bucket: {
          Plain: { bucket: 'b' },
          Encrypted: { server_side_encryption_rule: { sse_algorithm: 'KMS' } },
        },
      },
    }),
  );
  expect(findings.map((f) => f.address)).toEqual(['alicloud_log_store.Plain', 'alicloud_oss_bucket.Plain']);
});

test('encryption-at-rest flags an Open Telekom Cloud OBS bucket without server_side_encryption', () => {
  const findings = encryptionAtRest.check(
    fragment({
      resource: {
        opentelekomcloud_obs_bucket: {
          Plain: { acl: 'private' },
          Encrypted: {
            server_side_encryption: { algorithm: 'kms', kms_key_id: '${opentelekomcloud_kms_key_v1.K.id}' },
          },
        },
      },
    }),
  );
  expect(findings.map((f) => f.address)).toEqual(['opentelekomcloud_obs_bucket.Plain']);
});
