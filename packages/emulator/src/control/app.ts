import { Hono } from 'hono';
import { mediaTypeOf } from '../http/media-type.ts';
import { readBodyText } from '../http/read-body.ts';
import type { OutboxEntry } from '../outbox.ts';
import { refuseUnsafeControlRequest } from './request-guard.ts';

/** What the control API drives; the emulator object offers the same operations in process. */
export interface EmulatorControls {
  reset(): void;
  setCredit(credit: { readonly gatewaySms?: number; readonly twosms?: number }): CreditBalances;
  credit(): CreditBalances;
  advanceClock(ms: number): ClockReading;
  clock(): ClockReading;
  /** Marks a 2SMS message read by one of its recipients (a contact key such as "+12345678901"). */
  markRead(messageId: string, contact: string): ReadReceipt;
  outbox(api?: OutboxEntry['api']): OutboxEntry[];
  /** What the emulator accepts: tokens and client credentials, so a caller can log in. */
  credentials(): EmulatorCredentials;
}

export interface CreditBalances {
  readonly gatewaySms: number;
  readonly twosms: number;
}

export interface ClockReading {
  /** ISO 8601. */
  readonly now: string;
  readonly offsetMs: number;
}

export type ReadReceipt =
  | {
      readonly ok: true;
      readonly messageId: string;
      readonly contact: string;
      readonly reads: number;
    }
  | { readonly ok: false; readonly status: 404 | 409; readonly message: string };

export interface EmulatorCredentials {
  readonly gatewaySms: { readonly tokens: readonly string[] };
  readonly twosms: {
    readonly clients: readonly { readonly clientId: string; readonly clientSecret: string }[];
  };
}

const controlBodyLimit = 64 * 1024;

function problem(status: number, message: string): Response {
  return Response.json({ error: message }, { status });
}

async function readJsonObject(
  request: Request,
): Promise<{ ok: true; value: Record<string, unknown> } | { ok: false; response: Response }> {
  const mediaType = mediaTypeOf(request.headers.get('content-type'));
  if (mediaType !== 'application/json') {
    return {
      ok: false,
      response: problem(
        415,
        `/headers/content-type: expected application/json, got ${mediaType ?? 'none'}`,
      ),
    };
  }
  const read = await readBodyText(request, controlBodyLimit);
  if (read.kind === 'too-large') {
    return {
      ok: false,
      response: problem(413, `/body: control bodies are limited to ${controlBodyLimit} bytes`),
    };
  }
  if (read.kind === 'not-utf8')
    return { ok: false, response: problem(400, '/body: not valid UTF-8') };
  try {
    const value: unknown = JSON.parse(read.text);
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
      return { ok: true, value: value as Record<string, unknown> };
    }
  } catch (error) {
    return {
      ok: false,
      response: problem(400, `/body: malformed JSON: ${(error as Error).message}`),
    };
  }
  return { ok: false, response: problem(400, '/body: expected a JSON object') };
}

function optionalNumber(body: Record<string, unknown>, key: string): number | undefined | Error {
  const value = body[key];
  if (value === undefined) return undefined;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    return new Error(`/body/${key}: expected a finite number >= 0, got ${JSON.stringify(value)}`);
  }
  return value;
}

/**
 * The control API, mounted under `/__emulator`: plain JSON, no auth (it only ever serves on
 * 127.0.0.1), refusing what a web page could send it (`request-guard.ts`). Errors are
 * `{ "error": "<JSON Pointer>: <what was expected>" }`.
 */
export function controlApp(controls: EmulatorControls): Hono {
  const app = new Hono({ strict: false });
  app.use('*', async (c, next) => {
    const refused = refuseUnsafeControlRequest(c.req.raw);
    if (refused) return problem(refused.status, refused.message);
    await next();
  });

  app.get('/', (c) =>
    c.json({
      credentials: controls.credentials(),
      credit: controls.credit(),
      clock: controls.clock(),
    }),
  );

  app.post('/reset', (c) => {
    controls.reset();
    return c.json({ reset: true, credit: controls.credit(), clock: controls.clock() });
  });

  app.get('/credit', (c) => c.json(controls.credit()));
  app.put('/credit', async (c) => {
    const body = await readJsonObject(c.req.raw);
    if (!body.ok) return body.response;
    const gatewaySms = optionalNumber(body.value, 'gatewaySms');
    const twosms = optionalNumber(body.value, 'twosms');
    for (const value of [gatewaySms, twosms])
      if (value instanceof Error) return problem(400, value.message);
    if (gatewaySms === undefined && twosms === undefined) {
      return problem(400, '/body: expected {"gatewaySms": <number>} and/or {"twosms": <number>}');
    }
    return c.json(
      controls.setCredit({
        gatewaySms: gatewaySms as number | undefined,
        twosms: twosms as number | undefined,
      }),
    );
  });

  app.get('/clock', (c) => c.json(controls.clock()));
  app.post('/clock/advance', async (c) => {
    const body = await readJsonObject(c.req.raw);
    if (!body.ok) return body.response;
    const ms = optionalNumber(body.value, 'ms');
    const seconds = optionalNumber(body.value, 'seconds');
    for (const value of [ms, seconds])
      if (value instanceof Error) return problem(400, value.message);
    if (ms === undefined && seconds === undefined) {
      return problem(400, '/body: expected {"ms": <number>} or {"seconds": <number>}');
    }
    const total = ((ms as number | undefined) ?? 0) + ((seconds as number | undefined) ?? 0) * 1000;
    try {
      return c.json(controls.advanceClock(total));
    } catch (error) {
      // The clock refuses a move past the last date it can write, and stays where it was.
      if (!(error instanceof RangeError)) throw error;
      return problem(400, `/body/${ms === undefined ? 'seconds' : 'ms'}: ${error.message}`);
    }
  });

  app.post('/twosms/messages/:id/reads', async (c) => {
    const body = await readJsonObject(c.req.raw);
    if (!body.ok) return body.response;
    const contact = body.value.contact;
    if (typeof contact !== 'string' || contact === '') {
      return problem(
        400,
        '/body/contact: expected the recipient as a non-empty string, e.g. "+12345678901"',
      );
    }
    const receipt = controls.markRead(c.req.param('id'), contact);
    return receipt.ok ? c.json(receipt) : problem(receipt.status, receipt.message);
  });

  app.get('/outbox', (c) => {
    const api = c.req.query('api');
    if (api !== undefined && api !== 'gateway-sms' && api !== 'twosms') {
      return problem(400, `/query/api: expected gateway-sms or twosms, got ${api}`);
    }
    return c.json({ entries: controls.outbox(api) });
  });

  app.all('*', (c) =>
    problem(404, `no control operation is ${c.req.method} ${new URL(c.req.url).pathname}`),
  );
  return app;
}
