// Every answer the emulator builds from a schema must be valid against that schema: checked
// with the validation package's response validators, for every operation, status and JSON media
// type of the fixture spec and of the registry's own APIs.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generatedApis } from '../../src/apis/index.gen.ts';
import type { OperationValidators } from '../../src/http/standard-schema.ts';
import { describeIssues } from '../../src/http/standard-schema.ts';
import type { ApiModel } from '../../src/spec-driven/api-model.ts';
import { synthesize } from '../../src/spec-driven/synthesize.ts';
import { type FixtureApi, generateFixtureApi } from '../support/fixture-api.ts';

let fixture: FixtureApi;
beforeAll(async () => {
  fixture = await generateFixtureApi('things');
});
afterAll(() => fixture?.cleanUp());

type Validators = Readonly<Record<string, OperationValidators>>;

function answersOf(model: ApiModel, validators: Validators) {
  return model.operations.flatMap((operation) =>
    Object.entries(operation.responses).flatMap(([status, response]) =>
      Object.entries(response.content ?? {})
        .filter(([mediaType, media]) => mediaType.includes('json') && media.schema !== undefined)
        .map(([mediaType, media]) => ({
          where: `${operation.id} ${status} ${mediaType}`,
          value: synthesize(media.schema, model.schemas),
          validator: validators[operation.id]?.responses[status]?.[mediaType],
        })),
    ),
  );
}

describe('synthesized answers are valid against their response schema', () => {
  type Case = readonly [string, () => Promise<ReturnType<typeof answersOf>>];
  it.each<Case>([
    ['the fixture spec', async () => answersOf(fixture.model, fixture.validators)],
    // Every registry API, so each spec added to the registry widens this test.
    ...Object.entries(generatedApis).map(
      ([slug, api]) =>
        [
          slug,
          async () => {
            const { model, validators } = await api.load();
            return answersOf(model, validators as Validators);
          },
        ] satisfies Case,
    ),
  ])('%s', async (_, answers) => {
    const all = await answers();
    expect(all.length).toBeGreaterThan(5);
    const invalid = all.flatMap(({ where, value, validator }) => {
      if (!validator) return [`${where}: no validator`];
      const result = validator['~standard'].validate(value);
      if (result instanceof Promise) return [`${where}: async validator`];
      return result.issues ? [`${where}: ${describeIssues(result.issues)}`] : [];
    });
    expect(invalid).toEqual([]);
  });

  it('is deterministic: the same schema gives the same value', () => {
    const [first] = answersOf(fixture.model, fixture.validators);
    const again = answersOf(fixture.model, fixture.validators)[0];
    expect(again?.value).toEqual(first?.value);
  });
});
