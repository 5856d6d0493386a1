// Redoc's page must render with the network off. `--inlineBundle` puts its script in the page;
// what is left is the "API docs by Redocly" footer image, which Redoc always loads from its CDN.
// We swap it for an inline wordmark, then refuse any page that still loads something remote.

function wordmark(text: string, width: number): string {
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="16" viewBox="0 0 ${width} 16">` +
    `<text x="0" y="12" font-family="system-ui, sans-serif" font-size="12" font-weight="600" ` +
    `fill="#1f4ea8">${text}</text></svg>`;
  return `data:image/svg+xml,${encodeURIComponent(svg)}`;
}

/** Remote assets the pinned Redoc loads by itself, and what replaces each. */
export const redocRemoteAssets: Readonly<Record<string, string>> = {
  'https://cdn.redoc.ly/redoc/logo-mini-full.svg': wordmark('Redocly', 52),
  'https://cdn.redoc.ly/redoc/logo-mini.svg': wordmark('R', 10),
};

// Hosts that only ever serve page assets (fonts, scripts): any mention in the page is a load.
const assetOnlyHosts = ['fonts.googleapis.com', 'fonts.gstatic.com', 'cdn.redoc.ly', 'unpkg.com'];

// Markup outside <script> that makes a browser fetch: src/srcset/poster/data attributes,
// <link href> (stylesheets, preloads, icons), CSS url() and @import.
const loadingMarkup = [
  /\s(?:src|srcset|poster|data)\s*=\s*["']?\s*((?:https?:)?\/\/[^"'\s>]+)/gi,
  /<link\b[^>]*\shref\s*=\s*["']?\s*((?:https?:)?\/\/[^"'\s>]+)/gi,
  /url\(\s*["']?((?:https?:)?\/\/[^"')\s]+)/gi,
  /@import\s+["']((?:https?:)?\/\/[^"']+)/gi,
];

/** Every remote URL the page would load, outside inline scripts plus known asset hosts anywhere. */
export function findRemoteAssets(html: string): string[] {
  const found = new Set<string>();
  const markup = html.replace(/(<script\b[^>]*>)[\s\S]*?(<\/script>)/gi, '$1$2');
  for (const pattern of loadingMarkup) {
    for (const match of markup.matchAll(pattern)) if (match[1]) found.add(match[1]);
  }
  for (const host of assetOnlyHosts) {
    const pattern = new RegExp(`(?:https?:)?//${host.replaceAll('.', '\\.')}[^"'\`\\s)]*`, 'g');
    for (const match of html.matchAll(pattern)) found.add(match[0]);
  }
  return [...found].sort();
}

/**
 * Replace Redoc's remote footer images with inline ones, then fail if `file` would still load
 * anything from the network.
 */
export function localizeRedocAssets(html: string, file: string): string {
  let localized = html;
  for (const [remote, inline] of Object.entries(redocRemoteAssets)) {
    localized = localized.replaceAll(remote, inline);
  }
  const remaining = findRemoteAssets(localized);
  if (remaining.length > 0) {
    throw new Error(
      `${file}: expected a page that renders offline, but it loads ${remaining.join(', ')}. ` +
        'Inline the asset or remove it (see docs/adr/0003-docs-site.md).',
    );
  }
  return localized;
}
