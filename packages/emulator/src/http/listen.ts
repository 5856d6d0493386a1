import { once } from 'node:events';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';

/** A running HTTP server of the emulator. */
export interface ListeningServer {
  /** `http://127.0.0.1:<port>`, without a trailing slash. */
  readonly url: string;
  readonly port: number;
  /** Stops accepting connections, ends idle keep-alive ones, and resolves once closed. */
  close(): Promise<void>;
}

/** Serves `fetch` on 127.0.0.1 only: the emulator is a local tool, never a network service. */
export async function listenOnLoopback(
  fetch: (request: Request) => Response | Promise<Response>,
  port: number,
): Promise<ListeningServer> {
  const server = serve({ fetch, port, hostname: '127.0.0.1' }) as Server;
  await Promise.race([
    once(server, 'listening'),
    once(server, 'error').then(([error]) => Promise.reject(error as Error)),
  ]);
  const address = server.address() as AddressInfo;
  let closing: Promise<void> | undefined;
  return {
    url: `http://127.0.0.1:${address.port}`,
    port: address.port,
    close() {
      closing ??= new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeIdleConnections();
        // Requests still in flight get a moment to finish; then their sockets are cut, so close
        // never hangs on a client that keeps its connection open.
        setTimeout(() => server.closeAllConnections(), 1_000).unref();
      });
      return closing;
    },
  };
}
