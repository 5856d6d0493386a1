import type { MiddlewareHandler } from 'hono';

/**
 * One line per request: time, method, path, status, duration. The query string, headers and body
 * are left out on purpose: they carry bearer tokens, client secrets and message content.
 */
export function requestLog(write: (line: string) => void): MiddlewareHandler {
  return async (c, next) => {
    const started = performance.now();
    await next();
    write(logLine(c.req.method, new URL(c.req.url).pathname, c.res.status, started));
  };
}

/** The log line of a request that started at `started` (`performance.now()`). */
export function logLine(method: string, path: string, status: number, started: number): string {
  const ms = (performance.now() - started).toFixed(1);
  return `${new Date().toISOString()} ${method} ${path} ${status} ${ms}ms`;
}
