import type { MiddlewareHandler } from 'hono';

/**
 * One line per request: time, method, path, status, duration. The query string, headers and body
 * are left out on purpose: they carry bearer tokens, client secrets and message content.
 */
export function requestLog(write: (line: string) => void): MiddlewareHandler {
  return async (c, next) => {
    const started = performance.now();
    await next();
    const ms = (performance.now() - started).toFixed(1);
    const path = new URL(c.req.url).pathname;
    write(`${new Date().toISOString()} ${c.req.method} ${path} ${c.res.status} ${ms}ms`);
  };
}
