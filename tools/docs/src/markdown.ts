// Markdown for changelogs, guides and the spec-diff report. Our own files only (READMEs,
// CHANGELOGs, spec-diff output), so raw HTML in them is trusted as GitHub would show it.
import { Marked } from 'marked';

/** A fenced code block of a Markdown file, with the line its first code line is on. */
export interface CodeBlock {
  /** The info string's first word, e.g. `ts`; empty when the fence has none. */
  readonly lang: string;
  /** The rest of the info string, e.g. `no-check` in ```` ```ts no-check ````. */
  readonly meta: string;
  readonly code: string;
  /** 1-based line, in the Markdown file, of the first line of code. */
  readonly line: number;
}

const marked = new Marked({ gfm: true, async: false });

/** Markdown → HTML. */
export function renderMarkdown(markdown: string): string {
  return marked.parse(markdown, { async: false });
}

/** Push every ATX heading one level down, for Markdown shown under a heading of the page. */
export function demoteHeadings(markdown: string): string {
  return markdown.replace(/^(#{1,5}) /gm, '#$1 ');
}

/** One line of Markdown → inline HTML (no wrapping paragraph). */
export function renderInlineMarkdown(markdown: string): string {
  return marked.parseInline(markdown, { async: false });
}

/** Every fenced code block, in order, with where it starts. */
export function extractCodeBlocks(markdown: string): CodeBlock[] {
  const blocks: CodeBlock[] = [];
  let line = 1;
  for (const token of marked.lexer(markdown)) {
    if (token.type === 'code' && /^\s*(```|~~~)/.test(token.raw)) {
      const [lang = '', ...meta] = (token.lang ?? '').trim().split(/\s+/);
      blocks.push({ lang, meta: meta.join(' '), code: token.text, line: line + 1 });
    }
    line += token.raw.split('\n').length - 1;
  }
  return blocks;
}
