import type { DiffReport } from '../model.ts';
import { ruleLabel } from './rule-label.ts';
import { summaryLine } from './summary.ts';

/** Plain text for a terminal: one block per change, worst first. */
export function formatText(report: DiffReport): string {
  const lines = [`spec-diff ${report.base} → ${report.head}: ${summaryLine(report)}`];
  for (const change of report.changes) {
    lines.push(
      '',
      `${change.level.padEnd(4)} ${ruleLabel(change)}`,
      `     ${change.location}`,
      `     ${change.message}`,
    );
    if (change.policy)
      lines.push(
        `     ${change.defaultLevel} by default; ${change.level} by policy: ${change.policy}`,
      );
  }
  return `${lines.join('\n')}\n`;
}
