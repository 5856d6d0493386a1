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

export interface OpenPageOptions {
  /** The only origin the page may fetch from, besides local schemes (file:, data:, blob:). */
  readonly siteOrigin?: string;
  /** An element that exists only once the page has finished rendering (e.g. after hydration). */
  readonly readySelector?: string;
}

/** Redoc hydrated: its footer logo (our inline wordmark) is only rendered by a client effect. */
export const redocReadySelector = 'img[alt="redocly logo"]';

/** How long the page must fetch nothing before it counts as settled. */
const quietMs = 750;

/**
 * Open `url` in a fresh context where only `siteOrigin` (and local schemes) may be fetched: any
 * other request is aborted and reported, which is how "renders with the network off" is checked.
 * Returns once the page is rendered and has fetched nothing for a while, so late requests count.
 */
export async function openPage(
  browser: Browser,
  url: string,
  options: OpenPageOptions = {},
): Promise<OpenedPage> {
  const { siteOrigin, readySelector } = options;
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
  let lastActivity = Date.now();
  page.on('request', () => {
    lastActivity = Date.now();
  });
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
  if (readySelector) await page.locator(readySelector).first().waitFor({ state: 'attached' });
  // Bounded: at most 40 polls of 250 ms.
  for (let poll = 0; poll < 40 && Date.now() - lastActivity < quietMs; poll++) {
    await page.waitForTimeout(250);
  }
  return { page, problems, close: () => context.close() };
}
