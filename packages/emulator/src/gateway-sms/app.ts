import type { components } from '@sms-contracts/types/gateway-sms';
import { Hono } from 'hono';
import type { EmulatorClock } from '../clock.ts';
import type { Reply } from '../http/api-dialect.ts';
import { mountRoute, type RouteOptions, respond, defineRoute as route } from '../http/api-route.ts';
import { objectIdPattern } from '../ids.ts';
import { badTimestampMessage } from './body-rules.ts';
import { gatewayDialect, gatewayError, invalidBodyError } from './dialect.ts';
import { presentListItem, presentMessage, presentRecipient } from './present.ts';
import type { GatewayFailure, GatewayMessageRecord, GatewayStore } from './store.ts';

type PostBodyMessage = components['schemas']['PostBodyMessage'];
type PutBodyMessage = components['schemas']['PutBodyMessage'];

export interface GatewayAppContext {
  readonly store: GatewayStore;
  readonly clock: EmulatorClock;
  readonly tokens: ReadonlySet<string>;
  readonly bodyLimitBytes: number;
  readonly routeOptions: RouteOptions;
  /** Called after every change of state (persistence). */
  changed(): void;
}

/** The vendor's error codes per operation, for a malformed and for an unknown message id. */
const idErrors = {
  getMessage: { malformed: 202, unknown: 202 },
  updateMessage: { malformed: 210, unknown: 211 },
  deleteMessage: { malformed: 218, unknown: 219 },
  listRecipients: { malformed: 202, unknown: 203 },
  getRecipient: { malformed: 202, unknown: 203 },
} as const;

/**
 * The id check every `/messages/{id}` operation shares: the message, or 406 for an id that is not
 * 24 hex digits and 404 for one no message has. GET /messages/{id} documents no 404, so an
 * unknown id there is a 406 with the same code as a malformed one.
 */
function findMessage(
  store: GatewayStore,
  operationId: keyof typeof idErrors,
  id: string,
): { readonly record: GatewayMessageRecord } | { readonly refused: Reply } {
  const codes = idErrors[operationId];
  if (!objectIdPattern.test(id)) {
    const message = `Invalid Message ID: /path/id: expected 24 hexadecimal digits, got "${id}"`;
    return { refused: gatewayError(406, message, codes.malformed) };
  }
  const record = store.get(id);
  if (record) return { record };
  return {
    refused:
      operationId === 'getMessage'
        ? gatewayError(406, `Invalid Message ID: no message has id ${id}`, codes.unknown)
        : gatewayError(404, 'No message found', codes.unknown),
  };
}

function credit(store: GatewayStore): string {
  return String(store.credit);
}

function failureReply(failure: GatewayFailure, store: GatewayStore, operationId: string): Reply {
  switch (failure.kind) {
    case 'credit':
      return operationId === 'sendMessage'
        ? gatewayError(
            402,
            `Current User credit is not enough. ${failure.needed} needed ${failure.available} € available`,
            201,
          )
        : gatewayError(402, `Insufficient Credit in Wallet: ${credit(store)}`, 201);
    case 'bad-timestamp':
      // The dialect refuses these with the schema; kept so the store never answers without one.
      return invalidBodyError(operationId, badTimestampMessage(failure.value));
    case 'closed':
      return gatewayError(422, 'Transaction already closed', 212);
    case 'not-deletable':
      return gatewayError(422, 'message already scheduled for sending', 221);
    case 'not-found':
      return gatewayError(404, 'No message found', operationId === 'deleteMessage' ? 219 : 211);
  }
}

/** Gateway SMS, mounted by the emulator under `/gateway-sms`. */
export function gatewaySmsApp(ctx: GatewayAppContext): Hono {
  const { store, clock } = ctx;
  const dialect = gatewayDialect({ tokens: ctx.tokens, bodyLimitBytes: ctx.bodyLimitBytes });
  // Not strict: the vendor's paths end in a slash (/messages/), and both forms are served.
  const app = new Hono({ strict: false });
  const ok = (status: number, message: string, data: unknown): Reply => ({
    status,
    body: { data, success: true, message, credit: credit(store), error: null },
  });

  const routes = [
    route({
      method: 'GET',
      path: '/messages',
      operation: { operationId: 'listMessages', hasBody: false },
      handle() {
        const messages = store.list();
        if (messages.length === 0) return gatewayError(404, 'No message found', 203);
        const label = messages.length === 1 ? '1 Result' : `${messages.length} Results`;
        return ok(200, label, messages.map(presentListItem));
      },
    }),
    route<PostBodyMessage>({
      method: 'POST',
      path: '/messages',
      operation: { operationId: 'sendMessage', hasBody: true },
      handle({ body }) {
        const now = clock.now();
        const result = store.create(body, now);
        if (result.kind !== 'ok') return failureReply(result, store, 'sendMessage');
        ctx.changed();
        const label = result.value.open ? 'Transaction Opened' : 'Message Queued';
        return ok(201, label, [presentMessage(store, result.value, now, true)]);
      },
    }),
    route({
      method: 'GET',
      path: '/messages/:id',
      operation: { operationId: 'getMessage', hasBody: false },
      handle({ params }) {
        const found = findMessage(store, 'getMessage', params.id as string);
        if ('refused' in found) return found.refused;
        return ok(200, '1 Result', [presentMessage(store, found.record, clock.now())]);
      },
    }),
    route<PutBodyMessage>({
      method: 'PUT',
      path: '/messages/:id',
      operation: { operationId: 'updateMessage', hasBody: true },
      handle({ params, body }) {
        const found = findMessage(store, 'updateMessage', params.id as string);
        if ('refused' in found) return found.refused;
        const now = clock.now();
        const result = store.append(found.record.id, body, now);
        if (result.kind !== 'ok') return failureReply(result, store, 'updateMessage');
        ctx.changed();
        return ok(200, 'Updated', presentMessage(store, result.value, now, true));
      },
    }),
    route({
      method: 'DELETE',
      path: '/messages/:id',
      operation: { operationId: 'deleteMessage', hasBody: false },
      handle({ params }) {
        const found = findMessage(store, 'deleteMessage', params.id as string);
        if ('refused' in found) return found.refused;
        const result = store.delete(found.record.id);
        if (result.kind !== 'ok') return failureReply(result, store, 'deleteMessage');
        ctx.changed();
        return ok(200, `${found.record.id} Deleted`, []);
      },
    }),
    route({
      // DELETE without an id: the path parameter check answers 400 with the vendor's error 217
      // ("Message Id required") before this handler could run.
      method: 'DELETE',
      path: '/messages',
      operation: { operationId: 'deleteMessage', hasBody: false },
      handle() {
        return gatewayError(400, 'Message Id required', 217);
      },
    }),
    route({
      method: 'GET',
      path: '/messages/:id/recipients',
      operation: { operationId: 'listRecipients', hasBody: false },
      handle({ params }) {
        const found = findMessage(store, 'listRecipients', params.id as string);
        if ('refused' in found) return found.refused;
        const { record } = found;
        if (record.recipients.length === 0) return gatewayError(404, 'No message found', 203);
        const now = clock.now();
        const data = record.recipients.map((r, i) => presentRecipient(record, r, i, now));
        return ok(200, data.length === 1 ? '1 Result' : `${data.length} Results`, data);
      },
    }),
    route({
      method: 'GET',
      path: '/messages/:id/recipients/:number',
      operation: { operationId: 'getRecipient', hasBody: false },
      handle({ params }) {
        const found = findMessage(store, 'getRecipient', params.id as string);
        if ('refused' in found) return found.refused;
        const { record } = found;
        const index = record.recipients.indexOf(params.number as string);
        const recipient = record.recipients.at(index);
        if (!recipient) return gatewayError(404, 'No message found', 203);
        return ok(200, '1 Result', [presentRecipient(record, recipient, index, clock.now())]);
      },
    }),
  ];

  for (const route of routes) mountRoute(app, dialect, route, ctx.routeOptions);

  // A catch-all route, not app.notFound: a mounted app's notFound is never consulted.
  app.all('*', (c) =>
    respond(
      dialect,
      gatewayError(
        404,
        `Not Found: no Gateway SMS operation is ${c.req.method} ${new URL(c.req.url).pathname}`,
      ),
      c.req.raw,
      undefined,
      ctx.routeOptions,
    ),
  );
  app.onError((error, c) =>
    dialect.render(
      gatewayError(500, `Internal emulator error: ${error.message}`),
      c.req.raw,
      undefined,
    ),
  );
  return app;
}
