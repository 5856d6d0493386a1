// Names of the generated check functions: readable, derived from the schema's pointer, unique.

/** `check<Name>` for a component schema pointer, else a name from the pointer's last segments. */
export function checkName(pointer: string): string {
  const segments = pointer
    .split('/')
    .filter(Boolean)
    .map((segment) => segment.replaceAll('~1', '/').replaceAll('~0', '~'));
  if (segments.length === 3 && segments[0] === 'components' && segments[1] === 'schemas') {
    return `check${segments[2]}`;
  }
  return `check_${segments.slice(-3).join('_')}`;
}

/** Hands out identifiers, each once: a taken name gets the next free numeric suffix. */
export class UniqueNames {
  private readonly taken = new Set<string>();
  /** Per base name, the first suffix `take` has not tried yet. */
  private readonly nextSuffix = new Map<string, number>();

  take(preferred: string): string {
    const base = preferred.replace(/[^A-Za-z0-9_$]/g, '_');
    // Names are never released, so the suffixes below the last one tried for a base stay taken:
    // resuming there gives the same names as probing from 2, without the quadratic rescans
    // (a thousand parameters named `check_parameters_0_schema` took ~1 s).
    let suffix = this.nextSuffix.get(base) ?? 2;
    let name = this.taken.has(base) ? `${base}${suffix}` : base;
    while (this.taken.has(name)) name = `${base}${++suffix}`;
    if (name !== base) this.nextSuffix.set(base, suffix + 1);
    this.taken.add(name);
    return name;
  }
}
