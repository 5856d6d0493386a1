// The emulator's list of every registry API (packages/emulator/src/apis/index.gen.ts): its
// servers (so requests to the vendor's own hosts reach it) and a loader for its model and request
// validators, imported only when the API first gets a request.
import type { LoadedApi } from '../loaded-api.ts';
import { serverUrls } from './server-urls.ts';

export function emitEmulatorIndex(apis: readonly LoadedApi[]): string {
  const entries = apis.map(({ name, document }) => {
    const servers = serverUrls(document.servers).filter((url) => !url.includes('{'));
    const key = JSON.stringify(name);
    return [
      `  ${key}: {`,
      `    servers: ${JSON.stringify(servers)},`,
      '    load: async () => ({',
      `      model: (await import('./${name}.gen.ts')).model,`,
      `      validators: (await import('@sms-contracts/validation/${name}')).operations,`,
      '    }),',
      '  },',
    ].join('\n');
  });
  return [
    "import type { GeneratedApis } from '../spec-driven/generated-apis.ts';",
    '',
    '/** Every API of the registry, by slug. */',
    'export const generatedApis: GeneratedApis = {',
    ...entries,
    '};',
    '',
  ].join('\n');
}
