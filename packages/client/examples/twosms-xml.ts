import { createTwoSmsClient } from '@sms-contracts/client/twosms';

// OAuth2 client credentials: one token request for any number of concurrent calls, renewed
// before it expires, refreshed once after a 401. `{ accessToken }` works too.
const twosms = createTwoSmsClient(
  { clientId: 'my-api-client', clientSecret: process.env.TWOSMS_CLIENT_SECRET ?? '' },
  { host: 'portal.2sms.com', format: 'xml' },
);

// Sent as <MessageDetails> XML (messageId is the element <ID>, AuthenticationMethod is written
// ANONYMOUS), and the XML answer comes back as the same typed data as JSON would.
const { data } = await twosms.PUT('/api/v1/sms/messages/{messageID}', {
  params: { path: { messageID: 'a2301eec-c74e-49bd-9715-bcb545c82ea1' } },
  body: {
    messageId: 'a2301eec-c74e-49bd-9715-bcb545c82ea1',
    DateReceived: '2030-01-15T09:00:00Z',
    DateToSend: '2030-01-15T09:00:00Z',
    DateSent: '2030-01-15T09:00:00Z',
    Sender: 'Clinic',
    DateModified: '2030-01-15T09:00:00Z',
    Content: 'Your appointment moved to 10:30.',
    AdditionalContactID: 18,
    AuthenticationMethod: 0,
  },
});
console.log(data?.ResponseData?.Detail?.CreditsUsed);
