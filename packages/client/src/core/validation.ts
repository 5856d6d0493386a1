import type { OperationInfo } from '../operation-table.ts';
import {
  type CallTarget,
  RequestValidationError,
  ResponseValidationError,
  type ValidationIssue,
} from './errors.ts';

type PathSegment = PropertyKey | { readonly key: PropertyKey };

/** A Standard Schema v1 validator, as `@sms-contracts/validation` generates them. */
export interface StandardValidator {
  readonly '~standard': {
    validate(value: unknown): StandardResult | Promise<StandardResult>;
  };
}

type StandardResult =
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

/** The spec's validators, loaded on first use so that nothing loads while validation is off. */
export class LazyValidators {
  readonly request: boolean;
  readonly response: boolean;
  private readonly load: () => Promise<ValidatorModule>;
  private module: Promise<ValidatorModule> | undefined;

  constructor(option: ValidateOption | undefined, load: () => Promise<ValidatorModule>) {
    this.request = option === true || (typeof option === 'object' && option.request === true);
    this.response = option === true || (typeof option === 'object' && option.response === true);
    this.load = load;
  }

  private validators(): Promise<ValidatorModule> {
    this.module ??= this.load();
    return this.module;
  }

  /** Throws RequestValidationError when the parameters or the body break the spec. */
  async checkRequest(
    target: CallTarget,
    operation: OperationInfo,
    params: Readonly<Record<string, unknown>>,
    body: unknown,
    mediaType: string | undefined,
  ): Promise<void> {
    const set = (await this.validators()).operations[operation.operationId];
    if (!set) return;
    const issues: ValidationIssue[] = [];
    for (const [location, validator] of Object.entries(set.parameters ?? {})) {
      if (validator) await collect(validator, params[location] ?? {}, `/${location}`, issues);
    }
    if (body !== undefined && set.requestBody) {
      const validator = pick(set.requestBody, mediaType);
      if (validator) await collect(validator, body, '/body', issues);
    }
    if (issues.length > 0) throw new RequestValidationError(target, issues);
  }

  /** Throws ResponseValidationError when a parsed response body breaks the spec. */
  async checkResponse(
    target: CallTarget,
    operation: OperationInfo,
    status: number,
    mediaType: string,
    body: unknown,
  ): Promise<void> {
    const responses = (await this.validators()).operations[operation.operationId]?.responses;
    const byMediaType =
      responses?.[String(status)] ?? responses?.[`${String(status)[0]}XX`] ?? responses?.default;
    const validator = byMediaType && pick(byMediaType, mediaType);
    if (!validator) return;
    const issues: ValidationIssue[] = [];
    await collect(validator, body, '', issues);
    if (issues.length > 0) throw new ResponseValidationError(target, status, issues);
  }
}

/** The validator of `mediaType`, else the first one: an XML body is decoded to the JSON model. */
function pick(
  byMediaType: Readonly<Record<string, StandardValidator | undefined>>,
  mediaType: string | undefined,
): StandardValidator | undefined {
  return (mediaType && byMediaType[mediaType]) || Object.values(byMediaType)[0];
}

async function collect(
  validator: StandardValidator,
  value: unknown,
  prefix: string,
  into: ValidationIssue[],
) {
  const result = await validator['~standard'].validate(value);
  for (const issue of result.issues ?? []) {
    const path = (issue.path ?? [])
      .map((segment) =>
        String(typeof segment === 'object' ? segment.key : segment)
          .replaceAll('~', '~0')
          .replaceAll('/', '~1'),
      )
      .map((segment) => `/${segment}`)
      .join('');
    into.push({ message: issue.message, path: prefix + path });
  }
}
