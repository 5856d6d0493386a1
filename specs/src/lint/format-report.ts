import type { LintFinding, LintReport } from './lint-api.ts';

const line = (finding: LintFinding) =>
  `  ${finding.where}: ${finding.pointer || '#'}: ${finding.message} (${finding.ruleId})`;

/**
 * A report as text: every error in full (file:line, pointer, message, rule); warnings in full
 * for a strict API, counted per rule for a vendor's (hundreds of findings that are not ours to
 * fix).
 */
export function formatLintReport(report: LintReport): string {
  const { api, errors, warnings } = report;
  const head = `${api.name} (${api.settings.profile} profile): ${errors.length} error(s), ${warnings.length} warning(s)`;
  const out = [head, ...errors.map(line)];
  if (api.settings.profile === 'strict') {
    out.push(...warnings.map(line));
  } else if (warnings.length > 0) {
    const perRule = new Map<string, number>();
    for (const warning of warnings)
      perRule.set(warning.ruleId, (perRule.get(warning.ruleId) ?? 0) + 1);
    const counts = [...perRule].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    out.push(`  warnings by rule: ${counts.map(([rule, count]) => `${rule} ${count}`).join(', ')}`);
  }
  return out.join('\n');
}
