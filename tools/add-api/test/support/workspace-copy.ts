// A throw-away copy of this workspace for tests that change it (add an API, generate, build):
// the real workspace is never touched. Sources and built dist/ are copied; the root
// node_modules is linked, and each package's node_modules keeps its relative links, which now
// point at the copy's packages and, through the linked root, at the installed dependencies.
import {
  appendFileSync,
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  symlinkSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, relative } from 'node:path';
import { repoRoot } from '@sms-contracts/specs/registry';

/** Never copied: git metadata, caches, the built site, the linked root node_modules. */
const skipped = new Set(['.git', '.turbo', 'site', '.vite', '.vite-temp', '.vitest-cache']);

export interface WorkspaceCopy {
  readonly root: string;
  remove(): void;
}

export function copyWorkspace(from: string = repoRoot): WorkspaceCopy {
  const root = mkdtempSync(join(tmpdir(), 'sms-contracts-copy-'));
  cpSync(from, root, {
    recursive: true,
    verbatimSymlinks: true,
    filter: (source) => {
      const path = relative(from, source);
      return path === '' || (path !== 'node_modules' && !skipped.has(basename(source)));
    },
  });
  linkRootModules(join(from, 'node_modules'), join(root, 'node_modules'));
  // The copy's install state names other folders; pnpm must not "repair" it through the links.
  appendFileSync(join(root, 'pnpm-workspace.yaml'), '\nverifyDepsBeforeRun: false\n');
  return { root, remove: () => rmSync(root, { recursive: true, force: true }) };
}

/**
 * The root node_modules as links, one per entry: the installed packages (`.pnpm`, `.bin` and the
 * top-level ones). pnpm's state files and the tools' caches (`.vite`, `.vitest-cache`) stay out,
 * so that nothing run in the copy writes into the real workspace.
 */
function linkRootModules(from: string, to: string): void {
  mkdirSync(to);
  for (const entry of readdirSync(from)) {
    if (entry.startsWith('.') && entry !== '.pnpm' && entry !== '.bin') continue;
    symlinkSync(join(from, entry), join(to, entry));
  }
}
