/**
 * AWS login audit, deployable with `cdktf deploy aws-login-audit` with AWS credentials in the environment (profile,
 * SSO or keys; none are needed to synthesize). Every value below can be overridden by an environment variable.
 */
import { App, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { DataAwsCallerIdentity } from '@cdktf/provider-aws/lib/data-aws-caller-identity';
import { DataAwsIamPolicyDocument } from '@cdktf/provider-aws/lib/data-aws-iam-policy-document';
import { DataAwsPartition } from '@cdktf/provider-aws/lib/data-aws-partition';
import { KmsKey } from '@cdktf/provider-aws/lib/kms-key';
import { AwsProvider } from '@cdktf/provider-aws/lib/provider';
import { CisAlarms, LoginAuditPattern, NotificationEndpoint, SignInRegion, TopicEncryption } from '../../src/aws';
import { useRelativeLocalState } from '../local-state';
import { envList, exampleTags } from '../env';

export class AwsLoginAuditStack extends TerraformStack {
  public readonly pattern: LoginAuditPattern;

  public constructor(scope: Construct, id: string) {
    super(scope, id);
    // Credentials come from the standard AWS environment (AWS_PROFILE, SSO, AWS_ACCESS_KEY_ID...), never from code.
    const region = process.env.AWS_REGION ?? 'eu-west-1';
    new AwsProvider(this, 'aws', {
      region,
      // Every taggable resource gets the example's tags (Security Hub CloudTrail.9, SNS.3, SQS.2, Lambda.6, DynamoDB.5).
      defaultTags: [{ tags: exampleTags('aws-login-audit') }],
    });
    // Unset: the pattern forwards from us-east-1 (root and global-endpoint sign-ins). A list replaces that default,
    // e.g. "us-east-1,us-east-2,eu-north-1,ap-southeast-2" to catch every global-endpoint sign-in region.
    const extraRegions = envList('TRAILWATCH_SIGN_IN_REGIONS', '');
    const alertsKey = alertTopicKey(this, region);
    this.pattern = new LoginAuditPattern(this, 'LoginAudit', {
      allowList: envList('TRAILWATCH_ALLOW_LIST', '203.0.113.0/24,2001:db8::/32'),
      subscriptions: [
        ...envList('TRAILWATCH_ALERT_EMAILS', process.env.TRAILWATCH_ALERT_EMAIL ?? 'security@example.com').map((e) =>
          NotificationEndpoint.email(e),
        ),
        ...envList('TRAILWATCH_ALERT_PHONES', '').map((p) => NotificationEndpoint.sms(p)),
        ...envList('TRAILWATCH_ALERT_WEBHOOKS', '').map((u) => NotificationEndpoint.https(u)),
      ],
      signInRegions: extraRegions.length > 0 ? extraRegions.map((r) => SignInRegion.of(r)) : undefined,
      retentionDays: Number(process.env.TRAILWATCH_RETENTION_DAYS ?? 365),
      // A customer managed key: the CIS alarms (CloudWatch) cannot publish to a topic under alias/aws/sns.
      topicEncryption: TopicEncryption.customerManagedKey(alertsKey.arn),
      // Security Hub CloudWatch.1-14: a metric filter and an alarm per control on the trail's log group.
      cisAlarms: {},
      // The tag-enrichment pattern reads trail events from this log group (kept 365 days, CloudWatch.16).
      cloudWatchLogs: {},
      // WARN/ERROR lines of an application log group, alerted once per batch and archived in the trail bucket.
      logKeywordAlarm:
        process.env.TRAILWATCH_LOG_KEYWORD_ALARM === 'false'
          ? undefined
          : process.env.TRAILWATCH_APP_LOG_GROUP
            ? { existingLogGroupName: process.env.TRAILWATCH_APP_LOG_GROUP }
            : {}, // a new log group for the application to write to
    });
  }
}

/** Named key-management actions for the account (no kms:*); Terraform manages the key with them. */
const KEY_ADMIN_ACTIONS = [
  'kms:DescribeKey',
  'kms:GetKeyPolicy',
  'kms:PutKeyPolicy',
  'kms:GetKeyRotationStatus',
  'kms:EnableKeyRotation',
  'kms:ListResourceTags',
  'kms:TagResource',
  'kms:UntagResource',
  'kms:UpdateKeyDescription',
  'kms:ScheduleKeyDeletion',
  'kms:CancelKeyDeletion',
];

/**
 * The alert topic's key: the account manages it, the account's publishers (the alarm functions, granted by IAM) use
 * it through SNS only, and CloudWatch alarms of this account may use it (CisAlarms.topicKeyPolicyStatements).
 */
function alertTopicKey(scope: Construct, region: string): KmsKey {
  const accountId = new DataAwsCallerIdentity(scope, 'AlertsKeyAccount').accountId;
  const partition = new DataAwsPartition(scope, 'AlertsKeyPartition').partition;
  const account = [{ type: 'AWS', identifiers: [`arn:${partition}:iam::${accountId}:root`] }];
  const policy = new DataAwsIamPolicyDocument(scope, 'AlertsKeyPolicy', {
    statement: [
      { sid: 'AccountManagesKey', effect: 'Allow', principals: account, actions: KEY_ADMIN_ACTIONS, resources: ['*'] },
      {
        sid: 'AccountPublishesThroughSns',
        effect: 'Allow',
        principals: account,
        actions: ['kms:GenerateDataKey', 'kms:Decrypt'],
        resources: ['*'],
        condition: [
          { test: 'StringEquals', variable: 'kms:CallerAccount', values: [accountId] },
          { test: 'StringEquals', variable: 'kms:ViaService', values: [`sns.${region}.amazonaws.com`] },
        ],
      },
      ...CisAlarms.topicKeyPolicyStatements(accountId),
    ],
  });
  return new KmsKey(scope, 'AlertsKey', {
    description: 'Encrypts the TrailWatch alert topic (CloudWatch alarms may publish)',
    enableKeyRotation: true,
    policy: policy.json,
  });
}

export function createAwsLoginAuditStack(app: App): TerraformStack {
  return new AwsLoginAuditStack(app, 'aws-login-audit');
}

if (require.main === module) {
  const app = new App();
  createAwsLoginAuditStack(app);
  useRelativeLocalState(app);
  app.synth();
}
