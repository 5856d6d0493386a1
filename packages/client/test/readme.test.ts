// The README's TypeScript examples are the files in examples/, which `tsc -p tsconfig.json`
// type-checks: every ```ts block must be one of them, verbatim.
import { readdirSync, readFileSync } from 'node:fs';
import { expect, it } from 'vitest';

const read = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8');
const examples = readdirSync(new URL('../examples/', import.meta.url)).map((name) =>
  read(`../examples/${name}`).trimEnd(),
);
const blocks = [...read('../README.md').matchAll(/```ts\n([\s\S]*?)\n```/g)].map(
  (match) => match[1],
);

it('every TypeScript block of the README is a type-checked example file', () => {
  expect(blocks.length).toBeGreaterThanOrEqual(5);
  for (const block of blocks) expect(examples).toContain(block);
});
