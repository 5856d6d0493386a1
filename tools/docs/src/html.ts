// The HTML every hand-made page of the site shares: escaping, the header with its navigation, and
// the stylesheet link. Links are relative and name index.html, so the site works from file:// too.

/** Escape text for HTML content and double-quoted attribute values. */
export function escapeHtml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

/** What the navigation bar links to. */
export interface SiteNav {
  readonly apis: ReadonlyArray<{ readonly name: string; readonly title: string }>;
  readonly guides: ReadonlyArray<{ readonly slug: string; readonly packageName: string }>;
}

/** Site-relative paths of the pages, in one place so links and files never disagree. */
export const sitePaths = {
  home: 'index.html',
  changelog: 'changelog.html',
  unreleased: 'unreleased.html',
  stylesheet: 'assets/site.css',
  reference: (api: string) => `${api}/index.html`,
  specYaml: (api: string) => `${api}/openapi.yaml`,
  specJson: (api: string) => `${api}/openapi.json`,
  guide: (slug: string) => `guides/${slug}.html`,
} as const;

/** An empty icon, so browsers do not ask a static host for /favicon.ico and log a 404. */
export const noFaviconLink = '<link rel="icon" href="data:,">';

export interface PageOptions {
  readonly title: string;
  /** The page's path relative to the site root, e.g. `guides/client.html`. */
  readonly path: string;
  readonly nav: SiteNav;
  /** Inner HTML of `<main>`. */
  readonly body: string;
}

/** The relative prefix that leads from `path` back to the site root (`''` or `../`…). */
export function rootPrefix(path: string): string {
  return '../'.repeat(path.split('/').length - 1);
}

function navLinks(nav: SiteNav, prefix: string): string {
  const link = (href: string, label: string) =>
    `<a href="${escapeHtml(prefix + href)}">${escapeHtml(label)}</a>`;
  return [
    link(sitePaths.home, 'Overview'),
    ...nav.apis.map((api) => link(sitePaths.reference(api.name), api.title)),
    link(sitePaths.changelog, 'Changelog'),
    link(sitePaths.unreleased, 'Unreleased'),
    ...nav.guides.map((guide) => link(sitePaths.guide(guide.slug), guide.packageName)),
  ].join('\n      ');
}

/** A complete page of the site. */
export function renderPage(options: PageOptions): string {
  const prefix = rootPrefix(options.path);
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>${escapeHtml(options.title)} · sms-contracts</title>
  ${noFaviconLink}
  <link rel="stylesheet" href="${prefix}${sitePaths.stylesheet}">
</head>
<body>
  <header class="site-header">
    <a class="brand" href="${prefix}${sitePaths.home}">sms-contracts</a>
    <nav aria-label="Site">
      ${navLinks(options.nav, prefix)}
    </nav>
  </header>
  <main>
${options.body}
  </main>
</body>
</html>
`;
}
