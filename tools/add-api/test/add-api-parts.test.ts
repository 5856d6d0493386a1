import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readVendorSpec } from '../src/read-spec.ts';
import {
  addVendorEntry,
  registeredNames,
  setKnownExampleMismatches,
} from '../src/registry-entry.ts';
import { checkSlug } from '../src/slug.ts';

const scratch = () => mkdtempSync(join(tmpdir(), 'add-api-'));

describe('checkSlug', () => {
  it.each(['telnyx', 'twilio-api', 'sms77', 'a1-b2'])('accepts %s', (slug) => {
    expect(() => checkSlug(slug)).not.toThrow();
  });
  it.each(['Twilio', 'twilio_api', '-x', 'x-', '7sms', 'a--b', ''])(
    'refuses %j, saying what it expects',
    (slug) => {
      expect(() => checkSlug(slug)).toThrow(/expected kebab-case/);
    },
  );
});

describe('readVendorSpec', () => {
  const write = (name: string, text: string) => {
    const file = join(scratch(), name);
    writeFileSync(file, text);
    return file;
  };

  it.each([
    {
      name: 'a.json',
      text: '{"openapi":"3.0.3","info":{}}',
      want: { format: 'json', version: '3.0.3' },
    },
    {
      name: 'a.yaml',
      text: 'openapi: 3.1.0\ninfo: {}\n',
      want: { format: 'yaml', version: '3.1.0' },
    },
    { name: 'a.yml', text: 'swagger: "2.0"\ninfo: {}\n', want: { format: 'yaml', version: '2.0' } },
  ])('reads $name as $want.format, version $want.version', ({ name, text, want }) => {
    expect(readVendorSpec(write(name, text))).toMatchObject(want);
  });

  it.each([
    {
      text: 'openapi: 4.0.0\n',
      want: /expected OpenAPI 3\.0\.x or 3\.1\.x \(or Swagger 2\.0\), found version "4\.0\.0"/,
    },
    { text: 'asyncapi: 2.0.0\n', want: /found no "openapi" field/ },
    { text: '- a list\n', want: /expected an OpenAPI document \(a mapping at the top\)/ },
    { text: 'openapi: [3.0\n', want: /spec\.yaml: not valid YAML: .* at line 2, column 1/ },
  ])('refuses $text with what it expected', ({ text, want }) => {
    expect(() => readVendorSpec(write('spec.yaml', text))).toThrow(want);
  });

  it('names a missing file', () => {
    expect(() => readVendorSpec('/no/such/spec.json')).toThrow(
      /\/no\/such\/spec\.json: cannot read the spec/,
    );
  });
});

describe('registry entry', () => {
  it('adds the vendor entry and its known mismatches, keeping comments and order', () => {
    const registry = join(scratch(), 'redocly.yaml');
    writeFileSync(
      registry,
      '# the registry\napis:\n  ours:\n    root: specs/ours/openapi.yaml # hand-written\nrules: {}\n',
    );
    addVendorEntry(registry, {
      slug: 'telnyx',
      root: 'specs/telnyx/openapi.json',
      origin: 'telnyx.com.json',
    });
    setKnownExampleMismatches(registry, 'telnyx', [
      { pointer: '/paths/~1a/get/x', reason: 'says 1, schema says string' },
    ]);
    expect(readFileSync(registry, 'utf8')).toBe(
      [
        '# the registry',
        'apis:',
        '  ours:',
        '    root: specs/ours/openapi.yaml # hand-written',
        '  telnyx:',
        '    # Added with `pnpm add-api` from telnyx.com.json.',
        '    root: specs/telnyx/openapi.json',
        '    x-sms-contracts:',
        '      profile: vendor',
        '      knownExampleMismatches:',
        '        - pointer: /paths/~1a/get/x',
        '          reason: says 1, schema says string',
        'rules: {}',
        '',
      ].join('\n'),
    );
    expect(registeredNames(registry)).toEqual(['ours', 'telnyx']);
  });
});
