// The two release pages: changelog.html (what changesets wrote for each published package) and
// unreleased.html (spec-diff's report of what the next release will bring).
import { escapeHtml, renderPage, type SiteNav, sitePaths } from '../html.ts';
import { demoteHeadings, renderMarkdown } from '../markdown.ts';
import type { UnreleasedReport } from '../unreleased-report.ts';
import type { WorkspacePackage } from '../workspace-packages.ts';

/**
 * Changesets' first line is `# <package name>`, which the page's section already says; the
 * `## <version>` headings below it go one level down, under that section.
 */
function asSection(changelog: string): string {
  return demoteHeadings(changelog.replace(/^\s*#\s+[^\n]*\n/, ''));
}

/** changelog.html: one section per published package. */
export function renderChangelogPage(packages: readonly WorkspacePackage[], nav: SiteNav): string {
  const published = packages.filter((pkg) => !pkg.private);
  const sections = published.map(
    (pkg) => `
<section id="${escapeHtml(pkg.slug)}">
  <h2><code>${escapeHtml(pkg.name)}</code> <span class="badge">${escapeHtml(pkg.version)}</span></h2>
  ${pkg.changelog ? `<div class="markdown">${renderMarkdown(asSection(pkg.changelog))}</div>` : '<p>No release yet.</p>'}
</section>`,
  );
  const body = `
<h1>Changelog</h1>
<p class="lead">What changed in each published package, release by release, as written with changesets.</p>
${sections.length > 0 ? sections.join('\n') : '<p>No published package exists yet: no release yet.</p>'}`;
  return renderPage({ title: 'Changelog', path: sitePaths.changelog, nav, body });
}

function reportBody(report: UnreleasedReport): string {
  switch (report.kind) {
    case 'not-available':
      return `<p><strong>Not available:</strong> ${escapeHtml(report.reason)}.</p>`;
    case 'no-release':
      return '<p>No release yet: everything in the API references is unreleased.</p>';
    case 'report':
      return [
        `<p>Compared with the last release, <code>${escapeHtml(report.releaseTag)}</code>.</p>`,
        ...report.apis.map((changes) => {
          const heading = `<h2 id="${escapeHtml(changes.api)}"><code>${escapeHtml(changes.api)}</code></h2>`;
          if (changes.kind === 'new-api') {
            return `${heading}<p>New since the last release: the whole API is unreleased.</p>`;
          }
          if (changes.kind === 'error') {
            return `${heading}<p><strong>spec-diff failed:</strong></p><pre>${escapeHtml(changes.message)}</pre>`;
          }
          const markdown = changes.markdown.trim();
          return `${heading}<div class="markdown">${markdown ? renderMarkdown(demoteHeadings(markdown)) : '<p>No changes.</p>'}</div>`;
        }),
      ].join('\n');
  }
}

/** unreleased.html: the spec-diff slot. */
export function renderUnreleasedPage(report: UnreleasedReport, nav: SiteNav): string {
  const body = `
<h1>Unreleased changes</h1>
<p class="lead">Changes to the specs since the last release, as spec-diff reports them, so you can see what is coming.</p>
${reportBody(report)}`;
  return renderPage({ title: 'Unreleased changes', path: sitePaths.unreleased, nav, body });
}
