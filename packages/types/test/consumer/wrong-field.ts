// Must NOT compile: a number where the seed says string.
import type { UpdateMessageRequestBody } from '@sms-contracts/types/gateway-sms';

export const put: UpdateMessageRequestBody = { recipients: { number: 393478569987 } };
