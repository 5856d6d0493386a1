// The import lines of a generated module: the runtime helpers its checks call, and the format
// checks of the library entry (imported only when used: that library is large).
import type { CheckCompiler } from './check-compiler.ts';

const typeOnly = new Set(['Alternative', 'Check', 'JsonObject', 'DynamicScope', 'Evaluated']);

export function runtimeImports(
  compilers: readonly CheckCompiler[],
  runtimePath: string,
  extraTypes: readonly string[],
): string[] {
  const names = [...new Set(compilers.flatMap((compiler) => [...compiler.helpers]))].sort();
  const libraryFormats = new Set(compilers.flatMap((compiler) => [...compiler.libraryFormats]));
  const imports = [
    ...names.map((name) => (typeOnly.has(name) ? `type ${name}` : name)),
    'type Issue',
    'type Path',
    ...extraTypes.map((name) => `type ${name}`),
  ];
  const lines = [`import { ${imports.join(', ')} } from ${JSON.stringify(runtimePath)};`];
  if (libraryFormats.size > 0) {
    const library = runtimePath.replace(/index(\.[jt]s)?$/, 'library-formats$1');
    lines.push(
      `import { ${[...libraryFormats].sort().join(', ')} } from ${JSON.stringify(library)};`,
    );
  }
  return lines;
}
