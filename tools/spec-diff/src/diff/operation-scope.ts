import type { DiffContext, Located } from './context.ts';
import type { CleanPairs } from './schema/diff-schema.ts';
import type { SchemaNormalizer } from './schema/normalize.ts';

/** One operation on both sides, with what the part comparers share. */
export interface OperationPair {
  readonly ctx: DiffContext;
  /** `POST /messages/{id}`, as written in the head spec. */
  readonly name: string;
  /** Path templates as each side writes them (parameter names may differ). */
  readonly basePath: string;
  readonly headPath: string;
  readonly base: Located;
  readonly head: Located;
  /** Path-level parameters, which operations inherit. */
  readonly baseInherited: Located<unknown>[];
  readonly headInherited: Located<unknown>[];
  readonly normalizers: { readonly base: SchemaNormalizer; readonly head: SchemaNormalizer };
  readonly clean: CleanPairs;
}

export function isXmlMediaType(mediaType: string): boolean {
  return /[/+]xml\b/i.test(mediaType);
}
