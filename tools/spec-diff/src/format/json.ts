import { countLevels, type DiffReport } from '../model.ts';

/**
 * The JSON report. Its shape is stable (`version` changes if it ever must):
 * `{ version: 1, base, head, summary: { ERR, WARN, INFO }, changes: [{ id, level, source, location, message, operation?, pointer?, file?, line?, defaultLevel?, policy? }] }`;
 * `source` says whose id it is (`oasdiff` or `sms-contracts`).
 */
export function formatJson(report: DiffReport): string {
  const document = {
    version: 1,
    base: report.base,
    head: report.head,
    summary: countLevels(report.changes),
    changes: report.changes,
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
