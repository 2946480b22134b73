import { IConstruct } from 'constructs';
import { NotificationEndpoint, NotificationProtocol } from './notification-endpoint';
import { TrailWatchValidationError, isUnresolved, propPath } from './validation';

/** How a repeated endpoint is reported: the problem and the fix, given where it was first listed. @internal */
export type RepeatedEndpointWording = (
  first: string,
  endpoint: NotificationEndpoint,
) => { readonly problem: string; readonly fix: string };

/** `email:a@example.com is listed twice (first at stack/T.subscriptions[0])`. @internal */
export const LISTED_TWICE: RepeatedEndpointWording = (first, endpoint) => ({
  problem: `${endpoint.protocol}:${endpoint.endpoint} is listed twice (first at ${first})`,
  fix: 'Remove the duplicate',
});

/** URL scheme and host (with port): the part of a webhook address that is case-insensitive. */
const URL_ORIGIN = /^[a-z][a-z0-9+.-]*:\/\/[^/?#]*/i;

/**
 * What makes two subscriptions the same: the protocol and the address, with e-mail addresses and webhook
 * schemes and hosts compared case-insensitively (mail providers and DNS ignore case there; a URL path does not).
 * @internal
 */
export function subscriptionKey(endpoint: NotificationEndpoint): string {
  const address =
    endpoint.protocol === NotificationProtocol.EMAIL
      ? endpoint.endpoint.toLowerCase()
      : endpoint.endpoint.replace(URL_ORIGIN, (origin) => origin.toLowerCase());
  return `${endpoint.protocol}:${address}`;
}

/**
 * The subscriptions of one topic: each must be a `NotificationEndpoint` (made by its validating factories), and
 * each endpoint only once (see `subscriptionKey`), or each subscriber would get every alert twice.
 * @internal
 */
export class SubscriptionBook {
  private readonly seen = new Map<string, string>();

  public constructor(private readonly repeated: RepeatedEndpointWording = LISTED_TWICE) {}

  /** Checks one more subscription; `field` names where the user wrote it (`…subscriptions[1]`). */
  public admit(field: string, endpoint: NotificationEndpoint): void {
    if (!(endpoint instanceof NotificationEndpoint)) {
      throw new TrailWatchValidationError(
        field,
        'is not a NotificationEndpoint',
        'Make it with NotificationEndpoint.email(), .sms(), .http() or .https()',
      );
    }
    const key = subscriptionKey(endpoint);
    const first = this.seen.get(key);
    if (first !== undefined && !isUnresolved(endpoint.endpoint)) {
      const { problem, fix } = this.repeated(first, endpoint);
      throw new TrailWatchValidationError(field, problem, fix);
    }
    this.seen.set(key, field);
  }
}

/**
 * A topic's subscriptions, cloud-neutral: checked by a `SubscriptionBook`, made by the cloud's `subscribe` as
 * `Subscription<n>` under the topic, and named in errors as the user wrote them.
 * @internal
 */
export class TopicSubscriptions<S> {
  /** The subscriptions made, in order. */
  public readonly made: S[] = [];
  private readonly book: SubscriptionBook;

  public constructor(
    private readonly topic: IConstruct,
    private readonly subscribe: (id: string, endpoint: NotificationEndpoint) => S,
    repeated?: RepeatedEndpointWording,
  ) {
    this.book = new SubscriptionBook(repeated);
  }

  /** The endpoints of the topic's `subscriptions` prop, each named `subscriptions[i]`. */
  public addAll(endpoints: readonly NotificationEndpoint[] | undefined): void {
    endpoints?.forEach((endpoint, i) => this.addAt(propPath(this.topic, `subscriptions[${i}]`), endpoint));
  }

  /** One endpoint given to the topic's `addSubscription`. */
  public add(endpoint: NotificationEndpoint): S {
    return this.addAt(propPath(this.topic, 'addSubscription(endpoint)'), endpoint);
  }

  private addAt(field: string, endpoint: NotificationEndpoint): S {
    this.book.admit(field, endpoint);
    const subscription = this.subscribe(`Subscription${this.made.length}`, endpoint);
    this.made.push(subscription);
    return subscription;
  }
}
