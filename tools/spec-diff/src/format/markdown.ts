import type { DiffReport, Level } from '../model.ts';
import { ruleLabel } from './rule-label.ts';
import { summaryLine } from './summary.ts';

const headings: Record<Level, string> = {
  ERR: 'Breaking changes (ERR)',
  WARN: 'Warnings (WARN)',
  INFO: 'Other changes (INFO)',
};

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** Markdown for PR comments and the docs site: a table per level, worst first. */
export function formatMarkdown(report: DiffReport): string {
  const out = [
    `## API changes: \`${report.base}\` → \`${report.head}\``,
    '',
    `${summaryLine(report)}.`,
  ];
  for (const level of ['ERR', 'WARN', 'INFO'] as const) {
    const changes = report.changes.filter((change) => change.level === level);
    if (changes.length === 0) continue;
    out.push(
      '',
      `### ${headings[level]}`,
      '',
      '| Where | Rule | What it means |',
      '| --- | --- | --- |',
    );
    for (const change of changes)
      out.push(
        `| \`${cell(change.location)}\` | \`${ruleLabel(change)}\` | ${cell(change.message)} |`,
      );
  }
  return `${out.join('\n')}\n`;
}
