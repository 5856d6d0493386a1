#!/usr/bin/env node
// sms-emulator [--port 4010] [--state-file <file>]
// Serves Gateway SMS under /gateway-sms, 2SMS under /twosms and every other registry API
// (spec-driven) under /<slug> on 127.0.0.1, one log line per request, until SIGINT or SIGTERM.
import { parseArgs } from 'node:util';
import { generatedApis } from './apis/index.gen.ts';
import { createEmulator } from './emulator.ts';
import { mountPaths } from './vendor-hosts.ts';

const usage = `Usage: sms-emulator [--port 4010] [--state-file <file>]

  --port, -p      TCP port on 127.0.0.1 (0 picks a free one)      default 4010
  --state-file    load state from this JSON file and save every change to it (atomically)
  --quiet, -q     no per-request log lines
  --help, -h      show this help`;

function fail(message: string): never {
  console.error(`sms-emulator: ${message}\n\n${usage}`);
  process.exit(2);
}

let values: { port?: string; 'state-file'?: string; quiet?: boolean; help?: boolean };
try {
  ({ values } = parseArgs({
    options: {
      port: { type: 'string', short: 'p', default: '4010' },
      'state-file': { type: 'string' },
      quiet: { type: 'boolean', short: 'q', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  }));
} catch (error) {
  fail((error as Error).message);
}
if (values.help) {
  console.log(usage);
  process.exit(0);
}
const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  fail(`--port: expected an integer from 0 to 65535, got "${values.port}"`);
}

let emulator: ReturnType<typeof createEmulator>;
try {
  emulator = createEmulator({
    stateFile: values['state-file'],
    log: values.quiet ? undefined : (line) => console.log(line),
  });
} catch (error) {
  console.error(`sms-emulator: ${(error as Error).message}`);
  process.exit(1);
}

const server = await emulator.listen(port).catch((error: Error) => {
  console.error(`sms-emulator: cannot listen on 127.0.0.1:${port}: ${error.message}`);
  process.exit(1);
});

let stopping = false;
async function stop(signal: NodeJS.Signals): Promise<void> {
  if (stopping) {
    // A second signal means "now": skip the graceful close.
    process.exit(1);
  }
  stopping = true;
  console.log(`sms-emulator: ${signal}, shutting down`);
  try {
    await server.close();
    await emulator.flush();
    process.exit(0);
  } catch (error) {
    console.error(`sms-emulator: ${(error as Error).message}`);
    process.exit(1);
  }
}
process.on('SIGINT', stop);
process.on('SIGTERM', stop);

// Printed last: once this line is out, signals are handled.
const { gatewaySms, twosms } = emulator.credentials();
const client = twosms.clients[0];
console.log(
  [
    `sms-emulator ready on ${server.url}`,
    `  Gateway SMS  ${server.url}${mountPaths.gatewaySms}  (Authorization: Bearer ${gatewaySms.tokens[0]})`,
    `  2SMS         ${server.url}${mountPaths.twosms}  (POST /Token with client_id=${client?.clientId} client_secret=${client?.clientSecret})`,
    ...Object.keys(generatedApis)
      .filter((slug) => `/${slug}` !== mountPaths.gatewaySms && `/${slug}` !== mountPaths.twosms)
      .map((slug) => `  ${slug.padEnd(11)}  ${server.url}/${slug}  (spec-driven)`),
    `  Control API  ${server.url}${mountPaths.control}`,
    values['state-file']
      ? `  State file   ${values['state-file']}`
      : '  State        in memory (lost on exit)',
  ].join('\n'),
);
