// Every `pattern` the specs declare is checked for catastrophic backtracking with recheck (an
// automaton-based ReDoS checker); a vulnerable one fails here before it reaches a server.
import { bundleApi } from '@sms-contracts/specs/load-api';
import { listApis } from '@sms-contracts/specs/registry';
import { checkSync } from 'recheck';
import { describe, expect, it } from 'vitest';

/** Every value of a `pattern` keyword in a schema of the document, with where it is. */
function collectPatterns(
  node: unknown,
  pointer: string,
  found: [string, string][] = [],
): [string, string][] {
  if (Array.isArray(node)) {
    for (const [index, child] of node.entries())
      collectPatterns(child, `${pointer}/${index}`, found);
  } else if (typeof node === 'object' && node !== null) {
    for (const [key, child] of Object.entries(node)) {
      // Examples and vendor samples are data, not schemas.
      if (key === 'examples' || key === 'example' || key.startsWith('x-')) continue;
      if (key === 'pattern' && typeof child === 'string') found.push([`${pointer}/pattern`, child]);
      else
        collectPatterns(
          child,
          `${pointer}/${key.replaceAll('~', '~0').replaceAll('/', '~1')}`,
          found,
        );
    }
  }
  return found;
}

describe('the ReDoS check itself', () => {
  it.each(['^(a+)+$', '^(\\w+\\s?)*$', '^([a-z0-9]+-?)*@'])('flags %s', (pattern) => {
    expect(checkSync(pattern, 'u').status).toBe('vulnerable');
  });
});

describe('collectPatterns', () => {
  it('finds patterns in schemas, parameters and propertyNames, not in examples', () => {
    const document = {
      paths: { '/a': { get: { parameters: [{ schema: { pattern: '^p$' } }] } } },
      components: {
        schemas: {
          A: {
            properties: { b: { pattern: '^b$' } },
            propertyNames: { pattern: '^n$' },
            examples: [{ pattern: 'no' }],
          },
        },
      },
    };
    expect(collectPatterns(document, '#').map(([, pattern]) => pattern)).toEqual([
      '^p$',
      '^b$',
      '^n$',
    ]);
  });
});

const specPatterns: [string, string][] = [];
for (const api of listApis()) {
  for (const [where, pattern] of collectPatterns(await bundleApi(api.name), '#')) {
    specPatterns.push([`${api.name} ${where}`, pattern]);
  }
}

describe.runIf(specPatterns.length > 0)(
  'every spec pattern backtracks in linear time at worst',
  () => {
    it.each(specPatterns)('%s: %s', (_where, pattern) => {
      const result = checkSync(pattern, 'u');
      expect(result.status, `${pattern}: ${JSON.stringify(result)}`).toBe('safe');
    });
  },
);
