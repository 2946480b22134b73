import { App, TerraformStack, Testing } from 'cdktf';
import { AlicloudProvider } from '../../../src/alicloud/generated/providers/alicloud/provider';
import { AuditTrail, EventReadWrite } from '../../../src/alicloud/audit-trail';
import { BundledFunction } from '../../../src/alicloud/bundled-function';
import { ExecutionRole } from '../../../src/alicloud/execution-role';
import { LogProject } from '../../../src/alicloud/log-project';
import { Logstore } from '../../../src/alicloud/logstore';
import { TagEnrichment, TagEnrichmentProps } from '../../../src/alicloud/tag-enrichment';
import { ALICLOUD_TAG_ENRICHMENT_HANDLER } from '../../../src/alicloud/bundled-function';
import { SynthesizedStack, onlyResource, resourcesOf, synthJson } from '../../helpers/synth';

const MEMBER = '1999999999999999';

function stack(): TerraformStack {
  const s = new TerraformStack(Testing.app() as App, 'test');
  new AlicloudProvider(s, 'alicloud', { region: 'cn-hangzhou' });
  return s;
}

function enrichment(props: Partial<TagEnrichmentProps> = {}): { json: SynthesizedStack; construct: TagEnrichment } {
  const s = stack();
  const construct = new TagEnrichment(s, 'Enrich', {
    region: 'cn-hangzhou',
    businessTagKeys: ['Project', 'cost-center'],
    ...props,
  });
  return { json: synthJson(s), construct };
}

interface Statement {
  Effect: string;
  Action: string[];
  Resource: string[];
}

function policies(json: SynthesizedStack): Record<string, Statement[]> {
  return Object.fromEntries(
    Object.entries(resourcesOf(json, 'alicloud_ram_policy')).map(([id, p]) => [
      id,
      (JSON.parse(String(p.policy_document)) as { Statement: Statement[] }).Statement,
    ]),
  );
}

describe('TagEnrichment (alicloud)', () => {
  test('composes trail, project, target logstore, function, trigger, roles and dashboard', () => {
    const { json } = enrichment();
    for (const type of [
      'alicloud_actiontrail_trail',
      'alicloud_log_project',
      'alicloud_fcv3_function',
      'alicloud_fcv3_trigger',
      'alicloud_log_dashboard',
    ]) {
      expect(Object.keys(resourcesOf(json, type))).toHaveLength(1);
    }
    expect(Object.keys(resourcesOf(json, 'alicloud_log_store'))).toHaveLength(2);
    expect(Object.keys(resourcesOf(json, 'alicloud_ram_role'))).toHaveLength(2);
    const trail = onlyResource(json, 'alicloud_actiontrail_trail');
    expect(trail).toMatchObject({
      event_rw: 'Write',
      is_organization_trail: false,
      trail_region: 'All',
      status: 'Enable',
    });
    expect(String(trail.sls_write_role_arn)).toMatch(/:role\/aliyunserviceroleforactiontrail$/);
  });

  test('has no AccessKey resource and passes no key to the function', () => {
    const { json } = enrichment();
    expect(Object.keys(json.resource).filter((t) => /access_key|accesskey/i.test(t))).toEqual([]);
    const env = onlyResource(json, 'alicloud_fcv3_function').environment_variables as Record<string, string>;
    expect(Object.keys(env).filter((k) => /KEY_ID|SECRET|ACCESS_KEY/.test(k))).toEqual([]);
  });

  test('wires trigger → function → role, each role trusted by its service only', () => {
    const { json } = enrichment();
    const fn = onlyResource(json, 'alicloud_fcv3_function');
    const trigger = onlyResource(json, 'alicloud_fcv3_trigger');
    const roles = resourcesOf(json, 'alicloud_ram_role');
    const roleIdOf = (ref: unknown) => /alicloud_ram_role\.(\w+)\.arn/.exec(String(ref))![1];
    expect(fn).toMatchObject({ runtime: 'nodejs20', handler: 'index.handler', internet_access: true });
    expect(String(trigger.function_name)).toBe(`\${alicloud_fcv3_function.${fn.logicalId}.function_name}`);
    expect(trigger).toMatchObject({ trigger_type: 'log', qualifier: 'LATEST' });
    expect(String(trigger.source_arn)).toMatch(/^acs:log:cn-hangzhou:\$\{data\.alicloud_account\.\w+\.id\}:project\//);
    const trust = (id: string) =>
      JSON.parse(String(roles[id].assume_role_policy_document)).Statement[0].Principal.Service;
    expect(trust(roleIdOf(fn.role))).toEqual(['fc.aliyuncs.com']);
    expect(trust(roleIdOf(trigger.invocation_role))).toEqual(['log.aliyuncs.com']);
    expect(roleIdOf(fn.role)).not.toBe(roleIdOf(trigger.invocation_role));
    const config = JSON.parse(String(trigger.trigger_config));
    expect(config).toMatchObject({
      sourceConfig: { startTime: null },
      jobConfig: { maxRetryTime: 3, triggerInterval: 60 },
      enable: true,
      logConfig: { logstore: expect.stringMatching(/^\$\{alicloud_log_store\.\w+_Operations_\w+\.logstore_name\}$/) },
    });
    expect(config.sourceConfig.logstore).toMatch(/^actiontrail_/);
    expect(trigger.depends_on).toEqual(
      expect.arrayContaining([expect.stringMatching(/^alicloud_actiontrail_trail\./)]),
    );
  });

  test('RAM policies name every action (no wildcards) and keep the rights apart', () => {
    const { json } = enrichment({ memberAccountIds: [MEMBER], memberAccountRoleName: 'TrailWatchTagReader' });
    const all = Object.values(policies(json)).flat();
    expect(all.flatMap((s) => s.Action).filter((a) => a.includes('*'))).toEqual([]);
    const [fnPolicy, triggerPolicy] = Object.entries(policies(json))
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([, s]) => s);
    const actionsOf = (statements: Statement[]) => statements.flatMap((s) => s.Action).sort();
    expect(actionsOf(fnPolicy)).toEqual([
      'log:GetCursorOrData',
      'log:ListShards',
      'log:PostLogStoreLogs',
      'sts:AssumeRole',
      'tag:ListTagResources',
    ]);
    expect(actionsOf(triggerPolicy)).toEqual([
      'fc:InvokeFunction',
      'log:GetCursorOrData',
      'log:ListShards',
      'log:PostLogStoreLogs',
    ]);
    expect(fnPolicy.find((s) => s.Action.includes('sts:AssumeRole'))!.Resource).toEqual([
      `acs:ram::${MEMBER}:role/TrailWatchTagReader`,
    ]);
    expect(fnPolicy.find((s) => s.Action.includes('log:GetCursorOrData'))!.Resource[0]).toMatch(
      /\/logstore\/actiontrail_/,
    );
  });

  test('no sts:AssumeRole without member accounts', () => {
    const { json } = enrichment();
    expect(
      Object.values(policies(json))
        .flat()
        .flatMap((s) => s.Action),
    ).not.toContain('sts:AssumeRole');
  });

  test('the target index holds the business tag keys, the key fields and tags as json', () => {
    const { json } = enrichment();
    const indexes = Object.values(resourcesOf(json, 'alicloud_log_store_index'));
    const target = indexes.find((i) => (i.field_search as { name: string }[]).some((f) => f.name === 'tag_Project'))!;
    const fields = Object.fromEntries(
      (target.field_search as { name: string; type: string }[]).map((f) => [f.name, f.type]),
    );
    expect(fields).toMatchObject({
      tag_Project: 'text',
      tag_cost_center: 'text',
      tags: 'json',
      eventName: 'text',
      actor: 'text',
      resourceType: 'text',
      resourceCount: 'long',
      tagStatus: 'text',
    });
    const target_store = Object.values(resourcesOf(json, 'alicloud_log_store')).find((s) =>
      String(s.logstore_name).endsWith('-enriched'),
    )!;
    expect(target_store).toMatchObject({
      retention_period: 180,
      shard_count: 2,
      encrypt_conf: { enable: true, encrypt_type: 'default' },
    });
  });

  test('the dashboard answers the business questions', () => {
    const { json, construct } = enrichment();
    expect(construct.dashboard!.queries.map((q) => q.name)).toEqual([
      'changes-by-project',
      'changes-by-cost-center',
      'changes-by-user',
      'changes-by-resource-type',
      'changes-to-untagged-resources',
    ]);
    const charts = JSON.parse(String(onlyResource(json, 'alicloud_log_dashboard').char_list)) as {
      type: string;
      search: { query: string };
    }[];
    expect(charts).toHaveLength(5);
    expect(charts[0].search.query).toContain('"tag_Project"');
  });

  test('accepts an existing source logstore, target logstore and role', () => {
    const s = stack();
    new TagEnrichment(s, 'Enrich', {
      region: 'cn-hangzhou',
      sourceLogstore: Logstore.fromLogstoreName(s, 'Source', 'audit-central', 'actiontrail_org'),
      existingTargetLogstore: Logstore.fromLogstoreName(s, 'Target', 'audit-central', 'enriched'),
      role: ExecutionRole.fromRoleArn(s, 'Role', 'acs:ram::1234567890123456:role/enricher'),
      dashboard: false,
    });
    const json = synthJson(s);
    expect(resourcesOf(json, 'alicloud_actiontrail_trail')).toEqual({});
    expect(resourcesOf(json, 'alicloud_log_project')).toEqual({});
    expect(Object.keys(resourcesOf(json, 'alicloud_ram_role'))).toHaveLength(1); // the trigger's
    expect(onlyResource(json, 'alicloud_fcv3_function').role).toBe('acs:ram::1234567890123456:role/enricher');
    expect(JSON.parse(String(onlyResource(json, 'alicloud_fcv3_trigger').trigger_config)).sourceConfig.logstore).toBe(
      'actiontrail_org',
    );
  });

  test('reads a trail built apart (organization trail, all events)', () => {
    const s = stack();
    const trail = new AuditTrail(s, 'Trail', {
      region: 'cn-hangzhou',
      project: LogProject.fromProjectName(s, 'P', 'audit-logs-01'),
      trailName: 'org-trail',
      organizationTrail: true,
      eventReadWrite: EventReadWrite.ALL,
    });
    new TagEnrichment(s, 'Enrich', { region: 'cn-hangzhou', trail });
    const json = synthJson(s);
    expect(onlyResource(json, 'alicloud_actiontrail_trail')).toMatchObject({
      trail_name: 'org-trail',
      is_organization_trail: true,
      event_rw: 'All',
    });
    expect(onlyResource(json, 'alicloud_fcv3_function').environment_variables).toMatchObject({
      TRAILWATCH_SOURCE_PROJECT: 'audit-logs-01',
      TRAILWATCH_SOURCE_LOGSTORE: 'actiontrail_org-trail',
    });
  });

  test('two synths are byte-identical', () => {
    expect(JSON.stringify(enrichment().json)).toBe(JSON.stringify(enrichment().json));
  });
});

describe('prop validation names <construct path>.<prop> and the fix', () => {
  const base = { region: 'cn-hangzhou' };
  test.each<[string, Partial<TagEnrichmentProps>, RegExp]>([
    ['region', { region: 'Hangzhou' }, /^test\/Enrich\.region: "Hangzhou" is not an Alibaba Cloud region id\. Write/],
    ['tagRegions', { tagRegions: ['cn-hangzhou', 'x'] }, /^test\/Enrich\.tagRegions\[1\]: /],
    [
      'services',
      { services: ['Ecs', 'ecs.aliyuncs.com'] },
      /^test\/Enrich\.services\[1\]: .* not an ActionTrail service name\. Use the serviceName/,
    ],
    [
      'cacheTtlSeconds',
      { cacheTtlSeconds: 7200 },
      /^test\/Enrich\.cacheTtlSeconds: 7200 is out of range\. Give a whole number from 0 to 3600/,
    ],
    ['maxResourcesPerEvent', { maxResourcesPerEvent: 0 }, /^test\/Enrich\.maxResourcesPerEvent: /],
    [
      'businessTagKeys',
      { businessTagKeys: ['cost-center', 'cost_center'] },
      /^test\/Enrich\.businessTagKeys\[1\]: .*same record field/,
    ],
    [
      'memberAccountRoleName',
      { memberAccountRoleName: 'acs:ram::1:role/x', memberAccountIds: [MEMBER] },
      /^test\/Enrich\.memberAccountRoleName: .*not a RAM role name\. Give the role name only/,
    ],
    [
      'memberAccountIds without role',
      { memberAccountIds: [MEMBER] },
      /^test\/Enrich\.memberAccountIds: is set without memberAccountRoleName/,
    ],
    ['role without accounts', { memberAccountRoleName: 'Reader' }, /^test\/Enrich\.memberAccountIds: is empty/],
    [
      'memberAccountIds syntax',
      { memberAccountRoleName: 'Reader', memberAccountIds: ['123'] },
      /^test\/Enrich\.memberAccountIds\[0\]: "123" is not an Alibaba Cloud account id/,
    ],
    [
      'targetLogstoreName',
      { targetLogstoreName: 'Bad Name' },
      /^test\/Enrich\.targetLogstoreName: .*not an SLS logstore name/,
    ],
    [
      'targetRetentionDays',
      { targetRetentionDays: 4000 },
      /^test\/Enrich\.targetRetentionDays: 4000 is out of range\. Give a whole number from 1 to 3650/,
    ],
    ['targetShardCount', { targetShardCount: 0 }, /^test\/Enrich\.targetShardCount: /],
    [
      'triggerIntervalSeconds',
      { triggerIntervalSeconds: 1 },
      /^test\/Enrich\.triggerIntervalSeconds: 1 is out of range\. Give a whole number from 3 to 600/,
    ],
    ['maxRetries', { maxRetries: 101 }, /^test\/Enrich\.maxRetries: /],
    ['timeoutSeconds', { timeoutSeconds: 0 }, /^test\/Enrich\.timeoutSeconds: /],
    [
      'memorySize',
      { memorySize: 300 },
      /^test\/Enrich\/Function\.memorySize: 300 MB is not a Function Compute memory size\. Give a multiple of 64/,
    ],
    ['functionName', { functionName: '9bad' }, /^test\/Enrich\/Function\.functionName: .*Use 1 to 128/],
    [
      'environment size',
      {
        memberAccountRoleName: 'Reader',
        memberAccountIds: Array.from({ length: 300 }, (_, i) => String(1000000000000000 + i)),
      },
      /^test\/Enrich\/Function\.environment: takes \d+ bytes, more than Function Compute's 4 KB/,
    ],
  ])('%s', (_name, props, message) => {
    expect(() => new TagEnrichment(stack(), 'Enrich', { ...base, ...props })).toThrow(message);
  });

  test('trail and sourceLogstore together', () => {
    const s = stack();
    const trail = new AuditTrail(s, 'Trail', { region: 'cn-hangzhou' });
    expect(() => new TagEnrichment(s, 'Enrich', { ...base, trail, sourceLogstore: trail.sourceLogstore })).toThrow(
      /^test\/Enrich\.sourceLogstore: cannot be combined with trail/,
    );
  });

  test('trail options on an existing trail', () => {
    const s = stack();
    const trail = new AuditTrail(s, 'Trail', { region: 'cn-hangzhou' });
    expect(() => new TagEnrichment(s, 'Enrich', { ...base, trail, organizationTrail: true })).toThrow(
      /^test\/Enrich\.organizationTrail: only applies to a trail this construct creates/,
    );
  });

  test('existing target with target options, and the source as target', () => {
    const s = stack();
    const source = Logstore.fromLogstoreName(s, 'S', 'audit-central', 'actiontrail_org');
    expect(
      () =>
        new TagEnrichment(s, 'E1', {
          ...base,
          sourceLogstore: source,
          existingTargetLogstore: Logstore.fromLogstoreName(s, 'T', 'audit-central', 'out'),
          targetRetentionDays: 30,
        }),
    ).toThrow(/^test\/E1\.existingTargetLogstore: cannot be combined with targetRetentionDays/);
    expect(
      () => new TagEnrichment(s, 'E2', { ...base, sourceLogstore: source, existingTargetLogstore: source }),
    ).toThrow(/^test\/E2\.existingTargetLogstore: is the source logstore/);
  });

  test('the parts name their own props', () => {
    const s = stack();
    expect(() => new AuditTrail(s, 'T1', { region: 'cn-hangzhou', trailName: 'UpperCase' })).toThrow(
      /^test\/T1\.trailName: "UpperCase" is not a usable trail name\. Use 6 to 36 lower-case/,
    );
    expect(() => new AuditTrail(s, 'T2', { region: 'cn-hangzhou', deliveryRoleArn: 'role/x' })).toThrow(
      /^test\/T2\.deliveryRoleArn: "role\/x" is not a RAM role ARN/,
    );
    expect(() => new LogProject(s, 'P', { projectName: 'Bad_Project' })).toThrow(/^test\/P\.projectName: /);
    expect(() => LogProject.fromProjectName(s, 'P2', 'x')).toThrow(/^test\/P2\.projectName: /);
    expect(() => Logstore.fromLogstoreName(s, 'L', 'proj-01', '-bad')).toThrow(/^test\/L\.logstoreName: /);
    expect(
      () => new Logstore(s, 'L2', { project: { projectName: 'proj-01' }, logstoreName: 'good', retentionDays: 0 }),
    ).toThrow(/^test\/L2\.retentionDays: /);
    expect(
      () => new Logstore(s, 'L3', { project: { projectName: 'proj-01' }, logstoreName: 'good', maxShardCount: 300 }),
    ).toThrow(/^test\/L3\.maxShardCount: /);
    expect(() => ExecutionRole.fromRoleArn(s, 'R', 'arn:aws:iam::123456789012:role/x')).toThrow(
      /^test\/R\.roleArn: .*not a RAM role ARN\. Write acs:ram::/,
    );
    expect(() => new BundledFunction(s, 'F1', { handler: ALICLOUD_TAG_ENRICHMENT_HANDLER })).toThrow(
      /^test\/F1\.statements: a new role needs at least one statement/,
    );
    expect(
      () =>
        new BundledFunction(s, 'F2', {
          handler: ALICLOUD_TAG_ENRICHMENT_HANDLER,
          statements: [{ actions: ['log:*'], resources: ['*'] }],
        }),
    ).toThrow(/^test\/F2\/Role\.statements\[0\]\.actions: "log:\*" is a wildcard action/);
    expect(
      () =>
        new BundledFunction(s, 'F3', {
          handler: ALICLOUD_TAG_ENRICHMENT_HANDLER,
          statements: [{ actions: ['tag:ListTagResources'], resources: ['*'] }],
          environment: { ALIBABA_CLOUD_ACCESS_KEY_ID: 'x' },
        }),
    ).toThrow(/^test\/F3\.environment\.ALIBABA_CLOUD_ACCESS_KEY_ID: looks like a credential/);
    expect(
      () =>
        new BundledFunction(s, 'F4', {
          handler: ALICLOUD_TAG_ENRICHMENT_HANDLER,
          statements: [{ actions: ['tag:ListTagResources'], resources: ['*'] }],
          logProject: 'p-01',
        }),
    ).toThrow(/^test\/F4\.logLogstore: /);
  });
});
