// Child process: the emulator, as the package exports it, on 127.0.0.1.
import { createEmulator } from '@sms-contracts/emulator';
import { serveChildProtocol } from '../loopback/child-server.ts';
import { benchToken } from './gateway-requests.ts';

const emulator = createEmulator({ gatewaySms: { tokens: [benchToken], credit: 1e12 } });
serveChildProtocol((await emulator.listen(0)).url);
