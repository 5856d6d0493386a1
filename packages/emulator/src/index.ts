export type { ClockSource } from './clock.ts';
export type {
  ClockReading,
  CreditBalances,
  EmulatorCredentials,
  ReadReceipt,
} from './control/app.ts';
export { createEmulator, type Emulator } from './emulator.ts';
export type { ListeningServer } from './http/listen.ts';
export type {
  EmulatorOptions,
  GatewaySmsOptions,
  SpecDrivenApiOptions,
  TwoSmsClientCredentials,
  TwoSmsOptions,
} from './options.ts';
export type { OutboxEntry } from './outbox.ts';
export type { SchemeCredential } from './spec-driven/security.ts';
