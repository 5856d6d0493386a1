import type { OperationValidators } from '../http/standard-schema.ts';
import type { ApiModel } from './api-model.ts';

/** One API as the spec-driven emulator serves it: the generated model and its validators. */
export interface SpecDrivenApi {
  readonly model: ApiModel;
  /** `operations` of `@sms-contracts/validation/<slug>`, keyed like `model.operations[].id`. */
  readonly validators: Readonly<Record<string, OperationValidators>>;
}

/** One entry of `src/apis/index.gen.ts`. */
export interface GeneratedApi {
  /** The spec's server URLs without variables: requests to these hosts reach the API. */
  readonly servers: readonly string[];
  /**
   * Imports the model and the validation package's `operations` (typed per API there, hence
   * `object` here); called once, on the API's first request.
   */
  load(): Promise<{ readonly model: ApiModel; readonly validators: object }>;
}

export type GeneratedApis = Readonly<Record<string, GeneratedApi>>;
