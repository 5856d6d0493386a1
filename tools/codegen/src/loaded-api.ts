import type { OpenApiDocument } from '@sms-contracts/specs/load-api';
import type { ApiSettings } from '@sms-contracts/specs/registry';

/** One API of the registry, bundled, as the emitters receive it. */
export interface LoadedApi {
  readonly name: string;
  readonly specFile: string;
  readonly document: OpenApiDocument;
  /** The registry entry's `x-sms-contracts` settings. @default the project defaults */
  readonly settings?: ApiSettings;
}
