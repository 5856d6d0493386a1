import { existsSync } from 'node:fs';
import { listApis, repoRoot } from '@sms-contracts/specs/registry';
import { describe, expect, test } from 'vitest';
import { diffSpecs } from '../src/diff/diff-specs.ts';
import { loadSpec } from '../src/load/load-spec.ts';

const apis = listApis().filter((api) => existsSync(api.root));

describe.runIf(apis.length > 0)('the registry specs', () => {
  test.each(apis.map((api) => [api.name, api] as const))(
    '%s diffed against itself has no changes',
    async (_name, api) => {
      const input = { kind: 'file' as const, label: api.name, path: api.root };
      const [base, head] = [await loadSpec(input, repoRoot), await loadSpec(input, repoRoot)];
      // Not a vacuous pass: the spec has operations for the engine to walk.
      expect(Object.keys((base.document.paths ?? {}) as object).length).toBeGreaterThan(0);
      expect(diffSpecs(base, head).changes).toEqual([]);
    },
  );
});
