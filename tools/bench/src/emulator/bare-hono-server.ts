// Child process: a bare Hono app on the emulator's adapter (@hono/node-server), answering the
// same two routes with fixed bodies: the floor of the framework the emulator is built on.
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { serveChildProtocol } from '../loopback/child-server.ts';

const id = '5d4436469f272566771c6671';
const created = JSON.stringify({ data: [{ id }], success: true, error: null });
const updated = JSON.stringify({ data: { id }, success: true, message: 'Updated', error: null });
const json = { 'content-type': 'application/json' };

const app = new Hono();
app.post('/gateway-sms/messages/', (c) => c.body(created, 201, json));
app.put('/gateway-sms/messages/:id', async (c) => {
  // Read the body, as the emulator must, so both pay for receiving it.
  await c.req.raw.arrayBuffer();
  return c.body(updated, 200, json);
});
const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info) => {
  serveChildProtocol(`http://127.0.0.1:${info.port}`);
});
server.on('error', (error) => {
  throw error;
});
