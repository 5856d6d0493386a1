import type { ValidationChecks, ValidatorModule } from './validator-types.ts';

export type {
  PathSegment,
  StandardResult,
  StandardValidator,
  ValidationChecks,
  ValidatorModule,
} from './validator-types.ts';

/** Views a generated validation module (its interfaces have no index signature) as a ValidatorModule. */
export function asValidatorModule(module: { readonly operations: object }): ValidatorModule {
  return module as ValidatorModule;
}

/** Which side `validate` checks. `true` checks both. */
export type ValidateOption = boolean | { readonly request?: boolean; readonly response?: boolean };

export interface LazyValidation {
  readonly request: boolean;
  readonly response: boolean;
  /** The checks, loaded with the API's validators on first use. */
  get(): Promise<ValidationChecks>;
}

/**
 * `validate` resolved to its two sides, with the checks and the API's validators loaded on the
 * first call that needs them: with validation off, neither is ever imported.
 */
export function lazyValidation(
  option: ValidateOption | undefined,
  load: () => Promise<ValidatorModule>,
): LazyValidation {
  let checks: Promise<ValidationChecks> | undefined;
  return {
    request: option === true || (typeof option === 'object' && option.request === true),
    response: option === true || (typeof option === 'object' && option.response === true),
    get() {
      checks ??= Promise.all([import('./validation-checks.ts'), load()]).then(
        ([module, validators]) => module.validationChecks(validators),
      );
      return checks;
    },
  };
}
