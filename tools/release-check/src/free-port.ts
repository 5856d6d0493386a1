import { createServer } from 'node:net';

/** A port that is free on 127.0.0.1 right now (the OS picks it), for a server started next. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => {
        if (address && typeof address === 'object') resolve(address.port);
        else reject(new Error(`expected a TCP address from listen(0), got ${String(address)}`));
      });
    });
  });
}
