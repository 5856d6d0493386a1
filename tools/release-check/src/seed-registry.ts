import { publishTarball } from './publish-to-registry.ts';
import type { InstalledPackage } from './runtime-closure.ts';
import { packDirectory } from './tarball.ts';

/**
 * Publishes installed third-party packages to a registry that has no uplink, so that a consumer
 * can install our packages from it with nothing beyond loopback: the same versions, and the same
 * files, the workspace lockfile installed.
 */
export async function seedRegistry(
  registry: { readonly url: string; readonly token: string },
  packages: readonly InstalledPackage[],
): Promise<void> {
  for (const installed of packages) {
    await publishTarball(registry.url, registry.token, packDirectory(installed.dir));
  }
}
