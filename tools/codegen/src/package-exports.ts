import { existsSync } from 'node:fs';
import { join } from 'node:path';

type ExportMap = Record<string, unknown>;

/**
 * The package's `exports` with one subpath per registry API, pointing at the hand-written
 * `src/<api>.ts` when the package has one (it wraps the generated module), else at `<api>.gen`.
 * Other subpaths are kept as they are, before the API ones.
 */
export function exportsWithApis(
  packageDir: string,
  current: ExportMap,
  apis: readonly string[],
  typesOnly = false,
): ExportMap {
  const apiKeys = new Set(apis.map((api) => `./${api}`));
  const kept = Object.entries(current).filter(([key]) => !apiKeys.has(key));
  const added = apis.map((api) => {
    const entry = existsSync(join(packageDir, 'src', `${api}.ts`)) ? api : `${api}.gen`;
    const conditions = typesOnly
      ? { types: `./dist/${entry}.d.ts` }
      : { types: `./dist/${entry}.d.ts`, default: `./dist/${entry}.js` };
    return [`./${api}`, conditions] as const;
  });
  return Object.fromEntries([...kept, ...added]);
}
