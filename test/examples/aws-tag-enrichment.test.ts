import { App, Testing } from 'cdktf';
import { createAwsTagEnrichmentStack } from '../../examples/aws-tag-enrichment/main';
import { isolateEnv } from '../helpers/env';

// The example reads these; the snapshot is taken with its defaults.
const OVERRIDES = [
  'AWS_REGION',
  'TRAILWATCH_SOURCE_LOG_GROUP',
  'TRAILWATCH_MEMBER_ROLE_NAME',
  'TRAILWATCH_MEMBER_ACCOUNT_IDS',
  'TRAILWATCH_RETENTION_DAYS',
  'TRAILWATCH_SERVICES',
  'TRAILWATCH_BUSINESS_TAG_KEYS',
];
isolateEnv(OVERRIDES);

test('aws-tag-enrichment example synthesizes to the committed snapshot', () => {
  const stack = createAwsTagEnrichmentStack(Testing.app() as App);
  expect(Testing.synth(stack)).toMatchSnapshot();
});

test('the example subscribes to an existing trail log group when one is named', () => {
  process.env.TRAILWATCH_SOURCE_LOG_GROUP = 'org-trail-logs';
  try {
    const json = JSON.parse(Testing.synth(createAwsTagEnrichmentStack(Testing.app() as App))) as {
      resource: Record<string, Record<string, Record<string, unknown>>>;
    };
    expect(json.resource.aws_cloudtrail).toBeUndefined();
    expect(Object.values(json.resource.aws_cloudwatch_log_subscription_filter)[0].log_group_name).toBe(
      'org-trail-logs',
    );
  } finally {
    delete process.env.TRAILWATCH_SOURCE_LOG_GROUP;
  }
});
