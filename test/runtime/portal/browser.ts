/** Headless Chromium from npm (@sparticuz/chromium + puppeteer-core): no download outside the registry. */
import chromium from '@sparticuz/chromium';
import puppeteer, { Browser, Page } from 'puppeteer-core';
import { mkdirSync, readFileSync } from 'fs';
import { join, resolve } from 'path';

/** Screenshots and other test output; git-ignored. */
export const TEST_OUTPUT = resolve(__dirname, '../../../test-output/portal');

export async function launchBrowser(): Promise<Browser> {
  return puppeteer.launch({
    args: [...chromium.args, '--lang=en-US'],
    executablePath: await chromium.executablePath(),
    headless: true,
    defaultViewport: { width: 1280, height: 900 },
  });
}

/** Messages of CSP violations and page errors, collected while the page lives. */
export function watchPageProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy|Refused to/i.test(message.text()))
      problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(`pageerror: ${(error as Error).message}`));
  return problems;
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(TEST_OUTPUT, { recursive: true });
  const path = join(TEST_OUTPUT, `${name}.png`);
  await page.screenshot({ path: path as `${string}.png`, fullPage: true });
  return path;
}

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/**
 * axe-core run in the page. Evaluated over the DevTools protocol, which the page's CSP does not govern, so the
 * app keeps its strict policy during the scan.
 */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  const source = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  await page.evaluate(source);
  const options = JSON.stringify({
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
  });
  const result = (await page.evaluate(`axe.run(document, ${options})`)) as { violations: AxeViolation[] };
  return result.violations;
}
