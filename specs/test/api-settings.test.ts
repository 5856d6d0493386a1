import { describe, expect, it } from 'vitest';
import { readApiSettings } from '../src/api-settings.ts';
import { listApis } from '../src/registry.ts';

const where = 'redocly.yaml: apis.demo.x-sms-contracts';

describe('readApiSettings', () => {
  it.each([
    { given: undefined, want: { profile: 'strict', budgets: {}, knownExampleMismatches: [] } },
    {
      given: { profile: 'vendor', formats: ['email'], budgets: { validation: 20480 } },
      want: {
        profile: 'vendor',
        formats: ['email'],
        budgets: { validation: 20480 },
        knownExampleMismatches: [],
      },
    },
    {
      given: {
        knownExampleMismatches: [
          { pointer: '/paths/~1a/get', reason: 'id is a number in the example' },
        ],
      },
      want: {
        profile: 'strict',
        budgets: {},
        knownExampleMismatches: [
          { pointer: '/paths/~1a/get', reason: 'id is a number in the example' },
        ],
      },
    },
  ])('reads $given', ({ given, want }) => {
    expect(readApiSettings(given, where)).toEqual(want);
  });

  it.each([
    {
      given: { profile: 'lenient' },
      want: `${where}.profile: expected "strict" or "vendor", got "lenient"`,
    },
    {
      given: { formats: 3 },
      want: `${where}.formats: expected "default", "all", "none" or a list of format names`,
    },
    {
      given: { budgets: { client: -1 } },
      want: `${where}.budgets.client: expected a positive whole number of bytes`,
    },
    {
      given: { knownExampleMismatches: [{ pointer: '/x' }] },
      want: `${where}.knownExampleMismatches[0]: expected`,
    },
    { given: 'vendor', want: `${where}: expected a mapping` },
  ])('refuses $given with what it expected and where', ({ given, want }) => {
    expect(() => readApiSettings(given, where)).toThrow(want);
  });
});

describe('the registry', () => {
  it('keeps our two hand-written specs on the strict profile', () => {
    const profiles = Object.fromEntries(listApis().map((api) => [api.name, api.settings.profile]));
    expect(profiles).toMatchObject({ 'gateway-sms': 'strict', twosms: 'strict' });
  });
});
