import { describe, expect, it } from 'vitest';
import { extractCodeBlocks, renderMarkdown } from '../src/markdown.ts';

describe('extractCodeBlocks', () => {
  it('finds fenced blocks with their language, meta and first code line', () => {
    const markdown = [
      '# Title', //                        1
      '',
      'Some text.',
      '',
      '```sh', //                          5
      'pnpm add x',
      '```',
      '',
      '```ts no-check', //                 9
      "const a: number = 'b';",
      'console.log(a);',
      '```',
      '',
      '    indented code is not fenced',
      '',
      '~~~typescript', //                  16
      'export {};',
      '~~~',
    ].join('\n');
    expect(extractCodeBlocks(markdown)).toEqual([
      { lang: 'sh', meta: '', code: 'pnpm add x', line: 6 },
      { lang: 'ts', meta: 'no-check', code: "const a: number = 'b';\nconsole.log(a);", line: 10 },
      { lang: 'typescript', meta: '', code: 'export {};', line: 17 },
    ]);
  });
});

describe('renderMarkdown', () => {
  it('renders GitHub-flavoured Markdown', () => {
    expect(renderMarkdown('| a |\n|---|\n| `b` |')).toContain('<td><code>b</code></td>');
  });
});
