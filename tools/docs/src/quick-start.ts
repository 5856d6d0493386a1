// The install and quick-start snippets of the landing page: taken from each package's README when
// it has one, else the planned usage from the design doc's public surface, labelled as such.
import { extractCodeBlocks } from './markdown.ts';
import type { WorkspacePackage } from './workspace-packages.ts';

/** The consumer packages the landing page introduces, in the order a reader meets them. */
export const quickStartSlugs = ['types', 'validation', 'client', 'emulator'] as const;

export interface QuickStart {
  readonly slug: string;
  readonly packageName: string;
  readonly install: string;
  readonly code: string;
  /** Where the snippets come from, said on the page. */
  readonly source: string;
  /** False when the package does not exist yet or has no README with a snippet. */
  readonly fromReadme: boolean;
}

// The names of design.md's "Public surface", for packages that have no README yet.
const plannedUsage: Record<(typeof quickStartSlugs)[number], { install: string; code: string }> = {
  types: {
    install: 'pnpm add -D @sms-contracts/types',
    code: `import type { components, operations, paths } from '@sms-contracts/types/gateway-sms';

type GatewaySmsPath = keyof paths; // every path of the API, typed from the spec`,
  },
  validation: {
    install: 'pnpm add @sms-contracts/validation',
    code: `import { schemas } from '@sms-contracts/validation/gateway-sms';

// Every component schema is a Standard Schema v1 object.
const result = await schemas.ComponentName['~standard'].validate(payload);
if (result.issues) console.error(result.issues); // [{ message, path }]`,
  },
  client: {
    install: 'pnpm add @sms-contracts/client',
    code: `import { createGatewaySmsClient } from '@sms-contracts/client/gateway-sms';

const client = createGatewaySmsClient({ token, baseUrl: 'http://127.0.0.1:4010/gateway-sms' });
const { data, error } = await client.PUT('/messages/{id}', { params: { path: { id } }, body });`,
  },
  emulator: {
    install: 'pnpm add -D @sms-contracts/emulator\npnpm exec sms-emulator --port 4010',
    code: `import { createEmulator } from '@sms-contracts/emulator';

const emulator = createEmulator(); // { fetch, listen(port), reset() }
const client = createGatewaySmsClient({ token: 'test', fetch: emulator.fetch });`,
  },
};

const shellLangs = new Set(['sh', 'bash', 'shell', 'console']);
const tsLangs = new Set(['ts', 'typescript']);

/** The quick start of one package, from its README when it holds the snippets. */
export function quickStartFor(
  slug: (typeof quickStartSlugs)[number],
  pkg: WorkspacePackage | undefined,
): QuickStart {
  const planned = plannedUsage[slug];
  const packageName = pkg?.name ?? `@sms-contracts/${slug}`;
  const blocks = pkg?.readme === undefined ? [] : extractCodeBlocks(pkg.readme);
  const install = blocks.find(
    (block) => shellLangs.has(block.lang) && /\b(add|install)\b/.test(block.code),
  );
  const code = blocks.find((block) => tsLangs.has(block.lang));
  if (pkg?.readmePath && code) {
    return {
      slug,
      packageName,
      install: install?.code ?? `pnpm add ${packageName}`,
      code: code.code,
      source: `from ${pkg.readmePath}`,
      fromReadme: true,
    };
  }
  const why = pkg
    ? `packages/${slug} has no README with a TypeScript example yet`
    : `packages/${slug} does not exist yet`;
  return {
    slug,
    packageName,
    install: planned.install,
    code: planned.code,
    source: `planned usage from the design doc (${why})`,
    fromReadme: false,
  };
}
