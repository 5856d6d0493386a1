import { createGatewaySmsClient, type Middleware } from '@sms-contracts/client/gateway-sms';

// Any openapi-fetch middleware works. It runs once per call; retries and the Authorization
// header are added below it, so a logging middleware never sees the token.
const logging: Middleware = {
  onRequest({ request, schemaPath }) {
    console.log('→', request.method, schemaPath);
  },
  onResponse({ response }) {
    console.log('←', response.status);
  },
};

// A custom fetch receives a Request, as in openapi-fetch: the emulator's, or a recording one.
const recorded: string[] = [];
const gateway = createGatewaySmsClient({
  token: 'sms-emulator-gateway-token',
  baseUrl: 'http://127.0.0.1:4010/gateway-sms', // `sms-emulator --port 4010`
  middleware: [logging],
  fetch: (request) => {
    recorded.push(`${request.method} ${request.url}`);
    return fetch(request);
  },
});
await gateway.GET('/messages/');
