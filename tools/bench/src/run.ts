// `pnpm bench`: every suite, each in a fresh process, then bench/results/latest.json and
// latest.md. Options:
//   --only codegen,validation   run some suites (results go to the cache folder, not latest.*)
//   --quick                     fewer rounds and smaller loads (same: not written to latest.*)
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { cacheDir, packageDir, repoRoot, resultsDir } from './paths.ts';
import { checkBuilt } from './prerequisites.ts';
import { formatWithBiome } from './report/format-files.ts';
import { formatRatio } from './report/format-value.ts';
import { renderMarkdown } from './report/markdown.ts';
import {
  type BenchReport,
  describeCommit,
  describeMachine,
  loadNow,
  type SuiteResult,
} from './report/report.ts';
import type { Row } from './report/row.ts';
import { type Suite, suites } from './suite.ts';

const { values } = parseArgs({
  options: {
    only: { type: 'string' },
    quick: { type: 'boolean', default: false },
  },
});

const wanted =
  values.only?.split(',').map((name) => name.trim()) ?? suites.map((suite) => suite.name);
const unknown = wanted.filter((name) => !suites.some((suite) => suite.name === name));
if (unknown.length > 0) {
  console.error(
    `bench: --only: unknown suite ${unknown.join(', ')}; expected some of ${suites.map((suite) => suite.name).join(', ')}`,
  );
  process.exit(2);
}

const readiness = checkBuilt();
if (readiness.missing.length > 0) {
  console.error(
    [
      'bench: the packages are not built. The bench measures them as consumers get them, from dist/.',
      'Missing:',
      ...readiness.missing.map((file) => `  ${file}`),
      'Run `pnpm build` at the repository root first, then `pnpm bench` again.',
    ].join('\n'),
  );
  process.exit(1);
}
for (const pkg of readiness.stale) {
  console.warn(
    `bench: warning: ${pkg}/src is newer than ${pkg}/dist; run \`pnpm build\` to measure the current code.`,
  );
}

/** Runs one suite in a child process, killed at its time cap. */
function runSuite(suite: Suite): Promise<SuiteResult> {
  const out = join(cacheDir, `rows-${suite.name}.json`);
  rmSync(out, { force: true });
  const args = [
    join(packageDir, 'src', 'run-suite.ts'),
    suite.name,
    out,
    ...(values.quick ? ['--quick'] : []),
  ];
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, {
      cwd: packageDir,
      stdio: ['ignore', 'inherit', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      process.stderr.write(chunk);
      stderr = (stderr + chunk.toString()).slice(-4000);
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), suite.timeoutMs);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const durationMs = performance.now() - started;
      const base = { name: suite.name, title: suite.title, notes: suite.notes, durationMs };
      if (code === 0) {
        try {
          resolve({ ...base, rows: JSON.parse(readFileSync(out, 'utf8')) as Row[] });
          return;
        } catch (error) {
          resolve({ ...base, rows: [], error: `no rows written: ${(error as Error).message}` });
          return;
        }
      }
      const why = signal
        ? `killed (${signal}) after its ${suite.timeoutMs / 1000} s cap`
        : `exit code ${code}`;
      resolve({ ...base, rows: [], error: `${why}\n${stderr.trim()}` });
    });
  });
}

mkdirSync(cacheDir, { recursive: true });
const startedAt = new Date();
const loadAtStart = loadNow();
const started = performance.now();
const results: SuiteResult[] = [];
for (const suite of suites.filter((candidate) => wanted.includes(candidate.name))) {
  console.log(`\n== ${suite.title} (${suite.name})`);
  const result = await runSuite(suite);
  for (const row of result.rows) {
    const goal = row.goal
      ? `goal ${row.goal.text}: ${row.goal.met ? 'met' : 'NOT MET'}`
      : 'informational';
    console.log(`  ${row.name} [${row.payload}]: ours/anchor ${formatRatio(row.ratio)}, ${goal}`);
  }
  if (result.error) console.log(`  FAILED: ${result.error.split('\n')[0]}`);
  console.log(`  (${(result.durationMs / 1000).toFixed(1)} s)`);
  results.push(result);
}

const report: BenchReport = {
  startedAt: startedAt.toISOString(),
  durationMs: performance.now() - started,
  machine: describeMachine(),
  loadAverage: { start: loadAtStart, end: loadNow() },
  commit: describeCommit(repoRoot),
  suites: results,
};
const partial = values.only !== undefined || values.quick;
const dir = partial ? cacheDir : resultsDir;
mkdirSync(dir, { recursive: true });
const name = partial ? 'partial' : 'latest';
const jsonFile = join(dir, `${name}.json`);
const markdownFile = join(dir, `${name}.md`);
writeFileSync(jsonFile, `${JSON.stringify(report, null, 2)}\n`);
writeFileSync(markdownFile, renderMarkdown(report));
if (!partial) formatWithBiome([jsonFile, markdownFile]);
console.log(
  `\nWrote ${relative(process.cwd(), join(dir, `${name}.md`))} and ${name}.json in ${(report.durationMs / 1000).toFixed(0)} s.`,
);
if (partial)
  console.log(
    '(--only / --quick: a partial run, so bench/results/latest.* were left as they were.)',
  );
process.exitCode = results.some((result) => result.error) ? 1 : 0;
