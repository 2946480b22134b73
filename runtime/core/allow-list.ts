import * as ipaddr from 'ipaddr.js';

export enum IpVerdict {
  ALLOWED = 'allowed',
  NOT_ALLOWED = 'not-allowed',
  /** Not an IP address at all (empty, a host name, garbage). */
  INVALID = 'invalid',
}

type Range = [ipaddr.IPv4 | ipaddr.IPv6, number];

/** Sorts ranges and merges overlapping or adjacent ones (10.0.0.0/25 + 10.0.0.128/25 become one range). */
function mergeRanges<T extends number | bigint>(
  ranges: [T, T][],
  adjacent: (end: T, start: T) => boolean,
): { starts: T[]; ends: T[] } {
  ranges.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const starts: T[] = [];
  const ends: T[] = [];
  for (const [start, end] of ranges) {
    const last = ends.length - 1;
    if (last >= 0 && (start <= ends[last] || adjacent(ends[last], start))) {
      if (end > ends[last]) ends[last] = end;
    } else {
      starts.push(start);
      ends.push(end);
    }
  }
  return { starts, ends };
}

/** Index of the last start <= value, or -1. */
function lastStartAtOrBelow<T extends number | bigint>(starts: ArrayLike<T>, value: T): number {
  let lo = 0;
  let hi = starts.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    if (starts[mid] <= value) {
      found = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return found;
}

/**
 * IPv4 / IPv6 allow-list of single addresses and CIDR blocks. Matching is by address range, never by substring
 * (the vendor tutorial's `ip in whitelist_string` lets 10.0.0.1 pass as 110.0.0.12), and takes O(log n): entries
 * become sorted, merged ranges searched by bisection, so a list of 10,000 entries costs ~14 comparisons a check.
 * IPv4-mapped IPv6 is the same address as IPv4: a source ::ffff:a.b.c.d is checked as a.b.c.d, and an entry
 * ::ffff:a.b.c.d/n (n >= 96) is the IPv4 block a.b.c.d/(n-96). Other IPv6 blocks (::/0 included) never admit an
 * IPv4 source.
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
        throw new Error(
          `allow-list entry "${raw}" is not an IPv4/IPv6 address or CIDR block (e.g. 203.0.113.0/24, 2001:db8::/32)`,
        );
      }
      ranges.push(range);
    }
    return new IpAllowList(
      ranges,
      entries.map((e) => e.trim()).filter((e) => e !== ''),
    );
  }

  /** True when the text is a valid address or CIDR block. */
  public static isValidEntry(entry: string): boolean {
    return parseEntry(entry.trim()) !== undefined;
  }

  private readonly v4Starts: Float64Array;
  private readonly v4Ends: Float64Array;
  private readonly v6Starts: bigint[];
  private readonly v6Ends: bigint[];

  private constructor(
    ranges: readonly Range[],
    public readonly entries: readonly string[],
  ) {
    const v4: [number, number][] = [];
    const v6: [bigint, bigint][] = [];
    for (const [network, bits] of ranges) {
      if (network.kind() === 'ipv4') {
        const [start, end] = v4Bounds(ipv4ToNumber(network.toByteArray()), bits);
        v4.push([start, end]);
      } else {
        v6.push(v6Bounds(bytesToBigInt(network.toByteArray()), bits));
      }
    }
    const four = mergeRanges(v4, (end, start) => start === end + 1);
    const six = mergeRanges(v6, (end, start) => start === end + 1n);
    this.v4Starts = Float64Array.from(four.starts);
    this.v4Ends = Float64Array.from(four.ends);
    this.v6Starts = six.starts;
    this.v6Ends = six.ends;
  }

  /** Merged ranges after parsing (10.0.0.0/25 and 10.0.0.128/25 are one): what a check searches. */
  public get rangeCount(): number {
    return this.v4Starts.length + this.v6Starts.length;
  }

  /**
   * True when the merged ranges hold every address of a family: the whole IPv4 space (however it is spelled:
   * `0.0.0.0/0`, `0:0:0:0:0:ffff:0:0/96`, `0.0.0.0/1` + `128.0.0.0/1`, …) or the whole IPv6 space.
   */
  public get admitsEveryAddress(): boolean {
    const wholeV4 = this.v4Starts.length > 0 && this.v4Starts[0] === 0 && this.v4Ends[0] === 0xffffffff;
    const wholeV6 = this.v6Starts.length > 0 && this.v6Starts[0] === 0n && this.v6Ends[0] === (1n << 128n) - 1n;
    return wholeV4 || wholeV6;
  }

  public check(ip: string | undefined): IpVerdict {
    if (typeof ip !== 'string') return IpVerdict.INVALID;
    const v4 = fastIpv4(ip) ?? (/^\s*::ffff:/i.test(ip) ? fastIpv4(ip.trim().slice(7)) : undefined);
    if (v4 !== undefined) return this.checkV4(v4);
    let value = fastIpv6(ip);
    if (value === undefined) {
      const address = parseAddress(ip);
      if (!address) return IpVerdict.INVALID;
      if (address.kind() === 'ipv4') return this.checkV4(ipv4ToNumber(address.toByteArray()));
      value = bytesToBigInt(address.toByteArray());
    } else if (value >> 32n === 0xffffn) {
      return this.checkV4(Number(value & 0xffffffffn)); // ::ffff:a.b.c.d written in hex
    }
    const i = lastStartAtOrBelow(this.v6Starts, value);
    return i >= 0 && value <= this.v6Ends[i] ? IpVerdict.ALLOWED : IpVerdict.NOT_ALLOWED;
  }

  private checkV4(value: number): IpVerdict {
    const i = lastStartAtOrBelow(this.v4Starts, value);
    return i >= 0 && value <= this.v4Ends[i] ? IpVerdict.ALLOWED : IpVerdict.NOT_ALLOWED;
  }
}

/**
 * The same verdicts by scanning every entry (the implementation before the range table): kept for the benchmark
 * and as the oracle of the property tests.
 */
export class LinearIpAllowList {
  public static parse(entries: readonly string[]): LinearIpAllowList {
    IpAllowList.parse(entries); // same validation and messages
    return new LinearIpAllowList(
      entries
        .map((e) => e.trim())
        .filter((e) => e !== '')
        .map((e) => parseEntry(e) as Range),
    );
  }

  private constructor(private readonly ranges: readonly Range[]) {}

  public check(ip: string | undefined): IpVerdict {
    const address = parseAddress(ip);
    if (!address) return IpVerdict.INVALID;
    for (const [network, bits] of this.ranges) {
      if (address.kind() === network.kind() && address.match([network, bits] as never)) return IpVerdict.ALLOWED;
    }
    return IpVerdict.NOT_ALLOWED;
  }
}

function ipv4ToNumber(bytes: number[]): number {
  return ((bytes[0] << 24) >>> 0) + (bytes[1] << 16) + (bytes[2] << 8) + bytes[3];
}

function v4Bounds(value: number, bits: number): [number, number] {
  const size = 2 ** (32 - bits);
  const start = Math.floor(value / size) * size;
  return [start, start + size - 1];
}

function bytesToBigInt(bytes: number[]): bigint {
  let value = 0n;
  for (const b of bytes) value = (value << 8n) | BigInt(b);
  return value;
}

function v6Bounds(value: bigint, bits: number): [bigint, bigint] {
  const hostBits = BigInt(128 - bits);
  const start = (value >> hostBits) << hostBits;
  return [start, start + (1n << hostBits) - 1n];
}

const DOTTED_QUAD =
  /^\s*(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\s*$/;

/** The common case without allocating address objects: a plain dotted quad (no leading zeros), else undefined. */
function fastIpv4(ip: string): number | undefined {
  const m = DOTTED_QUAD.exec(ip);
  if (!m) return undefined;
  return ((Number(m[1]) << 24) >>> 0) + (Number(m[2]) << 16) + (Number(m[3]) << 8) + Number(m[4]);
}

const HEX_GROUP = /^[0-9a-fA-F]{1,4}$/;

/**
 * The common IPv6 forms (hex groups, one `::`) as a 128-bit value without allocating address objects; undefined for
 * anything else (embedded IPv4, zone ids, brackets, invalid text), which the full parser then judges.
 */
function fastIpv6(ip: string): bigint | undefined {
  if (ip.length < 2 || ip.length > 39 || !/^[0-9a-fA-F:]+$/.test(ip)) return undefined;
  const halves = ip.split('::');
  if (halves.length > 2) return undefined;
  const head = halves[0] === '' ? [] : halves[0].split(':');
  const tail = halves.length === 2 ? (halves[1] === '' ? [] : halves[1].split(':')) : [];
  const groups = halves.length === 2 ? head.length + tail.length : head.length;
  if ((halves.length === 2 && groups > 7) || (halves.length === 1 && groups !== 8)) return undefined;
  for (const g of head) if (!HEX_GROUP.test(g)) return undefined;
  for (const g of tail) if (!HEX_GROUP.test(g)) return undefined;
  const pad = (g: string) => g.padStart(4, '0');
  const hex = [...head.map(pad), ...Array(8 - groups).fill('0000'), ...tail.map(pad)].join('');
  return BigInt(`0x${hex}`);
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
  const cleaned = ip
    .trim()
    .replace(/^\[(.*)\]$/, '$1')
    .replace(/%.*$/, '');
  // ipaddr.isValid accepts shorthand such as "10.1" and "0x0a.0.0.1"; a source IP must be a full dotted quad.
  if (!ipaddr.IPv6.isValid(cleaned) && !ipaddr.IPv4.isValidFourPartDecimal(cleaned)) return undefined;
  const address = ipaddr.parse(cleaned);
  if (address.kind() === 'ipv6' && (address as ipaddr.IPv6).isIPv4MappedAddress()) {
    return (address as ipaddr.IPv6).toIPv4Address();
  }
  return address;
}

/** True when the text is an allow-list entry the functions accept: an IPv4/IPv6 address or CIDR block. */
export function isIpOrCidr(entry: string): boolean {
  return IpAllowList.isValidEntry(entry);
}

/**
 * True for a block that holds every address of its family, decided on the parsed range (any `/0`, and every spelling
 * of the IPv4-mapped `::ffff:0:0/96`). An allow-list holding one never finds a sign-in outside it. Entries that only
 * together cover everything (`0.0.0.0/1` + `128.0.0.0/1`) are found by {@link admitsEveryAddress}.
 */
export function isAnyAddressBlock(entry: string): boolean {
  return admitsEveryAddress([entry]);
}

/** True when the entries together admit every IPv4 or every IPv6 address (merged ranges); bad entries are ignored. */
export function admitsEveryAddress(entries: readonly string[]): boolean {
  return IpAllowList.parse(entries.filter((e) => IpAllowList.isValidEntry(e))).admitsEveryAddress;
}
