// The site the browser tests look at: the real one, built into site/ at the repository root, as
// soon as every spec the registry lists exists; until then the fixture workspace's, so the tests
// still run (and say so).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { workspaceApiSource } from '../../src/api-source.ts';
import { type BuiltSite, buildSite, workspaceRoot } from '../../src/build-site.ts';
import { fixtureRoot, scratchDir } from './fixture-workspace.ts';

export interface SiteUnderTest {
  readonly site: BuiltSite;
  /** `workspace` for the real site, `fixture` while some registry spec is still missing. */
  readonly origin: 'workspace' | 'fixture';
  /** Remove what the test built, when it was a scratch copy. */
  cleanup(): void;
}

export async function buildSiteUnderTest(): Promise<SiteUnderTest> {
  const missing = workspaceApiSource.listApis().filter((api) => !existsSync(api.root));
  if (missing.length === 0) {
    return {
      site: await buildSite({ root: workspaceRoot }),
      origin: 'workspace',
      cleanup: () => {},
    };
  }
  console.warn(
    `docs browser tests: using the fixture workspace, because the registry lists specs that do not exist yet: ${missing
      .map((api) => api.root)
      .join(', ')}`,
  );
  const scratch = scratchDir('browser');
  const site = await buildSite({ root: fixtureRoot, outDir: join(scratch.dir, 'site') });
  return { site, origin: 'fixture', cleanup: scratch.cleanup };
}
