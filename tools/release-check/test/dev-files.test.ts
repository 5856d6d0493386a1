import { describe, expect, it } from 'vitest';
import { devFileReason } from '../src/dev-files.ts';

describe('devFileReason', () => {
  const cases: { given: string; want: string | undefined }[] = [
    { given: 'package.json', want: undefined },
    { given: 'README.md', want: undefined },
    { given: 'dist/index.js', want: undefined },
    { given: 'dist/index.d.ts', want: undefined },
    { given: 'dist/gateway-sms.gen.d.ts', want: undefined },
    { given: 'dist/index.d.mts', want: undefined },
    { given: 'dist/index.js.map', want: undefined },
    { given: 'dist/index.d.ts.map', want: undefined },
    { given: 'src/index.ts', want: 'TypeScript source (only .d.ts belongs in a tarball)' },
    {
      given: 'dist/gateway-sms.gen.ts',
      want: 'TypeScript source (only .d.ts belongs in a tarball)',
    },
    { given: 'src/cli.mts', want: 'TypeScript source (only .d.ts belongs in a tarball)' },
    { given: 'test/client.test.ts', want: 'a test folder' },
    { given: 'dist/__tests__/a.js', want: 'a test folder' },
    { given: 'dist/client.test.js', want: 'a test or benchmark file' },
    { given: 'dist/types.test-d.js', want: 'a test or benchmark file' },
    { given: 'bench/run.js', want: 'a benchmark folder' },
    { given: 'dist/fixtures/spec.json', want: 'a fixtures folder' },
    { given: 'tsconfig.json', want: 'a tsconfig' },
    { given: 'tsconfig.build.json', want: 'a tsconfig' },
    { given: 'dist/tsconfig.build.tsbuildinfo', want: 'a TypeScript build-info file' },
    { given: 'vitest.config.ts', want: 'a test-runner config' },
    { given: '.turbo/turbo-build.log', want: 'turbo logs' },
    { given: 'coverage/index.html', want: 'a coverage report' },
    { given: '.npmrc', want: 'local configuration' },
    { given: '.env.local', want: 'local configuration' },
  ];
  it.each(cases)('$given → $want', ({ given, want }) => {
    expect(devFileReason(given)).toBe(want);
  });
});
