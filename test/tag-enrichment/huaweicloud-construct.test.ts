import { App, TerraformStack, Testing } from 'cdktf';
import { HuaweicloudProvider } from '../../src/huaweicloud/generated/providers/huaweicloud/provider';
import { CtsTracker } from '../../src/huaweicloud/generated/providers/huaweicloud/cts-tracker';
import { TagEnrichment, TagEnrichmentProps, TagEnrichmentSource } from '../../src/huaweicloud/tag-enrichment';
import { onlyResource, resourcesOf, synthJson } from '../helpers/synth';

function stackWith(props: Partial<TagEnrichmentProps> = {}): TerraformStack {
  const stack = new TerraformStack(Testing.app() as App, 'test');
  new HuaweicloudProvider(stack, 'huaweicloud', { region: 'cn-north-4' });
  new TagEnrichment(stack, 'Enrich', { region: 'cn-north-4', source: TagEnrichmentSource.ltsStream('src-group', 'src-stream'), ...props });
  return stack;
}

function policyActions(stack: TerraformStack): string[][] {
  const role = onlyResource(synthJson(stack), 'huaweicloud_identity_role');
  return (JSON.parse(String(role.policy)) as { Statement: { Action: string[] }[] }).Statement.map((s) => s.Action);
}

describe('Huawei Cloud TagEnrichment construct', () => {
  test('an LTS trigger on the source stream, a new target group and stream, structuring and index', () => {
    const json = synthJson(stackWith({ businessTagKeys: ['project', 'cost-center'] }));
    const trigger = onlyResource(json, 'huaweicloud_fgs_function_trigger');
    expect(trigger).toMatchObject({ type: 'LTS', status: 'ACTIVE' });
    expect(String(trigger.event_data)).toContain('"log_group_id" = "src-group"');
    expect(String(trigger.event_data)).toContain('"log_topic_id" = "src-stream"');
    expect(onlyResource(json, 'huaweicloud_lts_group')).toMatchObject({ ttl_in_days: 365 });
    expect(onlyResource(json, 'huaweicloud_lts_stream')).toMatchObject({ stream_name: 'enriched-audit-events' });
    const structuring = onlyResource(json, 'huaweicloud_lts_structuring_custom_configuration');
    expect(structuring.layers).toBe(1);
    expect(JSON.parse(String(structuring.content))).toMatchObject({ eventName: 'stopServer', tag_project: 'example', tag_cost_center: 'example' });
    const index = onlyResource(json, 'huaweicloud_lts_stream_index_configuration') as unknown as { fields: { field_name: string }[] };
    expect(index.fields.map((f) => f.field_name)).toEqual(expect.arrayContaining(['eventName', 'actor', 'service', 'resourceId', 'tag_project', 'tag_cost_center']));
  });

  test('the agency may subscribe to LTS, upload logs and read tags, nothing more, and no wildcards', () => {
    const actions = policyActions(stackWith());
    expect(actions).toContainEqual(['lts:logs:upload']);
    expect(actions.flat()).toEqual(expect.arrayContaining(['ecs:cloudServers:get', 'evs:volumes:get', 'lts:subscriptions:create']));
    expect(actions.flat().some((a) => a.includes('*'))).toBe(false);
    expect(actions.flat().some((a) => /:(create|delete|update|put)$/.test(a) && !a.startsWith('lts:subscriptions'))).toBe(false);
  });

  test('the service filter also narrows the tag-read permissions; TMS is asked for only when enabled', () => {
    const narrowed = policyActions(stackWith({ services: ['ecs'], tmsFallback: true })).flat();
    expect(narrowed).toContain('ecs:cloudServers:get');
    expect(narrowed).not.toContain('evs:volumes:get');
    expect(narrowed).toContain('tms:resourceTags:list');
  });

  test('a CTS tracker with LTS transfer is a source; one without is refused', () => {
    const stack = new TerraformStack(Testing.app() as App, 'tracker');
    new HuaweicloudProvider(stack, 'huaweicloud', { region: 'cn-north-4' });
    const tracker = new CtsTracker(stack, 'Tracker', { ltsEnabled: true, enabled: true });
    new TagEnrichment(stack, 'Enrich', { region: 'cn-north-4', source: TagEnrichmentSource.ctsTracker(tracker) });
    expect(String(onlyResource(synthJson(stack), 'huaweicloud_fgs_function_trigger').event_data)).toContain('huaweicloud_cts_tracker.Tracker.group_id');
    const off = new CtsTracker(stack, 'Off', { ltsEnabled: false });
    expect(() => TagEnrichmentSource.ctsTracker(off)).toThrow('does not transfer traces to LTS');
  });

  test('an existing target stream: no group, stream or index created unless asked', () => {
    const json = synthJson(stackWith({ existingTargetGroupId: 'g', existingTargetStreamId: 's' }));
    expect(Object.keys(resourcesOf(json, 'huaweicloud_lts_group'))).toHaveLength(0);
    expect(Object.keys(resourcesOf(json, 'huaweicloud_lts_stream_index_configuration'))).toHaveLength(0);
    const fn = onlyResource(json, 'huaweicloud_fgs_function');
    expect(String(fn.user_data)).toContain('"TRAILWATCH_TARGET_LOG_STREAM" = "s"');
  });

  test.each([
    [{ existingTargetGroupId: 'g' }, 'existingTargetStreamId'],
    [{ existingTargetGroupId: 'g', existingTargetStreamId: 's', targetRetentionDays: 7 }, 'existingTargetGroupId'],
    [{ existingTargetGroupId: 'src-group', existingTargetStreamId: 'src-stream' }, 'is the source stream'],
    [{ targetRetentionDays: 400 }, 'targetRetentionDays'],
    [{ services: ['E C S'] }, 'services[0]'],
    [{ memberAccountAgencyName: 'bad agency!' }, 'memberAccountAgencyName'],
  ] as [Partial<TagEnrichmentProps>, string][])('rejects bad props (%o)', (props, message) => {
    expect(() => stackWith(props)).toThrow(message);
  });
});

describe('member accounts on Huawei Cloud', () => {
  test('the assume permission goes into a global (AX) policy of its own, bound as a domain role', () => {
    const json = synthJson(stackWith({ memberAccountAgencyName: 'trailwatch_tag_reader' }));
    const roles = Object.entries(resourcesOf(json, 'huaweicloud_identity_role'));
    const global = roles.find(([id]) => id.includes('GlobalPolicy'))!;
    expect(global[1].type).toBe('AX');
    expect(JSON.parse(global[1].policy as string).Statement).toEqual([{ Effect: 'Allow', Action: ['iam:agencies:assume'] }]);
    const agency = onlyResource(json, 'huaweicloud_identity_agency');
    expect(agency.domain_roles).toEqual([`\${huaweicloud_identity_role.${global[0]}.name}`]);
    const project = roles.filter(([id]) => !id.includes('GlobalPolicy'));
    expect(project.every(([, r]) => !(r.policy as string).includes('iam:'))).toBe(true);
  });
});
