/**
 * Keyword matcher throughput: the compiled whole-word regular expression versus the naive
 * `keywords.some((k) => line.includes(k))`, over 1 MB of generated mixed log text, measured in the same run.
 * Prints figures, never asserts.
 */
import { DEFAULT_ALERT_KEYWORDS, KeywordMatcher, naiveKeywordMatch } from '../runtime/core/keyword-matcher';
import { seededRandom } from './lib/seeded-random';

const TARGET_BYTES = 1024 * 1024;
const ROUNDS = 7;
/** Passes over the text per timed round, so a round lasts tens of milliseconds, well above timer noise. */
const PASSES = 20;

const random = seededRandom;

// Mostly ordinary lines, some real alerts, and the near misses a substring search mistakes for keywords.
const TEMPLATES: readonly [number, (n: number) => string][] = [
  [40, (n) => `INFO  [http-nio-8080-exec-${n % 50}] GET /api/orders/${n} 200 ${n % 900}ms`],
  [15, (n) => `DEBUG cache hit key=user:${n} ttl=300`],
  [5, (n) => `{"level":"info","msg":"request done","path":"/v1/items/${n}","status":200}`],
  [4, (n) => `WARN  [scheduler] job ${n} took ${n % 90}s, over budget`],
  [3, (n) => `ERROR [payments] charge ${n} declined: card_expired`],
  [1, (n) => `2024-06-10T06:13:${String(n % 60).padStart(2, '0')}Z FATAL worker ${n} out of memory`],
  [1, (n) => `[ERR] disk /dev/sda${n % 4} 97% full`],
  [5, (n) => `INFO  metrics ERRORS_TOTAL=0 WARNINGS_TOTAL=0 requests=${n}`],
  [4, (n) => `INFO  map tile ${n} rendered: TERRAIN layer ok`],
  [3, (n) => `INFO  retry after ERR_CONNECTION_RESET on attempt ${n % 3} succeeded`],
  [3, (n) => `INFO  feature flag WARNING_BANNER enabled for tenant ${n}`],
  [2, (n) => `INFO  user FERRARI_${n} logged in`],
];

function mixedLogText(): string[] {
  const next = random(20240610);
  const total = TEMPLATES.reduce((sum, [weight]) => sum + weight, 0);
  const lines: string[] = [];
  let bytes = 0;
  for (let n = 0; bytes < TARGET_BYTES; n++) {
    let pick = next() * total;
    const template = TEMPLATES.find(([weight]) => (pick -= weight) < 0) ?? TEMPLATES[0];
    const line = template[1](n);
    lines.push(line);
    bytes += Buffer.byteLength(line) + 1;
  }
  return lines;
}

/** Milliseconds per pass over the text, and the matching lines of one pass. */
function time(lines: readonly string[], test: (line: string) => boolean): { ms: number; hits: number } {
  const start = process.hrtime.bigint();
  let hits = 0;
  for (let pass = 0; pass < PASSES; pass++) for (const line of lines) if (test(line)) hits++;
  return { ms: Number(process.hrtime.bigint() - start) / 1e6 / PASSES, hits: hits / PASSES };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function rate(lines: number, ms: number): string {
  return `${Math.round((lines / ms) * 1000).toLocaleString('en-US')} lines/s`;
}

export async function run(): Promise<void> {
  const lines = mixedLogText();
  const bytes = lines.reduce((sum, l) => sum + Buffer.byteLength(l) + 1, 0);
  const keywords = DEFAULT_ALERT_KEYWORDS;
  const matcher = KeywordMatcher.create(keywords);
  const precise = (line: string): boolean => matcher.matches(line);
  const naive = (line: string): boolean => naiveKeywordMatch(line, keywords);

  // Warm both paths up (JIT), then alternate them so neither gets the quieter moments of the machine.
  time(lines, precise);
  time(lines, naive);
  const preciseMs: number[] = [];
  const naiveMs: number[] = [];
  let preciseHits = 0;
  let naiveHits = 0;
  for (let round = 0; round < ROUNDS; round++) {
    const a = time(lines, precise);
    const b = time(lines, naive);
    preciseMs.push(a.ms);
    naiveMs.push(b.ms);
    preciseHits = a.hits;
    naiveHits = b.hits;
  }
  const falsePositives = lines.filter((l) => naive(l) && !precise(l)).length;
  const missed = lines.filter((l) => precise(l) && !naive(l)).length;
  const p = median(preciseMs);
  const n = median(naiveMs);

  console.log(
    `text: ${lines.length.toLocaleString('en-US')} lines, ${(bytes / 1024 / 1024).toFixed(2)} MB; keywords ${keywords.join(', ')}; median of ${ROUNDS} rounds of ${PASSES} passes`,
  );
  console.log(
    `whole-word matcher (${matcher.source}): ${p.toFixed(2)} ms per MB, ${rate(lines.length, p)}, ${preciseHits.toLocaleString('en-US')} matching lines`,
  );
  console.log(
    `naive line.includes(keyword):       ${n.toFixed(2)} ms per MB, ${rate(lines.length, n)}, ${naiveHits.toLocaleString('en-US')} matching lines`,
  );
  console.log(`ratio matcher/naive throughput: ${(n / p).toFixed(2)}x`);
  console.log(
    `naive false positives: ${falsePositives.toLocaleString('en-US')} lines (${((falsePositives / Math.max(1, naiveHits)) * 100).toFixed(1)}% of its matches; e.g. TERRAIN, ERRORS_TOTAL=0, ERR_CONNECTION_RESET); lines only the matcher finds: ${missed}`,
  );
}

if (require.main === module) {
  run().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
