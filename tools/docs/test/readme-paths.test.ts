// Every path a README, CONTRIBUTING or decision record names exists: in the document's folder or
// at the repository root.
import { existsSync, globSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { repoRoot } from '@sms-contracts/specs/registry';
import { describe, expect, it } from 'vitest';
import { namedPaths } from '../src/named-paths.ts';

describe('namedPaths', () => {
  it.each([
    {
      given: 'See [the guide](packages/client/README.md#usage).',
      want: ['packages/client/README.md'],
    },
    {
      given: 'Run `tools/bench/src/run.ts` or `bench/run.ts`.',
      want: ['tools/bench/src/run.ts', 'bench/run.ts'],
    },
    { given: 'Import `@sms-contracts/client/gateway-sms`, call `/messages/{id}`.', want: [] },
    { given: '[site](https://example.com/x) and `packages/<api>/src`', want: [] },
    { given: '```sh\ncat packages/nowhere.ts `packages/gone.ts`\n```', want: [] },
  ])('finds $want in $given', ({ given, want }) => {
    expect(namedPaths(given).map((named) => named.path)).toEqual(want);
  });
});

const skipped = /(^|\/)(node_modules|site|fixtures|corpus)(\/|$)/;
const documents = globSync(['**/README.md', 'CONTRIBUTING.md', 'docs/**/*.md'], {
  cwd: repoRoot,
  exclude: (path) => skipped.test(path),
}).sort();

describe.each(documents)('%s', (document) => {
  it('names only paths that exist', () => {
    const text = readFileSync(join(repoRoot, document), 'utf8');
    const missing = namedPaths(text)
      .filter(
        ({ path }) =>
          ![join(repoRoot, dirname(document), path), join(repoRoot, path)].some(existsSync),
      )
      .map(({ path, line }) => `${document}:${line}: ${path}`);
    expect(missing, `paths named in ${relative(repoRoot, join(repoRoot, document))}`).toEqual([]);
  });
});
