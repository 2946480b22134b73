import { Construct, IConstruct } from 'constructs';
import { SmnSubscription } from './generated/providers/huaweicloud/smn-subscription';
import { SmnTopic } from './generated/providers/huaweicloud/smn-topic';
import { NotificationEndpoint } from '../core/notification-endpoint';
import { TopicSubscriptions } from '../core/subscriptions';
import { topicUrnRegion, validateTopicIn, validateTopicUrn } from '../core/huawei-family/smn';
import { uniqueResourceName } from '../core/naming';
import { propPath, throwFirstProblem, validateName } from '../core/validation';
import { regionProblems } from './region';

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

// The SMN topic URN checks are the same on Open Telekom Cloud: one definition in core/huawei-family.
export { validateTopicUrn } from '../core/huawei-family/smn';

/** A consumer's check that the topic it was given is in its region (`field` is the consumer's prop). @internal */
export function validateTopicRegion(field: string, topic: IAlertTopic, region: string): void {
  validateTopicIn(field, topic, region);
}

/** The SMN subscriptions of one topic (created or imported), each endpoint checked against those before it. */
function smnSubscriptions(
  topic: Construct,
  topicUrn: string,
  region: string | undefined,
): TopicSubscriptions<SmnSubscription> {
  const subscribe = (id: string, endpoint: NotificationEndpoint) =>
    new SmnSubscription(topic, id, {
      region,
      topicUrn,
      protocol: endpoint.protocol,
      endpoint: endpoint.endpoint,
      remark: 'TrailWatch',
    });
  return new TopicSubscriptions(topic, subscribe);
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
  private readonly subscriber: TopicSubscriptions<SmnSubscription>;

  public constructor(scope: Construct, id: string, props: AlertTopicProps) {
    super(scope, id);
    throwFirstProblem(regionProblems(propPath(this, 'region'), props.region));
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
    this.subscriber = smnSubscriptions(this, this.topicUrn, this.region);
    this.subscriber.addAll(props.subscriptions);
  }

  /** The subscriptions made here, in order. */
  public get subscriptions(): readonly SmnSubscription[] {
    return this.subscriber.made;
  }

  public addSubscription(endpoint: NotificationEndpoint): SmnSubscription {
    return this.subscriber.add(endpoint);
  }
}

/** An existing topic: nothing is created for it but the subscriptions added. @internal */
export class ImportedAlertTopic extends Construct implements IAlertTopic {
  public readonly topicUrn: string;
  public readonly region?: string;
  private readonly subscriber: TopicSubscriptions<SmnSubscription>;

  public constructor(scope: Construct, id: string, topicUrn: string) {
    super(scope, id);
    validateTopicUrn(propPath(this, 'topicUrn'), topicUrn);
    this.topicUrn = topicUrn;
    this.region = topicUrnRegion(topicUrn);
    this.subscriber = smnSubscriptions(this, topicUrn, this.region);
  }

  public addSubscription(endpoint: NotificationEndpoint): SmnSubscription {
    return this.subscriber.add(endpoint);
  }
}
