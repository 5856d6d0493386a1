import { countLevels, type DiffReport, type LevelCounts } from '../model.ts';

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** `3 changes: 1 error, 1 warning, 1 info`. */
export function summaryLine(report: DiffReport): string {
  const counts: LevelCounts = countLevels(report.changes);
  if (report.changes.length === 0) return 'no changes';
  return `${plural(report.changes.length, 'change', 'changes')}: ${plural(counts.ERR, 'error', 'errors')}, ${plural(counts.WARN, 'warning', 'warnings')}, ${plural(counts.INFO, 'info', 'infos')}`;
}
