import { createHash } from 'crypto';
import { TerraformProvider } from 'cdktf';
import { Construct } from 'constructs';
import { CloudwatchLogMetricFilter } from '@cdktf/provider-aws/lib/cloudwatch-log-metric-filter';
import { CloudwatchMetricAlarm } from '@cdktf/provider-aws/lib/cloudwatch-metric-alarm';
import { DataAwsIamPolicyDocumentStatement } from '@cdktf/provider-aws/lib/data-aws-iam-policy-document';
import { CisControl, CisControlId } from '../../runtime/core/cis-controls';
import {
  CisAlarmsOptions,
  CisControlOptions,
  cisOptionProblems,
  enabledCisControls,
} from '../../runtime/core/cis-options';
import { OptionProblem } from '../../runtime/core/option-problem';
import { isReference, rangeProblems } from '../../runtime/core/option-checks';
import { uniqueResourceName } from '../core/naming';
import { propPath, throwFirstProblem, validateName, isUnresolved } from '../core/validation';
import { IAlertTopic, SNS_AWS_MANAGED_KEY_ALIAS } from './alert-topic';
import { AwsContext } from './aws-context';
import { logGroupNameProblems } from './log-group';

export type { CisAlarmsOptions, CisControlId, CisControlOptions };

/** Per-control settings of the AWS pack. */
export interface AwsCisControlOptions extends CisControlOptions {
  /** Matching events within one period that raise the alarm. @default 1 (the Security Hub remediation) */
  readonly threshold?: number;
  /** Length of the period the events are summed over, a multiple of 60. @default 300 */
  readonly periodSeconds?: number;
}

export interface CisAlarmsProps extends CisAlarmsOptions<AwsCisControlOptions> {
  /** Settings per control id (`'CloudWatch.1'` … `'CloudWatch.14'`): `enabled`, `threshold`, `periodSeconds`. @default every control on, threshold 1 per 300 s */
  readonly controls?: Partial<Record<CisControlId, AwsCisControlOptions>>;
  /** The CloudWatch Logs group the trail delivers to (`AuditTrail.logGroup.name`); Security Hub checks this one. */
  readonly logGroupName: string;
  /**
   * Where the alarms publish: a topic encrypted with a customer managed key (`TopicEncryption.customerManagedKey`)
   * whose key policy admits CloudWatch (see `keyPolicyStatements`). CloudWatch cannot use `alias/aws/sns`.
   */
  readonly alertTopic: IAlertTopic;
  /** Namespace of the metrics. @default "LogMetrics" (as in the Security Hub remediation steps) */
  readonly metricNamespace?: string;
  /** Prefix of the filter and alarm names (`<prefix>-CloudWatch.1`). @default a unique name derived from the construct path */
  readonly namePrefix?: string;
  /** Tags of the alarms. @default none */
  readonly tags?: Record<string, string>;
  /** Provider of the log group's region. @default the stack's default AWS provider */
  readonly provider?: TerraformProvider;
}

/**
 * The CIS pack as part of the login-audit pattern: on the trail's CloudWatch Logs group (delivery is turned on for
 * it), publishing to the pattern's topic, which must then use a customer managed key (`topicEncryption`).
 */
export type IncludedCisAlarmsProps = Omit<CisAlarmsProps, 'logGroupName' | 'alertTopic' | 'provider'>;

/** @internal */
export const DEFAULT_CIS_METRIC_NAMESPACE = 'LogMetrics';
const DEFAULT_PERIOD_SECONDS = 300;

/**
 * The CIS monitoring controls of AWS Security Hub (CloudWatch.1–14) on a trail's CloudWatch Logs group: per control
 * one metric filter with exactly the pattern Security Hub checks, and one alarm publishing to the alert topic whose
 * description names the control, what it watches and what to do. Controls can be turned off and their thresholds
 * set one by one.
 */
export class CisAlarms extends Construct {
  /** The controls created, in table order. */
  public readonly controls: readonly CisControlId[];
  /** The metric filter of each control created. */
  public readonly metricFilters: Partial<Record<CisControlId, CloudwatchLogMetricFilter>> = {};
  /** The alarm of each control created. */
  public readonly alarms: Partial<Record<CisControlId, CloudwatchMetricAlarm>> = {};
  /** The namespace of the metrics. */
  public readonly metricNamespace: string;
  /** The prefix of the filter and alarm names. */
  public readonly namePrefix: string;
  /**
   * What the topic policy needs so the alarms can publish (added to a created `AlertTopic`; add it yourself to an
   * imported topic's policy if that policy does not already admit CloudWatch).
   */
  public readonly topicPolicyStatement: DataAwsIamPolicyDocumentStatement;
  /** What the key policy of the topic's customer managed key must contain for CloudWatch to publish. */
  public readonly keyPolicyStatements: DataAwsIamPolicyDocumentStatement[];
  /** True when `topicPolicyStatement` was added to the topic's policy here. */
  public readonly topicPolicyUpdated: boolean;

  /**
   * The key policy statements a customer managed key of the alert topic needs so that CloudWatch alarms of this
   * account can publish (`kms:GenerateDataKey`, `kms:Decrypt` for `cloudwatch.amazonaws.com`, `aws:SourceAccount`).
   */
  public static topicKeyPolicyStatements(accountId: string): DataAwsIamPolicyDocumentStatement[] {
    return cisKeyPolicyStatements(accountId);
  }

  public constructor(scope: Construct, id: string, props: CisAlarmsProps) {
    super(scope, id);
    this.validate(props);
    const context = AwsContext.of(this, props.provider);
    this.metricNamespace = props.metricNamespace ?? DEFAULT_CIS_METRIC_NAMESPACE;
    this.namePrefix = props.namePrefix ?? uniqueResourceName(this, 200);
    const alarmArns = `arn:${context.partition}:cloudwatch:${context.region}:${context.accountId}:alarm:${this.namePrefix}-*`;
    // One statement per pack: two packs may share a topic, and statement ids are unique within a policy.
    const sid = `CisAlarmsPublish${createHash('sha256').update(this.node.path).digest('hex').slice(0, 8)}`;
    this.topicPolicyStatement = cloudWatchPublishStatement(
      sid,
      props.alertTopic.topicArn,
      alarmArns,
      context.accountId,
    );
    this.keyPolicyStatements = cisKeyPolicyStatements(context.accountId);
    this.topicPolicyUpdated = props.alertTopic.addToResourcePolicy(this.topicPolicyStatement);

    const enabled = enabledCisControls(props);
    this.controls = enabled.map((c) => c.id);
    for (const control of enabled) this.createControl(control, props);
  }

  private createControl(control: CisControl, props: CisAlarmsProps): void {
    const settings = props.controls?.[control.id] ?? {};
    const name = `${this.namePrefix}-${control.id}`;
    const number = control.id.split('.')[1];
    const filter = new CloudwatchLogMetricFilter(this, `Filter${number}`, {
      name: `${this.namePrefix}-${control.awsMetricName}`,
      logGroupName: props.logGroupName,
      pattern: control.awsFilterPattern,
      metricTransformation: { name: control.awsMetricName, namespace: this.metricNamespace, value: '1' },
      provider: props.provider,
    });
    this.metricFilters[control.id] = filter;
    this.alarms[control.id] = new CloudwatchMetricAlarm(this, `Alarm${number}`, {
      alarmName: name,
      alarmDescription: alarmDescription(control),
      namespace: this.metricNamespace,
      metricName: control.awsMetricName,
      statistic: 'Sum',
      period: settings.periodSeconds ?? DEFAULT_PERIOD_SECONDS,
      evaluationPeriods: 1,
      threshold: settings.threshold ?? 1,
      comparisonOperator: 'GreaterThanOrEqualToThreshold',
      // No matching event is the normal state, not missing data.
      treatMissingData: 'notBreaching',
      actionsEnabled: true,
      alarmActions: [props.alertTopic.topicArn],
      tags: props.tags,
      // The metric exists once the filter does.
      dependsOn: [filter],
      provider: props.provider,
    });
  }

  private validate(props: CisAlarmsProps): void {
    const at = (prop: string) => propPath(this, prop);
    validateName(at('namePrefix'), props.namePrefix, 200);
    const problems: OptionProblem[] = [
      ...cisOptionProblems(this.node.path, props),
      ...logGroupNameProblems(at('logGroupName'), props.logGroupName),
      ...namespaceProblems(at('metricNamespace'), props.metricNamespace),
      ...topicProblems(at('alertTopic'), props.alertTopic),
    ];
    for (const [id, settings] of Object.entries(props.controls ?? {}) as [
      CisControlId,
      AwsCisControlOptions | undefined,
    ][]) {
      const field = at(`controls["${id}"]`);
      problems.push(...rangeProblems(`${field}.threshold`, settings?.threshold, 1, 100_000, isUnresolved));
      problems.push(...periodProblems(`${field}.periodSeconds`, settings?.periodSeconds));
    }
    throwFirstProblem(problems);
  }
}

/** `<id> <title>. Watches …. Remediation: ….` (CloudWatch allows 1024 characters). */
function alarmDescription(control: CisControl): string {
  return `${control.id} ${control.title}. Watches ${control.watches}. Remediation: ${control.remediation}. (TrailWatch CIS pack)`;
}

function topicProblems(field: string, topic: IAlertTopic): OptionProblem[] {
  const key = topic.encryption.kmsMasterKeyId;
  const fix =
    'Encrypt the topic with TopicEncryption.customerManagedKey(keyArn) whose key policy lets cloudwatch.amazonaws.com ' +
    'use kms:GenerateDataKey and kms:Decrypt (CisAlarms.keyPolicyStatements)';
  if (key === SNS_AWS_MANAGED_KEY_ALIAS) {
    return [
      {
        field,
        problem: `the topic is encrypted with ${SNS_AWS_MANAGED_KEY_ALIAS}, whose key policy CloudWatch alarms cannot use, so no alarm would ever be delivered`,
        fix,
      },
    ];
  }
  if (key === undefined) {
    return [{ field, problem: 'the topic is not encrypted at rest', fix }];
  }
  return [];
}

/** CloudWatch metric namespaces: 1-255 characters, no `:`, `*` or `$`, not the reserved `AWS/` prefix. */
function namespaceProblems(field: string, namespace: string | undefined): OptionProblem[] {
  if (namespace === undefined || isReference(namespace)) return [];
  if (namespace.length >= 1 && namespace.length <= 255 && !/[:*$]/.test(namespace) && !namespace.startsWith('AWS/'))
    return [];
  return [
    {
      field,
      problem: `"${namespace}" is not a usable CloudWatch namespace`,
      fix: 'Use 1-255 characters without ":", "*" or "$", not starting with "AWS/", e.g. "LogMetrics" or "Security/CIS"',
    },
  ];
}

function periodProblems(field: string, seconds: number | undefined): OptionProblem[] {
  if (seconds === undefined || (Number.isInteger(seconds) && seconds >= 60 && seconds <= 86_400 && seconds % 60 === 0))
    return [];
  return [
    {
      field,
      problem: `${seconds} is not a period of a metric alarm on log metrics`,
      fix: 'Give a multiple of 60 from 60 to 86400',
    },
  ];
}

function cloudWatchPublishStatement(
  sid: string,
  topicArn: string,
  alarmArns: string,
  accountId: string,
): DataAwsIamPolicyDocumentStatement {
  return {
    sid,
    effect: 'Allow',
    principals: [{ type: 'Service', identifiers: ['cloudwatch.amazonaws.com'] }],
    actions: ['sns:Publish'],
    resources: [topicArn],
    condition: [
      { test: 'ArnLike', variable: 'aws:SourceArn', values: [alarmArns] },
      { test: 'StringEquals', variable: 'aws:SourceAccount', values: [accountId] },
    ],
  };
}

/** The key policy statement a topic's customer managed key needs for CloudWatch alarms of this account. @internal */
export function cisKeyPolicyStatements(accountId: string): DataAwsIamPolicyDocumentStatement[] {
  return [
    {
      sid: 'CloudWatchAlarmsEncryptAlerts',
      effect: 'Allow',
      principals: [{ type: 'Service', identifiers: ['cloudwatch.amazonaws.com'] }],
      actions: ['kms:GenerateDataKey', 'kms:Decrypt'],
      // In a key policy "*" is the key itself.
      resources: ['*'],
      condition: [{ test: 'StringEquals', variable: 'aws:SourceAccount', values: [accountId] }],
    },
  ];
}
