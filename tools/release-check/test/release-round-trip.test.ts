// The release path end to end (issue 8): a clean clone of HEAD is versioned and released with
// the root scripts into a throwaway Verdaccio on 127.0.0.1; a consumer outside the workspace
// installs the packages from it with npm, type-checks, runs on Node 20 and 24, and bundles.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleForBrowser } from '../src/browser-bundle.ts';
import { cloneHead, installOffline } from '../src/clean-clone.ts';
import {
  compile,
  compilers,
  createConsumer,
  resolutions,
  runProgram,
  typeCheck,
} from '../src/consumer-project.ts';
import { devFileReason } from '../src/dev-files.ts';
import { nodeOfMajor } from '../src/node-runtimes.ts';
import { type Release, releaseClone } from '../src/release-clone.ts';
import { registryDependencies, runtimeClosure } from '../src/runtime-closure.ts';
import { seedRegistry } from '../src/seed-registry.ts';
import { budgetBytes, sizeBudget } from '../src/size-budget.ts';
import { skippedBy, skipReleaseVariable } from '../src/skip-switch.ts';
import { readTarball } from '../src/tarball.ts';
import { installTestServers } from '../src/test-servers.ts';
import { type Registry, startVerdaccio } from '../src/verdaccio.ts';

const packageDir = new URL('../', import.meta.url).pathname;
const changesetText = 'The release check publishes this version to a throwaway registry only.';

interface Packument {
  readonly 'dist-tags': Readonly<Record<string, string>>;
  readonly versions: Readonly<
    Record<
      string,
      {
        readonly dependencies?: Readonly<Record<string, string>>;
        readonly dist: { readonly tarball: string };
      }
    >
  >;
}

describe.skipIf(skippedBy(skipReleaseVariable))(
  'release round trip through a throwaway Verdaccio',
  () => {
    let work: string;
    let registry: Registry | undefined;
    let release: Release;
    let consumerDir: string;
    let version: string;

    beforeAll(async () => {
      work = mkdtempSync(join(tmpdir(), 'sms-release-check-'));
      const servers = await installTestServers();
      registry = await startVerdaccio(servers, join(work, 'verdaccio'));
      const clone = await cloneHead(join(work, 'repo'));
      console.log(
        `release-check: releasing ${clone.commit} (HEAD: committed work only) to ${registry.url}`,
      );
      await installOffline(clone);
      release = await releaseClone(clone, registry);
      version = release.packages[0]?.version ?? 'none';

      // Verdaccio has no uplink: the published packages' own dependencies (and @types/node for the
      // consumer's type-check) go in first, packed from this install: the lockfile's versions.
      const roots = release.packages.map((p) => ({
        dir: p.dir,
        names: registryDependencies(p.dir),
      }));
      const thirdParty = runtimeClosure([...roots, { dir: packageDir, names: ['@types/node'] }]);
      await seedRegistry(registry, thirdParty);

      consumerDir = join(work, 'consumer');
      const typesNode = thirdParty.find((p) => p.name === '@types/node');
      await createConsumer({
        dir: consumerDir,
        registryUrl: registry.url,
        dependencies: Object.fromEntries(release.packages.map((p) => [p.name, p.version])),
        devDependencies: { '@types/node': typesNode?.version ?? 'missing' },
      });
    });

    afterAll(async () => {
      await registry?.server.stop();
      if (process.env.SMS_CONTRACTS_RELEASE_CHECK_KEEP === '1')
        console.log(`release-check: kept ${work}`);
      else if (work) rmSync(work, { recursive: true, force: true });
    });

    it('versions the fixed group together and tags the version commit, leaving nothing uncommitted', () => {
      expect(release.packages.map((p) => p.name)).toEqual([
        '@sms-contracts/client',
        '@sms-contracts/emulator',
        '@sms-contracts/types',
        '@sms-contracts/validation',
      ]);
      expect(new Set(release.packages.map((p) => p.version))).toEqual(new Set([version]));
      expect(version).not.toBe('0.0.0');
      expect(release.tags).toEqual(release.packages.map((p) => `${p.name}@${version}`));
      for (const p of release.packages) {
        const changelog = readFileSync(join(p.dir, 'CHANGELOG.md'), 'utf8');
        expect(changelog, `${p.name} CHANGELOG.md`).toContain(`## ${version}`);
        if (p.name === '@sms-contracts/client') expect(changelog).toContain(changesetText);
      }
      expect(release.leftChanged).toBe('');
    });

    it('published every package at that version, with workspace: ranges replaced by it', async () => {
      for (const p of release.packages) {
        const packument = await fetchPackument(p.name);
        expect(packument['dist-tags'].latest).toBe(version);
        const dependencies = packument.versions[version]?.dependencies ?? {};
        for (const [name, range] of Object.entries(dependencies)) {
          expect(range, `${p.name} → ${name}`).not.toMatch(/^workspace:/);
          if (name.startsWith('@sms-contracts/'))
            expect(range, `${p.name} → ${name}`).toBe(version);
        }
      }
    });

    it('published tarballs hold no dev files (tests, TypeScript sources, tsconfigs, benchmarks, fixtures)', async () => {
      for (const p of release.packages) {
        const tarballUrl = (await fetchPackument(p.name)).versions[version]?.dist.tarball ?? '';
        const response = await fetch(tarballUrl, { signal: AbortSignal.timeout(30_000) });
        expect(response.status, tarballUrl).toBe(200);
        const files = [...readTarball(new Uint8Array(await response.arrayBuffer())).keys()];
        expect(files).toContain('package/package.json');
        const devFiles = files
          .map((file) => file.replace(/^package\//, ''))
          .flatMap((file) => {
            const reason = devFileReason(file);
            return reason ? [`${file}: ${reason}`] : [];
          });
        expect(devFiles, `${p.name}@${version}`).toEqual([]);
        console.log(
          `release-check: ${p.name}@${version} tarball: ${files.length} files, no dev files`,
        );
      }
    });

    describe.each(Object.entries(compilers))(
      '%s type-checks the consumer in strict mode',
      (_, compiler) => {
        it.each(Object.entries(resolutions))(
          'with moduleResolution %s',
          async (_resolution, tsconfig) => {
            await expect(typeCheck(consumerDir, compiler, tsconfig)).resolves.toBe('');
          },
        );
      },
    );

    let compiled: Promise<void> | undefined;
    it.each([20, 24])(
      'runs on Node %i: the emulator, a Gateway SMS transaction, a 2SMS update in XML',
      async (major) => {
        const node = await nodeOfMajor(major);
        compiled ??= compile(consumerDir, compilers['TypeScript 7'] as string);
        await compiled;
        const output = await runProgram(consumerDir, node.path);
        console.log(`release-check: the consumer on ${node.path} printed:\n${output}`);
        const lines = output.trimEnd().split('\n');
        expect(lines[0]).toMatch(
          new RegExp(
            `^node v${major}\\.\\d+\\.\\d+: emulator listening on http://127\\.0\\.0\\.1:\\d+$`,
          ),
        );
        expect(lines.slice(1)).toEqual([
          expect.stringMatching(
            /^gateway-sms POST \/messages\/ 201: id \S+, transaction true, valid$/,
          ),
          'gateway-sms PUT /messages/{id} 200: 3 valid recipients, transaction true, valid',
          'gateway-sms PUT /messages/{id} 200: 4 valid recipients, transaction false, valid',
          expect.stringMatching(
            /^twosms POST \/api\/v2\/sms\/messages 200: id [0-9a-f-]{36}, valid$/,
          ),
          expect.stringMatching(
            /^twosms PUT \/api\/v1\/sms\/messages\/\{messageID\} 200: \d+ contacts, text "Your code is 5678", valid$/,
          ),
          expect.stringMatching(
            /^twosms wire: POST \/Token sent application\/x-www-form-urlencoded/,
          ),
          expect.stringMatching(
            /^twosms wire: POST \/api\/v2\/sms\/messages sent application\/json, got application\/json/,
          ),
          expect.stringMatching(
            /^twosms wire: PUT \/api\/v1\/sms\/messages\/\S+ sent application\/xml, got application\/xml/,
          ),
          'done',
        ]);
      },
    );

    it("bundles the consumer's Gateway SMS client for the browser within the client's size budget", async () => {
      const clientDir =
        release.packages.find((p) => p.name === '@sms-contracts/client')?.dir ?? 'missing';
      const limit = await sizeBudget(clientDir, 'dist/gateway-sms.js');
      const bundle = await bundleForBrowser(consumerDir, 'src/browser-entry.ts');
      console.log(
        `release-check: browser bundle of the consumer's @sms-contracts/client/gateway-sms import: ` +
          `${bundle.gzipBytes} B gzipped, ${bundle.minifiedBytes} B minified (budget ${limit}); ` +
          `on first use: ${bundle.lazyImports.join(', ')}`,
      );
      expect(bundle.gzipBytes).toBeLessThanOrEqual(budgetBytes(limit));
    });

    async function fetchPackument(name: string): Promise<Packument> {
      const response = await fetch(`${registry?.url}${name.replace('/', '%2f')}`, {
        signal: AbortSignal.timeout(30_000),
      });
      expect(response.status, `GET ${name}`).toBe(200);
      return (await response.json()) as Packument;
    }
  },
);
