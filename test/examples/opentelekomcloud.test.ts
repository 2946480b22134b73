/**
 * The three Open Telekom Cloud example stacks: committed snapshots (taken with the examples' defaults), and two
 * synths of them byte-identical.
 */
import { createHash } from 'crypto';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'fs';
import { tmpdir } from 'os';
import { join, relative } from 'path';
import { App, TerraformStack, Testing } from 'cdktf';
import { createOpentelekomcloudLoginAuditStack } from '../../examples/opentelekomcloud-login-audit/main';
import { createOpentelekomcloudLogKeywordAlarmStack } from '../../examples/opentelekomcloud-log-keyword-alarm/main';
import { createOpentelekomcloudTagEnrichmentStack } from '../../examples/opentelekomcloud-tag-enrichment/main';
import { useRelativeLocalState } from '../../examples/local-state';
import { isolateEnv } from '../helpers/env';

isolateEnv([
  'TRAILWATCH_OTC_REGION',
  'TRAILWATCH_ALLOW_LIST',
  'TRAILWATCH_ALERT_EMAILS',
  'TRAILWATCH_ALERT_PHONES',
  'TRAILWATCH_ALERT_WEBHOOKS',
  'TRAILWATCH_RETENTION_DAYS',
  'TRAILWATCH_LOG_KEYWORD_ALARM',
  'TRAILWATCH_LTS_GROUP_ID',
  'TRAILWATCH_LTS_STREAM_ID',
  'TRAILWATCH_KEYWORDS',
  'TRAILWATCH_SOURCE_LOG_GROUP_ID',
  'TRAILWATCH_SOURCE_LOG_STREAM_ID',
  'TRAILWATCH_SERVICES',
  'TRAILWATCH_BUSINESS_TAG_KEYS',
]);

// The handler zip's content hash changes with every edit of the runtime (also of the shared core); the snapshot
// pins the infrastructure, and the hash is only required to be a content hash.
const ASSET_HASH = /(assets\/\w+\/)([0-9A-F]{32})(\/)/g;

const EXAMPLES: [string, (app: App) => TerraformStack][] = [
  ['opentelekomcloud-login-audit', createOpentelekomcloudLoginAuditStack],
  ['opentelekomcloud-log-keyword-alarm', createOpentelekomcloudLogKeywordAlarmStack],
  ['opentelekomcloud-tag-enrichment', createOpentelekomcloudTagEnrichmentStack],
];

test.each(EXAMPLES)('%s synthesizes to the committed snapshot', (name, create) => {
  const stack = create(Testing.app() as App);
  expect(stack.node.id).toBe(name);
  const synthesized = Testing.synth(stack);
  expect(synthesized).toMatch(ASSET_HASH);
  expect(synthesized).toContain('"opentelekomcloud_fgs_function_v2"');
  expect(synthesized.replace(ASSET_HASH, '$1<content hash>$3')).toMatchSnapshot();
});

test('the login audit example reads its region, allow-list and keyword-alarm switch from the environment', () => {
  process.env.TRAILWATCH_OTC_REGION = 'eu-ch2';
  process.env.TRAILWATCH_LOG_KEYWORD_ALARM = 'false';
  try {
    const json = JSON.parse(Testing.synth(createOpentelekomcloudLoginAuditStack(Testing.app() as App))) as {
      provider: { opentelekomcloud: { region: string }[] };
      resource: Record<string, Record<string, Record<string, unknown>>>;
    };
    expect(json.provider.opentelekomcloud[0].region).toBe('eu-ch2');
    // No keyword alarm: the only log group is the login alarm function's own.
    expect(Object.keys(json.resource.opentelekomcloud_lts_group_v2)).toEqual([
      expect.stringMatching(/^LoginAudit_LoginAlarm_Function_LogGroup_/),
    ]);
    expect(Object.values(json.resource.opentelekomcloud_obs_bucket)[0].region).toBe('eu-ch2');
  } finally {
    delete process.env.TRAILWATCH_OTC_REGION;
    delete process.env.TRAILWATCH_LOG_KEYWORD_ALARM;
  }
});

function tree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else out[relative(dir, path)] = createHash('sha256').update(readFileSync(path)).digest('hex');
    }
  };
  walk(dir);
  return out;
}

test('two synths of the OTC examples give byte-identical output, free of the checkout path', () => {
  const synthInto = (outdir: string) => {
    const app = new App({ outdir });
    EXAMPLES.forEach(([, create]) => create(app));
    useRelativeLocalState(app);
    app.synth();
  };
  const [a, b] = [mkdtempSync(join(tmpdir(), 'tw-otc-a-')), mkdtempSync(join(tmpdir(), 'tw-otc-b-'))];
  try {
    synthInto(a);
    synthInto(b);
    const first = tree(a);
    expect(Object.keys(first).filter((f) => f.endsWith('cdk.tf.json'))).toHaveLength(3);
    expect(tree(b)).toEqual(first);
    for (const file of Object.keys(first).filter((f) => f.endsWith('.json'))) {
      expect(readFileSync(join(a, file), 'utf8')).not.toContain(process.cwd());
    }
  } finally {
    rmSync(a, { recursive: true, force: true });
    rmSync(b, { recursive: true, force: true });
  }
});
