import { countLevels, type DiffReport, isAtLeast, type Level } from '../model.ts';

const xml = (text: string) =>
  text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');

/** JUnit XML for CI test tabs: each change is a test case, failing when at or above `failOn`. */
export function formatJunit(report: DiffReport, failOn: Level): string {
  const failures = report.changes.filter((change) => isAtLeast(change.level, failOn)).length;
  const counts = countLevels(report.changes);
  const cases = report.changes.map((change) => {
    const name = xml(`${change.id} ${change.location}`);
    const classname = xml(change.operation ?? 'document');
    if (!isAtLeast(change.level, failOn))
      return `    <testcase classname="${classname}" name="${name}"><system-out>${xml(`${change.level}: ${change.message}`)}</system-out></testcase>`;
    return `    <testcase classname="${classname}" name="${name}"><failure type="${change.level}" message="${xml(change.message)}">${xml(`${change.level} ${change.id}\n${change.location}\n${change.message}`)}</failure></testcase>`;
  });
  if (cases.length === 0) cases.push('    <testcase classname="document" name="no changes"/>');
  const suiteName = xml(
    `spec-diff ${report.base} → ${report.head} (ERR ${counts.ERR}, WARN ${counts.WARN}, INFO ${counts.INFO})`,
  );
  const tests = Math.max(report.changes.length, 1);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="spec-diff" tests="${tests}" failures="${failures}">`,
    `  <testsuite name="${suiteName}" tests="${tests}" failures="${failures}">`,
    ...cases,
    '  </testsuite>',
    '</testsuites>',
    '',
  ].join('\n');
}
