import * as ipaddr from 'ipaddr.js';

export enum IpVerdict {
  ALLOWED = 'allowed',
  NOT_ALLOWED = 'not-allowed',
  /** Not an IP address at all (empty, a host name, garbage). */
  INVALID = 'invalid',
}

type Range = [ipaddr.IPv4 | ipaddr.IPv6, number];

/**
 * IPv4 / IPv6 allow-list of single addresses and CIDR blocks. Matching is by address range, never by substring
 * (the vendor tutorial's `ip in whitelist_string` lets 10.0.0.1 pass as 110.0.0.12).
 */
export class IpAllowList {
  /** Parses entries; throws naming the first bad entry. */
  public static parse(entries: readonly string[]): IpAllowList {
    const ranges: Range[] = [];
    for (const raw of entries) {
      const entry = raw.trim();
      if (entry === '') continue;
      const range = parseEntry(entry);
      if (!range) {
        throw new Error(`allow-list entry "${raw}" is not an IPv4/IPv6 address or CIDR block (e.g. 203.0.113.0/24, 2001:db8::/32)`);
      }
      ranges.push(range);
    }
    return new IpAllowList(ranges, entries.map((e) => e.trim()).filter((e) => e !== ''));
  }

  /** True when the text is a valid address or CIDR block. */
  public static isValidEntry(entry: string): boolean {
    return parseEntry(entry.trim()) !== undefined;
  }

  private constructor(
    private readonly ranges: readonly Range[],
    public readonly entries: readonly string[],
  ) {}

  public check(ip: string | undefined): IpVerdict {
    const address = parseAddress(ip);
    if (!address) return IpVerdict.INVALID;
    for (const [network, bits] of this.ranges) {
      if (address.kind() === network.kind() && address.match([network, bits] as never)) return IpVerdict.ALLOWED;
    }
    return IpVerdict.NOT_ALLOWED;
  }
}

function parseEntry(entry: string): Range | undefined {
  try {
    if (entry.includes('/')) {
      const [addressPart, bitsPart] = entry.split('/', 2);
      if (!/^\d{1,3}$/.test(bitsPart) || !parseAddress(addressPart)) return undefined;
      const [network, bits] = ipaddr.parseCIDR(entry);
      // ::ffff:10.0.0.0/104 is the same block as 10.0.0.0/8: store it in IPv4 form so IPv4 sources match it.
      if (network.kind() === 'ipv6' && (network as ipaddr.IPv6).isIPv4MappedAddress() && bits >= 96) {
        return [(network as ipaddr.IPv6).toIPv4Address(), bits - 96];
      }
      return [network, bits];
    }
    const address = parseAddress(entry);
    return address ? [address, address.kind() === 'ipv4' ? 32 : 128] : undefined;
  } catch {
    return undefined;
  }
}

/** Parses an address; IPv4-mapped IPv6 (::ffff:1.2.3.4) becomes IPv4; zone ids and brackets are dropped. */
export function parseAddress(ip: string | undefined): ipaddr.IPv4 | ipaddr.IPv6 | undefined {
  if (typeof ip !== 'string') return undefined;
  const cleaned = ip.trim().replace(/^\[(.*)\]$/, '$1').replace(/%.*$/, '');
  // ipaddr.isValid accepts shorthand such as "10.1" and "0x0a.0.0.1"; a source IP must be a full dotted quad.
  if (!ipaddr.IPv6.isValid(cleaned) && !ipaddr.IPv4.isValidFourPartDecimal(cleaned)) return undefined;
  const address = ipaddr.parse(cleaned);
  if (address.kind() === 'ipv6' && (address as ipaddr.IPv6).isIPv4MappedAddress()) {
    return (address as ipaddr.IPv6).toIPv4Address();
  }
  return address;
}
