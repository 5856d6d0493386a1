import { createClient } from '@sms-contracts/client/twosms';

// Every API of the registry has a generated createClient: credentials are keyed by the spec's
// security scheme names (2SMS has one, `clientCredentials`: OAuth2 client credentials).
const twosms = createClient({
  environment: 'https://portal.2sms.us', // one of the spec's servers, or baseUrl: '…'
  credentials: {
    clientCredentials: {
      clientId: 'my-api-client',
      clientSecret: process.env.TWOSMS_CLIENT_SECRET ?? '',
    },
  },
  format: 'xml', // XML where the spec offers it; JSON-only operations stay JSON
});

const { data, error } = await twosms.GET('/api/v1/reports/messages', {
  params: { query: { 'paging.Page': 1, 'paging.NoOfRecords': 20 } },
});
console.log(error ?? data?.ResponseData);

// A DELETE is not retried unless the spec marks it `x-idempotent: true` or the call opts in:
// cancelling these listed messages twice cancels them once.
await twosms.DELETE('/api/v2/sms/messages/pendings', {
  body: { MessageIDs: ['a2301eec-c74e-49bd-9715-bcb545c82ea1'] },
  retry: { idempotent: true },
});
