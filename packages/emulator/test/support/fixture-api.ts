// Generates a fixture spec through the real generator (the emulator and validation targets) into
// a scratch folder, then loads the modules the emulator serves it from.
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { generate } from '@sms-contracts/codegen';
import { defaultApiSettings } from '@sms-contracts/specs/registry';
import type { OperationValidators } from '../../src/http/standard-schema.ts';
import type { ApiModel } from '../../src/spec-driven/api-model.ts';
import type { GeneratedApis } from '../../src/spec-driven/generated-apis.ts';

const packageDir = join(dirname(fileURLToPath(import.meta.url)), '../..');
const validationPackageDir = dirname(
  fileURLToPath(import.meta.resolve('@sms-contracts/validation/package.json')),
);

export interface FixtureApi {
  readonly model: ApiModel;
  readonly validators: Readonly<Record<string, OperationValidators>>;
  /** The entry `src/apis/index.gen.ts` would hold for it. */
  readonly apis: GeneratedApis;
  /** Removes the scratch folder. */
  cleanUp(): void;
}

export async function generateFixtureApi(name: string): Promise<FixtureApi> {
  const cache = join(packageDir, 'node_modules', '.cache');
  mkdirSync(cache, { recursive: true });
  const outRoot = mkdtempSync(join(cache, 'spec-driven-'));
  for (const pkg of ['validation', 'emulator']) {
    mkdirSync(join(outRoot, 'packages', pkg, 'src'), { recursive: true });
  }
  // The generated validators import the validation package's runtime beside them: its sources,
  // found through the package (by name, not by a path into the sibling folder).
  cpSync(
    join(validationPackageDir, 'src', 'runtime'),
    join(outRoot, 'packages', 'validation', 'src', 'runtime'),
    { recursive: true },
  );
  const root = join(packageDir, 'test', 'fixtures', name, 'openapi.yaml');
  await generate({
    apis: [{ name, root, settings: defaultApiSettings }],
    outRoot,
    only: ['validation', 'emulator'],
  });
  const load = (file: string) => import(pathToFileURL(join(outRoot, 'packages', file)).href);
  const { model } = (await load(`emulator/src/apis/${name}.gen.ts`)) as { model: ApiModel };
  const { operations } = (await load(`validation/src/${name}.gen.ts`)) as {
    operations: Readonly<Record<string, OperationValidators>>;
  };
  return {
    model,
    validators: operations,
    apis: {
      [name]: { servers: model.servers, load: async () => ({ model, validators: operations }) },
    },
    cleanUp: () => rmSync(outRoot, { recursive: true, force: true }),
  };
}
