import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatLintReport } from '../src/lint/format-report.ts';
import { lintApi } from '../src/lint/lint-api.ts';
import { listApis } from '../src/registry.ts';

const fixtures = join(import.meta.dirname, 'fixtures/lint');

/** A registry with the fixture `file` under `profile`, with the repository's rules. */
async function lintFixture(file: string, profile: 'strict' | 'vendor') {
  const dir = mkdtempSync(join(tmpdir(), 'lint-'));
  const registry = join(dir, 'redocly.yaml');
  writeFileSync(
    registry,
    [
      'extends: [recommended-strict]',
      'apis:',
      '  vendor:',
      `    root: ${join(fixtures, file)}`,
      `    x-sms-contracts: { profile: ${profile} }`,
      'rules:',
      '  operation-description: error',
      '',
    ].join('\n'),
  );
  const [api] = listApis(registry);
  if (!api) throw new Error('fixture registry has no API');
  return lintApi(api, registry);
}

describe('lintApi', () => {
  it('vendor profile: style findings are warnings, counted per rule', async () => {
    const report = await lintFixture('style-only.yaml', 'vendor');
    expect(report.errors).toEqual([]);
    expect(report.warnings.map((warning) => warning.ruleId)).toEqual(
      expect.arrayContaining([
        'operation-description',
        'operation-4xx-response',
        'operation-operationId',
      ]),
    );
    expect(formatLintReport(report)).toMatch(
      /^vendor \(vendor profile\): 0 error\(s\), \d+ warning\(s\)\n {2}warnings by rule: .*operation-description 1/,
    );
  });

  it('strict profile: the same findings are errors', async () => {
    const report = await lintFixture('style-only.yaml', 'strict');
    expect(report.errors.map((error) => error.ruleId)).toContain('operation-description');
    expect(report.errors.find((error) => error.ruleId === 'operation-description')?.where).toMatch(
      /style-only\.yaml:7$/,
    );
  });

  it('vendor profile: a node OpenAPI does not allow stops it, with file:line', async () => {
    const report = await lintFixture('broken-node.yaml', 'vendor');
    expect(
      report.errors.map(({ ruleId, where, pointer }) => ({
        ruleId,
        where: where.split('/').at(-1),
        pointer,
      })),
    ).toEqual([
      {
        ruleId: 'struct',
        where: 'broken-node.yaml:17',
        pointer: '/paths/~1messages/get/parameter',
      },
      {
        ruleId: 'struct',
        where: 'broken-node.yaml:15',
        pointer: '/paths/~1messages/get/responses/200/content/application~1json/schema/itemz',
      },
    ]);
    expect(formatLintReport(report)).toContain(
      'broken-node.yaml:15: /paths/~1messages/get/responses/200/content/application~1json/schema/itemz: Property `itemz` is not expected here. (struct)',
    );
  });

  it('vendor profile: an unresolvable $ref stops it, with file:line', async () => {
    const report = await lintFixture('bad-ref.yaml', 'vendor');
    expect(report.errors).toHaveLength(1);
    expect(report.errors[0]?.message).toMatch(/bad-ref\.yaml:10: .*Can't resolve \$ref/);
  });
});
