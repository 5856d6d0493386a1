// The emulator (packages/emulator) from its source. It depends on this package, so this package
// cannot depend on it (turbo would see a cycle): it is loaded by path, and typed here by the
// part the tests use.

/** The part of `@sms-contracts/emulator`'s Emulator these tests use. */
export interface TestEmulator {
  fetch(input: Request): Promise<Response>;
  listen(port?: number): Promise<{ readonly url: string; close(): Promise<void> }>;
  outbox(
    api?: 'gateway-sms' | 'twosms',
  ): readonly { readonly messageId: string; readonly to: string; readonly viewToken?: string }[];
  credentials(): {
    readonly gatewaySms: { readonly tokens: readonly string[] };
    readonly twosms: {
      readonly clients: readonly { readonly clientId: string; readonly clientSecret: string }[];
    };
  };
}

const entry = new URL('../../../emulator/src/index.ts', import.meta.url).href;

/** A fresh emulator with its default credentials and state. */
export async function startEmulator(): Promise<TestEmulator> {
  const module = (await import(/* @vite-ignore */ entry)) as {
    createEmulator(options?: object): TestEmulator;
  };
  return module.createEmulator({ validateResponses: true });
}
