import { createSpecClient, type SpecClientOptions } from '../../src/core/spec-client.ts';
import {
  operations,
  securitySchemes,
  servers,
  xmlShapes,
} from '../fixtures/features/tables.gen.ts';
import type { paths } from '../fixtures/features/types.gen.ts';

export type FeaturesOptions = SpecClientOptions<typeof securitySchemes, typeof servers>;

/** The features fixture's client, exactly as its generated `createClient` would build it. */
export function createFeaturesClient(options: FeaturesOptions) {
  return createSpecClient<paths, typeof securitySchemes, typeof servers>(
    {
      operations,
      xmlShapes,
      servers,
      securitySchemes,
      loadValidators: async () => ({ operations: {} }),
    },
    options,
  );
}
