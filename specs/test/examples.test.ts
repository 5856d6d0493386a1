import { describe, expect, it } from 'vitest';
import { bundleApi } from '../src/load-api.ts';
import { listApis } from '../src/registry.ts';
import { collectExamples, isJsonMediaType } from './support/examples.ts';
import { documentValidator } from './support/openapi-validator.ts';

describe.each(listApis().map((api) => api.name))('%s examples', async (name) => {
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
