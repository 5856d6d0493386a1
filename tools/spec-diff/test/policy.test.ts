import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { SpecInputError } from '../src/load/spec-input.ts';
import type { Change } from '../src/model.ts';
import { applyPolicy, gatePolicyFile, parsePolicy, readPolicy } from '../src/policy.ts';
import { run } from './support/run-cli.ts';

const serverRemoved = ['server-removed/base.yaml', 'server-removed/head.yaml'];

const change = (id: string, level: Change['level'], location: string): Change => ({
  id,
  level,
  source: 'oasdiff',
  location,
  message: 'm',
});

describe('parsePolicy', () => {
  test('reads id, level and reason; a pattern names every matching rule', () => {
    const policy = parsePolicy(
      '# comment\n\nrequest-*-max-set err a new limit rejects valid requests\n',
      'p.txt',
    );
    expect(policy.rules).toHaveLength(1);
    const [rule] = policy.rules;
    expect(rule?.level).toBe('ERR');
    expect(rule?.line).toBe(3);
    expect(rule?.reason).toBe('a new limit rejects valid requests');
    expect(rule?.ids).toContain('request-property-max-set');
    expect(rule?.ids).toContain('request-parameter-max-set');
    expect(rule?.ids).not.toContain('request-property-max-length-set');
  });

  test('bad lines are errors naming file:line and what was expected', () => {
    expect(() => parsePolicy('api-server-removed LOUD because', 'p.txt')).toThrow(
      /p\.txt:1: expected "<rule id> ERR\|WARN\|INFO\|NONE <reason>"/,
    );
    expect(() => parsePolicy('\napi-server-removed WARN', 'p.txt')).toThrow(
      'p.txt:2: api-server-removed: say why after the level',
    );
    expect(() => parsePolicy('no-such-rule ERR why', 'p.txt')).toThrow(
      'p.txt:1: no rule is called "no-such-rule"',
    );
    expect(() => readPolicy('/no/such/policy.txt')).toThrow(SpecInputError);
  });
});

describe('applyPolicy', () => {
  test('re-levels the named rules, keeps the default level and the reason, and re-sorts', () => {
    const policy = parsePolicy('api-server-removed ERR clients must switch', 'p.txt');
    const result = applyPolicy(
      [change('request-property-removed', 'WARN', 'a'), change('api-server-removed', 'INFO', 'b')],
      policy,
    );
    expect(result.map((entry) => [entry.id, entry.level])).toEqual([
      ['api-server-removed', 'ERR'],
      ['request-property-removed', 'WARN'],
    ]);
    expect(result[0]).toMatchObject({ defaultLevel: 'INFO', policy: 'clients must switch' });
    expect(result[1]).not.toHaveProperty('policy');
    const none = parsePolicy('request-property-removed NONE accepted here', 'p.txt');
    expect(applyPolicy(result, none).map((entry) => entry.id)).toEqual(['api-server-removed']);
  });

  test('every line of the gate policy parses and names at least one rule', () => {
    const policy = readPolicy(gatePolicyFile);
    expect(policy.rules.length).toBeGreaterThan(10);
    for (const rule of policy.rules) expect(rule.ids.length, rule.id).toBeGreaterThan(0);
  });
});

describe('spec-diff --policy', () => {
  test('the bare CLI reports oasdiff levels; our own ids say so in JSON', async () => {
    const result = await run(['changelog', ...serverRemoved, '--format', 'json']);
    expect(result.code).toBe(0);
    const [removed] = JSON.parse(result.stdout).changes;
    expect(removed).toMatchObject({ id: 'api-server-removed', level: 'INFO' });
    expect(removed.source).toBe('sms-contracts');
  });

  test('with --policy the policy levels apply, and the exit code follows them', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'spec-diff-policy-'));
    const file = join(folder, 'policy.txt');
    writeFileSync(file, 'api-server-removed ERR clients configured with it must switch\n');
    const result = await run([...serverRemoved, '--policy', file, '--format', 'json']);
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout).changes[0]).toMatchObject({
      level: 'ERR',
      defaultLevel: 'INFO',
      policy: 'clients configured with it must switch',
    });
    expect((await run([...serverRemoved, '--policy', gatePolicyFile])).stdout).toContain(
      'INFO by default; WARN by policy: clients configured with the removed base URL must switch',
    );
    writeFileSync(file, 'api-server-removed NONE we do not care about servers\n');
    const dropped = await run(['changelog', ...serverRemoved, '--policy', file]);
    expect(dropped.stdout).toContain('no changes');
  });

  test('a bad policy file is bad input (exit 2) naming file:line', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'spec-diff-policy-'));
    const file = join(folder, 'policy.txt');
    writeFileSync(file, 'api-server-removed WARN\n');
    const result = await run([...serverRemoved, '--policy', file]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`${file}:1: api-server-removed: say why after the level`);
  });
});
