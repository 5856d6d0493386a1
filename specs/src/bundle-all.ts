// Writes every registry API, bundled, to dist/<api>.yaml and dist/<api>.json: the files the docs
// site offers for download and that spec-diff compares across releases.
import { mkdir, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { stringify } from 'yaml';
import { bundleApi } from './load-api.ts';
import { listApis } from './registry.ts';

const outDir = resolve(import.meta.dirname, '../dist');
await mkdir(outDir, { recursive: true });
for (const api of listApis()) {
  const document = await bundleApi(api.name);
  await writeFile(resolve(outDir, `${api.name}.json`), `${JSON.stringify(document, null, 2)}\n`);
  await writeFile(resolve(outDir, `${api.name}.yaml`), stringify(document, { lineWidth: 0 }));
}
