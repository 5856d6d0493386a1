import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { registryDependencies, runtimeClosure } from '../src/runtime-closure.ts';

let dir: string | undefined;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

function write(path: string, manifest: object): void {
  mkdirSync(path, { recursive: true });
  writeFileSync(join(path, 'package.json'), JSON.stringify(manifest));
}

describe('runtimeClosure', () => {
  it('follows dependencies, required peers and installed optional dependencies, each once', () => {
    dir = mkdtempSync(join(tmpdir(), 'release-check-closure-'));
    const app = join(dir, 'app');
    write(app, {
      name: 'app',
      version: '1.0.0',
      dependencies: { a: '^1', '@scope/b': '^2', own: 'workspace:*' },
    });
    const modules = join(app, 'node_modules');
    write(join(modules, 'a'), {
      name: 'a',
      version: '1.2.0',
      dependencies: { c: '^3' },
      peerDependencies: { '@scope/b': '*', 'optional-peer': '*' },
      peerDependenciesMeta: { 'optional-peer': { optional: true } },
      optionalDependencies: { 'not-installed': '*' },
    });
    write(join(modules, '@scope', 'b'), { name: '@scope/b', version: '2.0.1' });
    // Nested under a: found from a's folder, as Node would.
    write(join(modules, 'a', 'node_modules', 'c'), {
      name: 'c',
      version: '3.1.0',
      dependencies: { a: '^1' },
    });

    expect(registryDependencies(app)).toEqual(['a', '@scope/b']);
    const closure = runtimeClosure([{ dir: app, names: registryDependencies(app) }]);
    expect(closure.map((p) => `${p.name}@${p.version}`)).toEqual([
      '@scope/b@2.0.1',
      'a@1.2.0',
      'c@3.1.0',
    ]);
  });

  it('names the package and where it looked when a dependency is not installed', () => {
    dir = mkdtempSync(join(tmpdir(), 'release-check-closure-'));
    const app = join(dir, 'app');
    write(app, { name: 'app', version: '1.0.0', dependencies: { missing: '^1' } });
    expect(() => runtimeClosure([{ dir: app, names: ['missing'] }])).toThrowError(
      `missing: expected it installed for ${app}, found no node_modules/missing`,
    );
  });
});
