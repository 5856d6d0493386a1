// The built site in a real browser (Debian's chromium), served by a static server on 127.0.0.1
// and opened from disk, with every request off the site blocked: the site must not need it.
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OpenApiDocument } from '../src/api-source.ts';
import { summarizeApi } from '../src/api-summary.ts';
import { sitePaths } from '../src/html.ts';
import {
  chromiumPath,
  hasChromium,
  launchChromium,
  openPage,
  redocReadySelector,
} from './support/browser.ts';
import { buildSiteUnderTest } from './support/site-under-test.ts';
import { type StaticServer, serveStatic } from './support/static-server.ts';

// Built while the file is collected, so that every page and API gets a test of its own.
const underTest = await buildSiteUnderTest();
const { site } = underTest;
const screenshotsDir = join(site.outDir, 'screenshots');
const isReference = (path: string) =>
  site.apis.some((api) => path === sitePaths.reference(api.name));
/** How each page of the site is opened: only the site may be fetched; references hydrate. */
const openOptions = (path: string, siteOrigin?: string) => ({
  ...(siteOrigin ? { siteOrigin } : {}),
  ...(isReference(path) ? { readySelector: redocReadySelector } : {}),
});

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  if (!hasChromium) {
    throw new Error(`expected Debian's chromium at ${chromiumPath}: apt-get install -y chromium`);
  }
  mkdirSync(screenshotsDir, { recursive: true });
  server = await serveStatic(site.outDir);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  underTest.cleanup();
});

/** `guides/client.html` → `guides-client.png`, `twosms/index.html` → `twosms.png`. */
function screenshotName(path: string): string {
  return `${path
    .replace(/\/index\.html$/, '')
    .replace(/\.html$/, '')
    .replaceAll('/', '-')}.png`;
}

/**
 * What a reader can see in a reference by opening each group of Redoc's sidebar in turn (opening
 * one group may close another, so the text is gathered group by group; bounded to 100 groups).
 * Each click is given time for the expand animation (185 ms) to end.
 */
async function readReference(page: Page): Promise<string> {
  const groups = page.locator('[data-component-name="Menu/MenuItem"].menu-item-type-group');
  // biome-ignore lint/performance/useDomNodeTextContent: only text a reader can see counts.
  const seen = [await page.locator('#redoc').innerText()];
  for (let index = 0; index < 100 && index < (await groups.count()); index++) {
    const group = groups.nth(index);
    const open = await group.evaluate((item) => {
      const list = item.querySelector(':scope > a + div');
      return list instanceof HTMLElement && list.style.display !== 'none';
    });
    if (!open) await group.locator(':scope > a').click();
    await page.waitForTimeout(400);
    // biome-ignore lint/performance/useDomNodeTextContent: only text a reader can see counts.
    seen.push(await group.innerText());
  }
  return seen.join('\n');
}

describe(`the ${underTest.origin} site, served over HTTP`, () => {
  it.each(site.pages)('%s loads with no console error and no failed request', async (path) => {
    const opened = await openPage(browser, server.origin + path, openOptions(path, server.origin));
    try {
      await opened.page.screenshot({
        path: join(screenshotsDir, screenshotName(path)),
        // Redoc's sidebar is as tall as the window: a full-page shot would smear it.
        fullPage: !isReference(path),
      });
      expect(opened.problems).toEqual([]);
    } finally {
      await opened.close();
    }
  });

  it.each(site.apis.map((api) => api.name))(
    '%s: every operation of the spec is in its reference',
    async (api) => {
      const spec = JSON.parse(
        readFileSync(join(site.outDir, sitePaths.specJson(api)), 'utf8'),
      ) as OpenApiDocument;
      const operations = summarizeApi(api, spec).operations;
      expect(operations.length).toBeGreaterThan(0);
      const opened = await openPage(
        browser,
        server.origin + sitePaths.reference(api),
        openOptions(sitePaths.reference(api), server.origin),
      );
      try {
        const { title } = spec.info as { title: string };
        expect(await opened.page.title()).toBe(`${title} API reference · sms-contracts`);
        const text = await readReference(opened.page);
        const missing = operations.filter(
          (operation) =>
            !(operation.summary && text.includes(operation.summary)) &&
            !(operation.operationId && text.includes(operation.operationId)),
        );
        expect(missing).toEqual([]);
        expect(opened.problems).toEqual([]);
      } finally {
        await opened.close();
      }
    },
  );

  it('resolves every link of the landing page', async () => {
    const opened = await openPage(
      browser,
      server.origin + sitePaths.home,
      openOptions(sitePaths.home, server.origin),
    );
    try {
      const hrefs = await opened.page.$$eval('a[href]', (anchors) =>
        anchors.map((anchor) => (anchor as HTMLAnchorElement).href),
      );
      expect(hrefs.length).toBeGreaterThan(site.apis.length * 3);
      const broken: string[] = [];
      for (const href of new Set(hrefs)) {
        if (!href.startsWith(server.origin)) {
          broken.push(`${href}: leaves the site (cannot be checked offline)`);
          continue;
        }
        const url = new URL(href);
        const response = await fetch(url.origin + url.pathname);
        const body = await response.text();
        if (response.status !== 200) broken.push(`${href}: HTTP ${response.status}`);
        else if (url.hash && !body.includes(`id="${decodeURIComponent(url.hash.slice(1))}"`)) {
          broken.push(`${href}: no element with that id`);
        }
      }
      expect(broken).toEqual([]);
    } finally {
      await opened.close();
    }
  });
});

describe(`the ${underTest.origin} site, opened from disk (file://)`, () => {
  it('the landing page loads, and every link it has points to a file of the site', async () => {
    const opened = await openPage(browser, pathToFileURL(join(site.outDir, sitePaths.home)).href);
    try {
      const hrefs = await opened.page.$$eval('a[href]', (anchors) =>
        anchors.map((anchor) => (anchor as HTMLAnchorElement).href),
      );
      const missing = hrefs
        .map((href) => new URL(href))
        .filter(
          (url) =>
            url.protocol !== 'file:' || !existsSync(fileURLToPath(url.href.split('#')[0] ?? '')),
        )
        .map((url) => url.href);
      expect(missing).toEqual([]);
      expect(opened.problems).toEqual([]);
    } finally {
      await opened.close();
    }
  });

  it('an API reference loads and lists its operations', async () => {
    const api = site.apis[0];
    if (!api) throw new Error('expected at least one API in the registry');
    const opened = await openPage(
      browser,
      pathToFileURL(join(site.outDir, sitePaths.reference(api.name))).href,
      openOptions(sitePaths.reference(api.name)),
    );
    try {
      const first = api.operations[0];
      const text = await readReference(opened.page);
      expect(text).toContain(first?.summary ?? first?.operationId);
      expect(opened.problems).toEqual([]);
    } finally {
      await opened.close();
    }
  });
});
