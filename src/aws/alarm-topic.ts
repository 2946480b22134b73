import { TerraformProvider } from 'cdktf';
import { Construct } from 'constructs';
import { DataAwsIamPolicyDocument } from '@cdktf/provider-aws/lib/data-aws-iam-policy-document';
import { KmsKey } from '@cdktf/provider-aws/lib/kms-key';
import { NotificationEndpoint } from '../core/notification-endpoint';
import { AlertTopic, TopicEncryption } from './alert-topic';
import { AwsContext } from './aws-context';
import { KEY_ADMIN_ACTIONS } from './trail-key';

/** @internal */
export interface AlarmTopicOptions {
  /** ARN pattern of the alarms that may publish, e.g. `arn:aws:cloudwatch:eu-west-1:111122223333:alarm:trail-*`. */
  readonly alarmArns: string;
  readonly subscriptions?: readonly NotificationEndpoint[];
  readonly tags?: Record<string, string>;
  readonly provider?: TerraformProvider;
}

/** Managing the key (Terraform), and using it for the account's principals that IAM allows (publishers, readers). */
const ACCOUNT_KEY_ACTIONS = [...KEY_ADMIN_ACTIONS, 'kms:GenerateDataKey', 'kms:Decrypt'];

/**
 * A topic CloudWatch alarms can publish to: encrypted with a customer managed key of its own (the AWS managed
 * `alias/aws/sns` key does not admit CloudWatch, so alarms on such a topic are never delivered), whose key policy and
 * topic policy admit CloudWatch for the given alarms of this account only.
 * @internal
 */
export function createAlarmTopic(scope: Construct, id: string, options: AlarmTopicOptions): AlertTopic {
  const holder = new Construct(scope, id);
  const { provider } = options;
  const context = AwsContext.of(holder, provider);
  const cloudWatch = [{ type: 'Service', identifiers: ['cloudwatch.amazonaws.com'] }];
  const fromAccount = { test: 'StringEquals', variable: 'aws:SourceAccount', values: [context.accountId] };
  const keyPolicy = new DataAwsIamPolicyDocument(holder, 'KeyPolicy', {
    statement: [
      {
        sid: 'AccountUsesKey',
        effect: 'Allow',
        principals: [{ type: 'AWS', identifiers: [`arn:${context.partition}:iam::${context.accountId}:root`] }],
        actions: ACCOUNT_KEY_ACTIONS,
        resources: ['*'],
      },
      {
        sid: 'CloudWatchAlarmsEncryptAlerts',
        effect: 'Allow',
        principals: cloudWatch,
        actions: ['kms:GenerateDataKey', 'kms:Decrypt'],
        resources: ['*'],
        condition: [fromAccount],
      },
    ],
    provider,
  });
  const key = new KmsKey(holder, 'Key', {
    description: 'Encrypts the alarm notifications of a TrailWatch topic',
    enableKeyRotation: true,
    deletionWindowInDays: 30,
    policy: keyPolicy.json,
    tags: options.tags,
    provider,
  });
  const topic = new AlertTopic(holder, 'Topic', {
    encryption: TopicEncryption.customerManagedKey(key.arn),
    subscriptions: options.subscriptions,
    tags: options.tags,
    provider,
  });
  topic.addToResourcePolicy({
    sid: 'CloudWatchAlarmsPublish',
    effect: 'Allow',
    principals: cloudWatch,
    actions: ['sns:Publish'],
    resources: [topic.topicArn],
    condition: [{ test: 'ArnLike', variable: 'aws:SourceArn', values: [options.alarmArns] }, fromAccount],
  });
  return topic;
}
