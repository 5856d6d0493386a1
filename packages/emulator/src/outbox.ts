/** One SMS the emulator would have handed to a carrier: one rendered text to one recipient. */
export interface OutboxEntry {
  readonly api: 'gateway-sms' | 'twosms';
  readonly messageId: string;
  /** The recipient as addressed: "+39-3478569987" (Gateway SMS) or "+12345678901" (2SMS). */
  readonly to: string;
  /** The text this recipient gets, placeholders filled. */
  readonly text: string;
  readonly encoding: 'GSM-7' | 'UCS-2';
  readonly segments: number;
  /** `scheduled` until the emulator's clock reaches `sendAt`, then `sent`. */
  readonly status: 'scheduled' | 'sent';
  /** ISO 8601. */
  readonly sendAt: string;
  /** Gateway SMS `test: true` messages: simulated, never charged. */
  readonly test: boolean;
  /**
   * 2SMS only: the opaque string this recipient's SMS carries, to pass as `contactId` to
   * `GET /api/v1/sms/messages/{messageID}` (viewing the message as that recipient).
   */
  readonly viewToken?: string;
}
