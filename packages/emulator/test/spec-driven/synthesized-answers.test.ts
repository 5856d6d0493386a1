// Every answer the emulator builds from a schema must be valid against that schema: checked
// with the validation package's response validators, for every operation, status and JSON media
// type of the fixture spec and of the registry's own APIs.
import { operations as gatewayValidators } from '@sms-contracts/validation/gateway-sms';
import { operations as twosmsValidators } from '@sms-contracts/validation/twosms';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { model as gatewayModel } from '../../src/apis/gateway-sms.gen.ts';
import { model as twosmsModel } from '../../src/apis/twosms.gen.ts';
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
  it.each([
    ['the fixture spec', () => answersOf(fixture.model, fixture.validators)],
    ['gateway-sms', () => answersOf(gatewayModel, gatewayValidators as unknown as Validators)],
    ['twosms', () => answersOf(twosmsModel, twosmsValidators as unknown as Validators)],
  ])('%s', (_, answers) => {
    const all = answers();
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
