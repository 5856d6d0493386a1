/** Rules for files that belong in the repository but never in a published tarball. */
const devFileRules: readonly { readonly pattern: RegExp; readonly reason: string }[] = [
  { pattern: /(^|\/)(test|tests|__tests__|__mocks__|__snapshots__)\//, reason: 'a test folder' },
  { pattern: /\.(test|spec|test-d|bench)\.[cm]?[jt]sx?$/, reason: 'a test or benchmark file' },
  { pattern: /(^|\/)(bench|benchmarks?)\//, reason: 'a benchmark folder' },
  { pattern: /(^|\/)fixtures?\//, reason: 'a fixtures folder' },
  { pattern: /(^|\/)coverage\//, reason: 'a coverage report' },
  { pattern: /(^|\/)\.turbo\//, reason: 'turbo logs' },
  { pattern: /(^|\/)tsconfig[^/]*\.json$/, reason: 'a tsconfig' },
  { pattern: /\.tsbuildinfo$/, reason: 'a TypeScript build-info file' },
  { pattern: /(^|\/)(vitest|vite)\.config\.[cm]?[jt]s$/, reason: 'a test-runner config' },
  { pattern: /(^|\/)\.npmrc$|(^|\/)\.env(\.|$)/, reason: 'local configuration' },
  {
    pattern: /(?<!\.d)\.[cm]?tsx?$/,
    reason: 'TypeScript source (only .d.ts belongs in a tarball)',
  },
];

/** Why `path` (inside the package, without the tarball's `package/` prefix) is a dev file. */
export function devFileReason(path: string): string | undefined {
  return devFileRules.find((rule) => rule.pattern.test(path))?.reason;
}
