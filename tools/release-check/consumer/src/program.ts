// A consumer of the published packages, installed from a registry with npm: it starts the
// emulator, runs a Gateway SMS transaction and a 2SMS update in XML, validates every answer
// with @sms-contracts/validation, and prints one line per step for the release check to read.
import { createGatewaySmsClient } from '@sms-contracts/client/gateway-sms';
import { createTwoSmsClient } from '@sms-contracts/client/twosms';
import { createEmulator } from '@sms-contracts/emulator';
import type { UpdateMessageRequestBody } from '@sms-contracts/types/gateway-sms';
import type { MessageDetails } from '@sms-contracts/types/twosms';
import { operations as gatewaySms } from '@sms-contracts/validation/gateway-sms';
import { operations as twoSms } from '@sms-contracts/validation/twosms';

interface StandardValidator {
  readonly '~standard': {
    validate(
      value: unknown,
    ):
      | { readonly value: unknown; readonly issues?: undefined }
      | { readonly issues: readonly { readonly message: string }[] }
      | Promise<unknown>;
  };
}

/** Validates `value` with a Standard Schema validator; throws listing the issues. */
function check(what: string, validator: StandardValidator, value: unknown): string {
  const result = validator['~standard'].validate(value);
  if (result instanceof Promise) throw new Error(`${what}: expected a synchronous result`);
  if (result.issues) {
    throw new Error(`${what}: invalid: ${result.issues.map((issue) => issue.message).join('; ')}`);
  }
  return 'valid';
}

function required<T>(what: string, value: T | undefined): T {
  if (value === undefined) throw new Error(`${what}: expected a value, got undefined`);
  return value;
}

const emulator = createEmulator();
const server = await emulator.listen(0);
const credentials = emulator.credentials();
console.log(`node ${process.version}: emulator listening on ${server.url}`);

try {
  // Gateway SMS: open a transaction, add recipients, close it.
  const gateway = createGatewaySmsClient({
    baseUrl: `${server.url}/gateway-sms`,
    token: required('gateway token', credentials.gatewaySms.tokens[0]),
  });
  const opened = await gateway.POST('/messages/', {
    body: {
      sender: 'Consumer',
      body: 'Hello {{name}}',
      recipients: ['+39-3478569987'],
      transaction: true,
    },
  });
  const openedBody = required(`POST /messages/ ${opened.response.status}`, opened.data);
  const message = required('POST /messages/ data[0]', openedBody.data[0]);
  const id = required('POST /messages/ data[0].id', message.id);
  console.log(
    `gateway-sms POST /messages/ ${opened.response.status}: id ${id}, transaction ${message.transaction}, ` +
      `${check('sendMessage 201', gatewaySms.sendMessage.responses['201']['application/json'], openedBody)}`,
  );

  const addRecipients: UpdateMessageRequestBody = {
    recipients: [{ number: '+39-3478569988', fields: { name: 'simone' } }, '+39-3478569989'],
    transaction: true,
  };
  const added = await gateway.PUT('/messages/{id}', {
    params: { path: { id } },
    body: addRecipients,
  });
  const addedBody = required(`PUT /messages/{id} ${added.response.status}`, added.data);
  console.log(
    `gateway-sms PUT /messages/{id} ${added.response.status}: ${addedBody.data.recipients?.valid?.count} valid recipients, ` +
      `transaction ${addedBody.data.transaction}, ` +
      `${check('updateMessage 200', gatewaySms.updateMessage.responses['200']['application/json'], addedBody)}`,
  );

  const closed = await gateway.PUT('/messages/{id}', {
    params: { path: { id } },
    body: { recipients: '+39-3478569990', transaction: false },
  });
  const closedBody = required(`PUT /messages/{id} ${closed.response.status}`, closed.data);
  console.log(
    `gateway-sms PUT /messages/{id} ${closed.response.status}: ${closedBody.data.recipients?.valid?.count} valid recipients, ` +
      `transaction ${closedBody.data.transaction}, ` +
      `${check('updateMessage 200', gatewaySms.updateMessage.responses['200']['application/json'], closedBody)}`,
  );

  // 2SMS: send a message, then update it with an XML body and an XML answer.
  const wire: string[] = [];
  const twosms = createTwoSmsClient(required('2SMS client', credentials.twosms.clients[0]), {
    baseUrl: `${server.url}/twosms`,
    format: 'xml',
    fetch: async (request) => {
      const response = await fetch(request);
      const url = new URL(request.url);
      wire.push(
        `${request.method} ${url.pathname.replace('/twosms', '')} sent ${request.headers.get('content-type')}, ` +
          `got ${response.headers.get('content-type')}`,
      );
      return response;
    },
  });
  const sent = await twosms.POST('/api/v2/sms/messages', {
    body: {
      Contacts: { QuickRecipients: { '+447700900123': 2 } },
      Content: 'Your code is 1234',
      Options: {},
      Type: 1,
    },
  });
  const sentBody = required(`POST /api/v2/sms/messages ${sent.response.status}`, sent.data);
  const messageId = required('MessageID', sentBody.ResponseData?.Detail?.MessageID ?? undefined);
  console.log(
    `twosms POST /api/v2/sms/messages ${sent.response.status}: id ${messageId}, ` +
      `${check('sendMessage 200', twoSms.sendMessage.responses['200']['application/json'], sentBody)}`,
  );

  const update: MessageDetails = {
    messageId,
    DateReceived: '2030-01-01T09:00:00Z',
    DateToSend: '2030-01-01T09:00:00Z',
    DateSent: '2030-01-01T09:00:00Z',
    Sender: 'Consumer',
    DateModified: '2030-01-01T09:05:00Z',
    AccountID: '00000000-0000-0000-0000-000000000000',
    StatusID: 'Sent',
    Content: 'Your code is 5678',
    Reference: 'release-check',
    ExpiryDate: '2031-01-01T00:00:00Z',
    DeliveryReceipt: true,
    SmsReadReceipt: false,
    EmailReadReceipt: false,
    GroupID: '00000000-0000-0000-0000-000000000000',
    ContactID: 0,
    NoOfReads: 3,
    AdditionalGroupID: '00000000-0000-0000-0000-000000000000',
    AdditionalContactID: 18,
    RemoveGroupID: '00000000-0000-0000-0000-000000000000',
    RemoveContactID: 0,
    MessageType: 'Advanced',
    NoOfContacts: 1,
    AuthenticationMethod: 0,
  };
  const updated = await twosms.PUT('/api/v1/sms/messages/{messageID}', {
    params: { path: { messageID: messageId } },
    body: update,
  });
  const updatedBody = required(
    `PUT /api/v1/sms/messages/{messageID} ${updated.response.status}`,
    updated.data,
  );
  console.log(
    `twosms PUT /api/v1/sms/messages/{messageID} ${updated.response.status}: ` +
      `${updatedBody.ResponseData?.Detail?.NoOfContacts} contacts, text "${updatedBody.ResponseData?.Detail?.MessageText}", ` +
      `${check('updateMessage 200', twoSms.updateMessage.responses['200']['application/xml'], updatedBody)}`,
  );
  for (const line of wire) console.log(`twosms wire: ${line}`);
  console.log('done');
} finally {
  await server.close();
}
