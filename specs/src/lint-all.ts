// Lints every registry API with its profile (strict for ours, vendor for added ones): the specs
// build and `pnpm lint` run this. Exit 1 when any API has errors.
import { formatLintReport } from './lint/format-report.ts';
import { lintApi } from './lint/lint-api.ts';
import { listApis } from './registry.ts';

let failed = false;
for (const api of listApis()) {
  const report = await lintApi(api);
  console.log(formatLintReport(report));
  failed ||= report.errors.length > 0;
}
process.exitCode = failed ? 1 : 0;
