import type { components } from '@sms-contracts/types/gateway-sms';
import { recipientObjectId } from '../ids.ts';
import { prefixOf } from './recipients.ts';
import { type GatewayMessageRecord, type GatewayRecipientRecord, GatewayStore } from './store.ts';

type DataResponseDetails = components['schemas']['DataResponseDetails'];
type RecipientDetails = components['schemas']['RecipientDetails'];
type MessageListItem = components['schemas']['MessageListItem'];

/**
 * A message as the vendor returns it (`DataResponseDetails`). The answer to the call that queues
 * it shows it queued (state 0, nothing sent), as in the vendor's POST example, even when it goes
 * out at once; reads after it show it sent.
 */
export function presentMessage(
  store: GatewayStore,
  record: GatewayMessageRecord,
  now: number,
  justQueued = false,
): DataResponseDetails {
  const state = justQueued ? 0 : GatewayStore.state(record, now);
  const totals = store.totals(record);
  const count = record.recipients.length;
  const sent = state === 2 ? count : 0;
  return {
    test: record.test,
    sender: record.sender,
    body: record.body,
    recipients: {
      valid: { count },
      invalid: { total: record.invalid.length, list: [...record.invalid] },
    },
    transaction: record.open,
    options: {
      ...record.options,
      // The vendor reports the send date as epoch ms, the storage time when none was asked for.
      timestamp_send: String(record.sendAt ?? record.createdAt),
    },
    statistics: { error: 0, sent, delivered: sent, total: count, sms_total: totals.smsTotal },
    base_price: totals.basePrice,
    timestamp: String(record.createdAt),
    last_update: String(record.updatedAt),
    priority: record.priority,
    price: totals.price,
    state,
    id: record.id,
  };
}

export function presentListItem(record: GatewayMessageRecord): MessageListItem {
  return { sender: record.sender, timestamp: String(record.createdAt), id: record.id };
}

function mongoDate(ms: number) {
  return { $date: { $numberLong: String(ms) } };
}

/** Dates as the vendor's reports write them: "2020-03-03T15:11:03.168+0000". */
function reportDate(ms: number): string {
  return new Date(ms).toISOString().replace('Z', '+0000');
}

/**
 * A recipient as the vendor returns it (`RecipientDetails`). Before the send time it is
 * PENDING; after, DELIVERED with an Infobip-style report like the vendor's example.
 */
export function presentRecipient(
  record: GatewayMessageRecord,
  recipient: GatewayRecipientRecord,
  index: number,
  now: number,
): RecipientDetails {
  const base = {
    number: recipient.number,
    prefix: prefixOf(recipient.number),
    send_id: `${record.id}_${index}`,
    body: recipient.text,
    sms: recipient.segments,
    remaining_chr: recipient.remaining,
    price: recipient.price,
    // The spec leaves the items' shape open (the generated type reads it as an empty object).
    fields: (Object.keys(recipient.fields).length > 0
      ? [{ ...recipient.fields }]
      : []) as RecipientDetails['fields'],
    message_id: record.id,
    i: index,
    id: recipientObjectId(record.id, index),
  };
  const sentAt = GatewayStore.sendTime(record);
  if (sentAt === null || now < sentAt) {
    return {
      ...base,
      state: 'PENDING',
      state_description: 'PENDING_ENROUTE',
      state_detail: record.open ? 'Transaction open, not queued' : 'Message queued for sending',
    };
  }
  // The emulated network delivers at once: sent and delivered share a time.
  const deliveredAt = sentAt;
  return {
    ...base,
    state: 'DELIVERED',
    state_description: 'DELIVERED_TO_HANDSET',
    state_detail: 'Message delivered to handset',
    timestamp_sent: mongoDate(sentAt),
    timestamp_delivery: mongoDate(deliveredAt),
    real_cost: recipient.price,
    report: {
      price: {
        pricePerMessage: recipient.segments > 0 ? recipient.price / recipient.segments : 0,
        currency: 'EUR',
      },
      status: {
        id: 5,
        groupId: 3,
        groupName: 'DELIVERED',
        name: 'DELIVERED_TO_HANDSET',
        description: 'Message delivered to handset',
      },
      error: {
        id: 0,
        name: 'NO_ERROR',
        description: 'No Error',
        groupId: 0,
        groupName: 'OK',
        permanent: false,
      },
      messageId: recipientObjectId(record.id, index),
      doneAt: reportDate(deliveredAt),
      smsCount: recipient.segments,
      sentAt: reportDate(sentAt),
      to: recipient.number.replace(/[+-]/g, ''),
    },
  };
}
