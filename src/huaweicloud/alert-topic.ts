import { Construct } from 'constructs';
import { SmnSubscription } from './generated/providers/huaweicloud/smn-subscription';
import { SmnTopic } from './generated/providers/huaweicloud/smn-topic';
import { NotificationEndpoint } from '../core/notification-endpoint';
import { uniqueResourceName } from '../core/naming';
import { TrailWatchValidationError, validateName } from '../core/validation';

export interface AlertTopicProps {
  readonly region: string;
  /** @default a unique name from the construct path */
  readonly topicName?: string;
  /** @default "TrailWatch alerts" */
  readonly displayName?: string;
  /** Who receives alerts; each endpoint must confirm its subscription. @default none */
  readonly subscriptions?: readonly NotificationEndpoint[];
}

/** An SMN topic with validated e-mail, SMS, HTTP(S) subscriptions. */
export class AlertTopic extends Construct {
  public readonly topic: SmnTopic;
  public readonly subscriptions: readonly SmnSubscription[];
  public readonly topicUrn: string;
  public readonly topicName: string;

  public constructor(scope: Construct, id: string, props: AlertTopicProps) {
    super(scope, id);
    validateName(`${id}.topicName`, props.topicName, 255);
    const seen = new Set<string>();
    (props.subscriptions ?? []).forEach((s, i) => {
      const key = `${s.protocol}:${s.endpoint}`;
      if (seen.has(key)) {
        throw new TrailWatchValidationError(`${id}.subscriptions[${i}]`, `${key} is listed twice`, 'Remove the duplicate');
      }
      seen.add(key);
    });
    this.topicName = props.topicName ?? uniqueResourceName(this, 255, '_');
    this.topic = new SmnTopic(this, 'Topic', {
      region: props.region,
      name: this.topicName,
      displayName: props.displayName ?? 'TrailWatch alerts',
    });
    this.topicUrn = this.topic.topicUrn;
    this.subscriptions = (props.subscriptions ?? []).map(
      (s, i) =>
        new SmnSubscription(this, `Subscription${i}`, {
          region: props.region,
          topicUrn: this.topic.topicUrn,
          protocol: s.protocol,
          endpoint: s.endpoint,
          remark: 'TrailWatch',
        }),
    );
  }
}
