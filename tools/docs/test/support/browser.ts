// Debian's chromium driven by playwright-core: no browser is ever downloaded. Every page is opened
// with the network cut off except for the site itself, and everything that goes wrong is recorded.
import { existsSync } from 'node:fs';
import { type Browser, chromium, type Page } from 'playwright-core';

export const chromiumPath = '/usr/bin/chromium';

/** Whether the system chromium is installed (CI installs it: see .ci/run). */
export const hasChromium = existsSync(chromiumPath);

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    timeout: 30_000,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
    ],
  });
}

export interface OpenedPage {
  readonly page: Page;
  /** Console errors, uncaught errors, failed or blocked requests and HTTP errors, in order. */
  readonly problems: string[];
  close(): Promise<void>;
}

/** Requests to these schemes never leave the machine. */
const localSchemes = ['file:', 'data:', 'blob:', 'about:'];

/**
 * Open `url` in a fresh context where only `siteOrigin` (and local schemes) may be fetched: any
 * other request is aborted and reported, which is how "renders with the network off" is checked.
 */
export async function openPage(
  browser: Browser,
  url: string,
  siteOrigin?: string,
): Promise<OpenedPage> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const problems: string[] = [];
  const isLocal = (target: string) =>
    localSchemes.some((scheme) => target.startsWith(scheme)) ||
    (siteOrigin !== undefined && target.startsWith(siteOrigin));
  await context.route('**/*', async (route) => {
    const target = route.request().url();
    if (isLocal(target)) return route.continue();
    problems.push(`remote request blocked: ${target}`);
    return route.abort('blockedbyclient');
  });
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  page.on('requestfailed', (request) => {
    problems.push(`request failed: ${request.url()} (${request.failure()?.errorText ?? '?'})`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  await page.goto(url, { waitUntil: 'load', timeout: 30_000 });
  await page.waitForLoadState('networkidle', { timeout: 15_000 });
  return { page, problems, close: () => context.close() };
}
