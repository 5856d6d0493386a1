#!/usr/bin/env node
// sms-docs: build the static docs site (site/ at the repository root by default).
import { parseArgs } from 'node:util';
import { buildSite } from './build-site.ts';

const usage = `Usage: sms-docs [--root <dir>] [--registry <redocly.yaml>] [--out <dir>]

Builds the static API docs site: a landing page, one Redoc reference per API of the registry,
bundled specs as YAML and JSON, changelogs, the unreleased-changes report and package guides.

  --root      repository root holding packages/ and tools/ (default: this workspace)
  --registry  API registry to document (default: <root>/redocly.yaml)
  --out       output folder, replaced as a whole (default: <root>/site)`;

let values: { root?: string; registry?: string; out?: string; help?: boolean };
try {
  ({ values } = parseArgs({
    options: {
      root: { type: 'string' },
      registry: { type: 'string' },
      out: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  }));
} catch (error) {
  console.error(`sms-docs: ${(error as Error).message}\n\n${usage}`);
  process.exit(2);
}

if (values.help) {
  console.log(usage);
} else {
  const started = performance.now();
  try {
    const site = await buildSite({
      ...(values.root ? { root: values.root } : {}),
      ...(values.registry ? { registry: values.registry } : {}),
      ...(values.out ? { outDir: values.out } : {}),
      log: (line) => console.log(`sms-docs: ${line}`),
    });
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(`sms-docs: wrote ${site.pages.length} pages to ${site.outDir} in ${seconds} s`);
  } catch (error) {
    console.error(`sms-docs: ${(error as Error).message}`);
    process.exit(1);
  }
}
