import type { LoadedApi } from './loaded-api.ts';

export type { LoadedApi } from './loaded-api.ts';

// Emitters load lazily: generating one target does not load the others' dependencies.

/** A package that gets one `<api>.gen.ts` per registry API. */
export interface Target {
  readonly name: TargetName;
  /** The package folder, relative to the repository root. */
  readonly packageDir: string;
  /** The package ships declarations only (zero bytes at run time). */
  readonly typesOnly?: boolean;
  /**
   * Where the `.gen.ts` files go, relative to the package folder.
   * @default 'src'
   */
  readonly srcDir?: string;
  /**
   * Whether the package exports `./<api>` per API (the emulator serves them all from one entry).
   * @default true
   */
  readonly exportsPerApi?: boolean;
  emit(api: LoadedApi): string | Promise<string>;
  /** A module over every API at once, written as `index.gen.ts` beside the per-API files. */
  emitIndex?(apis: readonly LoadedApi[]): string | Promise<string>;
}

export type TargetName = 'types' | 'validation' | 'client' | 'emulator';

const typesImport = (api: LoadedApi) => `@sms-contracts/types/${api.name}`;

export const targets: readonly Target[] = [
  {
    name: 'types',
    packageDir: 'packages/types',
    typesOnly: true,
    emit: async (api) => (await import('./types/emit-types.ts')).emitTypes(api),
  },
  {
    name: 'validation',
    packageDir: 'packages/validation',
    emit: async (api) => {
      const { emitValidators } = await import('./validation/emit-validators.ts');
      return emitValidators({
        ...api,
        apiName: api.name,
        typesImport: typesImport(api),
        formats: api.settings?.formats,
      });
    },
  },
  {
    name: 'client',
    packageDir: 'packages/client',
    emit: async (api) => {
      const { emitClient } = await import('./client/emit-client.ts');
      return emitClient({
        ...api,
        typesImport: typesImport(api),
        validationImport: `@sms-contracts/validation/${api.name}`,
      });
    },
  },
  {
    name: 'emulator',
    packageDir: 'packages/emulator',
    srcDir: 'src/apis',
    exportsPerApi: false,
    emit: async (api) => (await import('./emulator/emit-emulator-model.ts')).emitEmulatorModel(api),
    emitIndex: async (apis) =>
      (await import('./emulator/emit-emulator-index.ts')).emitEmulatorIndex(apis),
  },
];
