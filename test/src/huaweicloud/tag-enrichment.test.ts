import { App, TerraformStack, Testing } from 'cdktf';
import { HuaweicloudProvider } from '../../../src/huaweicloud/generated/providers/huaweicloud/provider';
import { CtsTracker } from '../../../src/huaweicloud/generated/providers/huaweicloud/cts-tracker';
import { Agency } from '../../../src/huaweicloud/agency';
import { HUAWEI_TAG_APIS } from '../../../runtime/huaweicloud/tags';
import { LTS_TRIGGER_ACTIONS } from '../../../src/huaweicloud/log-keyword-alarm';
import {
  TAG_API_READ_ACTIONS,
  TAG_READ_ACTIONS,
  TagEnrichment,
  TagEnrichmentProps,
  TagEnrichmentSource,
} from '../../../src/huaweicloud/tag-enrichment';
import { onlyResource, resourcesOf, synthJson } from '../../helpers/synth';

function stackWith(props: Partial<TagEnrichmentProps> = {}): TerraformStack {
  const stack = new TerraformStack(Testing.app() as App, 'test');
  new HuaweicloudProvider(stack, 'huaweicloud', { region: 'cn-north-4' });
  new TagEnrichment(stack, 'Enrich', {
    region: 'cn-north-4',
    source: TagEnrichmentSource.ltsStream('src-group', 'src-stream'),
    ...props,
  });
  return stack;
}

/** Actions per statement of one policy (`Policy`: the configuration agency's; `AppPolicy`: the code's). */
function policyActions(stack: TerraformStack, policy = 'AppPolicy'): string[][] {
  const roles = Object.entries(resourcesOf(synthJson(stack), 'huaweicloud_identity_role'));
  const role = roles.find(([id]) => new RegExp(`^Enrich_Consumer_${policy}_[A-F0-9]{8}$`).test(id))?.[1];
  return (JSON.parse(String(role?.policy)) as { Statement: { Action: string[] }[] }).Statement.map((s) => s.Action);
}

describe('Huawei Cloud TagEnrichment construct', () => {
  test('an LTS trigger on the source stream, a new target group and stream, structuring and index', () => {
    const json = synthJson(stackWith({ businessTagKeys: ['project', 'cost-center'] }));
    const trigger = onlyResource(json, 'huaweicloud_fgs_function_trigger');
    expect(trigger).toMatchObject({ type: 'LTS', status: 'ACTIVE' });
    expect(String(trigger.event_data)).toContain('"log_group_id" = "src-group"');
    expect(String(trigger.event_data)).toContain('"log_topic_id" = "src-stream"');
    // The target group and stream (the consumer function has a log group and stream of its own).
    expect(resourcesOf(json, 'huaweicloud_lts_group')[target(json, 'huaweicloud_lts_group')]).toMatchObject({
      ttl_in_days: 365,
    });
    expect(resourcesOf(json, 'huaweicloud_lts_stream')[target(json, 'huaweicloud_lts_stream')]).toMatchObject({
      stream_name: 'enriched-audit-events',
    });
    const structuring = onlyResource(json, 'huaweicloud_lts_structuring_custom_configuration');
    expect(structuring.layers).toBe(1);
    expect(JSON.parse(String(structuring.content))).toMatchObject({
      eventName: 'stopServer',
      tag_project: 'example',
      tag_cost_center: 'example',
    });
    const index = onlyResource(json, 'huaweicloud_lts_stream_index_configuration') as unknown as {
      fields: { field_name: string }[];
    };
    expect(index.fields.map((f) => f.field_name)).toEqual(
      expect.arrayContaining(['eventName', 'actor', 'service', 'resourceId', 'tag_project', 'tag_cost_center']),
    );
  });

  test('trigger rights on the configuration agency, runtime rights on the execution agency (issue 13, item 2)', () => {
    const json = synthJson(stackWith());
    const fn = onlyResource(json, 'huaweicloud_fgs_function');
    expect(fn.agency).toMatch(/^\$\{huaweicloud_identity_agency\.Enrich_Consumer_Agency_\w+\.name\}$/);
    expect(fn.app_agency).toMatch(/^\$\{huaweicloud_identity_agency\.Enrich_Consumer_AppAgency_\w+\.name\}$/);
    expect(policyActions(stackWith(), 'Policy')).toEqual([[...LTS_TRIGGER_ACTIONS]]);
    expect(
      policyActions(stackWith())
        .flat()
        .some((a) => a.startsWith('lts:subscriptions:')),
    ).toBe(false);
  });

  test('the code may upload logs and read tags, nothing more, and no wildcards', () => {
    const actions = policyActions(stackWith());
    expect(actions).toContainEqual(['lts:logs:upload']);
    expect(actions.flat()).toEqual(
      expect.arrayContaining([
        'ecs:cloudServers:showServerTags',
        'evs:volumeTags:getById',
        'vpc:vpcTags:get',
        'vpc:subnetTags:get',
        'vpc:securityGroupTags:get',
        'vpc:publicipTags:get',
        'elb:loadbalancerTags:get',
      ]),
    );
    // The general "get" actions do not cover the tag APIs (issue 13, item 3).
    expect(actions.flat()).not.toEqual(expect.arrayContaining(['ecs:cloudServers:get']));
    expect(
      actions
        .flat()
        .filter((a) => /^(vpc:(vpcs|subnets|securityGroups|publicIps)|evs:volumes|elb:loadbalancers):get$/.test(a)),
    ).toEqual([]);
    expect(actions.flat().some((a) => a.includes('*'))).toBe(false);
    expect(actions.flat().some((a) => /:(create|delete|update|put)$/.test(a))).toBe(false);
  });

  test('every tag API the handler calls has its read action in the agency table', () => {
    expect(Object.keys(TAG_API_READ_ACTIONS).sort()).toEqual(Object.keys(HUAWEI_TAG_APIS).sort());
    expect(new Set(Object.values(TAG_READ_ACTIONS).flat())).toEqual(new Set(Object.values(TAG_API_READ_ACTIONS)));
  });

  test('the service filter also narrows the tag-read permissions', () => {
    const narrowed = policyActions(stackWith({ services: ['ecs'] })).flat();
    expect(narrowed).toContain('ecs:cloudServers:showServerTags');
    expect(narrowed).not.toContain('evs:volumeTags:getById');
    expect(narrowed).not.toContain('tms:resourceTags:list');
  });

  test('TMS, a global service, is asked for only when enabled, in the global (AX) policy', () => {
    const roles = Object.entries(resourcesOf(synthJson(stackWith({ tmsFallback: true })), 'huaweicloud_identity_role'));
    const global = roles.find(([id]) => id.includes('GlobalPolicy'))!;
    expect(global[1].type).toBe('AX');
    expect(JSON.parse(global[1].policy as string).Statement).toEqual([
      { Effect: 'Allow', Action: ['tms:resourceTags:list'] },
    ]);
    const project = roles.filter(([id]) => !id.includes('GlobalPolicy'));
    expect(project.every(([, r]) => !(r.policy as string).includes('tms:'))).toBe(true);
  });

  test('a CTS tracker with LTS transfer is a source; one without is refused', () => {
    const stack = new TerraformStack(Testing.app() as App, 'tracker');
    new HuaweicloudProvider(stack, 'huaweicloud', { region: 'cn-north-4' });
    const tracker = new CtsTracker(stack, 'Tracker', { ltsEnabled: true, enabled: true });
    new TagEnrichment(stack, 'Enrich', { region: 'cn-north-4', source: TagEnrichmentSource.ctsTracker(tracker) });
    expect(String(onlyResource(synthJson(stack), 'huaweicloud_fgs_function_trigger').event_data)).toContain(
      'huaweicloud_cts_tracker.Tracker.group_id',
    );
    const off = new CtsTracker(stack, 'Off', { ltsEnabled: false });
    expect(() => TagEnrichmentSource.ctsTracker(off)).toThrow(
      'tracker/Off.ltsEnabled: the CTS tracker does not transfer traces to LTS',
    );
  });

  test('an existing target stream: no group, stream or index created unless asked', () => {
    const json = synthJson(stackWith({ existingTargetGroupId: 'g', existingTargetStreamId: 's' }));
    expect(
      Object.keys(resourcesOf(json, 'huaweicloud_lts_group')).filter((id) => !id.includes('_Consumer_')),
    ).toHaveLength(0);
    expect(Object.keys(resourcesOf(json, 'huaweicloud_lts_stream_index_configuration'))).toHaveLength(0);
    const fn = onlyResource(json, 'huaweicloud_fgs_function');
    expect(String(fn.user_data)).toContain('"TRAILWATCH_TARGET_LOG_STREAM" = "s"');
  });

  test.each([
    [{ existingTargetGroupId: 'g' }, 'test/Enrich.existingTargetStreamId: an existing target needs both'],
    [{ region: 'attacker.example' }, 'test/Enrich.region: "attacker.example" is not a Huawei Cloud region'],
    [
      { existingTargetGroupId: 'g', existingTargetStreamId: 's', targetRetentionDays: 7 },
      'test/Enrich.existingTargetGroupId: cannot be combined',
    ],
    [
      { existingTargetGroupId: 'src-group', existingTargetStreamId: 'src-stream' },
      'test/Enrich.existingTargetStreamId: is the source stream',
    ],
    [{ targetRetentionDays: 400 }, 'test/Enrich.targetRetentionDays: 400 is out of range'],
    [{ cacheTtlSeconds: 3601 }, 'test/Enrich.cacheTtlSeconds: 3601 is out of range'],
    [{ services: ['E C S'] }, 'test/Enrich.services[0]: "E C S" is not a CTS service type'],
    [{ businessTagKeys: ['project', ' '] }, 'test/Enrich.businessTagKeys[1]: " " is not a tag key'],
    [
      { memberAccountAgencyName: 'bad agency!' },
      'test/Enrich.memberAccountAgencyName: "bad agency!" is not an agency name',
    ],
    [
      { memberAccountAgencyName: 'reader', memberAccountIds: ['0123456789abcdef0123456789abcdef'] },
      'test/Enrich.memberAccountIds: this cloud cannot limit',
    ],
  ] as [Partial<TagEnrichmentProps>, string][])(
    'rejects bad props naming the construct path (%o)',
    (props, message) => {
      expect(() => stackWith(props)).toThrow(message);
    },
  );

  test('an existing agency: nothing is granted, the function uses it', () => {
    const stack = new TerraformStack(Testing.app() as App, 'agency');
    new HuaweicloudProvider(stack, 'huaweicloud', { region: 'cn-north-4' });
    new TagEnrichment(stack, 'Enrich', {
      region: 'cn-north-4',
      source: TagEnrichmentSource.ltsStream('g', 's'),
      agency: Agency.fromAgencyName(stack, 'Agency', 'tag_enricher'),
    });
    const json = synthJson(stack);
    expect(resourcesOf(json, 'huaweicloud_identity_role')).toEqual({});
    expect(onlyResource(json, 'huaweicloud_fgs_function').agency).toBe('tag_enricher');
  });
});

describe('member accounts on Huawei Cloud', () => {
  test('the assume permission goes into a global (AX) policy of its own, bound as a domain role', () => {
    const json = synthJson(stackWith({ memberAccountAgencyName: 'trailwatch_tag_reader' }));
    const roles = Object.entries(resourcesOf(json, 'huaweicloud_identity_role'));
    const global = roles.find(([id]) => id.includes('GlobalPolicy'))!;
    expect(global[1].type).toBe('AX');
    expect(JSON.parse(global[1].policy as string).Statement).toEqual([
      { Effect: 'Allow', Action: ['iam:agencies:assume'] },
    ]);
    const agencies = Object.entries(resourcesOf(json, 'huaweicloud_identity_agency'));
    const agency = agencies.find(([id]) => id.includes('AppAgency'))![1];
    expect(agency.domain_roles).toEqual([`\${huaweicloud_identity_role.${global[0]}.name}`]);
    const project = roles.filter(([id]) => !id.includes('GlobalPolicy'));
    expect(project.every(([, r]) => !(r.policy as string).includes('iam:'))).toBe(true);
  });
});

test('tags reach the target group, stream and the function', () => {
  const tags = { project: 'audit' };
  const json = synthJson(stackWith({ tags }));
  for (const type of ['huaweicloud_lts_group', 'huaweicloud_lts_stream', 'huaweicloud_fgs_function']) {
    for (const resource of Object.values(resourcesOf(json, type))) expect(resource).toMatchObject({ tags });
  }
});

test('tagRegions: the regions the consumer may look up, checked against the region table', () => {
  const fn = onlyResource(
    synthJson(stackWith({ tagRegions: ['ap-southeast-3'], memberAccountAgencyName: 'trailwatch_tag_reader' })),
    'huaweicloud_fgs_function',
  );
  expect(String(fn.user_data)).toContain('"TRAILWATCH_TAG_REGIONS" = "ap-southeast-3"');
  expect(String(onlyResource(synthJson(stackWith()), 'huaweicloud_fgs_function').user_data)).not.toContain(
    'TRAILWATCH_TAG_REGIONS',
  );
  expect(() => stackWith({ tagRegions: ['cn-north-4', 'attacker.example/x#'] })).toThrow(
    'test/Enrich.tagRegions[1]: "attacker.example/x#" is not a Huawei Cloud region',
  );
  // Another region is read for member accounts only: without a member agency the prop says so.
  expect(() => stackWith({ tagRegions: ['ap-southeast-3'] })).toThrow(
    /^test\/Enrich\.tagRegions: lists ap-southeast-3 besides the function's region, but tags are read in another region only for member accounts/,
  );
  expect(() => stackWith({ tagRegions: ['cn-north-4'] })).not.toThrow();
});

/** The logical id of the one resource of a type that is not the consumer function's own (its log group/stream). */
function target(json: Parameters<typeof resourcesOf>[0], type: string): string {
  const ids = Object.keys(resourcesOf(json, type)).filter((id) => !id.includes('_Consumer_'));
  if (ids.length !== 1) throw new Error(`expected one ${type} besides the function's, found ${ids.length}`);
  return ids[0];
}
