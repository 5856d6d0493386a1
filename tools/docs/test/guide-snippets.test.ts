// The guides are the packages' READMEs: their TypeScript examples must compile against the
// packages as they are, or the guide is lying. Packages that do not exist yet are skipped, saying so.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { workspaceRoot } from '../src/build-site.ts';
import { quickStartSlugs } from '../src/quick-start.ts';
import { readWorkspacePackages } from '../src/workspace-packages.ts';
import { fixtureRoot } from './support/fixture-workspace.ts';
import { typeCheckSnippets } from './support/type-check-snippets.ts';

const present = readWorkspacePackages(workspaceRoot);
const slugs = [...new Set([...quickStartSlugs, ...present.map((pkg) => pkg.slug)])];

describe('the TypeScript examples of each package README', () => {
  it.for(slugs)('packages/%s', async (slug, context) => {
    const pkg = present.find((candidate) => candidate.slug === slug);
    if (!pkg) return context.skip(`packages/${slug} does not exist yet`);
    if (pkg.readme === undefined || pkg.readmePath === undefined) {
      return context.skip(`packages/${slug} has no README.md yet`);
    }
    const result = await typeCheckSnippets(workspaceRoot, pkg.readmePath, pkg.readme);
    if (result.checked === 0) return context.skip(`${pkg.readmePath} has no \`\`\`ts block`);
    const hint = result.diagnostics.some((line) =>
      line.includes("Cannot find module '@sms-contracts/"),
    )
      ? ' (are the packages built? run pnpm build first)'
      : '';
    expect(result.diagnostics, `type errors in ${pkg.readmePath}${hint}`).toEqual([]);
  });
});

describe('the snippet type-check itself', () => {
  const readmePath = 'packages/types/README.md';
  const readme = readFileSync(join(fixtureRoot, readmePath), 'utf8');

  it('compiles a correct example against the package exports, and skips no-check blocks', async () => {
    expect(existsSync(join(fixtureRoot, 'packages/types/src/alpha-sms.d.ts'))).toBe(true);
    expect(await typeCheckSnippets(fixtureRoot, readmePath, readme)).toEqual({
      checked: 1,
      diagnostics: [],
    });
  });

  it('reports a wrong example at its line in the README', async () => {
    const broken = `${readme}\nOne more:\n\n\`\`\`ts\nimport type { Message } from '@sms-contracts/types/alpha-sms';\nconst m: Message = { body: 42 };\n\`\`\`\n`;
    const line = broken.split('\n').indexOf('const m: Message = { body: 42 };') + 1;
    const result = await typeCheckSnippets(fixtureRoot, readmePath, broken);
    expect(result.checked).toBe(2);
    expect(result.diagnostics).toHaveLength(1);
    expect(result.diagnostics[0]).toMatch(
      new RegExp(`^packages/types/README\\.md:${line}:\\d+: error TS2322: `),
    );
  });

  it('reports an import of something the package does not export', async () => {
    const broken =
      "```ts\nimport type { Nope } from '@sms-contracts/types/alpha-sms';\nexport type X = Nope;\n```\n";
    const result = await typeCheckSnippets(fixtureRoot, readmePath, broken);
    expect(result.diagnostics.join('\n')).toContain("has no exported member 'Nope'");
  });
});
