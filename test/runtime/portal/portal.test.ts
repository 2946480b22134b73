/**
 * The trail portal in a real headless Chromium, against the real query API handler over a local DynamoDB holding
 * a seeded dataset, with JWTs from a local issuer standing in for Cognito. Numbers on screen are checked against
 * counts computed here from the dataset itself. One browser for the file.
 */
import { Browser, Page } from 'puppeteer-core';
import { LocalDynamo, startLocalDynamo } from '../aws/trail-query/local-dynamodb';
import { axeViolations, launchBrowser, screenshot, watchPageProblems } from './browser';
import { Dataset, countBy, eventsIn, generateDataset, ingestDataset } from './dataset';
import { PortalHarness, startPortalHarness } from './portal-harness';

jest.setTimeout(60_000);

const NOW = Date.now();
let dynamo: LocalDynamo;
let harness: PortalHarness;
let browser: Browser;
let page: Page;
let problems: string[];
let dataset: Dataset;

beforeAll(async () => {
  const launching = launchBrowser();
  dynamo = await startLocalDynamo();
  const store = await dynamo.createTrailTable();
  dataset = generateDataset(700, 7, NOW);
  await ingestDataset(store, dataset, 400);
  harness = await startPortalHarness(store);
  browser = await launching;
  page = await browser.newPage();
  problems = watchPageProblems(page);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await harness?.close();
  await dynamo?.close();
});

const button = (name: string) => `::-p-aria([name="${name}"][role="button"])`;

async function ready(): Promise<void> {
  await page.waitForSelector('.dashboard[data-state="ready"]');
  await page.waitForFunction(`!document.querySelector('.loading')`);
}

/** Clicks "Sign in": the authorize redirect comes back to the portal, which exchanges the code. */
async function signIn(): Promise<void> {
  await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.locator(button('Sign in')).click()]);
  await ready();
}

async function texts(selector: string): Promise<string[]> {
  return page.$$eval(selector, (elements) => elements.map((e) => (e.textContent ?? '').trim()));
}

async function number(testId: string): Promise<number> {
  const [text] = await texts(`[data-testid="${testId}"]`);
  return Number(text.replace(/,/g, ''));
}

/** The window of the dashboard's last /stats request, as the browser resolved it. */
function statsWindow(): { fromMs: number; toMs: number } {
  const last = [...harness.apiRequests].reverse().find((r) => r.path === '/stats')!;
  return { fromMs: Date.parse(last.query.get('from')!), toMs: Date.parse(last.query.get('to')!) };
}

async function expectDashboardMatchesDataset(): Promise<void> {
  const { fromMs, toMs } = statsWindow();
  const events = eventsIn(dataset, fromMs, toMs);
  const byService = countBy(events, (e) => e.service);
  expect(await number('total-events')).toBe(events.length);
  expect(await number('total-users')).toBe(countBy(events, (e) => e.user).size);
  expect(await number('total-services')).toBe(byService.size);
  expect(await number('total-errors')).toBe(events.filter((e) => e.error).length);
  expect(await number('total-sign-ins')).toBe(events.filter((e) => e.eventName === 'ConsoleLogin').length);
  expect(await number('key-RunInstances')).toBe(events.filter((e) => e.eventName === 'RunInstances').length);
  expect(await number('key-CreateFunction*')).toBe(
    events.filter((e) => e.eventName.startsWith('CreateFunction')).length,
  );
  const serviceBars = await page.$$eval('section[aria-labelledby="h-Events per service"] li', (items) =>
    items.map((li) => [
      li.querySelector('.bar-label')!.textContent,
      Number(li.querySelector('.bar-count')!.firstChild!.textContent!.replace(/,/g, '')),
    ]),
  );
  expect(new Map(serviceBars as [string, number][])).toEqual(
    new Map([...byService].filter(([key]) => serviceBars.some(([k]) => k === key))),
  );
  expect(serviceBars).toHaveLength(Math.min(12, byService.size));
}

test('sign-in redirects with PKCE (S256) and lands back signed in, on the page asked for', async () => {
  await page.goto(`${harness.portalUrl}/?range=7d`);
  await signIn();
  await ready();
  const [request] = harness.identity.authorizeRequests;
  expect(request).toMatchObject({
    codeChallengeMethod: 'S256',
    redirectUri: `${harness.portalUrl}/`,
    scope: 'openid email',
  });
  expect(request.codeChallenge).toMatch(/^[A-Za-z0-9_-]{43}$/);
  expect(request.state.length).toBeGreaterThan(10);
  expect(harness.identity.tokensIssued).toBe(1);
  const url = new URL(page.url());
  expect(url.searchParams.get('range')).toBe('7d');
  expect(url.searchParams.has('code')).toBe(false);
  await expectDashboardMatchesDataset();
  await screenshot(page, 'dashboard-1280');
});

test('the dashboard asks for counts, not events: two requests', async () => {
  harness.apiRequests.length = 0;
  await page.reload();
  await ready();
  expect(harness.apiRequests.map((r) => r.path).sort()).toEqual(['/scan', '/stats']);
  expect(harness.apiRequests.every((r) => r.status === 200)).toBe(true);
});

test('changing the window updates the URL, totals, timeline and table', async () => {
  await page.locator(button('Last 30 days')).click();
  await page.waitForFunction(`location.search.includes('range=30d')`);
  await ready();
  await expectDashboardMatchesDataset();
  const days = await page.$$eval('details table tbody tr', (rows) => rows.length);
  expect(days).toBeGreaterThanOrEqual(30);
  await page.locator(button('Last 6 hours')).click();
  await page.waitForFunction(`location.search.includes('range=6h')`);
  await ready();
  await expectDashboardMatchesDataset();
  expect(await page.$$eval('details table tbody tr', (rows) => rows.length)).toBeLessThanOrEqual(7);
  const { fromMs } = statsWindow();
  const times = await page.$$eval('table.events tbody tr td:first-child', (cells) =>
    cells.map((c) => c.textContent ?? ''),
  );
  expect(times.every((t) => Date.parse(`${t.replace(' ', 'T')}Z`) >= fromMs - 1000)).toBe(true);
  // Back to 7 days through history: the URL is the state.
  await page.goBack();
  await page.waitForFunction(`location.search.includes('range=30d')`);
  await ready();
  await expectDashboardMatchesDataset();
});

test('the details table pages through every event of the window exactly once', async () => {
  await page.locator(button('Last 24 hours')).click();
  await page.waitForFunction(`location.search.includes('range=24h')`);
  await ready();
  const { fromMs, toMs } = statsWindow();
  const expected = eventsIn(dataset, fromMs, toMs).map((e) => e.eventID);
  expect(expected.length).toBeGreaterThan(50);
  const seen: string[] = [];
  for (let pageNo = 1; pageNo < 100; pageNo++) {
    await page.waitForSelector(`table.events[data-page="${pageNo}"]`);
    seen.push(
      ...(await page.$$eval('table.events tbody tr', (rows) => rows.map((r) => r.getAttribute('data-event-id') ?? ''))),
    );
    if (await page.$eval('.pager button:last-child', (b) => (b as unknown as { disabled: boolean }).disabled)) break;
    await page.click('.pager button:last-child');
  }
  expect(seen).toHaveLength(expected.length);
  expect(new Set(seen)).toEqual(new Set(expected));
  // The detail view shows the stored record.
  const firstRow = await page.$eval('table.events tbody tr:first-child', (row) => row.getAttribute('data-event-id'));
  await page.locator('table.events tbody tr:first-child button.link').click();
  await page.waitForSelector('dialog[open]');
  const detail = await texts('dialog[open] pre');
  expect(JSON.parse(detail[0])).toMatchObject({
    eventID: firstRow,
    eventSource: expect.stringMatching(/amazonaws\.com$/),
    requestParameters: expect.any(Object),
  });
  await screenshot(page, 'event-detail');
  await page.keyboard.press('Escape');
  await page.waitForFunction(`!document.querySelector('dialog[open]')`);
});

test('search by user and by service, with event name and parameter filters', async () => {
  await page.goto(`${harness.portalUrl}/?view=search&range=15d&kind=user&name=alice`);
  await page.waitForSelector('[data-testid="search-count"]');
  const { fromMs, toMs } = (() => {
    const last = [...harness.apiRequests].reverse().find((r) => r.path === '/users/alice')!;
    return { fromMs: Date.parse(last.query.get('from')!), toMs: Date.parse(last.query.get('to')!) };
  })();
  const window = eventsIn(dataset, fromMs, toMs);
  expect(await number('search-count')).toBe(window.filter((e) => e.user === 'alice').length);
  // Service search with a prefix event name and a request-parameter filter, typed into the form.
  await page.select('select', 'service');
  const name = await page.$('input[list="known-names"]');
  await name!.click({ count: 3 });
  await name!.type('ec2');
  await page.type('input[pattern]', 'Run*');
  await page.locator(button('Add parameter filter')).click();
  await page.type('input[placeholder="instanceType"]', 'instanceType');
  await page.type('input[placeholder="t3.micro"]', 'm5.large');
  await page.locator(button('Search')).click();
  await page.waitForFunction(`location.search.includes('kind=service')`);
  await page.waitForFunction(
    `document.querySelector('[data-testid="search-count"]') && !document.querySelector('.loading')`,
  );
  expect(await number('search-count')).toBe(
    window.filter((e) => e.service === 'ec2' && e.eventName === 'RunInstances' && e.instanceType === 'm5.large').length,
  );
  const rows = await page.$$eval('table.events tbody tr td:nth-child(3)', (cells) => cells.map((c) => c.textContent));
  expect(rows.length).toBeGreaterThan(0);
  expect(rows.every((r) => r === 'RunInstances')).toBe(true);
  await screenshot(page, 'search');
});

test('an API failure shows an error with a retry, not a blank page', async () => {
  await page.goto(`${harness.portalUrl}/?range=7d`);
  await ready();
  harness.failApi('/stats', 500, 1);
  await page.locator(button('Last 15 days')).click();
  await page.waitForSelector('.dashboard [role="alert"]');
  expect((await texts('.dashboard [role="alert"] p'))[0]).toMatch(/answered 500/);
  await screenshot(page, 'api-error');
  await page.locator(button('Try again')).click();
  await ready();
  await expectDashboardMatchesDataset();
});

test('an expired session (401) asks to sign in again, and signing in brings the view back', async () => {
  harness.identity.expireIssuedTokens();
  await page.locator(button('Last 7 days')).click();
  await page.waitForSelector('main.signin [role="alert"]');
  expect((await texts('main.signin [role="alert"]'))[0]).toMatch(/session has expired/);
  await signIn();
  await ready();
  expect(new URL(page.url()).searchParams.get('range')).toBe('7d');
  expect(harness.identity.tokensIssued).toBe(2);
  await expectDashboardMatchesDataset();
});

test('a custom range goes into the URL and the counts follow it; sign-out ends the session', async () => {
  const from = new Date(NOW - 3 * 86_400_000).toISOString().slice(0, 16);
  const to = new Date(NOW - 86_400_000).toISOString().slice(0, 16);
  await page.evaluate(`(() => {
    const [a, b] = document.querySelectorAll('input[type="datetime-local"]');
    for (const [input, value] of [[a, '${from}'], [b, '${to}']]) {
      input.value = value;
      input.dispatchEvent(new Event('input', { bubbles: true }));
    }
  })()`);
  await page.locator(button('Apply')).click();
  await page.waitForFunction(`location.search.includes('from=')`);
  await ready();
  const url = new URL(page.url());
  expect([url.searchParams.get('from'), url.searchParams.get('to')]).toEqual([`${from}:00Z`, `${to}:59.999Z`]);
  const { fromMs, toMs } = statsWindow();
  expect([fromMs, toMs]).toEqual([Date.parse(`${from}:00Z`), Date.parse(`${to}:59.999Z`)]);
  await expectDashboardMatchesDataset();
  await page.locator(button('Sign out')).click();
  await page.waitForSelector('main.signin');
  expect(await page.evaluate('sessionStorage.getItem("trailwatch.tokens")')).toBeNull();
  await signIn();
  await ready();
});

test('no serious accessibility violations (axe-core), at 1280 px and on a 390 px phone; keyboard reaches the controls', async () => {
  const serious = (violations: Awaited<ReturnType<typeof axeViolations>>) =>
    violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  expect(serious(await axeViolations(page))).toEqual([]);
  await page.goto(`${harness.portalUrl}/?view=search&range=7d&kind=user&name=bob`);
  await page.waitForSelector('[data-testid="search-count"]');
  expect(serious(await axeViolations(page))).toEqual([]);
  await page.setViewport({ width: 390, height: 844, deviceScaleFactor: 2, isMobile: true });
  await page.goto(`${harness.portalUrl}/?range=7d`);
  await ready();
  expect(serious(await axeViolations(page))).toEqual([]);
  const overflow = await page.evaluate('document.documentElement.scrollWidth - document.documentElement.clientWidth');
  expect(overflow).toBeLessThanOrEqual(0);
  await screenshot(page, 'dashboard-390');
  await page.setViewport({ width: 1280, height: 900 });
  await ready();
  // Tab from the top: the skip link first, then the navigation.
  await page.keyboard.press('Tab');
  expect(await page.evaluate('document.activeElement.textContent')).toBe('Skip to content');
});

test('the app ran under the deployed CSP without a violation or a script error', () => {
  expect(problems).toEqual([]);
});
