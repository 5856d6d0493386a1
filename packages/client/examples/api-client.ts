import {
  type Authenticator,
  asValidatorModule,
  createApiClient,
  jsonFormat,
} from '@sms-contracts/client/api-client';
import { operations, type paths } from '@sms-contracts/client/gateway-sms';

// The engine under every client, for an API wrapped your own way: the generated operation table,
// a base URL, and any Authenticator (here a token from a secrets manager, asked per request).
const fromVault: Authenticator = {
  authorization: async () => `Bearer ${await readTokenFromVault()}`,
};

const gateway = createApiClient<paths, 'application/json'>({
  operations,
  baseUrl: 'https://test.ws.messaggisms.com',
  auth: fromVault,
  format: jsonFormat,
  loadValidators: () => import('@sms-contracts/validation/gateway-sms').then(asValidatorModule),
  options: { timeoutMs: 5_000, validate: { response: true } },
});
console.log((await gateway.GET('/messages/')).data?.message);

async function readTokenFromVault(): Promise<string> {
  return process.env.GATEWAY_SMS_TOKEN ?? '';
}
