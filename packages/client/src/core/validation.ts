import type { OperationInfo } from '../operation-table.ts';
import type { CallTarget } from './errors.ts';

export type PathSegment = PropertyKey | { readonly key: PropertyKey };

/** A Standard Schema v1 validator, as `@sms-contracts/validation` generates them. */
export interface StandardValidator {
  readonly '~standard': {
    validate(value: unknown): StandardResult | Promise<StandardResult>;
  };
}

export type StandardResult =
  | { readonly value: unknown; readonly issues?: undefined }
  | {
      readonly issues: readonly {
        readonly message: string;
        readonly path?: readonly PathSegment[];
      }[];
    };

/** What the client reads from an API's `@sms-contracts/validation/<api>` module. */
export interface ValidatorModule {
  readonly operations: Readonly<
    Record<
      string,
      {
        readonly parameters?: Readonly<Record<string, StandardValidator | undefined>>;
        readonly requestBody?: Readonly<Record<string, StandardValidator | undefined>>;
        readonly responses?: Readonly<
          Record<string, Readonly<Record<string, StandardValidator | undefined>>>
        >;
      }
    >
  >;
}

/** Views a generated validation module (its interfaces have no index signature) as a ValidatorModule. */
export function asValidatorModule(module: { readonly operations: object }): ValidatorModule {
  return module as ValidatorModule;
}

/** Which side `validate` checks. `true` checks both. */
export type ValidateOption = boolean | { readonly request?: boolean; readonly response?: boolean };

/** The checks a client runs when `validate` is on. */
export interface ValidationChecks {
  request(
    target: CallTarget,
    operation: OperationInfo,
    params: Readonly<Record<string, unknown>>,
    body: unknown,
    mediaType: string | undefined,
  ): Promise<void>;
  response(
    target: CallTarget,
    operation: OperationInfo,
    status: number,
    mediaType: string,
    body: unknown,
  ): Promise<void>;
}

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
