import { TerraformProvider } from 'cdktf';
import { Construct } from 'constructs';
import { CloudwatchLogGroup } from '@cdktf/provider-aws/lib/cloudwatch-log-group';
import { CloudwatchLogSubscriptionFilter } from '@cdktf/provider-aws/lib/cloudwatch-log-subscription-filter';
import { CloudwatchQueryDefinition } from '@cdktf/provider-aws/lib/cloudwatch-query-definition';
import { LambdaPermission } from '@cdktf/provider-aws/lib/lambda-permission';
import { TagEnrichmentSettings } from '../../runtime/core/setting-names';
import { tagFieldName } from '../../runtime/core/enrichment/enriched-record';
import { BundledHandler } from '../core/handler-asset';
import { uniqueResourceName } from '../core/naming';
import { TrailWatchValidationError, isUnresolved, validateExclusive, validateIntegerRange } from '../core/validation';
import { AwsContext } from './aws-context';
import { BundledFunction, LOG_RETENTION_DAYS, LambdaRuntime, PolicyStatement, DeadLetterService } from './bundled-function';
import { validateKmsKeyArn } from './arn-validation';

/**
 * Write events, and events that carry no read-only flag (the handler then judges them by action name). Read
 * events are the bulk of a trail; dropping them here saves the invocations.
 */
export const WRITE_EVENTS_FILTER_PATTERN = '{ ($.readOnly IS FALSE) || ($.readOnly NOT EXISTS) }';

export interface TagEnrichmentProps {
  /** The trail's CloudWatch Logs group (e.g. the log group an `AuditTrail` delivers to). */
  readonly sourceLogGroupName: string;
  /** Name of the created target log group. @default "/trailwatch/<unique>/enriched" */
  readonly targetLogGroupName?: string;
  /** @default 365 */
  readonly targetRetentionDays?: number;
  /** KMS key ARN for the created target log group (its key policy must allow CloudWatch Logs). @default AWS-managed */
  readonly targetKmsKeyArn?: string;
  /** Write to this existing log group instead of creating one; its retention and encryption stay yours. */
  readonly existingTargetLogGroupName?: string;
  /** Services to keep, e.g. `["ec2", "s3.amazonaws.com"]`. @default every service */
  readonly services?: readonly string[];
  /** Write records whose resource has no tags (or none could be identified). @default true */
  readonly writeUntaggedEvents?: boolean;
  /** How long looked-up tags are reused, 0–3600 s. @default 300 */
  readonly cacheTtlSeconds?: number;
  /** Records written per event at most (one per resource). @default 20 */
  readonly maxResourcesPerEvent?: number;
  /**
   * Role assumed in member accounts to read their tags (`arn:aws:iam::<account>:role/<name>`); that role needs
   * `tag:GetResources` and must trust this function's role. @default off: member-account resources get
   * `tagStatus: "unsupported"`
   */
  readonly memberAccountRoleName?: string;
  /** The member accounts whose role may be assumed; required with `memberAccountRoleName` (least privilege). */
  readonly memberAccountIds?: readonly string[];
  /** Subscription filter pattern. @default WRITE_EVENTS_FILTER_PATTERN */
  readonly filterPattern?: string;
  /** Tag keys the saved "changes by tag" queries group by. @default ["Project"] */
  readonly businessTagKeys?: readonly string[];
  /** Save the CloudWatch Logs Insights queries. @default true */
  readonly saveQueries?: boolean;
  /** @default a unique name */
  readonly functionName?: string;
  /** @default LambdaRuntime.NODEJS_24_X */
  readonly runtime?: LambdaRuntime;
  /** @default 256 */
  readonly memorySize?: number;
  /** @default 60 */
  readonly timeoutSeconds?: number;
  /** KMS key ARN for the function's own log group. @default AWS-managed */
  readonly functionLogKmsKeyArn?: string;
  /** SQS queue or SNS topic ARN for batches that failed after Lambda's retries. @default none */
  readonly deadLetterTargetArn?: string;
  /** The kind of `deadLetterTargetArn`; needed when it is a reference to a queue or topic of this stack. @default read from the ARN */
  readonly deadLetterTargetService?: DeadLetterService;
  readonly provider?: TerraformProvider;
}

/**
 * The business view of audit logs: a Lambda subscribed to the trail's log group keeps write events, looks up the
 * tags of each event's resources (`tag:GetResources`, cached, 100 ARNs per call) and writes one enriched record
 * per resource to a target log group, with saved Logs Insights queries for changes by tag, user and service.
 */
export class TagEnrichment extends Construct {
  public readonly function: BundledFunction;
  /** Undefined when `existingTargetLogGroupName` was given. */
  public readonly targetLogGroup?: CloudwatchLogGroup;
  public readonly targetLogGroupName: string;
  public readonly targetLogGroupArn: string;
  public readonly subscriptionFilter: CloudwatchLogSubscriptionFilter;
  public readonly queryDefinitions: readonly CloudwatchQueryDefinition[];

  public constructor(scope: Construct, id: string, props: TagEnrichmentProps) {
    super(scope, id);
    validateProps(id, props);
    const provider = props.provider;
    const context = AwsContext.of(this, provider);
    const logsArn = (name: string) => `arn:${context.partition}:logs:${context.region}:${context.accountId}:log-group:${name}`;

    if (props.existingTargetLogGroupName) {
      this.targetLogGroupName = props.existingTargetLogGroupName;
      this.targetLogGroupArn = logsArn(this.targetLogGroupName);
    } else {
      this.targetLogGroup = new CloudwatchLogGroup(this, 'TargetLogGroup', {
        name: props.targetLogGroupName ?? `/trailwatch/${uniqueResourceName(this, 400)}/enriched`,
        retentionInDays: props.targetRetentionDays ?? 365,
        kmsKeyId: props.targetKmsKeyArn,
        provider,
      });
      this.targetLogGroupName = this.targetLogGroup.name;
      this.targetLogGroupArn = this.targetLogGroup.arn;
    }

    const statements: PolicyStatement[] = [
      // GetResources has no resource-level permissions: "*" is the only resource it accepts.
      { sid: 'ReadTags', actions: ['tag:GetResources'], resources: ['*'] },
      { sid: 'WriteEnrichedRecords', actions: ['logs:CreateLogStream', 'logs:PutLogEvents'], resources: [`${this.targetLogGroupArn}:*`] },
    ];
    if (props.memberAccountRoleName) {
      const accounts = props.memberAccountIds ?? [];
      statements.push({
        sid: 'AssumeMemberTagReaders',
        actions: ['sts:AssumeRole'],
        resources: accounts.map((account) => `arn:${context.partition}:iam::${account}:role/${props.memberAccountRoleName}`),
      });
    }

    this.function = new BundledFunction(this, 'Consumer', {
      handler: BundledHandler.AWS_TAG_ENRICHMENT,
      functionName: props.functionName,
      runtime: props.runtime,
      memorySize: props.memorySize ?? 256,
      timeoutSeconds: props.timeoutSeconds ?? 60,
      logKmsKeyArn: props.functionLogKmsKeyArn,
      deadLetterTargetArn: props.deadLetterTargetArn,
      deadLetterTargetService: props.deadLetterTargetService,
      statements,
      environment: {
        [TagEnrichmentSettings.TARGET_LOG_GROUP]: this.targetLogGroupName,
        [TagEnrichmentSettings.SERVICES]: (props.services ?? []).join(','),
        [TagEnrichmentSettings.WRITE_UNTAGGED]: String(props.writeUntaggedEvents ?? true),
        [TagEnrichmentSettings.CACHE_TTL_SECONDS]: String(props.cacheTtlSeconds ?? 300),
        [TagEnrichmentSettings.MAX_RESOURCES_PER_EVENT]: String(props.maxResourcesPerEvent ?? 20),
        [TagEnrichmentSettings.MEMBER_ROLE_NAME]: props.memberAccountRoleName ?? '',
      },
      provider,
    });

    const permission = new LambdaPermission(this, 'AllowSubscription', {
      statementId: 'AllowCloudWatchLogsSubscription',
      action: 'lambda:InvokeFunction',
      functionName: this.function.function.functionName,
      principal: 'logs.amazonaws.com',
      sourceArn: `${logsArn(props.sourceLogGroupName)}:*`,
      sourceAccount: context.accountId,
      provider,
    });
    this.subscriptionFilter = new CloudwatchLogSubscriptionFilter(this, 'Subscription', {
      name: uniqueResourceName(this, 200),
      logGroupName: props.sourceLogGroupName,
      filterPattern: props.filterPattern ?? WRITE_EVENTS_FILTER_PATTERN,
      destinationArn: this.function.function.arn,
      dependsOn: [permission],
      provider,
    });

    const queries = props.saveQueries === false ? [] : businessQueries(props.businessTagKeys ?? ['Project']);
    const folder = `TrailWatch/${uniqueResourceName(this, 60)}`;
    this.queryDefinitions = queries.map(
      (q, i) =>
        new CloudwatchQueryDefinition(this, `Query${i}`, {
          name: `${folder}/${q.name}`,
          queryString: q.query,
          logGroupNames: [this.targetLogGroupName],
          provider,
        }),
    );
  }
}

/** A saved CloudWatch Logs Insights query over enriched records. */
export interface BusinessQuery {
  readonly name: string;
  readonly query: string;
}

/** The saved business views: changes by tag value (one per key), by user, by service, and untagged changes. */
export function businessQueries(tagKeys: readonly string[]): BusinessQuery[] {
  const byTag = tagKeys.map((key) => {
    const field = tagFieldName(key);
    return {
      name: `changes-by-${field.slice(4)}`,
      query: [
        `filter ispresent(${field})`,
        `| stats count(*) as changes, count_distinct(resourceId) as resources by ${field}, actor, service, eventName`,
        '| sort changes desc',
      ].join('\n'),
    };
  });
  return [
    ...byTag,
    {
      name: 'changes-by-user',
      query: ['stats count(*) as changes, count_distinct(resourceId) as resources by actor, actorType, actorAccount', '| sort changes desc'].join('\n'),
    },
    {
      name: 'changes-by-service',
      query: ['stats count(*) as changes by service, eventName, outcome', '| sort changes desc'].join('\n'),
    },
    {
      name: 'recent-changes',
      query: [
        `fields @timestamp, eventTime, ${tagKeys.map(tagFieldName).join(', ')}${tagKeys.length > 0 ? ', ' : ''}actor, service, eventName, resourceId, tagStatus`,
        '| sort @timestamp desc',
        '| limit 200',
      ].join('\n'),
    },
    {
      name: 'changes-to-untagged-resources',
      query: ['filter tagStatus != "found"', '| stats count(*) as changes by service, resourceType, tagStatus', '| sort changes desc'].join('\n'),
    },
  ];
}

function validateProps(id: string, props: TagEnrichmentProps): void {
  validateKmsKeyArn(`${id}.targetKmsKeyArn`, props.targetKmsKeyArn);
  validateKmsKeyArn(`${id}.functionLogKmsKeyArn`, props.functionLogKmsKeyArn);
  if (!isUnresolved(props.sourceLogGroupName) && !/^[\w#/.-]{1,512}$/.test(props.sourceLogGroupName ?? '')) {
    throw new TrailWatchValidationError(`${id}.sourceLogGroupName`, `"${props.sourceLogGroupName}" is not a log group name`, 'Pass the name of the trail\'s CloudWatch Logs group, e.g. auditTrail.logGroupName');
  }
  validateExclusive(`${id}.existingTargetLogGroupName`, props.existingTargetLogGroupName, `${id}.targetLogGroupName`, props.targetLogGroupName);
  validateExclusive(`${id}.existingTargetLogGroupName`, props.existingTargetLogGroupName, `${id}.targetKmsKeyArn`, props.targetKmsKeyArn);
  validateExclusive(`${id}.existingTargetLogGroupName`, props.existingTargetLogGroupName, `${id}.targetRetentionDays`, props.targetRetentionDays);
  if (props.targetRetentionDays !== undefined && !LOG_RETENTION_DAYS.includes(props.targetRetentionDays)) {
    throw new TrailWatchValidationError(`${id}.targetRetentionDays`, `${props.targetRetentionDays} is not a CloudWatch Logs retention`, `Use one of ${LOG_RETENTION_DAYS.join(', ')}`);
  }
  if (props.sourceLogGroupName === props.existingTargetLogGroupName && props.sourceLogGroupName !== undefined) {
    throw new TrailWatchValidationError(`${id}.existingTargetLogGroupName`, 'is the source log group, so every record would trigger the consumer again', 'Write to a separate log group');
  }
  validateIntegerRange(`${id}.cacheTtlSeconds`, props.cacheTtlSeconds, 0, 3600);
  validateIntegerRange(`${id}.maxResourcesPerEvent`, props.maxResourcesPerEvent, 1, 100);
  (props.services ?? []).forEach((service, i) => {
    if (!isUnresolved(service) && !/^[a-z0-9.-]+$/i.test(service)) {
      throw new TrailWatchValidationError(`${id}.services[${i}]`, `"${service}" is not a service name`, 'Use an event source such as "ec2.amazonaws.com" or its short form "ec2"');
    }
  });
  if (props.memberAccountRoleName !== undefined && !isUnresolved(props.memberAccountRoleName) && !/^[\w+=,.@-]{1,64}$/.test(props.memberAccountRoleName)) {
    throw new TrailWatchValidationError(`${id}.memberAccountRoleName`, `"${props.memberAccountRoleName}" is not an IAM role name`, 'Give the role name only (no ARN, no path), e.g. "TrailWatchTagReader"');
  }
  if (props.memberAccountRoleName && !(props.memberAccountIds && props.memberAccountIds.length > 0)) {
    throw new TrailWatchValidationError(
      `${id}.memberAccountIds`,
      'is empty, so the consumer could assume a role of that name in any AWS account',
      'List the 12-digit ids of the member accounts whose tags it reads',
    );
  }
  if (props.memberAccountIds && props.memberAccountIds.length > 0 && !props.memberAccountRoleName) {
    throw new TrailWatchValidationError(`${id}.memberAccountIds`, 'is set without memberAccountRoleName', 'Also give memberAccountRoleName, the role to assume in those accounts');
  }
  (props.memberAccountIds ?? []).forEach((account, i) => {
    if (!isUnresolved(account) && !/^\d{12}$/.test(account)) {
      throw new TrailWatchValidationError(`${id}.memberAccountIds[${i}]`, `"${account}" is not an AWS account id`, 'Write the 12-digit account id');
    }
  });
  (props.businessTagKeys ?? []).forEach((key, i) => {
    if (key.trim() === '' || key.length > 128) {
      throw new TrailWatchValidationError(`${id}.businessTagKeys[${i}]`, `"${key}" is not a tag key`, 'Give a tag key of 1 to 128 characters, e.g. "Project"');
    }
  });
}
