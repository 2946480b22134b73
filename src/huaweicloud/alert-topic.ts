import { Construct, IConstruct } from 'constructs';
import { SmnSubscription } from './generated/providers/huaweicloud/smn-subscription';
import { SmnTopic } from './generated/providers/huaweicloud/smn-topic';
import { NotificationEndpoint } from '../core/notification-endpoint';
import { uniqueResourceName } from '../core/naming';
import { TrailWatchValidationError, isUnresolved, propPath, validateName } from '../core/validation';

export interface AlertTopicProps {
  readonly region: string;
  /** @default a unique name from the construct path */
  readonly topicName?: string;
  /** @default "TrailWatch alerts" */
  readonly displayName?: string;
  /** Who receives alerts; each endpoint must confirm its subscription. @default none (subscribe later with `addSubscription`) */
  readonly subscriptions?: readonly NotificationEndpoint[];
  /** Tags of the SMN topic. @default none */
  readonly tags?: Record<string, string>;
}

/** An SMN topic TrailWatch publishes alerts to: created by {@link AlertTopic} or imported with `fromTopicUrn`. */
export interface IAlertTopic extends IConstruct {
  /** `urn:smn:<region>:<project id>:<name>` (a reference for a created topic). */
  readonly topicUrn: string;
  /** The topic's region; undefined when an imported URN is a reference. */
  readonly region?: string;
  /** Subscribes an endpoint (it must confirm its subscription). */
  addSubscription(endpoint: NotificationEndpoint): SmnSubscription;
}

const TOPIC_URN = /^urn:smn:([a-z0-9-]+):[0-9a-f]{32}:[A-Za-z0-9_-]{1,255}$/;

/**
 * Checks an SMN topic URN (`urn:smn:<region>:<project id>:<name>`): the handlers publish through the SMN endpoint
 * of their own region, so a topic of another region would only fail when the first alert is due. Give `region` to
 * check the topic is there.
 * @internal
 */
export function validateTopicUrn(field: string, urn: string | undefined, region?: string): void {
  if (urn === undefined || isUnresolved(urn)) return;
  const match = TOPIC_URN.exec(urn);
  if (!match) {
    throw new TrailWatchValidationError(
      field,
      `"${urn}" is not an SMN topic URN`,
      'Give it as urn:smn:<region>:<project id>:<topic name>',
    );
  }
  if (region !== undefined && !isUnresolved(region) && match[1] !== region) {
    throw new TrailWatchValidationError(
      field,
      `the topic is in ${match[1]}, the function in ${region}`,
      `Use a topic of ${region}, or leave the topic out to create one there`,
    );
  }
}

/** A consumer's check that the topic it was given is in its region (`field` is the consumer's prop). @internal */
export function validateTopicRegion(field: string, topic: IAlertTopic, region: string): void {
  validateTopicUrn(field, topic.topicUrn, region);
  if (topic.region !== undefined && !isUnresolved(topic.region) && !isUnresolved(region) && topic.region !== region) {
    throw new TrailWatchValidationError(
      field,
      `the topic is in ${topic.region}, the function in ${region}`,
      `Use a topic of ${region}, or leave the topic out to create one there`,
    );
  }
}

/** The subscriptions of one topic (created or imported), each endpoint checked against those before it. */
class Subscriber {
  public readonly subscriptions: SmnSubscription[] = [];
  private readonly seen = new Map<string, string>();

  public constructor(
    private readonly scope: Construct,
    private readonly topicUrn: string,
    private readonly region: string | undefined,
  ) {}

  /** `field` names where the user wrote the endpoint (`…subscriptions[1]`, `…addSubscription(endpoint)`). */
  public subscribe(field: string, endpoint: NotificationEndpoint): SmnSubscription {
    if (!(endpoint instanceof NotificationEndpoint)) {
      throw new TrailWatchValidationError(
        field,
        'is not a NotificationEndpoint',
        'Make it with NotificationEndpoint.email(), .sms(), .http() or .https()',
      );
    }
    const key = `${endpoint.protocol}:${endpoint.endpoint}`;
    const first = this.seen.get(key);
    if (first !== undefined && !isUnresolved(endpoint.endpoint)) {
      throw new TrailWatchValidationError(field, `${key} is listed twice (first at ${first})`, 'Remove the duplicate');
    }
    this.seen.set(key, field);
    const subscription = new SmnSubscription(this.scope, `Subscription${this.subscriptions.length}`, {
      region: this.region,
      topicUrn: this.topicUrn,
      protocol: endpoint.protocol,
      endpoint: endpoint.endpoint,
      remark: 'TrailWatch',
    });
    this.subscriptions.push(subscription);
    return subscription;
  }
}

/** An SMN topic with validated e-mail, SMS, HTTP(S) subscriptions. Use an existing one with {@link AlertTopic.fromTopicUrn}. */
export class AlertTopic extends Construct implements IAlertTopic {
  /** An existing SMN topic, checked to be an SMN topic URN; its region is read from the URN. */
  public static fromTopicUrn(scope: Construct, id: string, topicUrn: string): IAlertTopic {
    return new ImportedAlertTopic(scope, id, topicUrn);
  }

  public readonly topic: SmnTopic;
  public readonly topicUrn: string;
  public readonly topicName: string;
  public readonly region: string;
  private readonly subscriber: Subscriber;

  public constructor(scope: Construct, id: string, props: AlertTopicProps) {
    super(scope, id);
    validateName(propPath(this, 'topicName'), props.topicName, 255);
    this.region = props.region;
    this.topicName = props.topicName ?? uniqueResourceName(this, 255, '_');
    this.topic = new SmnTopic(this, 'Topic', {
      region: props.region,
      name: this.topicName,
      displayName: props.displayName ?? 'TrailWatch alerts',
      tags: props.tags,
    });
    this.topicUrn = this.topic.topicUrn;
    this.subscriber = new Subscriber(this, this.topicUrn, this.region);
    // Each endpoint is named as the user listed it: `subscriptions[i]`.
    props.subscriptions?.forEach((endpoint, i) =>
      this.subscriber.subscribe(propPath(this, `subscriptions[${i}]`), endpoint),
    );
  }

  /** The subscriptions made here, in order. */
  public get subscriptions(): readonly SmnSubscription[] {
    return this.subscriber.subscriptions;
  }

  public addSubscription(endpoint: NotificationEndpoint): SmnSubscription {
    return this.subscriber.subscribe(propPath(this, 'addSubscription(endpoint)'), endpoint);
  }
}

/** An existing topic: nothing is created for it but the subscriptions added. @internal */
export class ImportedAlertTopic extends Construct implements IAlertTopic {
  public readonly topicUrn: string;
  public readonly region?: string;
  private readonly subscriber: Subscriber;

  public constructor(scope: Construct, id: string, topicUrn: string) {
    super(scope, id);
    validateTopicUrn(propPath(this, 'topicUrn'), topicUrn);
    this.topicUrn = topicUrn;
    this.region = isUnresolved(topicUrn) ? undefined : TOPIC_URN.exec(topicUrn)?.[1];
    this.subscriber = new Subscriber(this, topicUrn, this.region);
  }

  public addSubscription(endpoint: NotificationEndpoint): SmnSubscription {
    return this.subscriber.subscribe(propPath(this, 'addSubscription(endpoint)'), endpoint);
  }
}
