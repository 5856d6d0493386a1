// What serializing a request body takes and gives (`serialize-body.ts`, `serialize-other-body.ts`).
import type { BodySerializer } from 'openapi-fetch';
import type { OperationInfo } from '../operation-table.ts';
import type { BodyFormat } from './body-format.ts';
import type { CallTarget } from './errors.ts';
import type { HeaderRecord } from './header-record.ts';

/** A call's `body` and everything that decides how it is sent. */
export interface BodyToSerialize {
  readonly body: unknown;
  /** The call's headers; a multipart Content-Type set by hand is removed (fetch writes its own). */
  readonly headers: HeaderRecord;
  readonly operation: OperationInfo | undefined;
  readonly format: BodyFormat;
  /** The caller's own serializer, which wins over everything else. */
  readonly bodySerializer: BodySerializer<unknown> | undefined;
  /** The call, for errors. */
  readonly target: CallTarget;
}

export interface SerializedBody {
  readonly payload: BodyInit;
  /** Media type of the payload, `undefined` when fetch sets it (FormData). */
  readonly mediaType: string | undefined;
}
