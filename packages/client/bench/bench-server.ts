// The bench's server: bare node:http on 127.0.0.1 in its own process, so the CPU the bench
// measures is the client's alone. Answers every request with the spec's getMessage example body.
// Prints its port on stdout, stops when its parent's stdin closes.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

const body = JSON.stringify({
  data: [
    {
      test: false,
      sender: 'Simone',
      body: 'Production test 4 ',
      recipients: { valid: { count: 1 }, invalid: { total: 0, list: [] } },
      priority: 1,
      options: { flash: true, realtime: true, timestamp_send: '326152800000' },
      transaction: false,
      statistics: { error: 0, sent: 1, delivered: 1, total: 1, sms_total: 1 },
      base_price: 0.03,
      timestamp: '1559743507600',
      last_update: '1559743510156',
      price: 0.036,
      state: 2,
      id: '5cf7cc139f272546624d3795',
    },
  ],
  message: '1 Result',
  credit: '90.97149999999986',
  success: true,
  error: null,
});
const headers = { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) };

const server = createServer((request, response) => {
  request.resume();
  request.on('end', () => response.writeHead(200, headers).end(body));
});
server.keepAliveTimeout = 60_000;
server.listen(0, '127.0.0.1', () => {
  process.stdout.write(`${(server.address() as AddressInfo).port}\n`);
});
process.stdin.on('end', () => server.close(() => process.exit(0)));
process.stdin.resume();
