import { App, Testing } from 'cdktf';
import { createHuaweicloudTagEnrichmentStack } from '../../examples/huaweicloud-tag-enrichment/main';
import { isolateEnv } from '../helpers/env';

// The example reads these; the snapshot is taken with its defaults.
const OVERRIDES = [
  'TRAILWATCH_HW_REGION',
  'TRAILWATCH_SOURCE_LOG_GROUP_ID',
  'TRAILWATCH_SOURCE_LOG_STREAM_ID',
  'TRAILWATCH_RETENTION_DAYS',
  'TRAILWATCH_SERVICES',
  'TRAILWATCH_BUSINESS_TAG_KEYS',
];
isolateEnv(OVERRIDES);

test('huaweicloud-tag-enrichment example synthesizes to the committed snapshot', () => {
  const stack = createHuaweicloudTagEnrichmentStack(Testing.app() as App);
  expect(Testing.synth(stack)).toMatchSnapshot();
});

test('the example reads existing LTS ids of the tracker transfer when given', () => {
  process.env.TRAILWATCH_SOURCE_LOG_GROUP_ID = 'cts-group-id';
  process.env.TRAILWATCH_SOURCE_LOG_STREAM_ID = 'system-trace-id';
  try {
    const json = JSON.parse(Testing.synth(createHuaweicloudTagEnrichmentStack(Testing.app() as App))) as {
      resource: Record<string, Record<string, Record<string, unknown>>>;
    };
    expect(json.resource.huaweicloud_cts_tracker).toBeUndefined();
    expect(String(Object.values(json.resource.huaweicloud_fgs_function_trigger)[0].event_data)).toContain(
      '"log_topic_id" = "system-trace-id"',
    );
  } finally {
    delete process.env.TRAILWATCH_SOURCE_LOG_GROUP_ID;
    delete process.env.TRAILWATCH_SOURCE_LOG_STREAM_ID;
  }
});
