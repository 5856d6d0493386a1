import type { Direction } from '../../rules.ts';
import type { DiffContext } from '../context.ts';
import type { CleanPairs } from './clean-pairs.ts';
import type { SchemaNormalizer } from './normalize.ts';

/** What a schema belongs to: fixed for one comparison of a body, parameter or header. */
export interface SchemaScope {
  readonly ctx: DiffContext;
  readonly direction: Direction;
  readonly operation: string;
  /** `request body application/json`, `query parameter limit`, `response 200 header X-Id`. */
  readonly part: string;
  /** Subject of the top schema; nested properties of bodies use `*-property`. */
  readonly root: 'request-body' | 'request-parameter' | 'response-body' | 'response-header';
  /** Compare `xml` naming (XML media types only). */
  readonly xml: boolean;
  readonly normalizers: { readonly base: SchemaNormalizer; readonly head: SchemaNormalizer };
  /** Pairs (base key, head key) known to differ in nothing, per scope flavour. */
  readonly clean: CleanPairs;
}
