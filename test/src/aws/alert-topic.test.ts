import { AlertTopic, AlertTopicProps, IAlertTopic, TopicEncryption } from '../../../src/aws/alert-topic';
import { NotificationEndpoint } from '../../../src/core/notification-endpoint';
import { TrailWatchValidationError } from '../../../src/core/validation';
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
    const subscriptions = Object.values(resourcesOf(json, 'aws_sns_topic_subscription')).map((s) => ({
      protocol: s.protocol,
      endpoint: s.endpoint,
      topic_arn: s.topic_arn,
    }));
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
    expect(managed.publishStatements()).toEqual([
      { sid: 'PublishAlerts', actions: ['sns:Publish'], resources: [managed.topicArn] },
    ]);
    const cmk = new AlertTopic(stack, 'Cmk', { encryption: TopicEncryption.customerManagedKey(KEY_ARN) });
    expect(cmk.publishStatements()).toEqual([
      { sid: 'PublishAlerts', actions: ['sns:Publish'], resources: [cmk.topicArn] },
      { sid: 'EncryptAlerts', actions: ['kms:GenerateDataKey', 'kms:Decrypt'], resources: [KEY_ARN] },
    ]);
    expect(
      new AlertTopic(stack, 'Plain', { encryption: TopicEncryption.unencrypted() }).publishStatements(),
    ).toHaveLength(1);
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

  test('an imported topic is used as is: no topic or policy, subscriptions added with addSubscription', () => {
    let topic: IAlertTopic | undefined;
    const json = synthAws((stack) => {
      topic = AlertTopic.fromTopicArn(stack, 'Alerts', TOPIC_ARN);
      topic.addSubscription(NotificationEndpoint.email('soc@example.com'));
    });
    expect(resourcesOf(json, 'aws_sns_topic')).toEqual({});
    expect(resourcesOf(json, 'aws_sns_topic_policy')).toEqual({});
    expect(onlyResource(json, 'aws_sns_topic_subscription')).toMatchObject({
      topic_arn: TOPIC_ARN,
      protocol: 'email',
      endpoint: 'soc@example.com',
    });
    expect(topic?.topicArn).toBe(TOPIC_ARN);
    expect(topic?.addToResourcePolicy({ sid: 'X', actions: ['sns:Publish'], resources: [TOPIC_ARN] })).toBe(false);
    expect(topic?.publishStatements()).toEqual([
      { sid: 'PublishAlerts', actions: ['sns:Publish'], resources: [TOPIC_ARN] },
    ]);
  });

  test('an imported topic with a customer managed key gives publishers the key grants', () => {
    const topic = AlertTopic.fromTopicArn(awsStack(), 'Alerts', TOPIC_ARN, {
      encryption: TopicEncryption.customerManagedKey(KEY_ARN),
    });
    expect(topic.customerManagedKeyArn).toBe(KEY_ARN);
    expect(topic.publishStatements()[1]).toEqual({
      sid: 'EncryptAlerts',
      actions: ['kms:GenerateDataKey', 'kms:Decrypt'],
      resources: [KEY_ARN],
    });
  });

  test.each([
    'arn:aws:sns:eu-west-1:111122223333:security-alerts',
    'arn:aws:sns:eu-west-1:111122223333:security-alerts.fifo',
    'arn:aws-cn:sns:cn-north-1:111122223333:alerts_1',
    'arn:aws-us-gov:sns:us-gov-west-1:111122223333:alerts',
  ])('fromTopicArn accepts %s', (arn) => {
    expect(AlertTopic.fromTopicArn(awsStack(), 'Alerts', arn).topicArn).toBe(arn);
  });

  test.each([
    [
      'security-alerts',
      'stack/Existing.topicArn: "security-alerts" is not an SNS topic ARN. Give the topic ARN, e.g. arn:aws:sns:eu-west-1:111122223333:security-alerts',
    ],
    [
      'arn:aws:sqs:eu-west-1:111122223333:q',
      'stack/Existing.topicArn: "arn:aws:sqs:eu-west-1:111122223333:q" is not an SNS topic ARN',
    ],
    ['arn:aws:sns:eu-west-1:1111:alerts', 'stack/Existing.topicArn'],
    ['arn:aws:sns:eu-west-1:111122223333:alerts.fifo.fifo', 'stack/Existing.topicArn'],
  ])('fromTopicArn rejects %s', (arn, message) => {
    expect(() => AlertTopic.fromTopicArn(awsStack(), 'Existing', arn)).toThrow(message);
  });

  test('addSubscription refuses a repeated endpoint, naming where it was first given', () => {
    const topic = new AlertTopic(awsStack(), 'Alerts', {
      subscriptions: [NotificationEndpoint.email('soc@example.com')],
    });
    expect(() => topic.addSubscription(NotificationEndpoint.email('SOC@example.com'))).toThrow(
      'stack/Alerts.addSubscription(endpoint): repeats stack/Alerts.subscriptions[0]',
    );
    expect(topic.addSubscription(NotificationEndpoint.email('noc@example.com'))).toBe(topic.subscriptions[1]);
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
    expect(policyStatements(json, onlyResource(json, 'aws_sns_topic_policy').policy).map((s) => s.sid)).toEqual([
      'DenyInsecureTransport',
      'CloudWatchAlarms',
    ]);
  });

  test.each([
    [{ topicName: 'bad name!' }, 'stack/Alerts.topicName: "bad name!" is not a valid name'],
    [{ displayName: 'x'.repeat(101) }, 'stack/Alerts.displayName: is longer than 100 characters'],
    [
      { subscriptions: [NotificationEndpoint.email('soc@example.com'), NotificationEndpoint.email('SOC@example.com')] },
      'stack/Alerts.subscriptions[1]: repeats stack/Alerts.subscriptions[0]',
    ],
    [
      { subscriptions: [{ protocol: 'email', endpoint: 'soc@example.com' } as unknown as NotificationEndpoint] },
      'stack/Alerts.subscriptions[0]: is not a NotificationEndpoint',
    ],
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
    expect(() => TopicEncryption.customerManagedKey('alias/my-key')).toThrow(
      'TopicEncryption.customerManagedKey(keyArn): "alias/my-key" is not a KMS key ARN',
    );
  });
});
