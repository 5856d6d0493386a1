import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export type Bump = 'major' | 'minor' | 'patch';
const order: readonly (Bump | 'none')[] = ['none', 'patch', 'minor', 'major'];

/** A pending changeset file: the bumps its frontmatter asks for. An empty one asks for none. */
export interface Changeset {
  /** Path relative to the repository root: `.changeset/brave-owls-sing.md`. */
  readonly file: string;
  readonly bumps: ReadonlyMap<string, Bump>;
}

/** Thrown for a changeset file the gate cannot read: says which file and which line. */
export class ChangesetError extends Error {}

/**
 * Reads `.changeset/*.md` (not README.md): the changesets not yet consumed by `changeset version`.
 * Frontmatter lines look like `"@sms-contracts/types": minor`.
 */
export function readPendingChangesets(root: string): Changeset[] {
  const folder = join(root, '.changeset');
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((name) => name.endsWith('.md') && name.toLowerCase() !== 'readme.md')
    .sort()
    .map((name) => parseChangeset(`.changeset/${name}`, readFileSync(join(folder, name), 'utf8')));
}

export function parseChangeset(file: string, text: string): Changeset {
  const lines = text.split(/\r?\n/);
  if (lines[0]?.trim() !== '---')
    throw new ChangesetError(`${file}:1: expected the frontmatter to open with "---"`);
  const end = lines.findIndex((line, index) => index > 0 && line.trim() === '---');
  if (end < 0) throw new ChangesetError(`${file}: expected a closing "---" after the frontmatter`);
  const bumps = new Map<string, Bump>();
  for (let index = 1; index < end; index += 1) {
    const line = (lines[index] as string).trim();
    if (line === '') continue;
    const match = /^["']?([^"':]+)["']?\s*:\s*(major|minor|patch)\s*$/.exec(line);
    if (!match)
      throw new ChangesetError(
        `${file}:${index + 1}: expected '"<package>": major|minor|patch', found "${line}"`,
      );
    bumps.set(match[1] as string, match[2] as Bump);
  }
  return { file, bumps };
}

/** The largest bump the changesets ask for any of `packages`, or `none`. */
export function largestBump(
  changesets: readonly Changeset[],
  packages: readonly string[],
): Bump | 'none' {
  let largest: Bump | 'none' = 'none';
  for (const changeset of changesets) {
    for (const [name, bump] of changeset.bumps) {
      if (packages.includes(name) && order.indexOf(bump) > order.indexOf(largest)) largest = bump;
    }
  }
  return largest;
}

export function bumpAtLeast(bump: Bump | 'none', needed: Bump): boolean {
  return order.indexOf(bump) >= order.indexOf(needed);
}
