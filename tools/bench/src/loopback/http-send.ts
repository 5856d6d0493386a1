// One HTTP request over a keep-alive agent, resolved with the status and the whole body: the
// load generator of the server benchmarks (node:http costs less client CPU than fetch).
import { type Agent, request } from 'node:http';

export interface Answer {
  readonly status: number;
  readonly text: string;
}

export function send(
  agent: Agent,
  url: URL,
  method: string,
  headers: Record<string, string>,
  body: string,
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      {
        agent,
        method,
        headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) },
        timeout: 10_000,
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          text += chunk;
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
      },
    );
    req.on('timeout', () => req.destroy(new Error(`${method} ${url.href}: no answer within 10 s`)));
    req.on('error', reject);
    req.end(body);
  });
}
