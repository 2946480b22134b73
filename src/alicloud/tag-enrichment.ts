import { Construct } from 'constructs';
import { Fcv3Trigger } from './generated/providers/alicloud/fcv3-trigger';
import { tagFieldName } from '../../runtime/core/enrichment/enriched-record';
import {
  TagEnrichmentCloudRules,
  TagEnrichmentOptions,
  businessTagKeysOf,
  tagEnrichmentEnvironment,
  tagEnrichmentOptionProblems,
} from '../../runtime/core/enrichment/options';
import { OptionProblem } from '../../runtime/core/option-problem';
import { AlicloudSettings, AlicloudSourceSettings } from '../../runtime/alicloud/settings';
import { uniqueResourceName } from '../core/naming';
import { isUnresolved, propPath, throwFirstProblem } from '../core/validation';
import { rangeProblems } from '../../runtime/core/option-checks';
import { ALICLOUD_ACCOUNT_ID, accountIdOf, regionProblems } from './alicloud-context';
import { AuditTrail, EventReadWrite } from './audit-trail';
import { ALICLOUD_TAG_ENRICHMENT_HANDLER, BundledFunction, FunctionComputeRuntime } from './bundled-function';
import { BusinessDashboard } from './business-view';
import { IExecutionRole, PolicyStatement, RAM_ROLE_NAME, ServiceRole } from './execution-role';
import { ILogProject } from './log-project';
import {
  ILogstore,
  IndexField,
  IndexFieldType,
  Logstore,
  LogstoreEncryption,
  logstoreArn,
  logstoreNameProblems,
} from './logstore';

/** Alibaba Cloud syntax of the contract's cloud-dependent fields. */
const ALICLOUD_RULES: Omit<TagEnrichmentCloudRules, 'memberIdentity'> = {
  service: {
    pattern: /^[A-Za-z][A-Za-z0-9-]*$/,
    what: 'an ActionTrail service name',
    fix: 'Use the serviceName ActionTrail records, e.g. "Ecs", "Rds", "Slb"',
  },
  accountId: {
    pattern: ALICLOUD_ACCOUNT_ID,
    what: 'an Alibaba Cloud account id',
    fix: 'Write the 16-digit account (UID) id',
  },
};

/** The enriched record's key fields and their index types (the `tag_<key>` fields and `tags` are added). */
export const ENRICHED_INDEX_FIELDS: readonly IndexField[] = [
  ...[
    'cloud',
    'eventId',
    'eventTime',
    'eventName',
    'service',
    'region',
    'actor',
    'actorType',
    'actorId',
    'actorAccount',
    'sourceIp',
    'outcome',
    'errorMessage',
    'readOnlyBasis',
    'resourceId',
    'resourceType',
    'resourceAccount',
    'resourceRegion',
    'tagStatus',
    'tagLookupError',
    'tagsLookedUpAt',
  ].map((name) => ({ name, type: IndexFieldType.TEXT })),
  { name: 'resourceCount', type: IndexFieldType.LONG },
  { name: 'tags', type: IndexFieldType.JSON },
];

export interface TagEnrichmentProps extends TagEnrichmentOptions {
  /** Region of the function, the projects and the trail's delivery (the alicloud provider's region). */
  readonly region: string;
  /** The trail whose logstore is read (`AuditTrail`). @default a new `AuditTrail` with a new project */
  readonly trail?: AuditTrail;
  /** An existing ActionTrail logstore of this account instead (`Logstore.fromLogstoreName`). @default the trail's */
  readonly sourceLogstore?: ILogstore;
  /** Events of the created trail. @default EventReadWrite.WRITE */
  readonly eventReadWrite?: EventReadWrite;
  /** Make the created trail a Resource Directory multi-account trail. @default false */
  readonly organizationTrail?: boolean;
  /** Project of the target and operations logstores. @default the source's project */
  readonly targetProject?: ILogProject;
  /**
   * @default a name unique per construct path ending in `-enriched` (two enrichments can share a project)
   */
  readonly targetLogstoreName?: string;
  /** Days SLS keeps enriched records, 1–3650. @default 180 */
  readonly targetRetentionDays?: number;
  /** @default 2 */
  readonly targetShardCount?: number;
  /** @default LogstoreEncryption.AES */
  readonly targetEncryption?: LogstoreEncryption;
  /** Write to this existing logstore instead (its index and retention stay yours). @default a new Logstore */
  readonly existingTargetLogstore?: ILogstore;
  /**
   * RAM role assumed in `memberAccountIds` to read their tags (`acs:ram::<account>:role/<name>`); it needs
   * `tag:ListTagResources` and must trust this account. @default off: member resources get `tagStatus: "unsupported"`
   */
  readonly memberAccountRoleName?: string;
  /** Regions whose resources' tags are read. @default [region] */
  readonly tagRegions?: readonly string[];
  /** How often SLS invokes the function per shard, 3–600 s. @default 60 */
  readonly triggerIntervalSeconds?: number;
  /** Retries of a failed invocation, 0–100. @default 3 */
  readonly maxRetries?: number;
  /** @default a unique name */
  readonly functionName?: string;
  /** @default FunctionComputeRuntime.NODEJS_20 */
  readonly runtime?: FunctionComputeRuntime;
  /** @default 256 */
  readonly memorySize?: number;
  /** @default 120 */
  readonly timeoutSeconds?: number;
  /** Run as this existing role (`ExecutionRole.fromRoleArn`), trusted by fc.aliyuncs.com. @default a new least-privilege role */
  readonly role?: IExecutionRole;
  /** Create the business-view dashboard. @default true */
  readonly dashboard?: boolean;
  /** Tags of the resources created here that take tags (function, RAM roles and policies, the trail's project). @default none */
  readonly tags?: Record<string, string>;
}

/**
 * The business view of ActionTrail on Alibaba Cloud: an SLS trigger on the trail's logstore runs a Function Compute
 * 3.0 function that keeps write events, reads the tags of each event's resources (Tag API, cached, 50 ARNs per
 * call, member accounts through STS) and writes one enriched record per resource to a target logstore indexed by
 * the business tag keys, with a dashboard of the business questions. No AccessKey anywhere.
 */
export class TagEnrichment extends Construct {
  public readonly trail?: AuditTrail;
  public readonly sourceLogstore: ILogstore;
  public readonly targetLogstore: ILogstore;
  /** Trigger and function logs. */
  public readonly operationsLogstore: Logstore;
  public readonly function: BundledFunction;
  public readonly role: IExecutionRole;
  /** The role SLS runs the trigger with. */
  public readonly triggerRole: IExecutionRole;
  private readonly triggerServiceRole: ServiceRole;
  public readonly trigger: Fcv3Trigger;
  public readonly dashboard?: BusinessDashboard;

  public constructor(scope: Construct, id: string, props: TagEnrichmentProps) {
    super(scope, id);
    this.validate(props);
    const tagKeys = businessTagKeysOf(props);
    this.trail = props.sourceLogstore
      ? props.trail
      : (props.trail ??
        new AuditTrail(this, 'Trail', {
          region: props.region,
          eventReadWrite: props.eventReadWrite,
          organizationTrail: props.organizationTrail,
          tags: props.tags,
        }));
    this.sourceLogstore = props.sourceLogstore ?? this.trail!.sourceLogstore;
    const targetProject: ILogProject = props.targetProject ?? { projectName: this.sourceLogstore.projectName };
    this.targetLogstore =
      props.existingTargetLogstore ??
      new Logstore(this, 'Target', {
        project: targetProject,
        logstoreName: props.targetLogstoreName ?? this.logstoreName('enriched'),
        retentionDays: props.targetRetentionDays ?? 180,
        shardCount: props.targetShardCount,
        encryption: props.targetEncryption,
        indexFields: [
          ...ENRICHED_INDEX_FIELDS,
          ...tagKeys.map((key) => ({ name: tagFieldName(key), type: IndexFieldType.TEXT })),
        ],
      });
    this.operationsLogstore = new Logstore(this, 'Operations', {
      project: { projectName: this.targetLogstore.projectName },
      logstoreName: this.logstoreName('operations'),
      retentionDays: 30,
      shardCount: 1,
      indexFields: [{ name: 'message', type: IndexFieldType.TEXT }],
    });
    this.function = this.createFunction(props);
    this.role = this.function.role;
    this.triggerServiceRole = this.createTriggerRole(props);
    this.triggerRole = this.triggerServiceRole;
    this.trigger = this.createTrigger(props);
    if (props.dashboard ?? true)
      this.dashboard = new BusinessDashboard(this, 'BusinessView', {
        logstore: this.targetLogstore,
        businessTagKeys: tagKeys,
      });
  }

  private validate(props: TagEnrichmentProps): void {
    const at = (prop: string) => propPath(this, prop);
    const rules: TagEnrichmentCloudRules = {
      ...ALICLOUD_RULES,
      memberIdentity: {
        prop: 'memberAccountRoleName',
        value: props.memberAccountRoleName,
        pattern: RAM_ROLE_NAME,
        what: 'a RAM role name',
        fix: 'Give the role name only (no ARN), e.g. "TrailWatchTagReader"',
      },
    };
    const problems: OptionProblem[] = [
      ...regionProblems(at('region'), props.region),
      ...(props.tagRegions ?? []).flatMap((r, i) => regionProblems(at(`tagRegions[${i}]`), r)),
      ...tagEnrichmentOptionProblems(this.node.path, props, rules, isUnresolved),
      ...logstoreNameProblems(at('targetLogstoreName'), props.targetLogstoreName),
      ...rangeProblems(at('targetRetentionDays'), props.targetRetentionDays, 1, 3650, isUnresolved),
      ...rangeProblems(at('targetShardCount'), props.targetShardCount, 1, 256, isUnresolved),
      ...rangeProblems(at('triggerIntervalSeconds'), props.triggerIntervalSeconds, 3, 600, isUnresolved),
      ...rangeProblems(at('maxRetries'), props.maxRetries, 0, 100, isUnresolved),
      ...rangeProblems(at('timeoutSeconds'), props.timeoutSeconds, 1, 86400, isUnresolved),
    ];
    if (props.trail && props.sourceLogstore) {
      problems.push({
        field: at('sourceLogstore'),
        problem: 'cannot be combined with trail',
        fix: 'Give the trail (its logstore is read) or an existing logstore, not both',
      });
    }
    if (
      (props.trail || props.sourceLogstore) &&
      (props.eventReadWrite !== undefined || props.organizationTrail !== undefined)
    ) {
      problems.push({
        field: at(props.eventReadWrite !== undefined ? 'eventReadWrite' : 'organizationTrail'),
        problem: 'only applies to a trail this construct creates',
        fix: 'Set it on your AuditTrail, or leave trail and sourceLogstore out',
      });
    }
    if (props.existingTargetLogstore) {
      for (const other of [
        'targetProject',
        'targetLogstoreName',
        'targetRetentionDays',
        'targetShardCount',
        'targetEncryption',
      ] as const) {
        if (props[other] !== undefined)
          problems.push({
            field: at('existingTargetLogstore'),
            problem: `cannot be combined with ${other}`,
            fix: `Give existingTargetLogstore or ${other}, not both`,
          });
      }
      const source = props.sourceLogstore ?? props.trail?.sourceLogstore;
      const t = props.existingTargetLogstore;
      if (
        source &&
        !isUnresolved(t.logstoreName) &&
        t.projectName === source.projectName &&
        t.logstoreName === source.logstoreName
      ) {
        problems.push({
          field: at('existingTargetLogstore'),
          problem: 'is the source logstore, so every record would trigger the function again',
          fix: 'Write to a separate logstore',
        });
      }
    }
    throwFirstProblem(problems);
  }

  private createFunction(props: TagEnrichmentProps): BundledFunction {
    const account = accountIdOf(this);
    const arn = (s: ILogstore) => logstoreArn(s, props.region, account);
    const members = props.memberAccountRoleName ? (props.memberAccountIds ?? []) : [];
    const statements: PolicyStatement[] = [
      // PullLogs and its cursor calls are all authorized as log:GetCursorOrData.
      { actions: ['log:GetCursorOrData', 'log:ListShards'], resources: [arn(this.sourceLogstore)] },
      {
        actions: ['log:PostLogStoreLogs'],
        resources: [arn(this.targetLogstore), arn(this.operationsLogstore)],
      },
      // ListTagResources has no resource-level control.
      { actions: ['tag:ListTagResources'], resources: ['*'] },
      ...(members.length > 0
        ? [
            {
              actions: ['sts:AssumeRole'],
              resources: members.map((m) => `acs:ram::${m}:role/${props.memberAccountRoleName}`),
            },
          ]
        : []),
    ];
    return new BundledFunction(this, 'Function', {
      handler: ALICLOUD_TAG_ENRICHMENT_HANDLER,
      functionName: props.functionName,
      runtime: props.runtime,
      memorySize: props.memorySize ?? 256,
      timeoutSeconds: props.timeoutSeconds ?? 120,
      role: props.role,
      statements,
      logProject: this.operationsLogstore.projectName,
      logLogstore: this.operationsLogstore.logstoreName,
      description: 'TrailWatch tag enrichment (ActionTrail events + resource tags -> SLS)',
      tags: props.tags,
      environment: {
        [AlicloudSettings.REGION]: props.region,
        [AlicloudSettings.ACCOUNT_ID]: account,
        [AlicloudSourceSettings.SOURCE_PROJECT]: this.sourceLogstore.projectName,
        [AlicloudSourceSettings.SOURCE_LOGSTORE]: this.sourceLogstore.logstoreName,
        [AlicloudSettings.TARGET_PROJECT]: this.targetLogstore.projectName,
        [AlicloudSettings.TARGET_LOGSTORE]: this.targetLogstore.logstoreName,
        [AlicloudSettings.SLS_INTRANET]: 'true',
        [AlicloudSettings.TAG_REGIONS]: (props.tagRegions ?? [props.region]).join(','),
        ...tagEnrichmentEnvironment(props, props.memberAccountRoleName),
      },
    });
  }

  /** A logstore name unique per construct path (SLS names are per project: 3–63 of [a-z0-9_-]). */
  private logstoreName(purpose: string): string {
    return `${uniqueResourceName(this, 62 - purpose.length).toLowerCase()}-${purpose}`;
  }

  /** The role SLS uses to run the trigger: invoke this function, write the trigger log, read the source's cursors. */
  private createTriggerRole(props: TagEnrichmentProps): ServiceRole {
    const account = accountIdOf(this);
    const arn = (s: ILogstore) => logstoreArn(s, props.region, account);
    const functionArn = this.function.functionArn(props.region, account);
    return new ServiceRole(this, 'TriggerRole', {
      roleName: `${this.function.functionName.slice(0, 56).replace(/_/g, '-')}-trigger`,
      service: 'log.aliyuncs.com',
      tags: props.tags,
      description: `Lets the SLS trigger invoke Function Compute function ${this.function.functionName} (TrailWatch)`,
      statements: [
        // The qualifier form (functions/<name>/LATEST) is covered by the second resource.
        { actions: ['fc:InvokeFunction'], resources: [functionArn, `${functionArn}/*`] },
        { actions: ['log:PostLogStoreLogs'], resources: [arn(this.operationsLogstore)] },
        { actions: ['log:GetCursorOrData', 'log:ListShards'], resources: [arn(this.sourceLogstore)] },
      ],
    });
  }

  private createTrigger(props: TagEnrichmentProps): Fcv3Trigger {
    const account = accountIdOf(this);
    return new Fcv3Trigger(this, 'Trigger', {
      functionName: this.function.function.functionName,
      qualifier: 'LATEST',
      triggerType: 'log',
      triggerName: 'actiontrail-source',
      description: 'ActionTrail logstore -> TrailWatch tag enrichment',
      sourceArn: `acs:log:${props.region}:${account}:project/${this.sourceLogstore.projectName}`,
      invocationRole: this.triggerRole.roleArn,
      triggerConfig: JSON.stringify({
        sourceConfig: { logstore: this.sourceLogstore.logstoreName, startTime: null },
        jobConfig: { maxRetryTime: props.maxRetries ?? 3, triggerInterval: props.triggerIntervalSeconds ?? 60 },
        functionParameter: {},
        logConfig: { project: this.operationsLogstore.projectName, logstore: this.operationsLogstore.logstoreName },
        enable: true,
      }),
      // ActionTrail creates the source logstore when the trail is created; the policy must exist before SLS uses the role.
      dependsOn: [
        ...(this.trail ? [this.trail.trail] : []),
        this.triggerServiceRole.attachment,
        this.operationsLogstore.logstore,
      ],
    });
  }
}
