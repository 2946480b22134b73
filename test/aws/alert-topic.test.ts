import { AlertTopic, AlertTopicProps, TopicEncryption } from '../../src/aws/alert-topic';
import { NotificationEndpoint } from '../../src/core/notification-endpoint';
import { TrailWatchValidationError } from '../../src/core/validation';
import { awsStack, onlyResource, policyStatements, ref, resourcesOf, synthAws } from './helpers';

const KEY_ARN = 'arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab';
const TOPIC_ARN = 'arn:aws:sns:eu-west-1:111122223333:security-alerts';

function buildError(props: AlertTopicProps): Error {
  try {
    new AlertTopic(awsStack(), 'Alerts', props);
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected a validation error');
}

describe('AlertTopic', () => {
  test('creates a topic encrypted with the AWS managed key and a TLS-only publish policy', () => {
    const json = synthAws((stack) => new AlertTopic(stack, 'Alerts'));
    const topic = onlyResource(json, 'aws_sns_topic');
    expect(topic).toMatchObject({ kms_master_key_id: 'alias/aws/sns', display_name: 'TrailWatch' });
    expect(topic.name).toMatch(/^stack-Alerts-[0-9a-f]{8}$/);
    const policy = onlyResource(json, 'aws_sns_topic_policy');
    expect(policy.arn).toBe(ref(json, 'aws_sns_topic', 'arn'));
    expect(policyStatements(json, policy.policy)).toEqual([
      {
        sid: 'DenyInsecureTransport',
        effect: 'Deny',
        principals: [{ type: '*', identifiers: ['*'] }],
        actions: ['sns:Publish'],
        resources: [ref(json, 'aws_sns_topic', 'arn')],
        condition: [{ test: 'Bool', variable: 'aws:SecureTransport', values: ['false'] }],
      },
    ]);
  });

  test('subscribes every endpoint made by the factories, with its protocol', () => {
    const json = synthAws(
      (stack) =>
        new AlertTopic(stack, 'Alerts', {
          subscriptions: [
            NotificationEndpoint.email('security@example.com'),
            NotificationEndpoint.sms('+14155550100'),
            NotificationEndpoint.https('https://hooks.example.com/alerts'),
            NotificationEndpoint.http('http://10.0.0.5/alerts', { allowInsecureHttp: true }),
          ],
        }),
    );
    const topicArn = ref(json, 'aws_sns_topic', 'arn');
    const subscriptions = Object.values(resourcesOf(json, 'aws_sns_topic_subscription')).map((s) => ({ protocol: s.protocol, endpoint: s.endpoint, topic_arn: s.topic_arn }));
    expect(subscriptions).toEqual([
      { protocol: 'email', endpoint: 'security@example.com', topic_arn: topicArn },
      { protocol: 'sms', endpoint: '+14155550100', topic_arn: topicArn },
      { protocol: 'https', endpoint: 'https://hooks.example.com/alerts', topic_arn: topicArn },
      { protocol: 'http', endpoint: 'http://10.0.0.5/alerts', topic_arn: topicArn },
    ]);
  });

  test('publishers get sns:Publish on this topic only, plus the customer managed key when there is one', () => {
    const stack = awsStack();
    const managed = new AlertTopic(stack, 'Managed');
    expect(managed.publishStatements()).toEqual([{ sid: 'PublishAlerts', actions: ['sns:Publish'], resources: [managed.topicArn] }]);
    const cmk = new AlertTopic(stack, 'Cmk', { encryption: TopicEncryption.customerManagedKey(KEY_ARN) });
    expect(cmk.publishStatements()).toEqual([
      { sid: 'PublishAlerts', actions: ['sns:Publish'], resources: [cmk.topicArn] },
      { sid: 'EncryptAlerts', actions: ['kms:GenerateDataKey', 'kms:Decrypt'], resources: [KEY_ARN] },
    ]);
    expect(new AlertTopic(stack, 'Plain', { encryption: TopicEncryption.unencrypted() }).publishStatements()).toHaveLength(1);
  });

  test('encryption choices reach the topic', () => {
    const json = synthAws((stack) => {
      new AlertTopic(stack, 'Cmk', { encryption: TopicEncryption.customerManagedKey(KEY_ARN) });
    });
    expect(onlyResource(json, 'aws_sns_topic').kms_master_key_id).toBe(KEY_ARN);
    const plain = synthAws((stack) => {
      new AlertTopic(stack, 'Plain', { encryption: TopicEncryption.unencrypted() });
    });
    expect(onlyResource(plain, 'aws_sns_topic').kms_master_key_id).toBeUndefined();
  });

  test('an existing topic is used as is: no topic or policy, subscriptions still added', () => {
    let topic: AlertTopic | undefined;
    const json = synthAws((stack) => {
      topic = new AlertTopic(stack, 'Alerts', { existingTopicArn: TOPIC_ARN, subscriptions: [NotificationEndpoint.email('soc@example.com')] });
    });
    expect(resourcesOf(json, 'aws_sns_topic')).toEqual({});
    expect(resourcesOf(json, 'aws_sns_topic_policy')).toEqual({});
    expect(onlyResource(json, 'aws_sns_topic_subscription').topic_arn).toBe(TOPIC_ARN);
    expect(topic?.topicArn).toBe(TOPIC_ARN);
    expect(() => topic?.addToResourcePolicy({ sid: 'X', actions: ['sns:Publish'], resources: [TOPIC_ARN] })).toThrow(TrailWatchValidationError);
  });

  test('statements can be added to the managed topic policy', () => {
    const json = synthAws((stack) => {
      const topic = new AlertTopic(stack, 'Alerts');
      topic.addToResourcePolicy({
        sid: 'CloudWatchAlarms',
        effect: 'Allow',
        principals: [{ type: 'Service', identifiers: ['cloudwatch.amazonaws.com'] }],
        actions: ['sns:Publish'],
        resources: [topic.topicArn],
      });
    });
    expect(policyStatements(json, onlyResource(json, 'aws_sns_topic_policy').policy).map((s) => s.sid)).toEqual(['DenyInsecureTransport', 'CloudWatchAlarms']);
  });

  test.each([
    [{ existingTopicArn: TOPIC_ARN, topicName: 'alerts' }, 'Alerts.existingTopicArn: cannot be combined with Alerts.topicName'],
    [{ existingTopicArn: TOPIC_ARN, displayName: 'Alerts' }, 'Alerts.existingTopicArn: cannot be combined with Alerts.displayName'],
    [{ existingTopicArn: 'security-alerts' }, 'Alerts.existingTopicArn: "security-alerts" is not an SNS topic ARN'],
    [{ topicName: 'bad name!' }, 'Alerts.topicName: "bad name!" is not a valid name'],
    [{ displayName: 'x'.repeat(101) }, 'Alerts.displayName: is longer than 100 characters'],
    [
      { subscriptions: [NotificationEndpoint.email('soc@example.com'), NotificationEndpoint.email('SOC@example.com')] },
      'Alerts.subscriptions[1]: repeats Alerts.subscriptions[0]',
    ],
    [{ subscriptions: [{ protocol: 'email', endpoint: 'soc@example.com' } as unknown as NotificationEndpoint] }, 'Alerts.subscriptions[0]: is not a NotificationEndpoint'],
  ] as [AlertTopicProps, string][])('rejects %j', (props, message) => {
    const error = buildError(props);
    expect(error).toBeInstanceOf(TrailWatchValidationError);
    expect(error.message).toContain(message);
  });

  test('the endpoint factories and key ARN are validated at synth time', () => {
    expect(() => NotificationEndpoint.email('not-an-address')).toThrow('NotificationEndpoint.email(address)');
    expect(() => NotificationEndpoint.sms('0155 5501')).toThrow('E.164');
    expect(() => NotificationEndpoint.https('http://hooks.example.com')).toThrow('plain http');
    expect(() => NotificationEndpoint.http('http://hooks.example.com')).toThrow('allowInsecureHttp');
    expect(() => TopicEncryption.customerManagedKey('alias/my-key')).toThrow('TopicEncryption.customerManagedKey(keyArn): "alias/my-key" is not a KMS key ARN');
  });
});
