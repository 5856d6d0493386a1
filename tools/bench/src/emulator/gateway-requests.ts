// The Gateway SMS requests of the emulator benchmark: open a transaction, then append recipients.
import type { Agent } from 'node:http';
import { send } from '../loopback/http-send.ts';

export const benchToken = 'bench-token';

export const headers = {
  authorization: `Bearer ${benchToken}`,
  'content-type': 'application/json',
};

let numberSeed = 0;

/** A PUT body appending 10 recipients never sent before (so none is deduplicated away). */
export function tenNewRecipients(): string {
  const recipients = Array.from({ length: 10 }, () => {
    numberSeed += 1;
    return `+39-3${String(numberSeed).padStart(9, '0')}`;
  });
  return JSON.stringify({ recipients, transaction: true });
}

/** POST /messages/ with `transaction: true`: the id of a new open message. */
export async function openTransaction(base: string, agent: Agent): Promise<string> {
  const url = new URL(`${base}/gateway-sms/messages/`);
  const body = JSON.stringify({
    sender: 'bench',
    body: 'Hello {{name}}',
    recipients: [],
    transaction: true,
  });
  const answer = await send(agent, url, 'POST', headers, body);
  const id = (JSON.parse(answer.text) as { data?: { id?: string }[] }).data?.[0]?.id;
  if (answer.status !== 201 || !id)
    throw new Error(
      `POST ${url.href}: expected 201 with data[0].id, got ${answer.status}: ${answer.text.slice(0, 300)}`,
    );
  return id;
}
