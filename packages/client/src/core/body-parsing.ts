// What parsing a response body takes and gives (`parse-response.ts`, `parse-other-body.ts`).
import type { OperationInfo } from '../operation-table.ts';
import type { BodyFormat } from './body-format.ts';
import type { CallTarget } from './errors.ts';

/** A parsed body; `parsed` is false when an error body is kept as raw text. */
export interface ParsedBody {
  readonly value: unknown;
  readonly parsed: boolean;
}

export interface BodyToParse {
  readonly text: string;
  readonly ok: boolean;
  readonly status: number;
  /** The response's media type, `''` when absent. */
  readonly mediaType: string;
  readonly operation: OperationInfo | undefined;
  readonly format: BodyFormat;
  readonly target: CallTarget;
}
