import type { components } from '@sms-contracts/types/twosms';
import { Hono } from 'hono';
import type { EmulatorClock } from '../clock.ts';
import type { Reply } from '../http/api-dialect.ts';
import { mountRoute, type RouteOptions, respond, defineRoute as route } from '../http/api-route.ts';
import { placedReason } from './body-pointer.ts';
import { twoSmsDialect } from './dialect.ts';
import { envelopeError, httpError, oauthError } from './errors.ts';
import { presentTransaction, presentView, succeeded } from './present.ts';
import { searchReport } from './report.ts';
import type { TwoSmsFailure, TwoSmsStore } from './store.ts';

type Schemas = components['schemas'];

export interface TwoSmsAppContext {
  readonly store: TwoSmsStore;
  readonly clock: EmulatorClock;
  readonly bodyLimitBytes: number;
  readonly routeOptions: RouteOptions;
  changed(): void;
}

/** A refusal of the store, pointing into the request body (as it was sent) when it can. */
function failure(result: TwoSmsFailure, request: Request, operationId: string): Reply {
  return envelopeError(result.code, placedReason(request, operationId, result.reason, result.path));
}

/** 2SMS, mounted by the emulator under `/twosms`. */
export function twoSmsApp(ctx: TwoSmsAppContext): Hono {
  const { store, clock } = ctx;
  const dialect = twoSmsDialect({
    tokens: store.tokens,
    clock,
    bodyLimitBytes: ctx.bodyLimitBytes,
  });
  const app = new Hono({ strict: false });

  /** A send or an update: the transaction detail, or the store's refusal. */
  const transactionReply = (
    result: ReturnType<TwoSmsStore['send' | 'update']>,
    request: Request,
    operationId: string,
  ): Reply => {
    if (!result.ok) return failure(result, request, operationId);
    ctx.changed();
    return { status: 200, body: presentTransaction(store.userId, result.value) };
  };

  const routes = [
    route<Schemas['TokenRequest']>({
      method: 'POST',
      path: '/Token',
      operation: { operationId: 'requestAccessToken', hasBody: true, isPublic: true },
      handle({ body }) {
        const now = clock.now();
        const token = store.tokens.issue(body.client_id, body.client_secret, now);
        if (!token)
          return oauthError(
            'invalid_client',
            'The client_id or client_secret is not one the emulator knows.',
          );
        ctx.changed();
        return {
          status: 200,
          body: {
            access_token: token.accessToken,
            token_type: 'bearer',
            expires_in: Math.round((token.expiresAt - now) / 1000),
          },
        };
      },
    }),
    route<Schemas['MessageV2']>({
      method: 'POST',
      path: '/api/v2/sms/messages',
      operation: { operationId: 'sendMessage', hasBody: true },
      handle: ({ body, request }) =>
        transactionReply(store.send(body, clock.now()), request, 'sendMessage'),
    }),
    route<Schemas['MessageDetails']>({
      method: 'PUT',
      path: '/api/v1/sms/messages/:messageID',
      operation: { operationId: 'updateMessage', hasBody: true },
      handle: ({ params, body, request }) =>
        transactionReply(
          store.update(params.messageID as string, body, clock.now()),
          request,
          'updateMessage',
        ),
    }),
    route<undefined>({
      method: 'GET',
      path: '/api/v1/sms/messages/:messageID',
      operation: { operationId: 'getMessageView', hasBody: false },
      handle({ params, queryValues, request }) {
        const result = store.read(
          params.messageID as string,
          queryValues.contactId as string,
          clock.now(),
        );
        if (!result.ok) return failure(result, request, 'getMessageView');
        ctx.changed();
        return {
          status: 200,
          body: presentView(store.userId, result.value.message, result.value.recipient),
        };
      },
    }),
    route<Schemas['MessageCriteria']>({
      method: 'DELETE',
      path: '/api/v1/sms/messages',
      operation: { operationId: 'expireMessages', hasBody: true },
      handle({ body, request }) {
        const result = store.expire(body, clock.now());
        if (!result.ok) return failure(result, request, 'expireMessages');
        ctx.changed();
        const count = result.value.messageIds.length;
        return {
          status: 200,
          body: presentTransaction(store.userId, result.value, `Expired ${count} message(s)`),
        };
      },
    }),
    ...(['pending', 'recurring'] as const).map((kind) =>
      route<Schemas['DeletePendingRecurringMessagesRequest']>({
        method: 'DELETE',
        path: `/api/v2/sms/messages/${kind}s`,
        operation: {
          operationId: kind === 'pending' ? 'cancelPendingMessages' : 'cancelRecurringMessages',
          hasBody: true,
        },
        handle({ body, request }) {
          const result = store.cancel(kind, body, clock.now());
          if (!result.ok) {
            return failure(
              result,
              request,
              kind === 'pending' ? 'cancelPendingMessages' : 'cancelRecurringMessages',
            );
          }
          const cancelled = result.value;
          if (cancelled.length > 0) ctx.changed();
          return {
            status: 200,
            body: succeeded(store.userId, {
              Detail: { NoOfMessagesCancelled: cancelled.length, MessageIDs: cancelled },
            }),
          };
        },
      }),
    ),
    route<undefined>({
      method: 'GET',
      path: '/api/v1/reports/messages',
      operation: {
        operationId: 'searchMessageReport',
        hasBody: false,
        queryTypes: {
          'paging.Page': 'integer',
          'paging.NoOfRecords': 'integer',
          'filter.Status': 'integer',
          'filter.ReadStatus': 'integer',
          'filter.ReadResponseStatus': 'integer',
          'filter.Range': 'integer',
          'sort.Field': 'integer',
          'sort.AscendingDescending': 'boolean',
        },
      },
      handle: ({ queryValues }) => searchReport(store, queryValues, clock.now()),
    }),
  ];

  for (const definition of routes) mountRoute(app, dialect, definition, ctx.routeOptions);

  // A catch-all route, not app.notFound: a mounted app's notFound is never consulted.
  app.all('*', (c) =>
    respond(
      dialect,
      httpError(404, `No HTTP resource was found that matches the request URI '${c.req.url}'.`),
      c.req.raw,
      undefined,
      ctx.routeOptions,
    ),
  );
  app.onError((error, c) =>
    dialect.render(
      httpError(500, `Internal emulator error: ${error.message}`),
      c.req.raw,
      undefined,
    ),
  );
  return app;
}
