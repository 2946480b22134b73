import { App, Testing } from 'cdktf';
import { createAlicloudTagEnrichmentStack } from '../../examples/alicloud-tag-enrichment/main';
import { isolateEnv } from '../helpers/env';

// The example reads these; the snapshot is taken with its defaults.
isolateEnv([
  'TRAILWATCH_ALICLOUD_REGION',
  'TRAILWATCH_MEMBER_ACCOUNT_IDS',
  'TRAILWATCH_MEMBER_ROLE_NAME',
  'TRAILWATCH_SERVICES',
  'TRAILWATCH_BUSINESS_TAG_KEYS',
  'TRAILWATCH_RETENTION_DAYS',
]);

// The handler zip's content hash changes with every edit of the runtime (also of the shared core); the snapshot
// pins the infrastructure, and the hash is only required to be a content hash.
const ASSET_HASH = /(assets\/\w+\/)([0-9A-F]{32})(\/)/g;

test('alicloud-tag-enrichment example synthesizes to the committed snapshot', () => {
  const synthesized = Testing.synth(createAlicloudTagEnrichmentStack(Testing.app() as App));
  expect(synthesized).toMatch(ASSET_HASH);
  expect(synthesized.replace(ASSET_HASH, '$1<content hash>$3')).toMatchSnapshot();
});

test('the example reads member accounts and their reader role when given', () => {
  process.env.TRAILWATCH_MEMBER_ACCOUNT_IDS = '1999999999999999,1888888888888888';
  try {
    const json = JSON.parse(Testing.synth(createAlicloudTagEnrichmentStack(Testing.app() as App))) as {
      resource: Record<string, Record<string, Record<string, unknown>>>;
    };
    const fn = Object.values(json.resource.alicloud_fcv3_function)[0];
    expect(fn.environment_variables).toMatchObject({
      TRAILWATCH_MEMBER_ACCOUNT_IDS: '1999999999999999,1888888888888888',
      TRAILWATCH_MEMBER_ROLE_NAME: 'TrailWatchTagReader',
    });
    const documents = Object.values(json.resource.alicloud_ram_policy).map((p) => String(p.policy_document));
    expect(documents.join()).toContain('acs:ram::1888888888888888:role/TrailWatchTagReader');
  } finally {
    delete process.env.TRAILWATCH_MEMBER_ACCOUNT_IDS;
  }
});
