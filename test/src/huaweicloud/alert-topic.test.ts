import { AlertTopic, validateTopicRegion } from '../../../src/huaweicloud/alert-topic';
import { NotificationEndpoint } from '../../../src/core/notification-endpoint';
import { TrailWatchValidationError } from '../../../src/core/validation';
import { onlyResource, resourcesOf, synthJson } from '../../helpers/synth';
import { huaweiStack } from './helpers';

const URN = 'urn:smn:cn-north-4:0123456789abcdef0123456789abcdef:security_alerts';

describe('Huawei AlertTopic', () => {
  test('creates a tagged topic and subscribes the endpoints, also later with addSubscription', () => {
    const stack = huaweiStack();
    const topic = new AlertTopic(stack, 'Alerts', {
      region: 'cn-north-4',
      subscriptions: [NotificationEndpoint.email('sec@example.com')],
      tags: { team: 'soc' },
    });
    topic.addSubscription(NotificationEndpoint.sms('+8613800000000'));
    const json = synthJson(stack);
    expect(onlyResource(json, 'huaweicloud_smn_topic')).toMatchObject({
      region: 'cn-north-4',
      display_name: 'TrailWatch alerts',
      tags: { team: 'soc' },
    });
    expect(
      Object.values(resourcesOf(json, 'huaweicloud_smn_subscription')).map((s) => [s.protocol, s.endpoint, s.region]),
    ).toEqual([
      ['email', 'sec@example.com', 'cn-north-4'],
      ['sms', '+8613800000000', 'cn-north-4'],
    ]);
    expect(topic.region).toBe('cn-north-4');
  });

  test('fromTopicUrn: nothing created but the subscriptions added, in the region read from the URN', () => {
    const stack = huaweiStack();
    const topic = AlertTopic.fromTopicUrn(stack, 'Existing', URN);
    topic.addSubscription(NotificationEndpoint.email('sec@example.com'));
    const json = synthJson(stack);
    expect(resourcesOf(json, 'huaweicloud_smn_topic')).toEqual({});
    expect(onlyResource(json, 'huaweicloud_smn_subscription')).toMatchObject({
      topic_urn: URN,
      region: 'cn-north-4',
      protocol: 'email',
    });
    expect(topic).toMatchObject({ topicUrn: URN, region: 'cn-north-4' });
  });

  test.each([
    [
      'security_alerts',
      'stack/Existing.topicUrn: "security_alerts" is not an SMN topic URN. Give it as urn:smn:<region>:<project id>:<topic name>',
    ],
    ['urn:smn:cn-north-4:0123:alerts', 'stack/Existing.topicUrn'],
    ['arn:aws:sns:eu-west-1:111122223333:alerts', 'stack/Existing.topicUrn'],
  ])('fromTopicUrn rejects %s, naming the importer and the fix', (urn, message) => {
    const build = () => AlertTopic.fromTopicUrn(huaweiStack(), 'Existing', urn);
    expect(build).toThrow(TrailWatchValidationError);
    expect(build).toThrow(message);
  });

  test('a consumer can check the topic is in its region', () => {
    const topic = AlertTopic.fromTopicUrn(huaweiStack(), 'Existing', URN);
    expect(() => validateTopicRegion('stack/Alarm.alertTopic', topic, 'cn-north-4')).not.toThrow();
    expect(() => validateTopicRegion('stack/Alarm.alertTopic', topic, 'ap-southeast-1')).toThrow(
      'stack/Alarm.alertTopic: the topic is in cn-north-4, the function in ap-southeast-1',
    );
  });

  test('bad names and repeated endpoints name the construct path', () => {
    expect(() => new AlertTopic(huaweiStack(), 'T', { region: 'cn-north-4', topicName: '1bad name' })).toThrow(
      'stack/T.topicName: "1bad name" is not a valid name',
    );
    const twice = [NotificationEndpoint.email('a@example.com'), NotificationEndpoint.email('a@example.com')];
    expect(() => new AlertTopic(huaweiStack(), 'T', { region: 'cn-north-4', subscriptions: twice })).toThrow(
      'stack/T.subscriptions[1]: email:a@example.com is listed twice (first at stack/T.subscriptions[0])',
    );
  });
});
