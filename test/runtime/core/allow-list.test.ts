import { IpAllowList, IpVerdict } from '../../../runtime/core/allow-list';

describe('IpAllowList', () => {
  const list = IpAllowList.parse(['10.0.0.0/8', '203.0.113.10', '2001:db8::/32', '::ffff:192.0.2.0/120']);

  test.each([
    ['10.1.2.3', IpVerdict.ALLOWED],
    ['203.0.113.10', IpVerdict.ALLOWED],
    ['2001:db8:1::5', IpVerdict.ALLOWED],
    ['::ffff:10.9.9.9', IpVerdict.ALLOWED], // IPv4-mapped IPv6 source inside an IPv4 block
    ['192.0.2.77', IpVerdict.ALLOWED], // IPv4 source inside an IPv4-mapped IPv6 block
    ['[2001:db8::1]', IpVerdict.ALLOWED],
    ['fe80::1%eth0', IpVerdict.NOT_ALLOWED],
    ['110.0.0.12', IpVerdict.NOT_ALLOWED], // substring of "10.0.0." would have matched in the tutorial
    ['203.0.113.100', IpVerdict.NOT_ALLOWED], // "203.0.113.10" is a prefix of it as text
    ['2001:db9::1', IpVerdict.NOT_ALLOWED],
    ['11.0.0.1', IpVerdict.NOT_ALLOWED],
    ['', IpVerdict.INVALID],
    [undefined, IpVerdict.INVALID],
    ['10.1', IpVerdict.INVALID], // shorthand is not a source IP
    ['signin.amazonaws.com', IpVerdict.INVALID],
    ['999.1.1.1', IpVerdict.INVALID],
  ])('%s → %s', (ip, verdict) => {
    expect(list.check(ip)).toBe(verdict);
  });

  test('rejects bad entries naming them', () => {
    expect(() => IpAllowList.parse(['10.0.0.0/33'])).toThrow(/"10.0.0.0\/33"/);
    expect(() => IpAllowList.parse(['10.0.0.1/abc'])).toThrow(/not an IPv4\/IPv6 address or CIDR block/);
    expect(() => IpAllowList.parse(['not-an-ip'])).toThrow(/not-an-ip/);
    expect(() => IpAllowList.parse(['10.1/8'])).toThrow(/10.1\/8/);
  });

  test('validates entries without throwing', () => {
    expect(IpAllowList.isValidEntry('2001:db8::/129')).toBe(false);
    expect(IpAllowList.isValidEntry(' 198.51.100.0/24 ')).toBe(true);
  });
});
