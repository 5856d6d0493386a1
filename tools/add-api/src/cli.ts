#!/usr/bin/env node
// add-api <slug> <spec-file>: see README.md. Run from the workspace root as `pnpm add-api`.
import { resolve } from 'node:path';
import { addApi } from './add-api.ts';

const usage = `Usage: pnpm add-api <slug> <spec-file>

Copies a vendor's OpenAPI 3.0/3.1 (or Swagger 2.0) spec, JSON or YAML, to specs/<slug>/, registers
it in redocly.yaml under the vendor lint profile, lists the examples that contradict the vendor's
own schema, and runs the generators. Then run \`pnpm build\`.`;

const [slug, specFile, ...rest] = process.argv.slice(2);
if (!slug || !specFile || rest.length > 0 || slug === '--help' || slug === '-h') {
  console.error(usage);
  process.exit(2);
}

try {
  // pnpm runs root scripts from the workspace root; a relative path means where the user typed it.
  const file = resolve(process.env.INIT_CWD ?? process.cwd(), specFile);
  const result = await addApi({ slug, specFile: file, log: (line) => console.log(line) });
  const refused = result.targets.filter((target) => target.error);
  if (refused.length > 0) {
    console.error(
      `add-api: ${slug} is registered, but ${refused.map((target) => target.target).join(', ')} refused it (see above)`,
    );
    process.exit(1);
  }
  console.log(`add-api: ${slug} added. Next: pnpm build && pnpm test`);
} catch (error) {
  console.error(`add-api: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
