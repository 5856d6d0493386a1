// The repository paths a Markdown document names: relative links `[text](path)` and code spans
// that look like a path in this repository (`packages/client/src/core/errors.ts`). A README that
// names a file which no longer exists sends a newcomer nowhere, so a test checks every one.

/** Top-level folders of this repository: a code span starting with one of them is a path. */
const repoFolders = ['packages', 'tools', 'specs', 'bench', 'docs', '.ci', '.changeset'];
const fileExtension = /\.(ts|mts|mjs|js|json|ya?ml|md|sh|tsv)$/;
const pathLike = /^\.{0,2}\/?[\w@.-]+(\/[\w@.<>-]+)*\/?$/;

export interface NamedPath {
  /** The path as written. */
  readonly path: string;
  /** 1-based line of the document it is on. */
  readonly line: number;
  /** `link` when it is a Markdown link target, `code` when a code span. */
  readonly kind: 'link' | 'code';
}

/** Every repository path a Markdown document names, outside fenced code blocks. */
export function namedPaths(markdown: string): NamedPath[] {
  const found: NamedPath[] = [];
  let fenced = false;
  markdown.split('\n').forEach((text, index) => {
    if (/^\s*(```|~~~)/.test(text)) fenced = !fenced;
    if (fenced) return;
    const line = index + 1;
    for (const [, target] of text.matchAll(/\]\(([^)\s]+)\)/g)) {
      const path = (target ?? '').split('#')[0] ?? '';
      if (path !== '' && !/^[a-z]+:/i.test(path)) found.push({ path, line, kind: 'link' });
    }
    for (const [, span] of text.matchAll(/`([^`]+)`/g)) {
      for (const word of (span ?? '').split(/\s+/)) {
        if (looksLikeRepoPath(word)) found.push({ path: word, line, kind: 'code' });
      }
    }
  });
  return found;
}

function looksLikeRepoPath(span: string): boolean {
  if (!pathLike.test(span) || span.includes('<') || !span.includes('/')) return false;
  const first = span.replace(/^\.\//, '').split('/')[0] ?? '';
  return repoFolders.includes(first) || (span.startsWith('.') && fileExtension.test(span));
}
