import { TLS_DENY_S3, awsDocument, fragment, obsTlsPolicy } from './fragment';
import { tlsOnlyResourcePolicy } from './tls-only-resource-policy';

const check = tlsOnlyResourcePolicy.check;

describe('tls-only-resource-policy', () => {
  test('accepts an S3 bucket whose policy document denies non-TLS on the bucket and its objects', () => {
    const doc = awsDocument('Doc', [TLS_DENY_S3('B')]);
    expect(
      check(
        fragment({
          data: { aws_iam_policy_document: doc.data },
          resource: {
            aws_s3_bucket: { B: {} },
            aws_s3_bucket_policy: { P: { bucket: '${aws_s3_bucket.B.id}', policy: doc.ref } },
          },
        }),
      ),
    ).toEqual([]);
  });

  test('flags a bucket, queue, topic and OBS bucket without any policy', () => {
    const findings = check(
      fragment({
        resource: {
          aws_s3_bucket: { B: {} },
          aws_sqs_queue: { Q: {} },
          aws_sns_topic: { T: {} },
          huaweicloud_obs_bucket: { O: {} },
        },
      }),
    );
    expect(findings.map((f) => f.address)).toEqual([
      'aws_s3_bucket.B',
      'aws_sqs_queue.Q',
      'aws_sns_topic.T',
      'huaweicloud_obs_bucket.O',
    ]);
  });

  test('flags a deny that misses the objects, the condition or anyone as principal', () => {
    const noObjects = { ...TLS_DENY_S3('B'), resources: ['${aws_s3_bucket.B.arn}'] };
    const noCondition = { ...TLS_DENY_S3('B'), condition: [] };
    const onlyOne = {
      ...TLS_DENY_S3('B'),
      principals: [{ type: 'AWS', identifiers: ['arn:aws:iam::111122223333:root'] }],
    };
    for (const statement of [noObjects, noCondition, onlyOne]) {
      const doc = awsDocument('Doc', [statement]);
      const findings = check(
        fragment({
          data: { aws_iam_policy_document: doc.data },
          resource: {
            aws_s3_bucket: { B: {} },
            aws_s3_bucket_policy: { P: { bucket: '${aws_s3_bucket.B.id}', policy: doc.ref } },
          },
        }),
      );
      expect(findings).toEqual([expect.objectContaining({ address: 'aws_s3_bucket_policy.P' })]);
    }
  });

  test('flags an SQS queue policy (inline JSON) that only allows', () => {
    const policy = JSON.stringify({
      Statement: [
        {
          Effect: 'Allow',
          Principal: { Service: 'events.amazonaws.com' },
          Action: 'sqs:SendMessage',
          Resource: '${aws_sqs_queue.Q.arn}',
        },
      ],
    });
    const findings = check(
      fragment({
        resource: {
          aws_sqs_queue: { Q: {} },
          aws_sqs_queue_policy: { P: { queue_url: '${aws_sqs_queue.Q.url}', policy } },
        },
      }),
    );
    expect(findings).toEqual([expect.objectContaining({ address: 'aws_sqs_queue_policy.P' })]);
    expect(findings[0].message).toContain('no Deny conditioned on SecureTransport');
  });

  test('accepts sns:Publish as the action of an SNS topic TLS deny (AWS documented form)', () => {
    const policy = JSON.stringify({
      Statement: [
        {
          Effect: 'Deny',
          Principal: '*',
          Action: 'SNS:Publish',
          Resource: '${aws_sns_topic.T.arn}',
          Condition: { Bool: { 'aws:SecureTransport': 'false' } },
        },
      ],
    });
    expect(
      check(
        fragment({
          resource: {
            aws_sns_topic: { T: {} },
            aws_sns_topic_policy: { P: { arn: '${aws_sns_topic.T.arn}', policy } },
          },
        }),
      ),
    ).toEqual([]);
  });

  test('OBS: accepts the TLS-only bucket policy, flags one on the wrong condition key value', () => {
    const good = check(
      fragment({
        resource: {
          huaweicloud_obs_bucket: { O: {} },
          huaweicloud_obs_bucket_policy: {
            P: { bucket: '${huaweicloud_obs_bucket.O.bucket}', policy: obsTlsPolicy('O') },
          },
        },
      }),
    );
    expect(good).toEqual([]);
    const bad = check(
      fragment({
        resource: {
          huaweicloud_obs_bucket: { O: {} },
          huaweicloud_obs_bucket_policy: {
            P: {
              bucket: '${huaweicloud_obs_bucket.O.bucket}',
              policy: obsTlsPolicy('O', { Condition: { Bool: { SecureTransport: ['true'] } } }),
            },
          },
        },
      }),
    );
    expect(bad).toEqual([expect.objectContaining({ address: 'huaweicloud_obs_bucket_policy.P' })]);
  });
});

test('tls-only-resource-policy checks Open Telekom Cloud OBS buckets', () => {
  const json = (policy?: string) =>
    fragment({
      resource: {
        opentelekomcloud_obs_bucket: { O: {} },
        ...(policy
          ? { opentelekomcloud_obs_bucket_policy: { P: { bucket: '${opentelekomcloud_obs_bucket.O.bucket}', policy } } }
          : {}),
      },
    });
  const good = obsTlsPolicy('O').split('huaweicloud_obs_bucket').join('opentelekomcloud_obs_bucket');
  expect(tlsOnlyResourcePolicy.check(json(good))).toEqual([]);
  expect(tlsOnlyResourcePolicy.check(json())).toEqual([
    expect.objectContaining({ address: 'opentelekomcloud_obs_bucket.O' }),
  ]);
});
