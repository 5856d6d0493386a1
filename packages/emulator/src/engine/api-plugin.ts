import type { Hono } from 'hono';

/**
 * An API with hand-written business rules (Gateway SMS, 2SMS), mounted by the engine under
 * `/<slug>` in place of the spec-driven emulator the registry would otherwise give it.
 */
export interface ApiPlugin {
  /** The registry slug, also the mount path. */
  readonly slug: string;
  /** Serves the API's requests; its routes are relative to the mount. */
  readonly app: Hono;
}
