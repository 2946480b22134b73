import { NotificationEndpoint } from '../../../src/core/notification-endpoint';
import { SubscriptionBook, subscriptionKey } from '../../../src/core/subscriptions';

describe('subscriptionKey: one rule for every cloud', () => {
  test.each([
    ['e-mail addresses ignore case', NotificationEndpoint.email('SOC@Example.com'), 'email:soc@example.com'],
    [
      'webhook scheme and host ignore case, the path keeps it',
      NotificationEndpoint.https('HTTPS://Hooks.Example.com/Alerts?Token=A'),
      'https:https://hooks.example.com/Alerts?Token=A',
    ],
    ['phone numbers are kept', NotificationEndpoint.sms('+8613800000000'), 'sms:+8613800000000'],
  ])('%s', (_, endpoint, key) => {
    expect(subscriptionKey(endpoint)).toBe(key);
  });

  test('a repeat differing only in case is refused, a different webhook path is not', () => {
    const book = new SubscriptionBook();
    book.admit('T.subscriptions[0]', NotificationEndpoint.email('soc@example.com'));
    expect(() => book.admit('T.subscriptions[1]', NotificationEndpoint.email('SOC@example.com'))).toThrow(
      'T.subscriptions[1]: email:SOC@example.com is listed twice (first at T.subscriptions[0])',
    );
    book.admit('T.subscriptions[2]', NotificationEndpoint.https('https://hooks.example.com/a'));
    expect(() =>
      book.admit('T.subscriptions[3]', NotificationEndpoint.https('https://hooks.example.com/A')),
    ).not.toThrow();
    expect(() => book.admit('T.subscriptions[4]', NotificationEndpoint.https('https://HOOKS.example.com/a'))).toThrow(
      /listed twice \(first at T\.subscriptions\[2\]\)/,
    );
  });
});
