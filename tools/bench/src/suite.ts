// The benchmark suites, in the order `pnpm bench` runs them. Each runs in a process of its own
// (see run-suite.ts), so one suite's heap and JIT state never colour another's numbers.
import type { Row, SuiteName } from './report/row.ts';
import type { SuiteOptions } from './suite-options.ts';

export interface Suite {
  readonly name: SuiteName;
  /** The heading of its section in latest.md. */
  readonly title: string;
  /** How it measures, for the top of its section in latest.md. */
  readonly notes: string;
  /** Hard cap on the suite's process; it is killed and reported as failed past this. */
  readonly timeoutMs: number;
  readonly run: (options: SuiteOptions) => Promise<Row[]>;
}

// Suites load lazily: a process runs one, and pays for that one's imports only.
export const suites: readonly Suite[] = [
  {
    name: 'codegen',
    title: 'Code generation',
    notes:
      'Each side generates into a fresh temporary folder in the same process, taking turns: ours is `generate()` of tools/codegen (types with openapi-typescript, compiled validators, client tables, formatted with Biome), the anchor openapi-typescript alone (read, bundle, emit, write). 1 warm-up round, then 5 rounds (the synthetic spec: 3 rounds, its warm-up being the real-spec rows that ran the same code just before). Each of our targets is also timed alone on the synthetic spec, to show where the time goes.',
    timeoutMs: 240_000,
    run: async (options) => (await import('./codegen/codegen-suite.ts')).codegenSuite(options),
  },
  {
    name: 'validation',
    title: 'Validation',
    notes:
      "Calibrated batches of about 20 ms, every contestant taking turns (order rotating each round), 2 warm-up rounds then up to 15. Each payload is first checked to get the same verdict from every contestant. The goal compares our Standard Schema `validate()` (which collects every issue with its path) with the fastest anchor; `is()` is the boolean guard, the same work as the anchors' verdicts.",
    timeoutMs: 240_000,
    run: async (options) =>
      (await import('./validation/validation-suite.ts')).validationSuite(options),
  },
  {
    name: 'client',
    title: 'Client',
    notes:
      "Each client sends `PUT /messages/{id}` with a 10-recipient body to a bare node:http server on 127.0.0.1 (in a child process, so the CPU measured here is the client's alone) that answers the seed's 200 response. Ours has auth (bearer token), retries (defaults) and the timeout on, validation off; plain openapi-fetch sends the same Authorization header. Rounds of at most 3,000 (concurrency 1) or 8,000 (concurrency 16) requests and 1.5 s, sides taking turns, 1 warm-up round. A diagnostic side, raw fetch given a `Request` object as openapi-fetch builds one, shows what that object alone costs.",
    timeoutMs: 120_000,
    run: async (options) => (await import('./client/client-suite.ts')).clientSuite(options),
  },
  {
    name: 'emulator',
    title: 'Emulator',
    notes:
      'Both servers run in their own child processes on 127.0.0.1 with the same adapter (@hono/node-server); the load generator (node:http, keep-alive, concurrency 64) runs here. Each emulator round appends 10 fresh recipients per request to a newly opened transaction; the bare Hono server answers the same PUT with a fixed JSON body. Sides take turns, 1 warm-up round.',
    timeoutMs: 120_000,
    run: async (options) => (await import('./emulator/emulator-suite.ts')).emulatorSuite(options),
  },
  {
    name: 'spec-driven',
    title: 'Spec-driven emulator',
    notes:
      "The spec-driven emulator (any registry API without hand-written rules) and Prism's mock server (set up as `prism mock` sets it up: request validation, security checks, static examples; its logger silenced, as ours is) serve the same OpenAPI 3.1 spec, each in its own child process on 127.0.0.1; the load generator (node:http, keep-alive, concurrency 64) runs here and sends the same Basic-authenticated `POST /things` with a JSON body, answered 201 from the spec (ours also stores the record). Rounds of at most 6,000 requests and 3 s, sides taking turns, 1 warm-up round.",
    timeoutMs: 120_000,
    run: async (options) =>
      (await import('./spec-driven/spec-driven-suite.ts')).specDrivenSuite(options),
  },
  {
    name: 'spec-diff',
    title: 'spec-diff',
    notes:
      'End to end as the CLI does it: bundle both specs with Redocly, then diff. The anchor is the floor any diff tool pays: bundling both specs with @redocly/openapi-core alone, no diff. The changed copies are made by one deterministic mutation (properties added as required, removed, enums widened, required query parameters added, operations removed).',
    timeoutMs: 120_000,
    run: async (options) => (await import('./spec-diff/spec-diff-suite.ts')).specDiffSuite(options),
  },
  {
    name: 'sizes',
    title: 'Bundle sizes',
    notes:
      "Each entry point bundled by esbuild (ESM, minified) from a module importing it, as the client's size-limit budget measures it: the size is what loads up front, with every `import()` target left out (the client's validators, XML codec and rarely used paths load on first use); what they add is listed too. Compressed with gzip -9 and brotli -11; 1 kB = 1,000 bytes. The anchor is openapi-fetch alone for the client and the validators, and for the emulator (a Node server) the bare framework it is built on.",
    timeoutMs: 60_000,
    run: async () => (await import('./sizes/sizes-suite.ts')).sizesSuite(),
  },
  {
    name: 'typecheck',
    title: 'Type-check cost',
    notes:
      "`tsc --noEmit` (skipLibCheck off, so the declaration files are checked too) of one consumer program per API, generated from the spec: it names every operation's parameters, request body and responses and every component schema. The anchor is the same program against openapi-typescript's output alone for the same spec. Each compiler runs in a fresh process; the two sides take turns, 1 warm-up round.",
    timeoutMs: 180_000,
    run: async (options) =>
      (await import('./typecheck/typecheck-suite.ts')).typecheckSuite(options),
  },
];
