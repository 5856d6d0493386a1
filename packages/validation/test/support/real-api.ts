// The differential test over every registry API: each bundled spec compiled by the real emitter.
// The (API, schema) pairs are split into shards so that vitest runs them on parallel workers.
import { bundleApi } from '@sms-contracts/specs/load-api';
import { listApis } from '@sms-contracts/specs/registry';
import { describe, it } from 'vitest';
import { compileModule } from './compile-module.ts';
import { checkSchemaAgainstOracle } from './differential.ts';

export async function describeRegistryDifferential(shard: number, shards: number): Promise<void> {
  for (const { name: apiName } of listApis()) {
    const document = await bundleApi(apiName);
    const module = await compileModule(`${apiName}-shard${shard}`, document);
    const all = Object.keys(document.components?.schemas ?? {});
    const names = all.filter((_, index) => index % shards === shard);
    const numRuns = runsPerSchema(all.length);
    describe.runIf(names.length > 0)(
      `${apiName} schemas agree with @hyperjump/json-schema (OpenAPI 3.1 dialect)`,
      () => {
        for (const name of names) {
          it(name, async () => {
            const schema = document.components?.schemas?.[name];
            // A schema without assertions accepts every value: no invalid side to exercise.
            const oneSided = isUnconstrained(schema) ? [name] : [];
            await checkSchemaAgainstOracle(apiName, document, module, name, { oneSided, numRuns });
          });
        }
      },
    );
  }
}

/**
 * The differential cost scales with the spec: 400,000 generated values per API, shared by its
 * schemas, 10,000 each at most (our specs) and 100 at least (a vendor's 500 schemas get 800).
 */
export function runsPerSchema(schemaCount: number): number {
  return Math.max(100, Math.min(10_000, Math.floor(400_000 / Math.max(1, schemaCount))));
}

const annotations = new Set([
  'title',
  'description',
  'examples',
  'example',
  'default',
  'deprecated',
  'xml',
  '$comment',
]);

function isUnconstrained(schema: unknown): boolean {
  if (typeof schema === 'boolean') return true;
  return (
    typeof schema === 'object' &&
    schema !== null &&
    Object.keys(schema).every((key) => annotations.has(key) || key.startsWith('x-'))
  );
}
