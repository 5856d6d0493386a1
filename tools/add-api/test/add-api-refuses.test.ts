// `pnpm add-api` refuses a broken spec with file:line and leaves the workspace (a copy) as it was.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '@sms-contracts/specs/registry';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from './support/run.ts';
import { copyWorkspace, type WorkspaceCopy } from './support/workspace-copy.ts';

const fixtures = join(repoRoot, 'specs/test/fixtures/lint');
let copy: WorkspaceCopy;
let registryBefore: string;

beforeAll(() => {
  copy = copyWorkspace();
  registryBefore = readFileSync(join(copy.root, 'redocly.yaml'), 'utf8');
});
afterAll(() => copy?.remove());

describe('pnpm add-api refuses a structurally broken spec', () => {
  it.each([
    {
      given: 'broken-node.yaml',
      want: /lint\/broken-node\.yaml:15: \/paths\/~1messages\/get\/responses\/200\/content\/application~1json\/schema\/itemz: Property `itemz` is not expected here\. \(struct\)/,
    },
    { given: 'bad-ref.yaml', want: /lint\/bad-ref\.yaml:10: .*Can't resolve \$ref/ },
  ])('$given: says where, and undoes itself', async ({ given, want }) => {
    const { code, output } = await run(
      'pnpm',
      ['add-api', 'broken', join(fixtures, given)],
      copy.root,
    );
    expect(output).toMatch(want);
    expect(output).toMatch(
      /add-api: broken: the spec has \d structural error\(s\) \(listed above\); nothing was added/,
    );
    expect(code).toBe(1);
    expect(readFileSync(join(copy.root, 'redocly.yaml'), 'utf8')).toBe(registryBefore);
    expect(existsSync(join(copy.root, 'specs/broken'))).toBe(false);
  });

  it('an existing slug', async () => {
    const { code, output } = await run(
      'pnpm',
      ['add-api', 'twosms', join(fixtures, 'style-only.yaml')],
      copy.root,
    );
    expect(output).toMatch(/redocly\.yaml: apis\.twosms already exists/);
    expect(code).toBe(1);
  });
});
