import { TrailQueryApi } from '../../src/aws/trail-query';
import { SecureBucket } from '../../src/aws/secure-bucket';
import { TagEnrichment } from '../../src/aws/tag-enrichment';
import { validateKmsKeyArn, validateSnsTopicArn } from '../../src/aws/arn-validation';
import { TrailWatchValidationError } from '../../src/core/validation';
import { awsStack } from './helpers';

const KEY = 'arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab';
const ALIAS = 'arn:aws:kms:eu-west-1:111122223333:alias/audit';

describe('ARN props are checked at synth', () => {
  test('KMS keys: key ARNs always, aliases only where the service resolves them', () => {
    expect(() => validateKmsKeyArn('x', KEY)).not.toThrow();
    expect(() => validateKmsKeyArn('x', ALIAS, { allowAlias: true })).not.toThrow();
    expect(() => validateKmsKeyArn('F.kmsKeyArn', ALIAS)).toThrow(/F\.kmsKeyArn: ".*alias\/audit" is not a KMS key ARN.*an alias cannot be granted/);
    expect(() => validateSnsTopicArn('F.topic', 'arn:aws:sqs:eu-west-1:111122223333:q')).toThrow(TrailWatchValidationError);
  });

  test.each<[string, () => unknown, string]>([
    ['bucket key', () => new SecureBucket(awsStack(), 'B', { kmsKeyArn: 'bogus' }), 'B.kmsKeyArn: "bogus" is not a KMS key or alias ARN'],
    ['trail key of the query API', () => new TrailQueryApi(awsStack(), 'Q', { existingTrailBucketName: 'acme-trail', trailKmsKeyArn: ALIAS }), 'Q.trailKmsKeyArn'],
    ['alarm topic of the query API', () => new TrailQueryApi(awsStack(), 'Q', { existingTrailBucketName: 'acme-trail', alarmTopicArn: 'not-an-arn' }), 'Q.alarmTopicArn: "not-an-arn" is not an SNS topic ARN'],
    ['target key of tag enrichment', () => new TagEnrichment(awsStack(), 'T', { sourceLogGroupName: 'trail', targetKmsKeyArn: 'key' }), 'T.targetKmsKeyArn'],
  ])('%s', (_name, build, message) => {
    expect(build).toThrow(message);
  });
});
