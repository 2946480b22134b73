/**
 * Issue 13, item 1 on AWS: every `*_ENDPOINT` override of the AWS functions must be https on an AWS domain
 * (amazonaws.com, amazonaws.com.cn, api.aws); only the local-test switch TRAILWATCH_ALLOW_LOCAL_ENDPOINTS admits
 * loopback http(s), and nothing else. The role's signed requests never go to a host of someone else.
 */
import { handler as keywordHandler } from '../../../runtime/aws/functions/log-keyword-alarm';
import { handler as loginHandler } from '../../../runtime/aws/functions/login-alarm';
import { awsEndpointOverride, untrustedAwsEndpointReason } from '../../../runtime/aws/endpoints';
import { snsPublisher } from '../../../runtime/aws/sns';
import { s3ClientFromSettings, storeFromSettings } from '../../../runtime/aws/trail-query/aws-clients';
import { eventBridgeEnvelope, iamUserNoMfa } from '../../src/aws/fixtures/signin-events';

const lookup = (values: Record<string, string>) => (name: string) => values[name];

describe('awsEndpointOverride', () => {
  test.each([
    'https://sns.eu-west-1.amazonaws.com',
    'https://vpce-0123-abcd.sns.eu-west-1.vpce.amazonaws.com',
    'https://s3.cn-north-1.amazonaws.com.cn/',
    'https://dynamodb.eu-west-1.api.aws',
    'https://sns-fips.us-gov-west-1.amazonaws.com',
  ])('%s is accepted', (url) => {
    expect(awsEndpointOverride(lookup({ TRAILWATCH_AWS_ENDPOINT: url }))).toBe(url.replace(/\/$/, ''));
  });

  test.each([
    ['http://sns.eu-west-1.amazonaws.com', 'is not https'],
    ['https://attacker.example', 'is not on an AWS domain'],
    ['https://amazonaws.com.attacker.example', 'is not on an AWS domain'],
    ['https://evilamazonaws.com', 'is not on an AWS domain'],
    ['https://user:pw@sns.eu-west-1.amazonaws.com', 'carries user info'],
    ['http://127.0.0.1:4566', 'is not https'],
    ['not a url', 'is not a URL'],
  ])('%s is refused (%s), naming the setting', (url, reason) => {
    expect(() => awsEndpointOverride(lookup({ TRAILWATCH_AWS_ENDPOINT: url }))).toThrow(
      new RegExp(`^setting TRAILWATCH_AWS_ENDPOINT=".*" ${reason}.*: an endpoint override must be an https URL`),
    );
  });

  test('the local-test switch admits loopback only', () => {
    for (const url of ['http://127.0.0.1:4566', 'http://localhost:8000', 'http://[::1]:9000']) {
      expect(
        awsEndpointOverride(lookup({ TRAILWATCH_AWS_ENDPOINT: url, TRAILWATCH_ALLOW_LOCAL_ENDPOINTS: 'true' })),
      ).toBe(url);
    }
    expect(untrustedAwsEndpointReason('http://10.0.0.5:4566', true)).toBe('is not https');
    expect(untrustedAwsEndpointReason('https://attacker.example', true)).toMatch(/not on an AWS domain/);
  });

  test('a client-specific setting is checked under its own name, then the shared one', () => {
    expect(() =>
      awsEndpointOverride(
        lookup({ TRAILWATCH_DYNAMODB_ENDPOINT: 'http://ddb.attacker.example' }),
        'TRAILWATCH_DYNAMODB_ENDPOINT',
      ),
    ).toThrow(/^setting TRAILWATCH_DYNAMODB_ENDPOINT=/);
    expect(() =>
      awsEndpointOverride(lookup({ TRAILWATCH_AWS_ENDPOINT: 'https://x.example' }), 'TRAILWATCH_S3_ENDPOINT'),
    ).toThrow(/^setting TRAILWATCH_AWS_ENDPOINT=/);
    expect(awsEndpointOverride(lookup({}), 'TRAILWATCH_S3_ENDPOINT')).toBeUndefined();
  });
});

describe('every AWS function checks its overrides before sending anything', () => {
  const bad = { TRAILWATCH_AWS_ENDPOINT: 'https://collector.attacker.example' };
  const savedEnv = { ...process.env };
  afterEach(() => {
    process.env = { ...savedEnv };
  });

  test('SNS publishing (login, keyword and CIS alarms)', async () => {
    const publish = snsPublisher(lookup({ ...bad, TRAILWATCH_SNS_TOPIC_ARN: 'arn:aws:sns:eu-west-1:111122223333:t' }));
    await expect(publish('s', 'b')).rejects.toThrow(/TRAILWATCH_AWS_ENDPOINT.*is not on an AWS domain/);
  });

  test('login alarm handler', async () => {
    process.env = { ...savedEnv, ...bad, AWS_REGION: 'eu-west-1', TRAILWATCH_ALLOW_LIST: '192.0.2.0/24' };
    await expect(loginHandler(eventBridgeEnvelope(iamUserNoMfa))).rejects.toThrow(/TRAILWATCH_AWS_ENDPOINT/);
  });

  test('keyword alarm handler', async () => {
    process.env = {
      ...savedEnv,
      ...bad,
      AWS_REGION: 'eu-west-1',
      TRAILWATCH_SNS_TOPIC_ARN: 'arn:aws:sns:eu-west-1:111122223333:t',
      TRAILWATCH_KEYWORDS: 'ERROR',
      TRAILWATCH_ARCHIVE_BUCKET: 'archive',
    };
    await expect(keywordHandler({ awslogs: { data: '' } })).rejects.toThrow(/TRAILWATCH_AWS_ENDPOINT/);
  });

  test('trail query clients (DynamoDB, S3)', () => {
    expect(() =>
      storeFromSettings(lookup({ TRAILWATCH_TRAIL_TABLE: 't', TRAILWATCH_DYNAMODB_ENDPOINT: 'http://ddb.example' })),
    ).toThrow(/^setting TRAILWATCH_DYNAMODB_ENDPOINT="http:\/\/ddb\.example" is not https/);
    expect(() => s3ClientFromSettings(lookup({ TRAILWATCH_S3_ENDPOINT: 'https://s3.attacker.example' }))).toThrow(
      /^setting TRAILWATCH_S3_ENDPOINT=/,
    );
  });
});
