/** One valid recipient of a message, its text rendered and priced when it was added. */
export interface GatewayRecipientRecord {
  readonly number: string;
  readonly fields: Readonly<Record<string, string>>;
  readonly text: string;
  readonly encoding: 'GSM-7' | 'UCS-2';
  readonly segments: number;
  readonly remaining: number;
  readonly price: number;
}

const noFields: Readonly<Record<string, string>> = Object.freeze({});

/**
 * The valid recipients of one message, stored column by column. A transaction can collect
 * hundreds of thousands of recipients; one object per recipient made every young-generation
 * collection copy them all, which showed as p99 latency. Columns of small integers cost no object
 * per recipient, and texts and fields are kept only where they differ from the defaults (the
 * body; no fields). Prices are derived from the segments.
 */
export class RecipientColumns {
  readonly #numbers: string[] = [];
  readonly #segments: number[] = [];
  readonly #remaining: number[] = [];
  /** 0 for GSM-7, 1 for UCS-2. */
  readonly #ucs2: number[] = [];
  readonly #texts = new Map<number, string>();
  readonly #fields = new Map<number, Readonly<Record<string, string>>>();
  /** Number → position: deduplication and lookup by number. */
  readonly #positions = new Map<string, number>();

  /** The text of a recipient with nothing filled in. */
  readonly body: string;
  /** The price of a recipient with `segments` segments. */
  readonly priceOf: (segments: number) => number;

  constructor(body: string, priceOf: (segments: number) => number) {
    this.body = body;
    this.priceOf = priceOf;
  }

  get length(): number {
    return this.#numbers.length;
  }

  has(number: string): boolean {
    return this.#positions.has(number);
  }

  indexOf(number: string): number {
    return this.#positions.get(number) ?? -1;
  }

  push(recipient: Omit<GatewayRecipientRecord, 'price'>): void {
    const index = this.#numbers.length;
    this.#numbers.push(recipient.number);
    this.#segments.push(recipient.segments);
    this.#remaining.push(recipient.remaining);
    this.#ucs2.push(recipient.encoding === 'UCS-2' ? 1 : 0);
    if (recipient.text !== this.body) this.#texts.set(index, recipient.text);
    if (recipient.fields !== noFields && Object.keys(recipient.fields).length > 0) {
      this.#fields.set(index, recipient.fields);
    }
    this.#positions.set(recipient.number, index);
  }

  at(index: number): GatewayRecipientRecord | undefined {
    const number = this.#numbers[index];
    if (number === undefined) return undefined;
    const segments = this.#segments[index] as number;
    return {
      number,
      fields: this.#fields.get(index) ?? noFields,
      text: this.#texts.get(index) ?? this.body,
      encoding: this.#ucs2[index] === 1 ? 'UCS-2' : 'GSM-7',
      segments,
      remaining: this.#remaining[index] as number,
      price: this.priceOf(segments),
    };
  }

  *[Symbol.iterator](): IterableIterator<GatewayRecipientRecord> {
    for (let index = 0; index < this.#numbers.length; index += 1) {
      yield this.at(index) as GatewayRecipientRecord;
    }
  }

  map<T>(each: (recipient: GatewayRecipientRecord, index: number) => T): T[] {
    const out: T[] = [];
    for (let index = 0; index < this.#numbers.length; index += 1) {
      out.push(each(this.at(index) as GatewayRecipientRecord, index));
    }
    return out;
  }

  /** The persisted form: one plain object per recipient, readable in the state file. */
  toJSON(): GatewayRecipientRecord[] {
    return this.map((recipient) => recipient);
  }
}
