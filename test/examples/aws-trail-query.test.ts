import { App, Testing } from 'cdktf';
import { createAwsTrailQueryStack } from '../../examples/aws-trail-query/main';
import { isolateEnv } from '../helpers/env';

// The example reads these; the snapshot is taken with its defaults.
const OVERRIDES = [
  'AWS_REGION',
  'TRAILWATCH_TRAIL_BUCKET',
  'TRAILWATCH_TRAIL_PREFIX',
  'TRAILWATCH_TRAIL_KMS_KEY_ARN',
  'TRAILWATCH_API_AUTH',
  'TRAILWATCH_JWT_ISSUER',
  'TRAILWATCH_JWT_AUDIENCE',
  'TRAILWATCH_TTL_DAYS',
  'TRAILWATCH_SKIP_EVENT_NAME_PREFIXES',
  'TRAILWATCH_ALARM_TOPIC_ARN',
];
isolateEnv(OVERRIDES);

interface Synthesized {
  provider: { aws: { region: string }[] };
  resource: Record<string, Record<string, Record<string, unknown>>>;
}

test('aws-trail-query example synthesizes to the committed snapshot', () => {
  const stack = createAwsTrailQueryStack(Testing.app() as App);
  expect(Testing.synth(stack)).toMatchSnapshot();
});

test('the example honours its environment overrides (bucket, prefix, JWT auth, TTL)', () => {
  process.env.AWS_REGION = 'us-east-2';
  process.env.TRAILWATCH_TRAIL_BUCKET = 'org-trail-logs';
  process.env.TRAILWATCH_TRAIL_PREFIX = 'org';
  process.env.TRAILWATCH_API_AUTH = 'jwt';
  process.env.TRAILWATCH_JWT_ISSUER = 'https://login.example.com/';
  process.env.TRAILWATCH_JWT_AUDIENCE = 'trail-dashboard';
  process.env.TRAILWATCH_TTL_DAYS = '';
  try {
    const json = JSON.parse(Testing.synth(createAwsTrailQueryStack(Testing.app() as App))) as Synthesized;
    expect(json.provider.aws[0].region).toBe('us-east-2');
    const rule = Object.values(json.resource.aws_cloudwatch_event_rule)[0] as { event_pattern: string };
    expect(JSON.parse(rule.event_pattern).detail).toEqual({
      bucket: { name: ['org-trail-logs'] },
      object: { key: [{ wildcard: 'org/AWSLogs/*/CloudTrail/*.json.gz' }] },
    });
    const authorizer = Object.values(json.resource.aws_apigatewayv2_authorizer)[0] as { jwt_configuration: unknown };
    expect(authorizer.jwt_configuration).toEqual({
      issuer: 'https://login.example.com/',
      audience: ['trail-dashboard'],
    });
    for (const route of Object.values(json.resource.aws_apigatewayv2_route))
      expect(route.authorization_type).toBe('JWT');
    const table = Object.values(json.resource.aws_dynamodb_table)[0];
    expect(table.ttl).toBeUndefined();
  } finally {
    OVERRIDES.forEach((name) => delete process.env[name]);
  }
});
