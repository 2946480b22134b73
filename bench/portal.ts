/**
 * The trail portal in headless Chromium against the real API handler over a local DynamoDB (dynalite) holding
 * 50,000 events of 30 days: API requests and time to a complete dashboard (totals, charts, timeline, key events
 * and the first table page) for a 30-day window, the DynamoDB calls behind it, ingestion with the hourly rollups,
 * and the portal's asset sizes. Goals: ≤ 20 API requests, ≤ 2 s. Prints figures, never asserts.
 * Size: TRAILWATCH_BENCH_PORTAL_EVENTS (default 50000).
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { gzipSync } from 'zlib';
import { PORTAL_ASSETS, startPortalHarness } from '../test/runtime/portal/portal-harness';
import { generateDataset, ingestDataset } from '../test/runtime/portal/dataset';
import { launchBrowser } from '../test/runtime/portal/browser';
import { startLocalDynamo } from '../test/runtime/aws/trail-query/local-dynamodb';
import { buildPortal } from '../scripts/build-portal';

const DAYS = 30;
const END = Date.parse('2026-06-30T12:00:00Z');
const RUNS = 5;

const COMPLETE = `(() => {
  const d = document.querySelector('.dashboard[data-state="ready"]');
  return !!d && !document.querySelector('.loading') && !!document.querySelector('table.events[data-page="1"]') && !!document.querySelector('.timeline canvas');
})()`;

export async function run(): Promise<void> {
  const count = Number(process.env.TRAILWATCH_BENCH_PORTAL_EVENTS ?? 50_000);
  const manifest = buildPortal();
  console.log('portal assets (built by scripts/build-portal.ts):');
  for (const entry of manifest) {
    const gz = gzipSync(readFileSync(join(PORTAL_ASSETS, entry.path))).length;
    console.log(`  ${entry.path.padEnd(28)} ${String(entry.bytes).padStart(7)} B  gzip ${String(gz).padStart(6)} B`);
  }
  const local = await startLocalDynamo();
  const browser = await launchBrowser();
  try {
    const store = await local.createTrailTable('bench-portal');
    const calls = new Map<string, number>();
    store.client.middlewareStack.add(
      (next, context) => async (args) => {
        calls.set(context.commandName ?? '?', (calls.get(context.commandName ?? '?') ?? 0) + 1);
        return next(args);
      },
      { step: 'initialize', name: 'trailwatchPortalBenchCounter' },
    );
    const dataset = generateDataset(count, DAYS, END, 20260630);
    const t0 = process.hrtime.bigint();
    await ingestDataset(store, dataset, 1000);
    const ingestS = Number(process.hrtime.bigint() - t0) / 1e9;
    console.log(
      `\ningestion: ${count} events of ${DAYS} days in ${Math.ceil(count / 1000)} time-ordered files, ${ingestS.toFixed(1)} s (${Math.round(count / ingestS)} events/s, hourly rollups included)`,
    );
    console.log(`  DynamoDB calls: ${[...calls].map(([name, n]) => `${name} ${n}`).join(', ')}`);

    const harness = await startPortalHarness(store);
    const page = await browser.newPage();
    const from = new Date(END - DAYS * 86_400_000).toISOString();
    const to = new Date(END).toISOString();
    const url = `${harness.portalUrl}/?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`;
    // Sign in once; later loads reuse the session like a returning user.
    await page.goto(url);
    await page.locator('::-p-aria([name="Sign in"][role="button"])').click();
    await page.waitForFunction(COMPLETE, { polling: 'raf', timeout: 60_000 });

    const times: number[] = [];
    let requests = 0;
    let queries = 0;
    let scans = 0;
    for (let i = 0; i < RUNS; i++) {
      harness.apiRequests.length = 0;
      calls.clear();
      await page.goto(url);
      await page.waitForFunction(COMPLETE, { polling: 'raf', timeout: 60_000 });
      times.push((await page.evaluate('performance.now()')) as number);
      requests = harness.apiRequests.length;
      queries = calls.get('QueryCommand') ?? 0;
      scans = calls.get('ScanCommand') ?? 0;
    }
    const total = (await page.$eval('[data-testid="total-events"]', (e) => e.textContent)) ?? '';
    const sorted = [...times].sort((a, b) => a - b);
    console.log(
      `\ndashboard, 30-day window over ${count} events (shows ${total} events; ${RUNS} loads after sign-in, page load to complete dashboard):`,
    );
    console.log(
      `  API requests per load: ${requests} (goal ≤ 20): ${harness.apiRequests.map((r) => `${r.path}${r.query.get('by') ? `?by=${r.query.get('by')}&split=${r.query.get('split')}` : ''}`).join(', ')}; plus /config.json`,
    );
    console.log(`  DynamoDB calls per load: Query ${queries}, Scan ${scans}`);
    console.log(
      `  time to complete dashboard: median ${sorted[Math.floor(RUNS / 2)].toFixed(0)} ms, best ${sorted[0].toFixed(0)} ms, worst ${sorted[RUNS - 1].toFixed(0)} ms (goal ≤ 2000 ms)`,
    );
    await harness.close();
  } finally {
    await browser.close();
    await local.close();
  }
}

if (require.main === module) {
  run().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
