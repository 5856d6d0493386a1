// oasdiff's `--err-ignore` / `--warn-ignore` files: changes a team has looked at and accepted. One
// line a change: the operation (`GET /messages/{id}`) and the rule id or the message of the change,
// compared without regard to case; `#` starts a comment line. A matching change at that level is
// left out of the report.
import { readFileSync } from 'node:fs';
import { SpecInputError } from './load/spec-input.ts';
import type { Change, Level } from './model.ts';

export interface IgnoreList {
  readonly level: Extract<Level, 'ERR' | 'WARN'>;
  readonly file: string;
  /** The lines, lower-cased. */
  readonly lines: readonly string[];
}

export function readIgnoreList(file: string, level: IgnoreList['level']): IgnoreList {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new SpecInputError(
      `--${level.toLowerCase()}-ignore ${file}: ${(error as Error).message}`,
    );
  }
  const lines = text
    .split('\n')
    .map((line) => line.trim().toLowerCase())
    .filter((line) => line !== '' && !line.startsWith('#'));
  return { level, file, lines };
}

function matches(line: string, change: Change): boolean {
  const where = (change.operation ?? change.location).toLowerCase();
  if (!line.includes(where)) return false;
  return line.includes(change.id) || line.includes(change.message.toLowerCase());
}

/** The changes that no line of a list at their level names. */
export function withoutIgnored(changes: readonly Change[], lists: readonly IgnoreList[]): Change[] {
  return changes.filter(
    (change) =>
      !lists.some(
        (list) => list.level === change.level && list.lines.some((line) => matches(line, change)),
      ),
  );
}
