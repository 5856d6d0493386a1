import type { DiffReport, Level } from '../model.ts';
import { formatGithubActions } from './github-actions.ts';
import { formatJson } from './json.ts';
import { formatJunit } from './junit.ts';
import { formatMarkdown } from './markdown.ts';
import { formatText } from './text.ts';

export const outputFormats = ['text', 'markdown', 'json', 'githubactions', 'junit'] as const;
export type OutputFormat = (typeof outputFormats)[number];

/** Renders a report; `failOn` only matters for formats that mark failures (junit). */
export function formatReport(
  report: DiffReport,
  format: OutputFormat,
  failOn: Level = 'ERR',
): string {
  switch (format) {
    case 'text':
      return formatText(report);
    case 'markdown':
      return formatMarkdown(report);
    case 'json':
      return formatJson(report);
    case 'githubactions':
      return formatGithubActions(report);
    case 'junit':
      return formatJunit(report, failOn);
  }
}
