import { Hono } from 'hono';
import { generatedApis } from './apis/index.gen.ts';
import { EmulatorClock } from './clock.ts';
import {
  type ClockReading,
  type CreditBalances,
  controlApp,
  type EmulatorControls,
  type EmulatorCredentials,
  type ReadReceipt,
} from './control/app.ts';
import type { ApiPlugin } from './engine/api-plugin.ts';
import { SpecDrivenMounts } from './engine/spec-driven-mounts.ts';
import { gatewaySmsApp } from './gateway-sms/app.ts';
import { defaultGatewayPricing } from './gateway-sms/pricing.ts';
import { GatewayStore } from './gateway-sms/store.ts';
import { type ListeningServer, listenOnLoopback } from './http/listen.ts';
import { requestLog } from './http/request-log.ts';
import { roundMoney } from './money.ts';
import { defaults, type EmulatorOptions } from './options.ts';
import type { OutboxEntry } from './outbox.ts';
import type { GeneratedApis } from './spec-driven/generated-apis.ts';
import { isPersistedState, type PersistedState } from './state/persisted-state.ts';
import { readStateFile, StateFileWriter } from './state/state-file.ts';
import { twoSmsApp } from './twosms/app.ts';
import { TwoSmsStore } from './twosms/store.ts';
import { emulatorUrl, mountPaths } from './vendor-hosts.ts';

/** A running emulator: every registry API and the control API behind one `fetch`. */
export interface Emulator extends Omit<EmulatorControls, 'reset'> {
  /**
   * Serves a request in process, no socket: pass it as a client's `fetch`. Paths under
   * `/<slug>` of every registry API and `/__emulator` are served whatever the host; requests to
   * the vendors' own hosts (e.g. `https://ws.messaggisms.com/messages/`, or any server a spec
   * lists) reach the matching API.
   */
  // `Request | string | URL`, not the DOM's `RequestInfo`: Node consumers without the DOM lib
  // (`"lib": ["ES2023"], "types": ["node"]`) have no `RequestInfo`.
  fetch(input: Request | string | URL, init?: RequestInit): Promise<Response>;
  /** Serves HTTP on 127.0.0.1 (port 0 picks a free port). */
  listen(port?: number): Promise<ListeningServer>;
  /**
   * Empties both accounts, restores credit and clock, revokes 2SMS tokens, forgets the records
   * and tokens of the spec-driven APIs.
   */
  reset(): void;
  /** Resolves once every change is saved to the state file (at once without one). */
  flush(): Promise<void>;
}

/**
 * Creates an emulator of every registry API with its own state: Gateway SMS and 2SMS with their
 * business rules, every other API spec-driven.
 */
export function createEmulator(options: EmulatorOptions = {}): Emulator {
  return createEmulatorOf(generatedApis, options);
}

/** An emulator of `apis` (tests pass generated fixture APIs); see {@link createEmulator}. */
export function createEmulatorOf(apis: GeneratedApis, options: EmulatorOptions = {}): Emulator {
  const clock = new EmulatorClock(options.clock);
  const bodyLimitBytes = options.bodyLimitBytes ?? defaults.bodyLimitBytes;
  const routeOptions = { validateResponses: options.validateResponses ?? false };
  const gatewayOptions = options.gatewaySms ?? {};
  const twosmsOptions = options.twosms ?? {};
  const gatewayTokens = gatewayOptions.tokens ?? [defaults.gatewayToken];
  const twosmsClients = twosmsOptions.clients ?? [defaults.twosmsClient];

  const gateway = new GatewayStore(
    {
      pricePerSms: gatewayOptions.pricePerSms ?? defaultGatewayPricing.pricePerSms,
      realtimeMultiplier:
        gatewayOptions.realtimeMultiplier ?? defaultGatewayPricing.realtimeMultiplier,
    },
    gatewayOptions.credit ?? defaults.gatewayCredit,
  );
  const twosms = new TwoSmsStore({
    credit: twosmsOptions.credit ?? defaults.twosmsCredit,
    clients: twosmsClients,
    tokenLifetimeMs: (twosmsOptions.tokenLifetimeSeconds ?? defaults.tokenLifetimeSeconds) * 1000,
    userId: twosmsOptions.userId ?? defaults.userId,
  });

  const snapshot = (): PersistedState => ({
    version: 1,
    clockOffsetMs: clock.offsetMs,
    gatewaySms: gateway.toJSON(),
    twosms: twosms.toJSON(),
  });
  const writer = options.stateFile ? new StateFileWriter(options.stateFile, snapshot) : undefined;
  if (options.stateFile) {
    const saved = readStateFile(options.stateFile, isPersistedState);
    if (saved) {
      clock.offsetMs = saved.clockOffsetMs;
      gateway.load(saved.gatewaySms);
      twosms.load(saved.twosms);
    }
  }
  const changed = () => writer?.schedule();

  const plugins: ApiPlugin[] = [
    {
      slug: mountPaths.gatewaySms.slice(1),
      app: gatewaySmsApp({
        store: gateway,
        clock,
        tokens: new Set(gatewayTokens),
        bodyLimitBytes,
        routeOptions,
        changed,
      }),
    },
    {
      slug: mountPaths.twosms.slice(1),
      app: twoSmsApp({ store: twosms, clock, bodyLimitBytes, routeOptions, changed }),
    },
  ];
  const pluginSlugs = new Set(plugins.map((plugin) => plugin.slug));
  const specDriven = new SpecDrivenMounts(
    Object.fromEntries(Object.entries(apis).filter(([slug]) => !pluginSlugs.has(slug))),
    {
      bodyLimitBytes,
      validateResponses: routeOptions.validateResponses,
      credentials: (slug) => options.apis?.[slug]?.credentials,
      log: options.log,
    },
  );

  const controls: EmulatorControls = {
    reset() {
      gateway.reset();
      twosms.reset();
      specDriven.reset();
      clock.reset();
      changed();
    },
    credit: (): CreditBalances => ({ gatewaySms: gateway.credit, twosms: twosms.credit }),
    setCredit(credit) {
      if (credit.gatewaySms !== undefined) gateway.credit = roundMoney(credit.gatewaySms);
      if (credit.twosms !== undefined) twosms.credit = roundMoney(credit.twosms);
      changed();
      return controls.credit();
    },
    clock: (): ClockReading => ({
      now: new Date(clock.now()).toISOString(),
      offsetMs: clock.offsetMs,
    }),
    advanceClock(ms) {
      clock.advance(ms);
      changed();
      return controls.clock();
    },
    markRead(messageId, contact): ReadReceipt {
      const receipt = twosms.markRead(messageId, contact, clock.now());
      if (receipt.ok) changed();
      return receipt;
    },
    outbox(api): OutboxEntry[] {
      const now = clock.now();
      if (api === 'gateway-sms') return gateway.outbox(now);
      if (api === 'twosms') return twosms.outbox(now);
      return [...gateway.outbox(now), ...twosms.outbox(now)];
    },
    credentials: (): EmulatorCredentials => ({
      gatewaySms: { tokens: [...gatewayTokens] },
      twosms: {
        clients: twosmsClients.map(({ clientId, clientSecret }) => ({ clientId, clientSecret })),
      },
    }),
  };

  const app = new Hono({ strict: false });
  if (options.log) app.use('*', requestLog(options.log));
  for (const plugin of plugins) app.route(`/${plugin.slug}`, plugin.app);
  app.route(mountPaths.control, controlApp(controls));
  app.notFound((c) =>
    Response.json(
      {
        error: `no API at ${new URL(c.req.url).pathname}: Gateway SMS is under ${mountPaths.gatewaySms}, 2SMS under ${mountPaths.twosms}${specDriven.slugs.map((slug) => `, ${slug} under /${slug}`).join('')}, the control API under ${mountPaths.control}`,
      },
      { status: 404 },
    ),
  );

  const serveRequest = (request: Request): Response | Promise<Response> => {
    // Spec-driven APIs skip the router of the plugins: one split of the path finds them.
    const url = request.url;
    const pathStart = url.indexOf('/', url.indexOf('//') + 2);
    const queryStart = url.indexOf('?', pathStart);
    const path = url.slice(pathStart, queryStart === -1 ? undefined : queryStart);
    const slugEnd = path.indexOf('/', 1);
    const slug = path.slice(1, slugEnd === -1 ? undefined : slugEnd);
    if (specDriven.has(slug)) {
      const query = new URLSearchParams(queryStart === -1 ? '' : url.slice(queryStart + 1));
      const rest = slugEnd === -1 ? '' : path.slice(slugEnd);
      return specDriven.fetch(request, slug, rest, query);
    }
    return app.fetch(request);
  };

  return {
    ...controls,
    fetch(input, init) {
      const request =
        input instanceof Request && init === undefined ? input : new Request(input, init);
      const url = new URL(request.url);
      const rewritten = emulatorUrl(url) ?? specDriven.emulatorUrl(url);
      if (!rewritten) return Promise.resolve(serveRequest(request));
      const body = request.body;
      return Promise.resolve(
        serveRequest(
          new Request(rewritten, {
            method: request.method,
            headers: request.headers,
            body,
            signal: request.signal,
            ...(body ? { duplex: 'half' } : {}),
          } as RequestInit),
        ),
      );
    },
    listen: (port = 0) => listenOnLoopback(serveRequest, port),
    async flush() {
      await writer?.flush();
    },
  };
}
