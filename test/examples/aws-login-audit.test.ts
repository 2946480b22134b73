import { App, Testing } from 'cdktf';
import { createAwsLoginAuditStack } from '../../examples/aws-login-audit/main';
import { isolateEnv } from '../helpers/env';

// The example reads these; the snapshot is taken with its defaults.
const OVERRIDES = [
  'AWS_REGION',
  'TRAILWATCH_ALLOW_LIST',
  'TRAILWATCH_ALERT_EMAIL',
  'TRAILWATCH_ALERT_EMAILS',
  'TRAILWATCH_ALERT_PHONES',
  'TRAILWATCH_ALERT_WEBHOOKS',
  'TRAILWATCH_SIGN_IN_REGIONS',
  'TRAILWATCH_RETENTION_DAYS',
  'TRAILWATCH_LOG_KEYWORD_ALARM',
  'TRAILWATCH_APP_LOG_GROUP',
];
isolateEnv(OVERRIDES);

test('aws-login-audit example synthesizes to the committed snapshot', () => {
  const stack = createAwsLoginAuditStack(Testing.app() as App);
  expect(Testing.synth(stack)).toMatchSnapshot();
});

test('the example honours its environment overrides', () => {
  process.env.AWS_REGION = 'us-east-1';
  process.env.TRAILWATCH_ALLOW_LIST = '198.51.100.0/24';
  process.env.TRAILWATCH_ALERT_EMAIL = 'soc@example.com';
  try {
    const json = JSON.parse(Testing.synth(createAwsLoginAuditStack(Testing.app() as App))) as {
      provider: { aws: { region: string }[] };
      resource: Record<string, Record<string, Record<string, unknown>>>;
    };
    expect(json.provider.aws[0].region).toBe('us-east-1');
    // In us-east-1 only the account-alias sign-in regions are forwarded: us-east-2, eu-north-1, ap-southeast-2.
    expect(Object.keys(json.resource.aws_cloudwatch_event_rule)).toHaveLength(4);
    expect(Object.values(json.resource.aws_sns_topic_subscription).map((s) => s.endpoint)).toEqual(['soc@example.com']);
    const fn = Object.entries(json.resource.aws_lambda_function).find(([id]) => id.includes('LoginAlarm'))![1] as {
      environment: { variables: Record<string, string> };
    };
    expect(fn.environment.variables.TRAILWATCH_ALLOW_LIST).toBe('198.51.100.0/24');
  } finally {
    OVERRIDES.forEach((name) => delete process.env[name]);
  }
});
