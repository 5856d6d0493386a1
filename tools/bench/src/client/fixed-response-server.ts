// Child process: a bare node:http server on 127.0.0.1 that reads each request's body and answers
// with the seed's PUT /messages/{id} 200 response, the same bytes every time.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serveChildProtocol } from '../loopback/child-server.ts';
import { updateResponse } from '../validation/payloads.ts';

const body = Buffer.from(JSON.stringify(updateResponse(0)));
const server = createServer((request, response) => {
  request.resume();
  request.on('end', () => {
    response.writeHead(200, { 'content-type': 'application/json', 'content-length': body.length });
    response.end(body);
  });
});
server.keepAliveTimeout = 30_000;
server.listen(0, '127.0.0.1', () => {
  serveChildProtocol(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
});
