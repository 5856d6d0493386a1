// latest.md: the summary table (one line per row, with its goal and whether it is met) on top,
// then every suite's rows with all the contestants of each alternation.

import { formatRatio, formatSpread, formatValue } from './format-value.ts';
import type { BenchReport } from './report.ts';
import type { Row, SideResult } from './row.ts';

const cell = (text: string) => text.replaceAll('|', '\\|').replaceAll('\n', ' ');

function side(result: SideResult, row: Row): string {
  const { median, spreadPercent, runs } = result.summary;
  return `${formatValue(median, row.unit)} (${formatSpread(spreadPercent, runs)})`;
}

function verdict(row: Row): string {
  if (!row.goal) return 'info';
  return row.goal.met ? 'yes' : '**no**';
}

function summaryTable(rows: readonly Row[]): string[] {
  return [
    '| Benchmark | Payload | Ours | Anchor | Ours / anchor | Goal | Met |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    ...rows.map((row) =>
      [
        '',
        cell(`${row.suite}: ${row.name}`),
        cell(row.payload),
        cell(`${side(row.ours, row)}`),
        cell(`${row.anchor.label}: ${side(row.anchor, row)}`),
        formatRatio(row.ratio),
        cell(row.goal?.text ?? '(informational)'),
        verdict(row),
        '',
      ]
        .join(' | ')
        .trim(),
    ),
  ];
}

function detailTable(row: Row): string[] {
  const sides: [string, SideResult][] = [
    ['ours', row.ours],
    ['anchor', row.anchor],
    ...(row.also ?? []).map((result): [string, SideResult] => ['also', result]),
  ];
  return [
    `**${cell(row.name)}**: ${cell(row.payload)}. Ours / anchor ${formatRatio(row.ratio)} (${row.better} is better)${row.goal ? `; goal ${row.goal.text}: ${row.goal.met ? 'met' : '**not met**'}` : ''}.`,
    '',
    '| Side | Who | Median | Min – max | Spread | Runs | Note |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    ...sides.map(([role, result]) => {
      const { median, min, max, spreadPercent, runs } = result.summary;
      return `| ${role} | ${cell(result.label)} | ${formatValue(median, row.unit)} | ${formatValue(min, row.unit)} – ${formatValue(max, row.unit)} | ${formatSpread(spreadPercent, runs)} | ${runs} | ${cell(result.note ?? '')} |`;
    }),
    '',
  ];
}

export function renderMarkdown(report: BenchReport): string {
  const rows = report.suites.flatMap((suite) => suite.rows);
  const goals = rows.filter((row) => row.goal);
  const met = goals.filter((row) => row.goal?.met).length;
  const failed = report.suites.filter((suite) => suite.error);
  const lines = [
    '# Benchmarks',
    '',
    `Written by \`pnpm bench\` on ${report.startedAt} in ${(report.durationMs / 1000).toFixed(0)} s: ${report.machine}; load average ${report.loadAverage.start} at the start, ${report.loadAverage.end} at the end. Commit ${report.commit}.`,
    '',
    'Every row runs our side and an anchor (what a user would pick instead) in one process, taking turns',
    'so machine drift lands on both; figures are medians of the measured runs after warm-up, the',
    'spread is the median absolute deviation as a share of the median. Ratios are ours / anchor.',
    'A load average above the core count means other work shared the machine: trust the ratios',
    'more than the absolute figures, and a row with a wide spread least.',
    '',
    `**${met} of ${goals.length} goals met.**${failed.length > 0 ? ` Suites that failed: ${failed.map((suite) => suite.name).join(', ')}.` : ''}`,
    '',
    ...summaryTable(rows),
    '',
  ];
  for (const suite of report.suites) {
    lines.push(`## ${suite.title}`, '');
    if (suite.notes) lines.push(suite.notes, '');
    if (suite.error)
      lines.push(
        `The suite failed after ${(suite.durationMs / 1000).toFixed(1)} s:`,
        '',
        '```',
        suite.error,
        '```',
        '',
      );
    for (const row of suite.rows) lines.push(...detailTable(row));
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
