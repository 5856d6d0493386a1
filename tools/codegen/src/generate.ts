import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { bundleSpec } from '@sms-contracts/specs/load-api';
import { lineOf } from '@sms-contracts/specs/locate';
import {
  listApis,
  type RegisteredApi,
  registryPath,
  repoRoot,
} from '@sms-contracts/specs/registry';
import { CodegenError } from './errors.ts';
import { formatSources } from './format.ts';
import { generatedHeader } from './header.ts';
import { exportsWithApis } from './package-exports.ts';
import { type LoadedApi, type TargetName, targets } from './targets.ts';

export interface GenerateOptions {
  /**
   * Only these targets.
   * @default every target
   */
  readonly only?: readonly TargetName[];
  /**
   * Where the package folders are; tests point it at a temporary copy.
   * @default the repository root
   */
  readonly outRoot?: string;
  /**
   * Compare instead of writing.
   * @default false
   */
  readonly check?: boolean;
  /**
   * The APIs to generate; tests pass fixture specs.
   * @default every API of the registry (redocly.yaml)
   */
  readonly apis?: readonly RegisteredApi[];
}

export interface GenerateResult {
  /** Files whose content changed (or, with `check`, would change), relative to `outRoot`. */
  readonly changed: string[];
}

/**
 * Generates every target for every registry API. All output is computed first; files are written
 * only when everything succeeded, each through a temporary file and a rename, so a failure never
 * leaves half-written output.
 */
export async function generate(options: GenerateOptions = {}): Promise<GenerateResult> {
  const outRoot = options.outRoot ?? repoRoot;
  const selected = targets.filter((target) => !options.only || options.only.includes(target.name));
  const apis = await loadApis(options.apis ?? listApis());
  const unformatted = new Map<string, string>();

  for (const target of selected) {
    const dir = join(outRoot, target.packageDir);
    const srcDir = join(dir, target.srcDir ?? 'src');
    for (const api of apis) {
      const file = join(srcDir, `${api.name}.gen.ts`);
      const source = await emitWithLocation(() => target.emit(api));
      unformatted.set(file, generatedHeader(api.specFile) + source);
    }
    if (target.emitIndex) {
      unformatted.set(join(srcDir, indexFile), indexHeader + (await target.emitIndex(apis)));
    }
    const manifestPath = join(dir, 'package.json');
    if (target.exportsPerApi !== false && existsSync(manifestPath)) {
      const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
      const names = apis.map((api) => api.name);
      manifest.exports = exportsWithApis(dir, manifest.exports ?? {}, names, target.typesOnly);
      unformatted.set(manifestPath, JSON.stringify(manifest, null, 2));
    }
  }

  const outputs = formatSources(unformatted);
  const stale = selected.flatMap((target) =>
    staleFiles(join(outRoot, target.packageDir, target.srcDir ?? 'src'), apis),
  );
  const changed = [...outputs]
    .filter(([file, content]) => readOrEmpty(file) !== content)
    .map(([file]) => file);
  if (!options.check) {
    for (const file of changed) {
      mkdirSync(dirname(file), { recursive: true });
      const temporary = `${file}.${process.pid}.tmp`;
      writeFileSync(temporary, outputs.get(file) ?? '');
      renameSync(temporary, file);
    }
    for (const file of stale) rmSync(file);
  }
  return { changed: [...changed, ...stale].map((file) => relative(outRoot, file)) };
}

const indexFile = 'index.gen.ts';
const indexHeader = generatedHeader(registryPath);

async function loadApis(registered: readonly RegisteredApi[]): Promise<LoadedApi[]> {
  const apis: LoadedApi[] = [];
  for (const api of registered) {
    if (!existsSync(api.root)) {
      throw new Error(
        `${api.root}: spec file not found (expected by apis.${api.name}.root in redocly.yaml)`,
      );
    }
    apis.push({
      name: api.name,
      specFile: api.root,
      document: await bundleSpec(api.root),
      settings: api.settings,
    });
  }
  return apis;
}

/** Runs an emitter and turns its CodegenError into `file:line` form. */
async function emitWithLocation(emit: () => string | Promise<string>): Promise<string> {
  try {
    return await emit();
  } catch (error) {
    if (error instanceof CodegenError) {
      const line = lineOf(error.file, error.pointer);
      const where = `${relative(process.cwd(), error.file)}${line ? `:${line}` : ''}`;
      throw new Error(
        `${where}: #${error.pointer}: ${error.message.split(': ').slice(1).join(': ')}`,
        {
          cause: error,
        },
      );
    }
    throw error;
  }
}

/** Generated files of APIs that left the registry. */
function staleFiles(srcDir: string, apis: readonly LoadedApi[]): string[] {
  if (!existsSync(srcDir)) return [];
  const wanted = new Set([indexFile, ...apis.map((api) => `${api.name}.gen.ts`)]);
  return readdirSync(srcDir)
    .filter((name) => name.endsWith('.gen.ts') && !wanted.has(name))
    .map((name) => join(srcDir, name));
}

function readOrEmpty(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}
