import { Construct, IConstruct } from 'constructs';
import { SmnSubscriptionV2 } from '@cdktf/provider-opentelekomcloud/lib/smn-subscription-v2';
import { SmnTopicV2 } from '@cdktf/provider-opentelekomcloud/lib/smn-topic-v2';
import { SmnTopicOptions } from '../core/huawei-family/props';
import { topicUrnRegion, validateTopicUrn } from '../core/huawei-family/smn';
import { TopicSubscriptions } from '../core/subscriptions';
import { uniqueResourceName } from '../core/naming';
import { NotificationEndpoint } from '../core/notification-endpoint';
import { propPath, throwFirstProblem, validateName } from '../core/validation';
import { otcRegionProblems } from './region';

export interface AlertTopicProps extends SmnTopicOptions {
  /** The topic's region: the region of the provider it is created with (OTC's SMN resources have no region argument). */
  readonly region: string;
}

/** An SMN topic TrailWatch publishes alerts to: created by {@link AlertTopic} or imported with `fromTopicUrn`. */
export interface IAlertTopic extends IConstruct {
  /** `urn:smn:<region>:<project id>:<name>` (a reference for a created topic). */
  readonly topicUrn: string;
  /** The topic's region; undefined when an imported URN is a reference. */
  readonly region?: string;
  /** Subscribes an endpoint (it must confirm its subscription). */
  addSubscription(endpoint: NotificationEndpoint): SmnSubscriptionV2;
}

/**
 * An SMN topic with validated e-mail, SMS and HTTP(S) subscriptions (SMN's protocols: there is no FunctionGraph
 * one). Use an existing one with {@link AlertTopic.fromTopicUrn}: it gets the subscriptions added, nothing else.
 */
export class AlertTopic extends Construct implements IAlertTopic {
  /** An existing SMN topic, checked to be an SMN topic URN; its region is read from the URN. */
  public static fromTopicUrn(scope: Construct, id: string, topicUrn: string): IAlertTopic {
    return new AlertTopic(scope, id, undefined, topicUrn);
  }

  /** The topic created here; undefined for an imported one. */
  public readonly topic?: SmnTopicV2;
  public readonly topicUrn: string;
  public readonly region?: string;
  private readonly subscriber: TopicSubscriptions<SmnSubscriptionV2> = new TopicSubscriptions(
    this,
    (id, endpoint) =>
      new SmnSubscriptionV2(this, id, {
        topicUrn: this.topicUrn,
        protocol: endpoint.protocol,
        endpoint: endpoint.endpoint,
        remark: 'TrailWatch',
      }),
  );

  public constructor(scope: Construct, id: string, props: AlertTopicProps);
  /** @internal */
  public constructor(scope: Construct, id: string, props: AlertTopicProps | undefined, importedUrn: string);
  public constructor(scope: Construct, id: string, props?: AlertTopicProps, importedUrn?: string) {
    super(scope, id);
    if (props === undefined) {
      validateTopicUrn(propPath(this, 'topicUrn'), importedUrn);
      [this.topicUrn, this.region] = [importedUrn!, topicUrnRegion(importedUrn!)];
      return;
    }
    throwFirstProblem(otcRegionProblems(propPath(this, 'region'), props.region));
    validateName(propPath(this, 'topicName'), props.topicName, 255);
    this.topic = new SmnTopicV2(this, 'Topic', {
      name: props.topicName ?? uniqueResourceName(this, 255, '_'),
      displayName: props.displayName ?? 'TrailWatch alerts',
      tags: props.tags,
    });
    [this.topicUrn, this.region] = [this.topic.topicUrn, props.region];
    this.subscriber.addAll(props.subscriptions);
  }

  /** The subscriptions made here, in order. */
  public get subscriptions(): readonly SmnSubscriptionV2[] {
    return this.subscriber.made;
  }

  public addSubscription(endpoint: NotificationEndpoint): SmnSubscriptionV2 {
    return this.subscriber.add(endpoint);
  }
}
