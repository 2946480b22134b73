/**
 * Review finding I (Alibaba Cloud): each log's own time for an event without eventTime; logstore names unique per
 * construct path; `Cloud.ALICLOUD` and `BundledHandler.ALICLOUD_TAG_ENRICHMENT` instead of casts; public property
 * types; one region rule; TRAILWATCH_TAG_REGIONS checked at cold start.
 */
import { App, TerraformStack, Testing } from 'cdktf';
import { ALICLOUD, parseActionTrailContent } from '../../../runtime/alicloud/actiontrail-event';
import { ALICLOUD_REGION } from '../../../runtime/alicloud/endpoints';
import { AlicloudTagLookup } from '../../../runtime/alicloud/tags';
import { Cloud } from '../../../runtime/core/audit-event';
import { enrichLogBatch } from '../../../runtime/core/enrichment/pipeline';
import { TagCache } from '../../../runtime/core/enrichment/tag-cache';
import { regionProblems } from '../../../src/alicloud/alicloud-context';
import { ALICLOUD_TAG_ENRICHMENT_HANDLER } from '../../../src/alicloud/bundled-function';
import { AlicloudProvider } from '../../../src/alicloud/generated/providers/alicloud/provider';
import { TagEnrichment } from '../../../src/alicloud/tag-enrichment';
import { BundledHandler } from '../../../src/core/handler-asset';
import { resourcesOf, synthJson } from '../../helpers/synth';
import { actionTrailEvent } from './fixtures';

describe('Alibaba Cloud review fixes', () => {
  test('an event without eventTime takes its own log time through the pipeline, not one for the batch', async () => {
    const { eventTime: _dropped, ...untimed } = actionTrailEvent();
    void _dropped;
    const times: string[] = [];
    await enrichLogBatch(
      {
        group: 'p',
        stream: 's',
        control: false,
        malformed: [],
        records: [
          { message: JSON.stringify(untimed), timestamp: Date.UTC(2026, 0, 1) },
          { message: JSON.stringify(untimed), timestamp: Date.UTC(2026, 5, 1) },
        ],
      },
      {
        parse: (message, line) => {
          const parsed = parseActionTrailContent()(message, line);
          if (parsed.ok) times.push(parsed.value.event.time);
          return parsed;
        },
        identify: () => [],
        lookup: { lookup: async () => new Map() },
        cache: new TagCache({ ttlMs: 0 }),
        writer: { write: async () => ({ written: 0, calls: 0, rejected: 0 }) } as never,
        options: { services: [], writeUntagged: false, maxResourcesPerEvent: 20 } as never,
      },
    );
    expect(times).toEqual(['2026-01-01T00:00:00.000Z', '2026-06-01T00:00:00.000Z']);
  });

  test('two enrichments writing to one project get their own target and operations logstores', () => {
    const stack = new TerraformStack(Testing.app() as App, 'test');
    new AlicloudProvider(stack, 'alicloud', { region: 'cn-hangzhou' });
    const targetProject = { projectName: 'shared-project' };
    new TagEnrichment(stack, 'A', { region: 'cn-hangzhou', targetProject });
    new TagEnrichment(stack, 'B', { region: 'cn-hangzhou', targetProject });
    const names = Object.values(resourcesOf(synthJson(stack), 'alicloud_log_store'))
      .map((s) => String(s.logstore_name))
      .filter((n) => /-(enriched|operations)$/.test(n));
    expect(names).toHaveLength(4);
    expect(new Set(names).size).toBe(4);
    for (const name of names) expect(name).toMatch(/^[a-z0-9][a-z0-9_-]{1,61}[a-z0-9]$/);
  });

  test('the enum members replace the casts', () => {
    expect(ALICLOUD).toBe(Cloud.ALICLOUD);
    expect(Cloud.ALICLOUD).toBe('alicloud');
    expect(ALICLOUD_TAG_ENRICHMENT_HANDLER).toBe(BundledHandler.ALICLOUD_TAG_ENRICHMENT);
  });

  test('the constructs and the functions use one region rule', () => {
    for (const region of ['cn-hangzhou', 'ap-southeast-1', 'x', 'cn-hangzhou.evil', 'CN-HANGZHOU']) {
      expect(regionProblems('f', region).length === 0).toBe(ALICLOUD_REGION.test(region));
    }
  });

  test('a bad TRAILWATCH_TAG_REGIONS entry fails the cold start, naming the setting', () => {
    const common = { region: 'cn-hangzhou', accountId: '1547353256850000', credentials: () => ({}) as never };
    expect(
      () => new AlicloudTagLookup({ ...common, tagRegions: ['cn-hangzhou', 'attacker.example/x#'] } as never),
    ).toThrow(/TRAILWATCH_TAG_REGIONS.*"attacker.example\/x#".*not an Alibaba Cloud region id/);
    expect(
      () => new AlicloudTagLookup({ ...common, tagRegions: ['cn-hangzhou', 'cn-shanghai'] } as never),
    ).not.toThrow();
  });
});
