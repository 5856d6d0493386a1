import { createGatewaySmsClient } from '@sms-contracts/client/gateway-sms';

const gateway = createGatewaySmsClient({
  token: process.env.GATEWAY_SMS_TOKEN ?? '',
  environment: 'sandbox', // or 'production', or baseUrl: 'http://127.0.0.1:4010/gateway-sms'
});

// Open a transaction, add a recipient, then close it: the message goes to the sending queue.
const sent = await gateway.POST('/messages/', {
  body: {
    test: false,
    priority: 1,
    sender: 'alberto',
    body: 'Ciao {{name}}',
    recipients: { number: '+39-3478569987', fields: { name: 'Simone' } },
    transaction: true,
  },
});
if (sent.error) throw new Error(`send refused: ${sent.response.status} ${sent.error.message}`);

const id = sent.data.data[0]?.id ?? '';
const { data, error, response } = await gateway.PUT('/messages/{id}', {
  params: { path: { id } },
  body: { recipients: '+39-3470000002', transaction: false },
});
if (error) {
  // Typed per status: e.g. 422 with `error: 212` when the transaction is already closed.
  console.error(response.status, error);
} else {
  console.log(data.data.recipients?.valid?.count, 'valid recipients');
}
