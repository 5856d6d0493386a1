// What a browser app imports to talk to Gateway SMS; bundled with esbuild by the release check.
import { createGatewaySmsClient } from '@sms-contracts/client/gateway-sms';

export const client = createGatewaySmsClient({ environment: 'sandbox', token: () => 'token' });
