/**
 * Allow-list checks per second with 10, 1,000 and 10,000 entries: the range table (sorted, merged ranges,
 * bisection) next to the linear scan it replaced, measured in the same run on the same addresses. Goal (issue 13):
 * at least 200,000 checks/s at 10,000 entries. Prints figures, never asserts.
 */
import { IpAllowList, IpVerdict, LinearIpAllowList } from '../runtime/core/allow-list';
import { seededRandom } from './lib/seeded-random';

const SIZES = [10, 1_000, 10_000];
const ADDRESSES = 20_000;
const ROUNDS = 5;
/** The linear scan at 10,000 entries is slow: fewer checks per round keep the run short. */
const LINEAR_BUDGET_CHECKS = 2_000_000;

const hex = (n: number) => Math.floor(n).toString(16);

/** A realistic corporate list: mostly IPv4 /16../32 blocks and addresses, one in ten an IPv6 /32../128. */
function entries(count: number, next: () => number): string[] {
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    if (next() < 0.1) {
      const bits = [32, 48, 56, 64, 128][Math.floor(next() * 5)];
      out.push(
        `2001:db8:${hex(next() * 0xffff)}:${hex(next() * 0xffff)}::${bits === 128 ? hex(next() * 0xffff) : ''}/${bits}`,
      );
    } else {
      const bits = [16, 20, 24, 24, 28, 32, 32][Math.floor(next() * 7)];
      out.push(
        `${Math.floor(next() * 223) + 1}.${Math.floor(next() * 256)}.${Math.floor(next() * 256)}.${Math.floor(next() * 256)}/${bits}`,
      );
    }
  }
  return out;
}

/** Source IPs as CloudTrail/CTS write them: IPv4 mostly, some IPv6, some IPv4-mapped, a few that are not IPs. */
function addresses(next: () => number): string[] {
  const out: string[] = [];
  for (let i = 0; i < ADDRESSES; i++) {
    const pick = next();
    const v4 = `${Math.floor(next() * 223) + 1}.${Math.floor(next() * 256)}.${Math.floor(next() * 256)}.${Math.floor(next() * 256)}`;
    if (pick < 0.8) out.push(v4);
    else if (pick < 0.93) out.push(`2001:db8:${hex(next() * 0xffff)}:${hex(next() * 0xffff)}::${hex(next() * 0xffff)}`);
    else if (pick < 0.98) out.push(`::ffff:${v4}`);
    else out.push('signin.amazonaws.com');
  }
  return out;
}

function checksPerSecond(
  check: (ip: string) => IpVerdict,
  ips: readonly string[],
  passes: number,
): { rate: number; allowed: number } {
  const start = process.hrtime.bigint();
  let allowed = 0;
  for (let p = 0; p < passes; p++) for (const ip of ips) if (check(ip) === IpVerdict.ALLOWED) allowed++;
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  return { rate: (ips.length * passes) / seconds, allowed: allowed / passes };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

const fmt = (n: number) => Math.round(n).toLocaleString('en-US');

export async function run(): Promise<void> {
  const next = seededRandom(13);
  const ips = addresses(next);
  console.log(
    `${fmt(ips.length)} source addresses (80% IPv4, 13% IPv6, 5% IPv4-mapped, 2% not an IP); median of ${ROUNDS} rounds`,
  );
  for (const size of SIZES) {
    const list = entries(size, next);
    const table = IpAllowList.parse(list);
    const linear = LinearIpAllowList.parse(list);
    const mismatches = ips.filter((ip) => table.check(ip) !== linear.check(ip)).length;
    const tableCheck = (ip: string) => table.check(ip);
    const linearCheck = (ip: string) => linear.check(ip);
    const linearPasses = Math.max(1, Math.min(5, Math.floor(LINEAR_BUDGET_CHECKS / (ips.length * size))));
    checksPerSecond(tableCheck, ips, 1);
    checksPerSecond(linearCheck, ips.slice(0, 1000), 1);
    const tableRates: number[] = [];
    const linearRates: number[] = [];
    let allowed = 0;
    for (let round = 0; round < ROUNDS; round++) {
      const a = checksPerSecond(tableCheck, ips, 5);
      tableRates.push(a.rate);
      allowed = a.allowed;
      linearRates.push(
        checksPerSecond(
          linearCheck,
          size >= 1000 ? ips.slice(0, Math.max(200, LINEAR_BUDGET_CHECKS / size / ROUNDS)) : ips,
          linearPasses,
        ).rate,
      );
    }
    const t = median(tableRates);
    const l = median(linearRates);
    console.log(
      `${fmt(size).padStart(6)} entries (${fmt(table.rangeCount)} merged ranges): range table ${fmt(t).padStart(11)} checks/s | linear scan ${fmt(l).padStart(11)} checks/s | ${(t / l).toFixed(1)}x | ${fmt(allowed)} allowed, verdict mismatches ${mismatches}`,
    );
  }
  console.log('goal: >= 200,000 checks/s at 10,000 entries (range table)');
}

if (require.main === module) {
  run().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
