// guides/<package>.html: the package's README, with its version and where it comes from.
import { escapeHtml, renderPage, type SiteNav, sitePaths } from '../html.ts';
import { renderMarkdown } from '../markdown.ts';
import type { WorkspacePackage } from '../workspace-packages.ts';

/** The guide page of a package that has a README. */
export function renderGuidePage(pkg: WorkspacePackage & { readme: string }, nav: SiteNav): string {
  const path = sitePaths.guide(pkg.slug);
  const body = `
<p class="note">Guide to <code>${escapeHtml(pkg.name)}</code> ${escapeHtml(pkg.version)}, from <code>${escapeHtml(pkg.readmePath ?? '')}</code>.${pkg.private ? '' : ` See also its <a href="../${sitePaths.changelog}#${escapeHtml(pkg.slug)}">changelog</a>.`}</p>
<article class="markdown">
${renderMarkdown(pkg.readme)}
</article>`;
  return renderPage({ title: `${pkg.name} guide`, path, nav, body });
}
