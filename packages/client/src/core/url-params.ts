/** The path and query values of a call, as openapi-fetch takes them. */
export type Params = {
  readonly path?: Record<string, unknown>;
  readonly query?: Record<string, unknown>;
};
