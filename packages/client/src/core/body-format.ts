import type { OperationInfo } from '../operation-table.ts';

/** How one client writes and reads bodies besides JSON (twosms in XML format). */
export interface BodyFormat {
  /** The Accept header of a call to `operation` that sets none. */
  accept(operation: OperationInfo | undefined): string;
  /** Writes a request body in this format, or `undefined` to leave it to JSON. */
  encode?(
    operation: OperationInfo,
    body: unknown,
  ): Promise<{ mediaType: string; text: string } | undefined>;
  /** Writes a request body as this XML media type of the spec, whatever the preference. */
  encodeXml?(
    operation: OperationInfo,
    body: unknown,
    mediaType: string,
  ): Promise<string | undefined>;
  /** Reads an XML response body of `operation`, or `undefined` when it has no XML shape for it. */
  decode?(
    operation: OperationInfo,
    status: number,
    mediaType: string,
    text: string,
  ): Promise<{ value: unknown } | undefined>;
}

/** Plain JSON both ways. */
export const jsonFormat: BodyFormat = { accept: () => 'application/json' };
