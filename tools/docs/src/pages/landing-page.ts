// site/index.html: what sms-contracts is, the APIs side by side, quick starts, package versions,
// and a link to every other page of the site. Every fact comes from the specs and packages.
import type { ApiHost, ApiSummary } from '../api-summary.ts';
import { escapeHtml, renderPage, type SiteNav, sitePaths } from '../html.ts';
import { renderInlineMarkdown } from '../markdown.ts';
import type { QuickStart } from '../quick-start.ts';
import type { WorkspacePackage } from '../workspace-packages.ts';

export interface LandingPageInput {
  /** The repository's own description (root package.json). */
  readonly projectDescription: string;
  readonly apis: readonly ApiSummary[];
  readonly quickStarts: readonly QuickStart[];
  readonly packages: readonly WorkspacePackage[];
  readonly nav: SiteNav;
}

const list = (items: readonly string[], empty: string) =>
  items.length === 0
    ? escapeHtml(empty)
    : `<ul>${items.map((item) => `<li>${item}</li>`).join('')}</ul>`;

function hostItem(host: ApiHost): string {
  const variables = Object.entries(host.variables).map(
    ([name, values]) =>
      `<code>{${escapeHtml(name)}}</code>: ${values.map((value) => `<code>${escapeHtml(value)}</code>`).join(', ')}`,
  );
  return [
    `<code>${escapeHtml(host.url)}</code>`,
    host.description ? ` — ${renderInlineMarkdown(host.description)}` : '',
    variables.length > 0 ? `<br><span class="note">${variables.join('; ')}</span>` : '',
  ].join('');
}

function apiTable(apis: readonly ApiSummary[]): string {
  if (apis.length === 0) return '<p>No API is registered in redocly.yaml yet.</p>';
  const row = (label: string, cell: (api: ApiSummary) => string) =>
    `<tr><th scope="row">${label}</th>${apis.map((api) => `<td>${cell(api)}</td>`).join('')}</tr>`;
  const code = (values: readonly string[]) =>
    values.map((value) => `<code>${escapeHtml(value)}</code>`);
  return `<table class="apis">
  <thead><tr><th scope="col">API</th>${apis.map((api) => `<th scope="col">${escapeHtml(api.title)} <span class="badge">${escapeHtml(api.version)}</span><br><code>${escapeHtml(api.name)}</code></th>`).join('')}</tr></thead>
  <tbody>
    ${row('About', (api) => renderInlineMarkdown(api.blurb))}
    ${row('Vendor', (api) => escapeHtml(api.vendor))}
    ${row('Hosts', (api) => list(api.hosts.map(hostItem), 'no servers in the spec'))}
    ${row('Auth', (api) => list(api.auth.map(escapeHtml), 'none declared'))}
    ${row('Request formats', (api) => list(code(api.requestFormats), 'no request bodies'))}
    ${row('Response formats', (api) => list(code(api.responseFormats), 'no response bodies'))}
    ${row('Operations', (api) => `${api.operations.length} operations<ul>${api.operations.map((operation) => `<li><span class="method">${operation.method}</span> <code>${escapeHtml(operation.path)}</code>${operation.summary ? ` — ${escapeHtml(operation.summary)}` : ''}</li>`).join('')}</ul>`)}
    ${row('Reference', (api) => `<a href="${sitePaths.reference(api.name)}">${escapeHtml(api.title)} reference</a>`)}
    ${row('Bundled spec', (api) => `<a href="${sitePaths.specYaml(api.name)}" download>openapi.yaml</a> · <a href="${sitePaths.specJson(api.name)}" download>openapi.json</a>`)}
  </tbody>
</table>`;
}

function quickStartCards(
  quickStarts: readonly QuickStart[],
  guideSlugs: ReadonlySet<string>,
): string {
  return `<div class="cards">${quickStarts
    .map(
      (start) => `
  <section class="card" id="quick-start-${escapeHtml(start.slug)}">
    <h3><code>${escapeHtml(start.packageName)}</code> ${start.fromReadme ? '' : '<span class="badge planned">planned</span>'}</h3>
    <pre><code class="language-sh">${escapeHtml(start.install)}</code></pre>
    <pre><code class="language-ts">${escapeHtml(start.code)}</code></pre>
    <p class="note">Snippets ${escapeHtml(start.source)}.${guideSlugs.has(start.slug) ? ` <a href="${sitePaths.guide(start.slug)}">Read the guide</a>.` : ''}</p>
  </section>`,
    )
    .join('')}
</div>`;
}

function packageTable(
  packages: readonly WorkspacePackage[],
  guideSlugs: ReadonlySet<string>,
): string {
  if (packages.length === 0) return '<p>No package exists under packages/ yet.</p>';
  return `<table>
  <thead><tr><th scope="col">Package</th><th scope="col">Version</th><th scope="col">What it is</th><th scope="col">Docs</th></tr></thead>
  <tbody>${packages
    .map(
      (pkg) => `
    <tr><td><code>${escapeHtml(pkg.name)}</code>${pkg.private ? ' <span class="badge">private</span>' : ''}</td><td><code>${escapeHtml(pkg.version)}</code></td><td>${escapeHtml(pkg.description ?? '')}</td><td>${[
      guideSlugs.has(pkg.slug)
        ? `<a href="${sitePaths.guide(pkg.slug)}">guide</a>`
        : 'no README yet',
      pkg.private ? '' : `<a href="${sitePaths.changelog}#${escapeHtml(pkg.slug)}">changelog</a>`,
    ]
      .filter(Boolean)
      .join(' · ')}</td></tr>`,
    )
    .join('')}
  </tbody>
</table>`;
}

/** The landing page's HTML. */
export function renderLandingPage(input: LandingPageInput): string {
  const guideSlugs = new Set(input.nav.guides.map((guide) => guide.slug));
  const body = `
<h1>SMS API contracts</h1>
<p class="lead">${escapeHtml(input.projectDescription)}</p>
<p>Read an API here before writing a line against it: each reference below is rendered from the same
hand-written OpenAPI 3.1 spec that the types, validators, clients and emulator are generated from.</p>

<h2 id="apis">The APIs side by side</h2>
${apiTable(input.apis)}

<h2 id="quick-start">Install and quick start</h2>
${quickStartCards(input.quickStarts, guideSlugs)}

<h2 id="packages">Packages and versions</h2>
${packageTable(input.packages, guideSlugs)}

<h2 id="more">Releases</h2>
<ul>
  <li><a href="${sitePaths.changelog}">Changelog</a> of the published packages.</li>
  <li><a href="${sitePaths.unreleased}">Unreleased changes</a>: the spec-diff report of what the next release brings.</li>
</ul>`;
  return renderPage({ title: 'SMS API contracts', path: sitePaths.home, nav: input.nav, body });
}
