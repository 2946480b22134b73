/**
 * Issue 13, "allow-lists at enterprise scale": matching by sorted, merged ranges (O(log n)), IPv4 and IPv6,
 * IPv4-mapped handled, same verdicts as the linear scan it replaced.
 */
import { IpAllowList, IpVerdict, LinearIpAllowList } from '../../../runtime/core/allow-list';

const { ALLOWED, NOT_ALLOWED, INVALID } = IpVerdict;

describe('range table edge cases', () => {
  test.each<[string[], string, IpVerdict]>([
    // block boundaries
    [['10.0.0.0/24'], '10.0.0.0', ALLOWED],
    [['10.0.0.0/24'], '10.0.0.255', ALLOWED],
    [['10.0.0.0/24'], '9.255.255.255', NOT_ALLOWED],
    [['10.0.0.0/24'], '10.0.1.0', NOT_ALLOWED],
    // host bits set in the entry: the block is what counts
    [['10.0.0.77/24'], '10.0.0.1', ALLOWED],
    // /32 and /128: exactly one address
    [['198.51.100.7/32'], '198.51.100.7', ALLOWED],
    [['198.51.100.7/32'], '198.51.100.8', NOT_ALLOWED],
    [['198.51.100.7/32'], '198.51.100.6', NOT_ALLOWED],
    [['2001:db8::1/128'], '2001:db8::1', ALLOWED],
    [['2001:db8::1/128'], '2001:db8::2', NOT_ALLOWED],
    [['2001:db8::1/128'], '2001:db8::', NOT_ALLOWED],
    // /0: everything of its family, nothing of the other
    [['0.0.0.0/0'], '0.0.0.0', ALLOWED],
    [['0.0.0.0/0'], '255.255.255.255', ALLOWED],
    [['0.0.0.0/0'], '2001:db8::1', NOT_ALLOWED],
    [['::/0'], 'ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff', ALLOWED],
    [['::/0'], '::', ALLOWED],
    [['::/0'], '203.0.113.5', NOT_ALLOWED],
    // top of the IPv4 space (unsigned arithmetic)
    [['255.255.255.0/24'], '255.255.255.255', ALLOWED],
    [['128.0.0.0/1'], '127.255.255.255', NOT_ALLOWED],
    [['128.0.0.0/1'], '128.0.0.0', ALLOWED],
    // IPv4-mapped IPv6, both ways
    [['::ffff:192.0.2.0/120'], '192.0.2.200', ALLOWED],
    [['::ffff:192.0.2.0/120'], '192.0.3.1', NOT_ALLOWED],
    [['192.0.2.0/24'], '::ffff:192.0.2.9', ALLOWED],
    [['192.0.2.0/24'], '::FFFF:192.0.2.9', ALLOWED],
    [['192.0.2.0/24'], '::ffff:c000:209', ALLOWED],
    [['192.0.2.0/24'], '[::ffff:192.0.2.9]', ALLOWED],
    [['::ffff:0:0/96'], '8.8.8.8', ALLOWED],
    // overlapping, nested and adjacent ranges
    [['10.0.0.0/25', '10.0.0.128/25'], '10.0.0.127', ALLOWED],
    [['10.0.0.0/25', '10.0.0.128/25'], '10.0.0.128', ALLOWED],
    [['10.0.0.0/8', '10.1.0.0/16', '10.1.2.3'], '10.200.0.1', ALLOWED],
    [['10.1.0.0/16', '10.0.0.0/8'], '11.0.0.0', NOT_ALLOWED],
    [['10.0.0.0/24', '10.0.0.128/26', '10.0.2.0/24'], '10.0.1.5', NOT_ALLOWED],
    [['2001:db8::/33', '2001:db8:8000::/33'], '2001:db8:ffff::1', ALLOWED],
    [['2001:db8::/33', '2001:db8:8000::/33'], '2001:db9::', NOT_ALLOWED],
    // sources that are not addresses
    [['0.0.0.0/0'], '010.0.0.1', INVALID],
    [['0.0.0.0/0'], '1.2.3.4.5', INVALID],
    [['0.0.0.0/0'], '256.1.1.1', INVALID],
    [['0.0.0.0/0'], '::ffff:999.1.1.1', INVALID],
    [[], '203.0.113.1', NOT_ALLOWED],
  ])('%j checks %s → %s', (entries, ip, verdict) => {
    expect(IpAllowList.parse(entries).check(ip)).toBe(verdict);
    expect(LinearIpAllowList.parse(entries).check(ip)).toBe(verdict);
  });

  test.each([
    '::',
    '::1',
    '1:2:3:4:5:6:7::',
    '::1:2:3:4:5:6:7',
    '2001:DB8::A',
    '2001:db8:0:0:0:0:0:1',
    '0:0:0:0:0:ffff:c000:0209',
    '::ffff:c000:209',
    '1::2::3',
    '12345::',
    '1:2:3:4:5:6:7:8:9',
    ':1:2:3:4:5:6:7',
    '1:2:3:4:5:6:7:',
    '1:2:3:4:5:6:7:8::',
    'fe80::1%eth0',
    '[2001:db8::1]',
    '::ffff:192.0.2.9',
  ])('IPv6 text %p: same verdict as the full parser', (ip) => {
    const entries = ['::/1', '2001:db8::/32', '192.0.2.0/24', '::1/128'];
    expect(IpAllowList.parse(entries).check(ip)).toBe(LinearIpAllowList.parse(entries).check(ip));
  });

  test('overlapping and adjacent entries merge into few ranges', () => {
    expect(IpAllowList.parse(['10.0.0.0/25', '10.0.0.128/25', '10.0.1.0/24']).rangeCount).toBe(1);
    expect(IpAllowList.parse(['10.0.0.0/8', '10.1.0.0/16', '10.2.3.4', '::ffff:10.9.0.0/112']).rangeCount).toBe(1);
    expect(IpAllowList.parse(['2001:db8::/33', '2001:db8:8000::/33', '2001:db8::1']).rangeCount).toBe(1);
    expect(IpAllowList.parse(['10.0.0.0/24', '10.0.2.0/24', '2001:db8::/32']).rangeCount).toBe(3);
  });

  test('same verdicts as the linear scan on 20,000 random checks against 2,000 random entries', () => {
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const octet = () => Math.floor(next() * 256);
    const v4 = () => `${octet()}.${octet()}.${octet()}.${octet()}`;
    const v6 = () => `2001:db8:${Math.floor(next() * 4).toString(16)}::${Math.floor(next() * 0xffff).toString(16)}`;
    const entries = Array.from({ length: 2000 }, () =>
      next() < 0.8 ? `${v4()}/${8 + Math.floor(next() * 25)}` : `${v6()}/${40 + Math.floor(next() * 89)}`,
    );
    const table = IpAllowList.parse(entries);
    const linear = LinearIpAllowList.parse(entries);
    let allowed = 0;
    for (let i = 0; i < 20000; i++) {
      const ip = next() < 0.7 ? v4() : next() < 0.5 ? v6() : `::ffff:${v4()}`;
      const verdict = table.check(ip);
      if (verdict === ALLOWED) allowed++;
      expect(verdict).toBe(linear.check(ip));
    }
    expect(allowed).toBeGreaterThan(100); // the sample exercises both verdicts
  });

  test('public API unchanged: entries kept as written, bad entries named', () => {
    const list = IpAllowList.parse([' 10.0.0.0/8 ', '', '2001:db8::/32']);
    expect(list.entries).toEqual(['10.0.0.0/8', '2001:db8::/32']);
    expect(() => IpAllowList.parse(['10.0.0.0/8', '10.0.0.0/33'])).toThrow(/"10.0.0.0\/33"/);
  });
});
