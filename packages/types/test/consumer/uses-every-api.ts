// A consumer program: imports each API's types through the package's public exports.
import type * as GatewaySms from '@sms-contracts/types/gateway-sms';
import type * as TwoSms from '@sms-contracts/types/twosms';

export const put: GatewaySms.UpdateMessageRequestBody = {
  recipients: [{ number: '+39-3478569987', fields: { name: 'simone' } }, '+39-3471112222'],
  transaction: false,
};

export function creditOf(response: GatewaySms.UpdateMessageResponse): string | number | undefined {
  return response.credit ?? undefined;
}

export function detailOf(response: TwoSms.ResponseOfSmsTransaction): string | undefined {
  return response.ResponseData?.Detail?.PostTransaction ?? undefined;
}

export type Paths = GatewaySms.paths & TwoSms.paths;
