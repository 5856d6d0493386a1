// Builds the whole static site: every page is derived from the registry, the bundled specs and the
// packages' own files, so a new API or package shows up with no change here.
import { existsSync, readFileSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { repoRoot as workspaceRoot } from '@sms-contracts/specs/registry';
import { stringify } from 'yaml';
import {
  type ApiSource,
  type OpenApiDocument,
  registryFileApiSource,
  workspaceApiSource,
} from './api-source.ts';
import { type ApiSummary, summarizeApi } from './api-summary.ts';
import { type SiteNav, sitePaths } from './html.ts';
import { renderGuidePage } from './pages/guide-page.ts';
import { renderLandingPage } from './pages/landing-page.ts';
import { renderChangelogPage, renderUnreleasedPage } from './pages/release-pages.ts';
import { quickStartFor, quickStartSlugs } from './quick-start.ts';
import { referenceDocument } from './reference-document.ts';
import { renderReference } from './render-reference.ts';
import { buildUnreleasedReport } from './unreleased-report.ts';
import { readWorkspacePackages } from './workspace-packages.ts';

export { workspaceRoot };

export interface BuildSiteOptions {
  /**
   * Repository root: where `packages/*`, `tools/spec-diff` and the root package.json are read.
   * @default the workspace this package belongs to
   */
  readonly root?: string;
  /**
   * The API registry (`redocly.yaml`) to document.
   * @default `<root>/redocly.yaml`, read through @sms-contracts/specs for the workspace itself
   */
  readonly registry?: string;
  /**
   * Folder the site is written to; replaced as a whole once the new site is complete.
   * @default `<root>/site`
   */
  readonly outDir?: string;
  /**
   * Progress lines.
   * @default no output
   */
  readonly log?: (line: string) => void;
}

export interface BuiltSite {
  readonly outDir: string;
  /** Every page written, relative to `outDir`. */
  readonly pages: readonly string[];
  readonly apis: readonly ApiSummary[];
}

function apiSourceFor(root: string, registry: string | undefined): ApiSource {
  if (registry) return registryFileApiSource(registry);
  if (resolve(root) === workspaceRoot) return workspaceApiSource;
  return registryFileApiSource(join(root, 'redocly.yaml'));
}

function projectDescription(root: string): string {
  const manifest = join(root, 'package.json');
  if (!existsSync(manifest)) return 'Schema-first SMS API contracts.';
  const { description } = JSON.parse(readFileSync(manifest, 'utf8')) as { description?: unknown };
  return typeof description === 'string' ? description : 'Schema-first SMS API contracts.';
}

/** Build the site into a scratch folder, then swap it in for `outDir`. */
export async function buildSite(options: BuildSiteOptions = {}): Promise<BuiltSite> {
  const root = resolve(options.root ?? workspaceRoot);
  const outDir = resolve(options.outDir ?? join(root, 'site'));
  const log = options.log ?? (() => {});
  const source = apiSourceFor(root, options.registry);
  const scratch = `${outDir}.partial-${process.pid}`;
  await rm(scratch, { recursive: true, force: true });
  const pages: string[] = [];
  const write = async (path: string, content: string) => {
    await mkdir(dirname(join(scratch, path)), { recursive: true });
    await writeFile(join(scratch, path), content);
    if (path.endsWith('.html')) pages.push(path);
  };

  const inputs = await mkdtemp(join(tmpdir(), 'sms-docs-'));
  /** The document Redoc renders, outside the site: see reference-document.ts. */
  const writeReferenceInput = async (name: string, bundled: OpenApiDocument) => {
    const file = join(inputs, `${name}.json`);
    await writeFile(file, JSON.stringify(referenceDocument(bundled)));
    return file;
  };

  try {
    const apis: ApiSummary[] = [];
    for (const api of source.listApis()) {
      if (!existsSync(api.root)) {
        throw new Error(
          `${source.registryPath}: apis.${api.name}.root: expected an OpenAPI file at ${api.root}`,
        );
      }
      const bundled = await source.bundleApi(api.name);
      const summary = summarizeApi(
        api.name,
        await source.bundleApi(api.name, { dereference: true }),
      );
      apis.push(summary);
      await write(sitePaths.specJson(api.name), `${JSON.stringify(bundled, null, 2)}\n`);
      await write(sitePaths.specYaml(api.name), stringify(bundled, { lineWidth: 0 }));
      log(`reference: ${api.name} (${summary.operations.length} operations)`);
      await renderReference({
        api: api.name,
        specFile: await writeReferenceInput(api.name, bundled),
        apiTitle: summary.title,
        registryPath: source.registryPath,
        outFile: join(scratch, sitePaths.reference(api.name)),
      });
      pages.push(sitePaths.reference(api.name));
    }

    const packages = readWorkspacePackages(root);
    const documented = packages.filter(
      (pkg): pkg is typeof pkg & { readme: string } => pkg.readme !== undefined,
    );
    const nav: SiteNav = {
      apis: apis.map((api) => ({ name: api.name, title: api.title })),
      guides: documented.map((pkg) => ({ slug: pkg.slug, packageName: pkg.name })),
    };
    const quickStarts = quickStartSlugs.map((slug) =>
      quickStartFor(
        slug,
        packages.find((pkg) => pkg.slug === slug),
      ),
    );
    const unreleased = await buildUnreleasedReport(root, source.listApis());
    log(`unreleased changes: ${unreleased.kind}`);

    await write(
      sitePaths.home,
      renderLandingPage({
        projectDescription: projectDescription(root),
        apis,
        quickStarts,
        packages,
        nav,
      }),
    );
    await write(sitePaths.changelog, renderChangelogPage(packages, nav));
    await write(sitePaths.unreleased, renderUnreleasedPage(unreleased, nav));
    for (const pkg of documented) await write(sitePaths.guide(pkg.slug), renderGuidePage(pkg, nav));
    await mkdir(dirname(join(scratch, sitePaths.stylesheet)), { recursive: true });
    await copyFile(
      fileURLToPath(new URL('./assets/site.css', import.meta.url)),
      join(scratch, sitePaths.stylesheet),
    );

    await rm(outDir, { recursive: true, force: true });
    await rename(scratch, outDir);
    return { outDir, pages: pages.sort(), apis };
  } catch (error) {
    await rm(scratch, { recursive: true, force: true });
    throw error;
  } finally {
    await rm(inputs, { recursive: true, force: true });
  }
}
