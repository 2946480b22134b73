import { Construct } from 'constructs';
import { SmnSubscription } from './generated/providers/huaweicloud/smn-subscription';
import { SmnTopic } from './generated/providers/huaweicloud/smn-topic';
import { NotificationEndpoint } from '../core/notification-endpoint';
import { uniqueResourceName } from '../core/naming';
import { TrailWatchValidationError, isUnresolved, validateName } from '../core/validation';

export interface AlertTopicProps {
  readonly region: string;
  /** @default a unique name from the construct path */
  readonly topicName?: string;
  /** @default "TrailWatch alerts" */
  readonly displayName?: string;
  /** Who receives alerts; each endpoint must confirm its subscription. @default none */
  readonly subscriptions?: readonly NotificationEndpoint[];
}

/**
 * Checks an SMN topic URN given as a prop (`urn:smn:<region>:<project id>:<name>`): the handlers publish through the
 * SMN endpoint of their own region, so a topic of another region would only fail when the first alert is due.
 */
export function validateTopicUrn(field: string, urn: string | undefined, region: string): void {
  if (urn === undefined || isUnresolved(urn)) return;
  const match = /^urn:smn:([a-z0-9-]+):[0-9a-f]{32}:[A-Za-z0-9_-]{1,255}$/.exec(urn);
  if (!match) {
    throw new TrailWatchValidationError(field, `"${urn}" is not an SMN topic URN`, 'Give it as urn:smn:<region>:<project id>:<topic name>');
  }
  if (!isUnresolved(region) && match[1] !== region) {
    throw new TrailWatchValidationError(field, `the topic is in ${match[1]}, the function in ${region}`, `Use a topic of ${region}, or leave the topic out to create one there`);
  }
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
