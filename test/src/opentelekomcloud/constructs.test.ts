/**
 * The Open Telekom Cloud constructs: what they synthesize (agencies without admin roles or wildcards, trigger rights
 * apart from runtime rights, private encrypted TLS-only buckets, trigger → function → agency wiring) and every
 * synth-time check, each naming `<construct path>.<prop>` and saying how to fix it.
 */
import { App, TerraformStack, Testing } from 'cdktf';
import {
  HUAWEI_FAMILY_ALERT_KEYWORDS,
  DEFAULT_ALERT_KEYWORDS,
  KeywordMatcher,
} from '../../../runtime/core/keyword-matcher';
import {
  Agency,
  AllowListSource,
  AlertTopic,
  AuditTracker,
  BundledFunction,
  BundledHandler,
  IamTraceRegion,
  LogKeywordAlarm,
  LoginAlarm,
  LoginAuditPattern,
  NotificationEndpoint,
  SecureBucket,
  TagEnrichment,
  TagEnrichmentSource,
  TrailWatchValidationError,
} from '../../../src/opentelekomcloud';
import { HUAWEI_DOC_WRN_LINE, OTC_PROJECT_ID } from './fixtures';

type Resources = Record<string, Record<string, Record<string, unknown>>>;

function stack(): TerraformStack {
  return new TerraformStack(Testing.app() as App, 's');
}

function synth(s: TerraformStack): Resources {
  return (JSON.parse(Testing.synth(s)) as { resource: Resources }).resource;
}

function only(resources: Resources, type: string): Record<string, unknown> & { id: string } {
  const all = Object.entries(resources[type] ?? {});
  if (all.length !== 1) throw new Error(`expected one ${type}, found ${all.length}`);
  return { ...all[0][1], id: all[0][0] };
}

const TOPIC = `urn:smn:eu-de:${OTC_PROJECT_ID}:alerts`;
/** System roles an agency must never hold (OTC's best practice grants the first). */
const ADMIN_ROLES = /^(te_admin|Tenant Administrator|secu_admin|Security Administrator|.*FullAccess|.*Administrator)$/i;

function loginAlarmStack(): Resources {
  const s = stack();
  new LoginAlarm(s, 'Alarm', {
    region: IamTraceRegion.PUBLIC_CLOUD,
    allowList: ['203.0.113.0/24'],
    alertTopic: AlertTopic.fromTopicUrn(s, 'Topic', TOPIC),
  });
  return synth(s);
}

describe('LoginAlarm', () => {
  const r = loginAlarmStack();
  const agencies = r.opentelekomcloud_identity_agency_v3;
  const roles = r.opentelekomcloud_identity_role_v3;
  const statements = (roleRef: string) => {
    const id = /identity_role_v3\.([^.]+)\.display_name/.exec(roleRef)![1];
    return roles[id].statement as { action: string[]; effect: string }[];
  };
  const actionsOf = (agency: Record<string, unknown>) =>
    ((agency.project_role as { roles: string[] }[] | undefined) ?? [])
      .flatMap((p) => p.roles)
      .concat((agency.domain_roles as string[] | undefined) ?? [])
      .flatMap((ref) => statements(ref).flatMap((st) => st.action));

  test('agencies delegate to FunctionGraph and hold only custom policies: no admin role, no wildcard', () => {
    expect(Object.keys(agencies)).toHaveLength(2);
    for (const agency of Object.values(agencies)) {
      expect(agency.delegated_domain_name).toBe('op_svc_cff');
      const refs = (agency.project_role as { project: string; roles: string[] }[]).flatMap((p) => p.roles);
      for (const ref of refs) {
        expect(ref).toMatch(/^\$\{opentelekomcloud_identity_role_v3\.[^.]+\.display_name\}$/);
        expect(ref).not.toMatch(ADMIN_ROLES);
      }
      expect((agency.project_role as { project: string }[])[0].project).toBe('eu-de');
    }
    for (const role of Object.values(roles)) {
      for (const st of role.statement as { action: string[]; effect: string }[]) {
        expect(st.effect).toBe('Allow');
        for (const action of st.action) expect(action).not.toContain('*');
      }
    }
  });

  test('trigger rights on the configuration agency (`agency`), runtime rights on the execution agency (`app_agency`)', () => {
    const fn = only(r, 'opentelekomcloud_fgs_function_v2');
    const byRef = (ref: unknown) => agencies[/identity_agency_v3\.([^.]+)\.name/.exec(String(ref))![1]];
    expect(actionsOf(byRef(fn.agency)).sort()).toEqual([
      'cts:notification:create',
      'cts:notification:delete',
      'cts:notification:update',
      'cts:operation:list',
      'cts:trace:list',
      'cts:tracker:list',
      // FunctionGraph delivers failed asynchronous invocations to the alert topic with the configuration agency.
      'smn:topic:publish',
    ]);
    expect(actionsOf(byRef(fn.app_agency))).toEqual(['smn:topic:publish']);
  });

  test('the function logs to an LTS group and stream of its own, scales to 100 instances, reports failed async events', () => {
    const fn = only(r, 'opentelekomcloud_fgs_function_v2');
    const group = only(r, 'opentelekomcloud_lts_group_v2');
    const stream = only(r, 'opentelekomcloud_lts_stream_v2');
    expect(group.ttl_in_days).toBe(365);
    expect(fn.enable_lts_log).toBe(true);
    expect(fn.log_group_id).toBe(`\${opentelekomcloud_lts_group_v2.${group.id}.id}`);
    expect(fn.log_topic_id).toBe(`\${opentelekomcloud_lts_stream_v2.${stream.id}.id}`);
    expect(fn.max_instance_num).toBe('100');
    expect(String(fn.user_data)).toContain('"TRAILWATCH_OWN_LOG_GROUP"');
    expect(String(fn.user_data)).toContain('"TRAILWATCH_OWN_LOG_STREAM"');
    const config = only(r, 'opentelekomcloud_fgs_async_invoke_config_v2');
    expect(config.function_urn).toBe(`\${opentelekomcloud_fgs_function_v2.${fn.id}.urn}`);
    const onFailure = config.on_failure as { destination: string; param: string };
    expect(onFailure.destination).toBe('SMN');
    expect(onFailure.param).toContain('topic_urn');
  });

  test('the CTS triggers name the function and IAM user sign-in traces as OTC spells them', () => {
    const fn = only(r, 'opentelekomcloud_fgs_function_v2');
    expect(fn.runtime).toBe('Node.js20.15');
    expect(String(fn.user_data)).toContain('"TRAILWATCH_CLOUD" = "otc"');
    expect(String(fn.user_data)).toContain('"TRAILWATCH_REGION" = "eu-de"');
    const triggers = Object.values(r.opentelekomcloud_fgs_trigger_v2);
    expect(triggers).toHaveLength(2);
    for (const trigger of triggers) {
      expect(trigger.type).toBe('CTS');
      expect(trigger.function_urn).toBe(`\${opentelekomcloud_fgs_function_v2.${fn.id}.urn}`);
    }
    expect(String(triggers[1].event_data) + String(triggers[0].event_data)).toContain(
      'IAM:user:login;logout;loginfailed;',
    );
    expect(String(triggers.map((t) => t.event_data))).not.toContain('loginFailed');
  });
});

describe('LoginAlarm with a managed allow-list', () => {
  test('the execution agency may read exactly the OBS object, the configuration agency not at all', () => {
    const s = stack();
    new LoginAlarm(s, 'Alarm', {
      region: IamTraceRegion.PUBLIC_CLOUD,
      allowListSources: [AllowListSource.obsObject('acme-lists', 'login/allow.txt')],
      alertTopic: AlertTopic.fromTopicUrn(s, 'Topic', TOPIC),
    });
    const r = synth(s);
    const fn = only(r, 'opentelekomcloud_fgs_function_v2');
    expect(String(fn.user_data)).toContain('"TRAILWATCH_ALLOW_LIST_SOURCES" = "obs://acme-lists/login/allow.txt"');
    const roles = Object.entries(r.opentelekomcloud_identity_role_v3);
    const reads = roles.filter(([, role]) =>
      (role.statement as { action: string[] }[]).some((st) => st.action.includes('obs:object:GetObject')),
    );
    expect(reads.map(([id]) => id).sort()).toEqual([
      expect.stringMatching(/AppObsGlobalPolicy/),
      expect.stringMatching(/AppObsProjectPolicy/),
    ]);
    for (const [, role] of reads) {
      expect(role.statement).toEqual([
        { effect: 'Allow', action: ['obs:object:GetObject'], resource: ['OBS:*:*:object:acme-lists/login/allow.txt'] },
      ]);
    }
  });
});

describe('SecureBucket and AuditTracker', () => {
  const s = stack();
  new AuditTracker(s, 'Tracker', { region: 'eu-de', transferToLts: true, retentionDays: 365 });
  const r = synth(s);

  test('the bucket is private, Standard, versioned, SSE-KMS with its own rotated key, and expires after the retention', () => {
    const bucket = only(r, 'opentelekomcloud_obs_bucket');
    expect(bucket).toMatchObject({
      acl: 'private',
      storage_class: 'STANDARD',
      versioning: true,
      region: 'eu-de',
      force_destroy: false,
    });
    const key = only(r, 'opentelekomcloud_kms_key_v1');
    expect(bucket.server_side_encryption).toEqual({
      algorithm: 'kms',
      kms_key_id: `\${opentelekomcloud_kms_key_v1.${key.id}.id}`,
    });
    expect(key).toMatchObject({ rotation_enabled: true });
    expect(bucket.lifecycle_rule).toEqual([
      expect.objectContaining({
        enabled: true,
        expiration: [{ days: 365 }],
        noncurrent_version_expiration: [{ days: 365 }],
      }),
    ]);
  });

  test('the bucket policy refuses every request not made over TLS', () => {
    const policy = only(r, 'opentelekomcloud_obs_bucket_policy');
    const document = JSON.parse(String(policy.policy)) as { Statement: Record<string, unknown>[] };
    expect(document.Statement).toEqual([
      expect.objectContaining({
        Effect: 'Deny',
        Principal: { ID: ['*'] },
        Condition: { Bool: { SecureTransport: ['false'] } },
      }),
    ]);
  });

  test('the tracker writes to the bucket after its policy, and transfers to LTS when asked', () => {
    const tracker = only(r, 'opentelekomcloud_cts_tracker_v3');
    expect(tracker).toMatchObject({
      status: 'enabled',
      is_lts_enabled: true,
      compress_type: 'gzip',
      file_prefix_name: 'trailwatch',
    });
    expect(tracker.depends_on).toEqual([expect.stringMatching(/^opentelekomcloud_obs_bucket_policy\./)]);
  });

  test('WORM retention is passed to OBS when asked', () => {
    const t = stack();
    new SecureBucket(t, 'B', { region: 'eu-nl', bucketName: 'acme-audit', wormRetentionDays: 30, kmsKeyId: 'key-1' });
    const bucket = only(synth(t), 'opentelekomcloud_obs_bucket');
    expect(bucket).toMatchObject({
      bucket: 'acme-audit',
      worm_policy: { days: 30 },
      server_side_encryption: { algorithm: 'kms', kms_key_id: 'key-1' },
    });
  });
});

describe('LogKeywordAlarm and TagEnrichment', () => {
  test('the keyword alarm: LTS trigger on its stream, the Huawei-family default keywords, archive rights on its prefix only', () => {
    const s = stack();
    new LogKeywordAlarm(s, 'Kw', {
      region: 'eu-de',
      archiveBucket: SecureBucket.fromBucketName(s, 'Archive', 'acme-archive'),
      archiveKmsKeyId: 'k-1',
    });
    const r = synth(s);
    const trigger = only(r, 'opentelekomcloud_fgs_trigger_v2');
    expect(trigger.type).toBe('LTS');
    expect(String(trigger.event_data)).toMatch(
      /"log_group_id" = opentelekomcloud_lts_group_v2\.[^.]+\.id, "log_topic_id" = opentelekomcloud_lts_stream_v2\.[^.]+\.id/,
    );
    const fn = only(r, 'opentelekomcloud_fgs_function_v2');
    expect(String(fn.user_data)).toContain('"TRAILWATCH_KEYWORDS" = "WARN,WRN,WARNING,ERROR,ERR,FATAL"');
    const statements = Object.values(r.opentelekomcloud_identity_role_v3).flatMap(
      (role) => role.statement as { action: string[]; resource?: string[] }[],
    );
    expect(statements.filter((st) => st.action.includes('obs:object:PutObject')).map((st) => st.resource)).toEqual([
      ['OBS:*:*:object:acme-archive/log-keyword-alarm/*'],
      ['OBS:*:*:object:acme-archive/log-keyword-alarm/*'],
    ]);
    expect(statements.find((st) => st.action.includes('kms:dek:create'))!.resource).toEqual(['KMS:*:*:KeyId:k-1']);
  });

  test('tag enrichment on the tracker stream looks the LTS ids up by the names the tracker reports', () => {
    const s = stack();
    const tracker = new AuditTracker(s, 'Tracker', { region: 'eu-de', transferToLts: true });
    new TagEnrichment(s, 'Tags', {
      region: 'eu-de',
      source: TagEnrichmentSource.ctsTracker(tracker),
      services: ['ecs'],
    });
    const json = JSON.parse(Testing.synth(s)) as { resource: Resources; data: Resources };
    const trigger = only(json.resource, 'opentelekomcloud_fgs_trigger_v2');
    expect(String(trigger.event_data)).toContain('data.opentelekomcloud_lts_streams_v2.');
    expect(Object.keys(json.data)).toEqual(
      expect.arrayContaining(['opentelekomcloud_lts_groups_v2', 'opentelekomcloud_lts_streams_v2']),
    );
    const actions = Object.values(json.resource.opentelekomcloud_identity_role_v3).flatMap((role) =>
      (role.statement as { action: string[] }[]).flatMap((st) => st.action),
    );
    expect(actions).toContain('ecs:cloudServers:showServerTags');
    expect(actions).toContain('lts:logs:upload');
    expect(actions).not.toContain('vpc:securityGroupTags:get');
  });
});

describe('the default keywords of the Huawei-family keyword alarm', () => {
  test("cover WARN, WRN, ERROR and ERR, so Huawei's documented LTS example line raises an alert", () => {
    expect(HUAWEI_FAMILY_ALERT_KEYWORDS).toEqual(expect.arrayContaining(['WARN', 'WRN', 'ERROR', 'ERR']));
    expect(KeywordMatcher.create(HUAWEI_FAMILY_ALERT_KEYWORDS).firstKeyword(HUAWEI_DOC_WRN_LINE)).toBe('WRN');
    expect(KeywordMatcher.create(DEFAULT_ALERT_KEYWORDS).matches(HUAWEI_DOC_WRN_LINE)).toBe(false);
    expect(KeywordMatcher.create(HUAWEI_FAMILY_ALERT_KEYWORDS).matches('WRNING TERRAIN ERRORS_TOTAL')).toBe(false);
  });
});

describe('every synth-time check names <construct path>.<prop> and the fix', () => {
  const ok = () => ({ region: IamTraceRegion.PUBLIC_CLOUD, allowList: ['203.0.113.0/24'] });
  const cases: [string, string, (s: TerraformStack) => void][] = [
    ['SecureBucket.region', 's/B.region', (s) => new SecureBucket(s, 'B', { region: 'cn-north-4' })],
    [
      'SecureBucket.bucketName',
      's/B.bucketName',
      (s) => new SecureBucket(s, 'B', { region: 'eu-de', bucketName: 'Bad_Name' }),
    ],
    [
      'SecureBucket.retentionDays',
      's/B.retentionDays',
      (s) => new SecureBucket(s, 'B', { region: 'eu-de', retentionDays: 0 }),
    ],
    [
      'SecureBucket.wormRetentionDays',
      's/B.wormRetentionDays',
      (s) => new SecureBucket(s, 'B', { region: 'eu-de', wormRetentionDays: 400, retentionDays: 30 }),
    ],
    ['SecureBucket.fromBucketName', 's/X.bucketName', (s) => SecureBucket.fromBucketName(s, 'X', 'a..b')],
    ['Agency.fromAgencyName', 's/A.agencyName', (s) => Agency.fromAgencyName(s, 'A', 'has space')],
    ['AlertTopic.region', 's/T.region', (s) => new AlertTopic(s, 'T', { region: 'ap-southeast-1' })],
    ['AlertTopic.topicName', 's/T.topicName', (s) => new AlertTopic(s, 'T', { region: 'eu-de', topicName: '1bad' })],
    [
      'AlertTopic.subscriptions duplicate',
      's/T.subscriptions[1]',
      (s) =>
        new AlertTopic(s, 'T', {
          region: 'eu-de',
          subscriptions: [NotificationEndpoint.email('a@example.com'), NotificationEndpoint.email('a@example.com')],
        }),
    ],
    [
      'AlertTopic.subscriptions not an endpoint',
      's/T.subscriptions[0]',
      (s) =>
        new AlertTopic(s, 'T', {
          region: 'eu-de',
          subscriptions: [{ protocol: 'email', endpoint: 'x' } as unknown as NotificationEndpoint],
        }),
    ],
    [
      'AlertTopic.fromTopicUrn',
      's/I.topicUrn',
      (s) => AlertTopic.fromTopicUrn(s, 'I', 'arn:aws:sns:eu-central-1:123456789012:x'),
    ],
    [
      'AuditTracker.filePrefix',
      's/Tr.filePrefix',
      (s) => new AuditTracker(s, 'Tr', { region: 'eu-de', filePrefix: 'has space' }),
    ],
    [
      'AuditTracker.bucket + retentionDays',
      's/Tr.bucket',
      (s) =>
        new AuditTracker(s, 'Tr', {
          region: 'eu-de',
          bucket: SecureBucket.fromBucketName(s, 'E', 'acme-traces'),
          retentionDays: 30,
        }),
    ],
    [
      'TagEnrichmentSource.ctsTracker',
      's/Tr.transferToLts',
      (s) => TagEnrichmentSource.ctsTracker(new AuditTracker(s, 'Tr', { region: 'eu-de' })),
    ],
    [
      'BundledFunction.permissions none',
      's/F.permissions',
      (s) => new BundledFunction(s, 'F', { handler: BundledHandler.HUAWEICLOUD_LOGIN_ALARM, region: 'eu-de' }),
    ],
    [
      'BundledFunction.permissions wildcard',
      's/F.permissions[0].actions',
      (s) =>
        new BundledFunction(s, 'F', {
          handler: BundledHandler.HUAWEICLOUD_LOGIN_ALARM,
          region: 'eu-de',
          permissions: [{ actions: ['smn:*'] }],
        }),
    ],
    [
      'BundledFunction.permissions OBS mixed',
      's/F.permissions[0].actions',
      (s) =>
        new BundledFunction(s, 'F', {
          handler: BundledHandler.HUAWEICLOUD_LOGIN_ALARM,
          region: 'eu-de',
          permissions: [{ actions: ['obs:object:PutObject', 'smn:topic:publish'] }],
        }),
    ],
    [
      'BundledFunction.timeoutSeconds',
      's/F.timeoutSeconds',
      (s) =>
        new BundledFunction(s, 'F', {
          handler: BundledHandler.HUAWEICLOUD_LOGIN_ALARM,
          region: 'eu-de',
          timeoutSeconds: 1000,
          permissions: [{ actions: ['smn:topic:publish'] }],
        }),
    ],
    [
      'BundledFunction.memorySize',
      's/F.memorySize',
      (s) =>
        new BundledFunction(s, 'F', {
          handler: BundledHandler.HUAWEICLOUD_LOGIN_ALARM,
          region: 'eu-de',
          memorySize: 64,
          permissions: [{ actions: ['smn:topic:publish'] }],
        }),
    ],
    [
      'BundledFunction.functionName',
      's/F.functionName',
      (s) =>
        new BundledFunction(s, 'F', {
          handler: BundledHandler.HUAWEICLOUD_LOGIN_ALARM,
          region: 'eu-de',
          functionName: 'x y',
          permissions: [{ actions: ['smn:topic:publish'] }],
        }),
    ],
    [
      'BundledFunction.region',
      's/F.region',
      (s) =>
        new BundledFunction(s, 'F', {
          handler: BundledHandler.HUAWEICLOUD_LOGIN_ALARM,
          region: 'eu-west-0',
          permissions: [{ actions: ['smn:topic:publish'] }],
        }),
    ],
    [
      'LoginAlarm.allowList empty',
      's/L.allowList',
      (s) => new LoginAlarm(s, 'L', { ...ok(), allowList: [], alertTopic: AlertTopic.fromTopicUrn(s, 'T', TOPIC) }),
    ],
    [
      'LoginAlarm.allowList entry',
      's/L.allowList[1]',
      (s) =>
        new LoginAlarm(s, 'L', {
          ...ok(),
          allowList: ['10.0.0.0/8', '10.0.0.300'],
          alertTopic: AlertTopic.fromTopicUrn(s, 'T', TOPIC),
        }),
    ],
    [
      'LoginAlarm.watchedActions',
      's/L.watchedActions[0]',
      (s) =>
        new LoginAlarm(s, 'L', {
          ...ok(),
          watchedActions: ['IAM:user:login'],
          alertTopic: AlertTopic.fromTopicUrn(s, 'T', TOPIC),
        }),
    ],
    [
      'LoginAlarm.region',
      's/L.region',
      (s) =>
        new LoginAlarm(s, 'L', {
          ...ok(),
          region: 'eu-nl' as IamTraceRegion,
          alertTopic: AlertTopic.fromTopicUrn(s, 'T', TOPIC),
        }),
    ],
    [
      'LoginAlarm.alertTopic region',
      's/L.alertTopic',
      (s) =>
        new LoginAlarm(s, 'L', {
          ...ok(),
          alertTopic: AlertTopic.fromTopicUrn(s, 'T', `urn:smn:eu-nl:${OTC_PROJECT_ID}:alerts`),
        }),
    ],
    [
      'LogKeywordAlarm.keywords',
      's/K.keywords',
      (s) => new LogKeywordAlarm(s, 'K', { region: 'eu-de', keywords: ['WARN', 'ERR!'] }),
    ],
    [
      'LogKeywordAlarm.alertMaxLines',
      's/K.alertMaxLines',
      (s) => new LogKeywordAlarm(s, 'K', { region: 'eu-de', alertMaxLines: 0 }),
    ],
    [
      'LogKeywordAlarm.existingLogStreamId',
      's/K.existingLogStreamId',
      (s) => new LogKeywordAlarm(s, 'K', { region: 'eu-de', existingLogStreamId: 'st-1' }),
    ],
    [
      'LogKeywordAlarm.alertTopic + subscriptions',
      's/K.alertTopic',
      (s) =>
        new LogKeywordAlarm(s, 'K', {
          region: 'eu-de',
          alertTopic: AlertTopic.fromTopicUrn(s, 'T', TOPIC),
          subscriptions: [],
        }),
    ],
    [
      'LogKeywordAlarm.logGroupRetentionDays',
      's/K.logGroupRetentionDays',
      (s) => new LogKeywordAlarm(s, 'K', { region: 'eu-de', logGroupRetentionDays: 400 }),
    ],
    ['LogKeywordAlarm.region', 's/K.region', (s) => new LogKeywordAlarm(s, 'K', { region: 'cn-north-4' })],
    [
      'TagEnrichment.existingTargetStreamId',
      's/E.existingTargetStreamId',
      (s) =>
        new TagEnrichment(s, 'E', {
          region: 'eu-de',
          source: TagEnrichmentSource.ltsStream('g', 'st'),
          existingTargetGroupId: 'g2',
        }),
    ],
    [
      'TagEnrichment target = source',
      's/E.existingTargetStreamId',
      (s) =>
        new TagEnrichment(s, 'E', {
          region: 'eu-de',
          source: TagEnrichmentSource.ltsStream('g', 'st'),
          existingTargetGroupId: 'g',
          existingTargetStreamId: 'st',
        }),
    ],
    [
      'TagEnrichment.tagRegions without member accounts',
      's/E.tagRegions',
      (s) =>
        new TagEnrichment(s, 'E', {
          region: 'eu-de',
          source: TagEnrichmentSource.ltsStream('g', 'st'),
          tagRegions: ['eu-nl'],
        }),
    ],
    [
      'TagEnrichment.tagRegions',
      's/E.tagRegions[0]',
      (s) =>
        new TagEnrichment(s, 'E', {
          region: 'eu-de',
          source: TagEnrichmentSource.ltsStream('g', 'st'),
          tagRegions: ['us-east-1'],
        }),
    ],
    [
      'TagEnrichment.memberAccountAgencyName',
      's/E.memberAccountAgencyName',
      (s) =>
        new TagEnrichment(s, 'E', {
          region: 'eu-de',
          source: TagEnrichmentSource.ltsStream('g', 'st'),
          memberAccountAgencyName: 'no spaces allowed',
        }),
    ],
    [
      'TagEnrichment.memberAccountIds',
      's/E.memberAccountIds',
      (s) =>
        new TagEnrichment(s, 'E', {
          region: 'eu-de',
          source: TagEnrichmentSource.ltsStream('g', 'st'),
          memberAccountIds: ['123'],
        }),
    ],
    [
      'TagEnrichment.ltsIngestEndpoint',
      's/E.ltsIngestEndpoint',
      (s) =>
        new TagEnrichment(s, 'E', {
          region: 'eu-de',
          source: TagEnrichmentSource.ltsStream('g', 'st'),
          ltsIngestEndpoint: 'https://lts-access.eu-de.example.com:8102',
        }),
    ],
    [
      'TagEnrichment.targetRetentionDays',
      's/E.targetRetentionDays',
      (s) =>
        new TagEnrichment(s, 'E', {
          region: 'eu-de',
          source: TagEnrichmentSource.ltsStream('g', 'st'),
          targetRetentionDays: 0,
        }),
    ],
    [
      'LoginAuditPattern.alertTopic + subscriptions',
      's/P.alertTopic',
      (s) =>
        new LoginAuditPattern(s, 'P', {
          ...ok(),
          alertTopic: AlertTopic.fromTopicUrn(s, 'T', TOPIC),
          subscriptions: [],
        }),
    ],
    [
      'LoginAuditPattern.transferToLts',
      's/P.transferToLts',
      (s) => new LoginAuditPattern(s, 'P', { ...ok(), transferToLts: false, tagEnrichment: {} }),
    ],
    [
      'LoginAuditPattern forwards allowList',
      's/P/LoginAlarm.allowList[0]',
      (s) => new LoginAuditPattern(s, 'P', { ...ok(), allowList: ['nope'] }),
    ],
    [
      'LoginAuditPattern forwards retentionDays',
      's/P/Tracker/Bucket.retentionDays',
      (s) => new LoginAuditPattern(s, 'P', { ...ok(), retentionDays: 0 }),
    ],
    [
      'LoginAuditPattern forwards logKeywordAlarm.keywords',
      's/P/LogKeywordAlarm.keywords',
      (s) => new LoginAuditPattern(s, 'P', { ...ok(), logKeywordAlarm: { keywords: [] } }),
    ],
  ];

  test.each(cases)('%s', (_name, field, build) => {
    let error: unknown;
    try {
      build(stack());
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(TrailWatchValidationError);
    const validation = error as TrailWatchValidationError;
    expect(validation.field).toBe(field);
    expect(validation.message.startsWith(`${field}: `)).toBe(true);
    expect(validation.fix).toMatch(/\S.{10,}/);
  });
});
