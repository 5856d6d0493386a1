// Placeholder until the 2SMS spec lands.
import type { ReadReceipt } from '../control/app.ts';
import type { TwoSmsClientCredentials } from '../options.ts';
import type { OutboxEntry } from '../outbox.ts';
export interface TwoSmsState { readonly credit: number }
export interface TwoSmsStoreOptions { credit: number; clients: readonly TwoSmsClientCredentials[]; tokenLifetimeMs: number; userId: string }
export class TwoSmsStore {
  credit: number;
  readonly #initial: number;
  constructor(options: TwoSmsStoreOptions) { this.credit = options.credit; this.#initial = options.credit; }
  reset(): void { this.credit = this.#initial; }
  markRead(_id: string, _contact: string, _now: number): ReadReceipt { return { ok: false, status: 404, message: 'no' }; }
  outbox(_now: number): OutboxEntry[] { return []; }
  toJSON(): TwoSmsState { return { credit: this.credit }; }
  load(state: TwoSmsState): void { this.credit = state.credit; }
}
