/** The `type/subtype` of a `Content-Type` header, lower-cased, without parameters. */
export function mediaTypeOf(header: string | null | undefined): string | undefined {
  if (!header) return undefined;
  const essence = header.split(';', 1)[0]?.trim().toLowerCase();
  return essence ? essence : undefined;
}

interface AcceptEntry {
  readonly range: string;
  readonly q: number;
  readonly order: number;
}

function parseAccept(header: string): AcceptEntry[] {
  return header
    .split(',')
    .map((part, order) => {
      const [rangePart = '', ...params] = part.split(';');
      let q = 1;
      for (const param of params) {
        const [name, value] = param.split('=').map((s) => s.trim());
        if (name?.toLowerCase() === 'q' && value !== undefined) {
          const parsed = Number(value);
          q = Number.isFinite(parsed) ? parsed : 0;
        }
      }
      return { range: rangePart.trim().toLowerCase(), q, order };
    })
    .filter((entry) => entry.range.length > 0);
}

function matches(range: string, mediaType: string): boolean {
  if (range === '*/*' || range === mediaType) return true;
  return range.endsWith('/*') && mediaType.startsWith(range.slice(0, -1));
}

/**
 * Picks the offered media type the `Accept` header prefers (highest q, then the header's own
 * order, then the order of `offered`). No header, or one that accepts nothing offered with q > 0,
 * gives the first offered type: an API answers in its default format rather than not at all.
 */
export function negotiate(
  acceptHeader: string | null | undefined,
  offered: readonly string[],
): string {
  const fallback = offered[0] as string;
  if (!acceptHeader) return fallback;
  let best: { type: string; q: number; order: number; specific: boolean } | undefined;
  for (const entry of parseAccept(acceptHeader)) {
    if (entry.q <= 0) continue;
    for (const type of offered) {
      if (!matches(entry.range, type)) continue;
      const specific = entry.range === type;
      if (
        !best ||
        entry.q > best.q ||
        (entry.q === best.q && specific && !best.specific) ||
        (entry.q === best.q && specific === best.specific && entry.order < best.order)
      ) {
        best = { type, q: entry.q, order: entry.order, specific };
      }
    }
  }
  return best?.type ?? fallback;
}
