// What serializing a request body gives (`serialize-body.ts`, `serialize-other-body.ts`).

export interface SerializedBody {
  readonly payload: BodyInit;
  /** Media type of the payload, `undefined` when fetch sets it (FormData). */
  readonly mediaType: string | undefined;
}
