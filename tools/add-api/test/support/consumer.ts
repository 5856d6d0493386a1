// A small consumer program of one API's types, type-checked under strict TypeScript the way a
// team's project would import them: through the package's exports, from its built dist/.
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Writes `<root>/consumers/<slug>/` and returns its folder. */
export function writeConsumer(root: string, slug: string, schemaTypeName: string): string {
  const dir = join(root, 'consumers', slug);
  mkdirSync(join(dir, 'node_modules', '@sms-contracts'), { recursive: true });
  symlinkSync(
    join(root, 'packages', 'types'),
    join(dir, 'node_modules', '@sms-contracts', 'types'),
  );
  writeFileSync(
    join(dir, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        strict: true,
        exactOptionalPropertyTypes: true,
        noUncheckedIndexedAccess: true,
        module: 'nodenext',
        moduleResolution: 'nodenext',
        target: 'es2022',
        noEmit: true,
        types: [],
      },
      files: ['index.ts'],
    }),
  );
  writeFileSync(join(dir, 'package.json'), '{ "type": "module" }\n');
  writeFileSync(
    join(dir, 'index.ts'),
    [
      `import type { components, operations, paths, ${schemaTypeName} } from '@sms-contracts/types/${slug}';`,
      '',
      'export type Path = keyof paths;',
      "export type SchemaName = keyof components['schemas'];",
      'export type OperationId = keyof operations;',
      `export const first: ${schemaTypeName} | undefined = undefined;`,
      '// @ts-expect-error: the types know which paths exist',
      "export type Missing = paths['/no/such/path/in/any/spec'];",
      '',
    ].join('\n'),
  );
  return dir;
}
