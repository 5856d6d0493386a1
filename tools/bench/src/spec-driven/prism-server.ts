// Child process: Prism's mock server (@stoplight/prism-cli) on the bench spec, set up as
// `prism mock` sets it up (request and response validation, security checks, static examples),
// with its logger silenced so it costs what our emulator's (also silent) costs.
import { createRequire } from 'node:module';
import { serveChildProtocol } from '../loopback/child-server.ts';
import { benchSpec } from './bench-spec.ts';

// Prism's own packages, resolved from the CLI's folder (they are its dependencies, not ours).
const fromPrism = createRequire(createRequire(import.meta.url).resolve('@stoplight/prism-cli'));
const { getHttpOperationsFromSpec } = fromPrism('@stoplight/prism-http');
const { createServer } = fromPrism('@stoplight/prism-http-server');
const { createLogger } = fromPrism('@stoplight/prism-core');

const operations = await getHttpOperationsFromSpec(benchSpec.file);
const server = createServer(operations, {
  cors: true,
  config: {
    validateRequest: true,
    validateResponse: true,
    checkSecurity: true,
    errors: false,
    isProxy: false,
    upstreamProxy: undefined,
    mock: { dynamic: false },
  },
  components: { logger: createLogger('CLI', { level: 'silent' }) },
});
const address: string = await server.listen(0, '127.0.0.1');
serveChildProtocol(address.replace(/\/$/, ''));
