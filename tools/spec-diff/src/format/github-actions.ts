import type { DiffReport, Level } from '../model.ts';

const commands: Record<Level, string> = { ERR: 'error', WARN: 'warning', INFO: 'notice' };

// GitHub's workflow-command escaping: data escapes % CR LF; properties also escape : and ,.
const escapeData = (text: string) =>
  text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (text: string) => escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** One workflow command per change, so GitHub annotates the spec file in the PR. */
export function formatGithubActions(report: DiffReport): string {
  return report.changes
    .map((change) => {
      const properties = [
        ...(change.file ? [`file=${escapeProperty(change.file)}`] : []),
        ...(change.line ? [`line=${change.line}`] : []),
        `title=${escapeProperty(change.id)}`,
      ];
      return `::${commands[change.level]} ${properties.join(',')}::${escapeData(`${change.location}: ${change.message}`)}\n`;
    })
    .join('');
}
