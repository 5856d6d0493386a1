import { describe, expect, it } from 'vitest';
import { CheckCompiler } from '../check-compiler.ts';
import { SchemaRegistry } from '../schema-registry.ts';

const emptyCompiler = () =>
  new CheckCompiler(
    new SchemaRegistry({ uri: 'https://example.test/spec.json', content: {}, kind: 'openapi' }),
    'spec.yaml',
  );

describe('CheckCompiler.uniqueName', () => {
  it('numbers repeats of a name from 2, in order', () => {
    const compiler = emptyCompiler();
    const names = Array.from({ length: 5 }, () => compiler.uniqueName('check_schema'));
    expect(names).toEqual([
      'check_schema',
      'check_schema2',
      'check_schema3',
      'check_schema4',
      'check_schema5',
    ]);
  });

  it('skips a numbered name another schema took as its own', () => {
    const compiler = emptyCompiler();
    expect(compiler.uniqueName('checkA')).toBe('checkA');
    expect(compiler.uniqueName('checkA3')).toBe('checkA3');
    expect(compiler.uniqueName('checkA')).toBe('checkA2');
    expect(compiler.uniqueName('checkA')).toBe('checkA4');
    expect(compiler.uniqueName('checkA2')).toBe('checkA22');
  });

  it('replaces characters that cannot be in an identifier', () => {
    const compiler = emptyCompiler();
    expect(compiler.uniqueName('check_a-b')).toBe('check_a_b');
    expect(compiler.uniqueName('check_a.b')).toBe('check_a_b2');
  });
});
