import { encodeXml } from '@sms-contracts/client/xml';
import fc from 'fast-check';
import { operationTable, shapes } from '../../src/twosms/xml-tables.ts';
import { controlProbe, type Probe, type ProbeMaker, pick, type World } from './probe.ts';
import { bodyOrBroken } from './probes-gateway.ts';
import { clientId, clientSecret, messageDetails } from './twosms.ts';

const unknownGuid = 'a2301eec-c74e-49bd-9715-bcb545c82ea1';
const groupGuid = '7c9e6679-7425-40de-944b-e07fc1f90ae7';
const when = fc.constantFrom(
  '2030-01-15T08:00:00Z',
  '2030-01-15T12:00:00Z',
  '2030-01-17T00:00:00Z',
  '2031-06-01T00:00:00Z',
);
const impossibleDate = '2030-13-01T00:00:00Z';

type Format = 'json' | 'xml' | 'form';

/** A body as sent in `format`; the XML through the operation's generated shapes. */
function encode(operationId: string, format: Format, body: Record<string, unknown>) {
  if (format === 'json') return { type: 'application/json', text: JSON.stringify(body) };
  if (format === 'form') {
    const fields = Object.entries(body).map(([k, v]) => [k, String(v)]);
    return {
      type: 'application/x-www-form-urlencoded',
      text: new URLSearchParams(fields).toString(),
    };
  }
  const xml = operationTable[operationId]?.xmlRequest?.['application/xml'];
  if (!xml) throw new Error(`${operationId} has no XML body`);
  return { type: 'application/xml', text: encodeXml(body, xml, shapes) };
}

/** The pointer a broken field has in `format`: JSON Pointer, or the XML elements' path. */
function pointerIn(format: Format, root: string, broken: string | undefined): string | undefined {
  if (broken === undefined || format !== 'xml') return broken;
  return broken.replace(/^\/body\/messageId/, '/body/ID').replace(/^\/body/, `/body/${root}`);
}

function probe(
  world: World,
  operationId: string,
  method: string,
  path: string,
  format: Format,
  root: string,
  { body, broken }: { body: Record<string, unknown>; broken?: string },
): Probe {
  const { type, text } = encode(operationId, format, body);
  return {
    api: 'twosms',
    operationId,
    method,
    path,
    headers: { authorization: `Bearer ${world.token}`, 'content-type': type },
    body: text,
    broken: pointerIn(format, root, broken),
  };
}

const quickKey = fc.constantFrom(
  '+12345678901',
  '+12345678902',
  '+44 7700 900123',
  'a@example.com',
);
const channel = fc.constantFrom(1, 2, 3);
const sendBody = fc.record(
  {
    Type: fc.constantFrom(0, 1, 2),
    Content: fc.oneof(fc.constantFrom('x', 'Привет'), fc.string({ maxLength: 300 })),
    Options: fc.record(
      {
        DateToSend: when,
        ExpiryDate: when,
        Reads: fc.nat(3),
        Reference: fc.constantFrom('a', 'b'),
      },
      { requiredKeys: [] },
    ),
    Contacts: fc.record(
      {
        QuickRecipients: fc.dictionary(quickKey, channel, { minKeys: 1, maxKeys: 3 }),
        ContactID: fc.dictionary(fc.constantFrom('16', '18'), channel, { maxKeys: 2 }),
        GroupID: fc.dictionary(fc.constant(groupGuid), channel, { maxKeys: 1 }),
      },
      { requiredKeys: ['QuickRecipients'] },
    ),
  },
  { requiredKeys: ['Type', 'Options', 'Contacts'] },
);
const sendBreakages = [
  { path: ['Type'], values: ['x', undefined] },
  { path: ['Content'], values: [5] },
  { path: ['Options'], values: [undefined, 'soon'] },
  { path: ['Options', 'Reads'], values: [-3, 'x'] },
  { path: ['Options', 'DateToSend'], values: [impossibleDate, 7] },
  { path: ['Options', 'ExpiryDate'], values: ['+275760-09-13T00:00:00Z'] },
  { path: ['Contacts', 'QuickRecipients', ''], values: [2] },
  { path: ['Contacts', 'QuickRecipients', '__proto__'], values: [2] },
  { path: ['Contacts', 'QuickRecipients', 'not a number; DROP TABLE'], values: [2] },
  { path: ['Contacts', 'QuickRecipients', '+12345678901'], values: ['x', 2.5] },
  { path: ['Contacts', 'ContactID', 'x'], values: [2] },
  { path: ['Contacts', 'GroupID', 'not-a-guid'], values: [2] },
];

const updateChanges = fc.record(
  {
    Content: fc.constantFrom('changed', 'Привет'),
    NoOfReads: fc.nat(3),
    AdditionalContactID: fc.nat(40),
    RemoveContactID: fc.nat(40),
    ExpiryDate: when,
  },
  { requiredKeys: [] },
);
const updateBreakages = [
  { path: ['NoOfReads'], values: [-3] },
  { path: ['AdditionalContactID'], values: [-5, undefined] },
  { path: ['RemoveContactID'], values: [-1] },
  { path: ['ExpiryDate'], values: [impossibleDate] },
  { path: ['messageId'], values: [undefined] },
];
const criteria = fc.record(
  {
    NotifyRecipients: fc.boolean(),
    Reason: fc.constantFrom('gone', 'Срок истёк'),
    Delete: fc.boolean(),
    Destination: quickKey,
  },
  { requiredKeys: [] },
);
const criteriaBreakages = [
  { path: ['StartDate'], values: [impossibleDate] },
  { path: ['FinishDate'], values: [impossibleDate] },
];
const cancelRequest = fc.record(
  {
    All: fc.boolean(),
    Reference: fc.constantFrom('a', 'b'),
    Destination: quickKey,
    StartDate: when,
  },
  { requiredKeys: [] },
);
const cancelBreakages = [
  { path: ['StartDate'], values: [impossibleDate] },
  { path: ['EndDate'], values: [impossibleDate] },
];

/** XML that is not a MessageDetails document: each refusal must name where it is wrong. */
const garbageXml: readonly (readonly [string, string])[] = [
  ['', '/body'],
  ['<MessageDetails><ID>x</MessageDetails>', '/body'],
  [
    '<MessageDetails><__proto__><x>1</x></__proto__></MessageDetails>',
    '/body/MessageDetails/__proto__',
  ],
  ['<MessageDetails><NoOfReads>abc</NoOfReads></MessageDetails>', '/body/MessageDetails/NoOfReads'],
  ['<Other/>', '/body/Other'],
];

const format = fc.constantFrom<Format>('json', 'xml');
const known = fc.nat();

/** Every 2SMS operation, valid and broken, in JSON, XML and form, plus clock and credit moves. */
export const twoSmsProbe: fc.Arbitrary<ProbeMaker> = fc.oneof(
  fc
    .constantFrom(
      [
        `grant_type=client_credentials&client_id=${clientId}&client_secret=${clientSecret}`,
        undefined,
      ],
      [`grant_type=client_credentials&client_id=${clientId}&client_secret=wrong`, undefined],
      [
        `grant_type=password&client_id=${clientId}&client_secret=${clientSecret}`,
        '/body/grant_type',
      ],
      [`grant_type=client_credentials&client_id=${clientId}`, '/body/client_secret'],
    )
    .map(
      ([form, broken]): ProbeMaker =>
        () => ({
          api: 'twosms',
          operationId: 'requestAccessToken',
          method: 'POST',
          path: '/Token',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          body: form,
          broken,
        }),
    ),
  {
    arbitrary: bodyOrBroken(sendBody, sendBreakages).map(
      (body): ProbeMaker =>
        (world) =>
          // The JSON text is written from the object as built, so a "__proto__" key stays a key.
          probe(world, 'sendMessage', 'POST', '/api/v2/sms/messages', 'json', 'MessageV2', body),
    ),
    weight: 3,
  },
  {
    arbitrary: fc
      .tuple(
        known,
        fc.constantFrom<Format>('json', 'xml', 'form'),
        bodyOrBroken(updateChanges, updateBreakages),
      )
      .map(
        ([i, as, { body, broken }]): ProbeMaker =>
          (world) => {
            const id = pick(world.twosmsIds, i, unknownGuid);
            const full = messageDetails(id, {});
            for (const [k, v] of Object.entries(body)) full[k] = v;
            if (!('messageId' in body) && broken === '/body/messageId') delete full.messageId;
            if (!('AdditionalContactID' in body) && broken === '/body/AdditionalContactID')
              delete full.AdditionalContactID;
            return probe(
              world,
              'updateMessage',
              'PUT',
              `/api/v1/sms/messages/${id}`,
              as,
              'MessageDetails',
              { body: full, broken },
            );
          },
      ),
    weight: 3,
  },
  fc.constantFrom(...garbageXml).map(
    ([xml, pointer]): ProbeMaker =>
      (world) => ({
        api: 'twosms',
        operationId: 'updateMessage',
        method: 'PUT',
        path: `/api/v1/sms/messages/${pick(world.twosmsIds, 0, unknownGuid)}`,
        headers: { authorization: `Bearer ${world.token}`, 'content-type': 'application/xml' },
        body: xml,
        broken: pointer,
      }),
  ),
  fc.tuple(known, fc.boolean()).map(
    ([i, asRecipient]): ProbeMaker =>
      (world) => {
        const id = pick(world.twosmsIds, i, unknownGuid);
        const contact = asRecipient ? pick(world.viewTokens, i, 'nobody') : 'nobody';
        return {
          api: 'twosms',
          operationId: 'getMessageView',
          method: 'GET',
          path: `/api/v1/sms/messages/${id}?contactId=${encodeURIComponent(contact)}`,
          headers: { authorization: `Bearer ${world.token}` },
        };
      },
  ),
  fc.constant<ProbeMaker>((world) => ({
    api: 'twosms',
    operationId: 'getMessageView',
    method: 'GET',
    path: `/api/v1/sms/messages/${pick(world.twosmsIds, 0, unknownGuid)}`,
    headers: { authorization: `Bearer ${world.token}` },
    broken: '/query',
  })),
  // Expiry takes JSON only (the spec lists no XML body for it).
  fc.tuple(known, fc.boolean(), bodyOrBroken(criteria, criteriaBreakages)).map(
    ([i, byId, { body, broken }]): ProbeMaker =>
      (world) => {
        const full = byId ? { ...body, MessageIDs: [pick(world.twosmsIds, i, unknownGuid)] } : body;
        return probe(
          world,
          'expireMessages',
          'DELETE',
          '/api/v1/sms/messages',
          'json',
          'MessageCriteria',
          { body: full, broken },
        );
      },
  ),
  fc
    .tuple(
      known,
      fc.constantFrom('pendings', 'recurrings'),
      format,
      bodyOrBroken(cancelRequest, cancelBreakages),
    )
    .map(
      ([i, kind, as, { body, broken }]): ProbeMaker =>
        (world) => {
          const full =
            i % 2 === 0 ? { ...body, MessageIDs: [pick(world.twosmsIds, i, unknownGuid)] } : body;
          const operationId =
            kind === 'pendings' ? 'cancelPendingMessages' : 'cancelRecurringMessages';
          return probe(
            world,
            operationId,
            'DELETE',
            `/api/v2/sms/messages/${kind}`,
            as,
            'DeletePendingRecurringMessagesRequest',
            { body: full, broken },
          );
        },
    ),
  fc
    .constantFrom<readonly [string, string | undefined]>(
      ['paging.Page=1&paging.NoOfRecords=5', undefined],
      ['paging.Page=2&paging.NoOfRecords=1&filter.Reference=a', undefined],
      ['paging.Page=1&paging.NoOfRecords=5&filter.StartDate=2030-01-15T00:00:00Z', undefined],
      ['paging.Page=0&paging.NoOfRecords=5', '/query/paging.Page'],
      ['paging.Page=x&paging.NoOfRecords=5', '/query/paging.Page'],
      ['paging.Page=1', '/query'],
      [
        `paging.Page=1&paging.NoOfRecords=5&filter.EndDate=${impossibleDate}`,
        '/query/filter.EndDate',
      ],
    )
    .map(
      ([query, broken]): ProbeMaker =>
        (world) => ({
          api: 'twosms',
          operationId: 'searchMessageReport',
          method: 'GET',
          path: `/api/v1/reports/messages?${query}`,
          headers: { authorization: `Bearer ${world.token}` },
          broken,
        }),
    ),
  fc.integer({ min: 0, max: 86_400_000 }).map(
    (ms): ProbeMaker =>
      () =>
        controlProbe('/clock/advance', { ms }),
  ),
  fc.nat(6).map(
    (credit): ProbeMaker =>
      () =>
        controlProbe('/credit', { twosms: credit }),
  ),
);
