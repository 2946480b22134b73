import { AlertTopic } from '../../../src/aws/alert-topic';
import { TrailQueryApi, TrailQueryApiProps } from '../../../src/aws/trail-query';
import { SecureBucket } from '../../../src/aws/secure-bucket';
import { TagEnrichment } from '../../../src/aws/tag-enrichment';
import { validateKmsKeyArn, validateRoleArn, validateSnsTopicArn } from '../../../src/aws/arn-validation';
import { SecureBucket as S3Bucket } from '../../../src/aws/secure-bucket';
import { TrailWatchValidationError } from '../../../src/core/validation';
import { awsStack } from './helpers';

const KEY = 'arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab';
const ALIAS = 'arn:aws:kms:eu-west-1:111122223333:alias/audit';

function queryApi(props: Partial<TrailQueryApiProps>): TrailQueryApi {
  const stack = awsStack();
  return new TrailQueryApi(stack, 'Q', {
    trailBucket: S3Bucket.fromBucketName(stack, 'Trail', 'acme-trail'),
    ...props,
  });
}

describe('ARN props are checked at synth', () => {
  test('KMS keys: key ARNs always, aliases only where the service resolves them', () => {
    expect(() => validateKmsKeyArn('x', KEY)).not.toThrow();
    expect(() => validateKmsKeyArn('x', ALIAS, { allowAlias: true })).not.toThrow();
    expect(() => validateKmsKeyArn('F.kmsKeyArn', ALIAS)).toThrow(
      /F\.kmsKeyArn: ".*alias\/audit" is not a KMS key ARN.*an alias cannot be granted/,
    );
    expect(() => validateSnsTopicArn('F.topic', 'arn:aws:sqs:eu-west-1:111122223333:q')).toThrow(
      TrailWatchValidationError,
    );
    expect(() => validateSnsTopicArn('F.topic', 'arn:aws:sns:eu-west-1:111122223333:alerts.fifo')).not.toThrow();
  });

  test('IAM role ARNs: roles only, never users or bare names', () => {
    expect(() => validateRoleArn('F.role', 'arn:aws:iam::111122223333:role/path/audit')).not.toThrow();
    expect(() => validateRoleArn('F.role', 'arn:aws:iam::111122223333:user/alice')).toThrow(
      'F.role: "arn:aws:iam::111122223333:user/alice" is not an IAM role ARN (it names an IAM user, not a role)',
    );
    expect(() => validateRoleArn('F.role', 'audit')).toThrow('a role name alone is not enough');
  });

  test.each<[string, () => unknown, string]>([
    [
      'bucket key',
      () => new SecureBucket(awsStack(), 'B', { kmsKeyArn: 'bogus' }),
      'stack/B.kmsKeyArn: "bogus" is not a KMS key or alias ARN',
    ],
    ['trail key of the query API', () => queryApi({ trailKmsKeyArn: ALIAS }), 'stack/Q.trailKmsKeyArn'],
    [
      'alarm topic of the query API',
      () => queryApi({ alarmTopic: AlertTopic.fromTopicArn(awsStack(), 'Alarm', 'not-an-arn') }),
      'stack/Alarm.topicArn: "not-an-arn" is not an SNS topic ARN',
    ],
    [
      'target key of tag enrichment',
      () => new TagEnrichment(awsStack(), 'T', { sourceLogGroupName: 'trail', targetKmsKeyArn: 'key' }),
      'T.targetKmsKeyArn',
    ],
  ])('%s', (_name, build, message) => {
    expect(build).toThrow(message);
  });
});
