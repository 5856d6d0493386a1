import { describe, expect, it } from 'vitest';
import { findRemoteAssets, localizeRedocAssets } from '../src/localize-redoc-assets.ts';

describe('findRemoteAssets', () => {
  const table: Array<{ name: string; given: string; want: string[] }> = [
    {
      name: 'a script src',
      given: '<script src="https://cdn.x.example/a.js"></script>',
      want: ['https://cdn.x.example/a.js'],
    },
    {
      name: 'a stylesheet',
      given: '<link rel="stylesheet" href="https://fonts.googleapis.com/css?family=Roboto">',
      want: ['https://fonts.googleapis.com/css?family=Roboto'],
    },
    {
      name: 'a protocol-relative image',
      given: '<img src="//img.example/a.png">',
      want: ['//img.example/a.png'],
    },
    {
      name: 'a CSS url()',
      given: '<style>a{background:url("https://x.example/b.png")}</style>',
      want: ['https://x.example/b.png'],
    },
    {
      name: 'a font host mentioned inside a script',
      given: '<script>load("https://fonts.gstatic.com/s/x.woff2")</script>',
      want: ['https://fonts.gstatic.com/s/x.woff2'],
    },
    {
      name: 'ordinary links are not loads',
      given: '<a href="https://vendor.example/docs">docs</a>',
      want: [],
    },
    {
      name: 'URLs in inline script code are not markup',
      given: '<script>const a = \'<img src="https://x.example/y">\';</script>',
      want: [],
    },
    {
      name: 'local and data URLs are fine',
      given: '<link rel="icon" href="data:,"><img src="logo.svg"><script src="a.js"></script>',
      want: [],
    },
  ];
  it.each(table)('$name', ({ given, want }) => {
    expect(findRemoteAssets(given)).toEqual(want);
  });
});

describe('localizeRedocAssets', () => {
  it('swaps the Redocly footer logos for inline images', () => {
    const html =
      '<script>src:e?`https://cdn.redoc.ly/redoc/logo-mini-full.svg`:`https://cdn.redoc.ly/redoc/logo-mini.svg`</script>';
    const localized = localizeRedocAssets(html, 'page.html');
    expect(localized).not.toContain('cdn.redoc.ly');
    expect(localized.match(/data:image\/svg\+xml,/g)).toHaveLength(2);
  });

  it('refuses a page that would still load something remote, naming the file and the URL', () => {
    expect(() =>
      localizeRedocAssets(
        '<script src="https://cdn.redocly.com/redoc.js"></script>',
        'site/x/index.html',
      ),
    ).toThrow(
      'site/x/index.html: expected a page that renders offline, but it loads https://cdn.redocly.com/redoc.js',
    );
  });
});
