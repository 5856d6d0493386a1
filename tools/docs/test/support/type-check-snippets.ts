// Type-checks the ```ts blocks of a package README the way a consumer would compile them: each
// block is its own module, @sms-contracts/* resolve through the packages' own `exports`, strict.
import { execFile } from 'node:child_process';
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { workspaceRoot } from '../../src/build-site.ts';
import { extractCodeBlocks } from '../../src/markdown.ts';

const run = promisify(execFile);
const require = createRequire(import.meta.url);
const tsc = join(dirname(require.resolve('typescript/package.json')), 'bin/tsc');
const typesDir = fileURLToPath(new URL('../../node_modules/@types', import.meta.url));

/** Info-string word that opts a block out, e.g. ```` ```ts no-check ```` for a deliberate error. */
export const noCheckMarker = 'no-check';

export interface SnippetCheck {
  /** How many ```ts blocks were compiled. */
  readonly checked: number;
  /** `packages/x/README.md:12:7: error TS2322: …`, one per diagnostic. */
  readonly diagnostics: readonly string[];
}

/** Link every package of `<root>/packages` under its name, as an installed dependency would be. */
function linkWorkspacePackages(root: string, nodeModules: string): void {
  const packagesDir = join(root, 'packages');
  for (const entry of readdirSync(packagesDir, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    let name: unknown;
    try {
      ({ name } = JSON.parse(readFileSync(join(packagesDir, entry.name, 'package.json'), 'utf8')));
    } catch {
      continue;
    }
    if (typeof name !== 'string') continue;
    mkdirSync(dirname(join(nodeModules, name)), { recursive: true });
    symlinkSync(join(packagesDir, entry.name), join(nodeModules, name), 'dir');
  }
  symlinkSync(typesDir, join(nodeModules, '@types'), 'dir');
}

/** Compile the TypeScript blocks of `markdown` (found at `markdownPath`, relative to `root`). */
export async function typeCheckSnippets(
  root: string,
  markdownPath: string,
  markdown: string,
): Promise<SnippetCheck> {
  const blocks = extractCodeBlocks(markdown).filter(
    (block) =>
      ['ts', 'typescript'].includes(block.lang) && !block.meta.split(/\s+/).includes(noCheckMarker),
  );
  if (blocks.length === 0) return { checked: 0, diagnostics: [] };

  const dir = mkdtempSync(join(tmpdir(), 'sms-docs-snippets-'));
  try {
    linkWorkspacePackages(root, join(dir, 'node_modules'));
    writeFileSync(join(dir, 'package.json'), '{ "type": "module", "private": true }\n');
    writeFileSync(
      join(dir, 'tsconfig.json'),
      JSON.stringify({
        extends: join(workspaceRoot, 'tsconfig.base.json'),
        compilerOptions: {
          noEmit: true,
          declaration: false,
          declarationMap: false,
          sourceMap: false,
        },
        include: ['*.ts'],
      }),
    );
    blocks.forEach((block, index) => {
      // `export {}` keeps every block a module of its own, as it is in a reader's project.
      writeFileSync(join(dir, `snippet-${index}.ts`), `${block.code}\nexport {};\n`);
    });
    let output = '';
    try {
      await run(process.execPath, [tsc, '-p', join(dir, 'tsconfig.json'), '--pretty', 'false'], {
        cwd: dir,
        timeout: 120_000,
      });
    } catch (error) {
      const failure = error as { stdout?: string; stderr?: string };
      output = `${failure.stdout ?? ''}${failure.stderr ?? ''}` || (error as Error).message;
    }
    const diagnostics = output
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => {
        const match = /^snippet-(\d+)\.ts\((\d+),(\d+)\): (.*)$/.exec(line.trim());
        const block = match ? blocks[Number(match[1])] : undefined;
        if (!match || !block) return line.trim();
        return `${markdownPath}:${block.line + Number(match[2]) - 1}:${match[3]}: ${match[4]}`;
      });
    return { checked: blocks.length, diagnostics };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
