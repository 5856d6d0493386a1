import type { GatewayState } from '../gateway-sms/store.ts';
import type { TwoSmsState } from '../twosms/store.ts';

/** What `--state-file` holds: everything needed to pick up where the last run stopped. */
export interface PersistedState {
  readonly version: 1;
  readonly clockOffsetMs: number;
  readonly gatewaySms: GatewayState;
  readonly twosms: TwoSmsState;
}

/** A shallow check: the file is the emulator's and of this version (its writer is the emulator). */
export function isPersistedState(value: unknown): value is PersistedState {
  if (typeof value !== 'object' || value === null) return false;
  const state = value as Record<string, unknown>;
  const account = (v: unknown) =>
    typeof v === 'object' && v !== null && typeof (v as { credit?: unknown }).credit === 'number';
  return (
    state.version === 1 &&
    typeof state.clockOffsetMs === 'number' &&
    account(state.gatewaySms) &&
    account(state.twosms)
  );
}
