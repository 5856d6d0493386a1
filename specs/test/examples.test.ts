import { describe, expect, it } from 'vitest';
import { checkExamples } from '../src/examples/check-examples.ts';
import { collectExamples, isJsonMediaType } from '../src/examples/collect-examples.ts';
import { documentValidator } from '../src/examples/schema-validator.ts';
import { bundleApi } from '../src/load-api.ts';
import { listApis } from '../src/registry.ts';

const strictApis = listApis().filter((api) => api.settings.profile === 'strict');
const vendorApis = listApis().filter((api) => api.settings.profile === 'vendor');

describe.each(strictApis.map((api) => api.name))('%s examples', async (name) => {
  const document = await bundleApi(name);
  const examples = collectExamples(document);
  const validateAt = documentValidator(name, document);

  it('every request body and response has at least one example', () => {
    const missing: string[] = [];
    for (const [path, item] of Object.entries(document.paths ?? {})) {
      for (const [method, operation] of Object.entries(item)) {
        const op = operation as { requestBody?: unknown; responses?: Record<string, unknown> };
        if (typeof op !== 'object' || !op.responses) continue;
        const where = `${method.toUpperCase()} ${path}`;
        const has = (prefix: string) => examples.some((example) => example.where.includes(prefix));
        const opPointer = `/paths/${path.replaceAll('/', '~1')}/${method}`;
        if (
          op.requestBody &&
          !has(`${opPointer}/requestBody`) &&
          !examples.some((e) => e.schemaPointer.startsWith(`${opPointer}/requestBody`))
        ) {
          missing.push(`${where} request body`);
        }
        for (const status of Object.keys(op.responses)) {
          const response = op.responses[status] as { content?: unknown; $ref?: string };
          const hasContent = response.content !== undefined || response.$ref !== undefined;
          if (
            hasContent &&
            !examples.some(
              (e) =>
                e.where.startsWith(`${opPointer}/responses/${status}`) ||
                (response.$ref && e.where.startsWith(response.$ref.slice(1))),
            )
          ) {
            missing.push(`${where} ${status}`);
          }
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it.each(
    examples
      .filter((example) => isJsonMediaType(example.mediaType))
      .map((example) => [example.where, example] as const),
  )('%s validates against its schema', async (_where, example) => {
    expect(await validateAt(example.schemaPointer, example.value)).toEqual([]);
  });

  it.each(
    examples
      .filter((example) => !isJsonMediaType(example.mediaType))
      .map((example) => [example.where, example] as const),
  )('%s is a document in its media type', (_where, example) => {
    expect(typeof example.value).toBe('string');
    if (example.mediaType?.includes('xml')) expect(String(example.value).trimStart()).toMatch(/^</);
  });
});

// A vendor's spec is not ours to fix: its examples are checked (form fields after the schema's
// own conversion), and those that contradict the vendor's schema must be listed, with a reason,
// under the API's knownExampleMismatches: counted and shown, never silently skipped.
describe.runIf(vendorApis.length > 0).each(vendorApis)('$name examples (vendor)', (api) => {
  it('contradict their schema only where knownExampleMismatches says so', async () => {
    const check = await checkExamples(
      api.name,
      await bundleApi(api.name),
      api.settings.knownExampleMismatches,
    );
    console.info(
      [
        `${api.name}: ${check.checked} examples checked, ${check.known.length} known mismatches, ${check.notChecked} not checked`,
        ...check.known.map((known) => `  known: ${known.pointer}: ${known.reason}`),
      ].join('\n'),
    );
    expect(check.unexpected).toEqual([]);
    expect(check.stale).toEqual([]);
  });
});
