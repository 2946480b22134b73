import { ActorType, Cloud, Outcome } from '../../../runtime/core/audit-event';
import { formatAuditAlert, toSubject, truncateUtf8 } from '../../../runtime/core/message';
import { toIsoTime } from '../../../runtime/core/time';
import { boolSetting, intSetting, listSetting, requireSetting } from '../../../runtime/core/settings';

describe('toIsoTime', () => {
  test.each([
    [1718000000123, '2024-06-10T06:13:20.123Z'],
    [1718000000, '2024-06-10T06:13:20.000Z'],
    ['1718000000123', '2024-06-10T06:13:20.123Z'],
    ['2016/12/08 11:07:28 GMT+08:00', '2016-12-08T03:07:28.000Z'],
    ['2016/12/08 11:07:28', '2016-12-08T11:07:28.000Z'],
    ['2024-06-10T06:13:20Z', '2024-06-10T06:13:20.000Z'],
  ])('%p → %s', (input, iso) => expect(toIsoTime(input)).toBe(iso));

  test.each([[''], ['0'], ['yesterday'], [null], [{}], [-5], [Number.NaN]])('%p is unreadable', (input) => {
    expect(toIsoTime(input)).toBeUndefined();
  });
});

describe('message text', () => {
  const event = {
    cloud: Cloud.AWS,
    traceId: 't-1',
    action: 'ConsoleLogin',
    service: 'signin.amazonaws.com',
    time: '2024-06-10T06:13:20.000Z',
    region: 'us-east-1',
    sourceIp: '198.51.100.7',
    actor: { name: 'Zoë', type: ActorType.USER },
    resource: {},
    outcome: Outcome.SUCCESS,
  };

  test('subject is printable ASCII under the limit, body carries the JSON detail', () => {
    const message = formatAuditAlert(
      { title: 'Console ConsoleLogin outside allow-list', reasons: ['source IP is outside the allow-list'], event },
      60,
    );
    expect(message.subject.length).toBeLessThanOrEqual(60);
    expect(message.subject).toMatch(/^[\x20-\x7e]+$/);
    expect(message.body).toContain('- source IP is outside the allow-list');
    expect(message.body).toContain('Source IP: 198.51.100.7');
    expect(JSON.parse(message.body.slice(message.body.indexOf('{')))).toEqual(event);
  });

  test('toSubject and truncateUtf8 cut safely', () => {
    expect(toSubject('a\nb\tc', 10)).toBe('a b c');
    expect(toSubject('x'.repeat(20), 10)).toBe('xxxxxxx...');
    const cut = truncateUtf8('é'.repeat(100), 51);
    expect(Buffer.byteLength(cut)).toBeLessThanOrEqual(51);
    expect(cut.endsWith('[truncated]')).toBe(true);
    expect(cut).not.toContain('\uFFFD');
  });
});

describe('settings', () => {
  const lookup = (values: Record<string, string>) => (name: string) => values[name];
  test('parse and fail naming the setting', () => {
    expect(listSetting(lookup({ A: ' a, b ,,c ' }), 'A')).toEqual(['a', 'b', 'c']);
    expect(listSetting(lookup({}), 'A', ['x'])).toEqual(['x']);
    expect(boolSetting(lookup({ B: 'FALSE' }), 'B', true)).toBe(false);
    expect(() => boolSetting(lookup({ B: 'maybe' }), 'B', true)).toThrow(/B="maybe"/);
    expect(intSetting(lookup({ N: '7' }), 'N', 1)).toBe(7);
    expect(() => intSetting(lookup({ N: '-1' }), 'N', 1)).toThrow(/N="-1"/);
    expect(() => requireSetting(lookup({}), 'TOPIC')).toThrow(/TOPIC is missing/);
  });
});
