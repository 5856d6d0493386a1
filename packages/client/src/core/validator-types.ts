// The validators the client reads from `@sms-contracts/validation/<api>`, and the checks over them.
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
