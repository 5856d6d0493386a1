// The emulator as a user installs it (`@sms-contracts/emulator`, its built entry).
import { createEmulator, type Emulator, type EmulatorOptions } from '@sms-contracts/emulator';

/** A fresh emulator with its default credentials and state, checking its answers against the spec. */
export function startEmulator(options: EmulatorOptions = {}): Emulator {
  return createEmulator({ validateResponses: true, ...options });
}
