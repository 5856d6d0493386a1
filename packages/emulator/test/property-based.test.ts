// Property-based probes (fast-check): generated valid and broken requests to every operation of
// both APIs, JSON, XML and form bodies, with the clock and credit moved between them. Every answer
// must be below 500, every refusal of a broken request must name where it is broken, a refused
// request must change nothing, credit never goes negative and no SMS is lost or listed twice.
// Seeded and bounded: the same requests on every run, in a few seconds.
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import type { Emulator } from '../src/index.ts';
import { testEmulator } from './support/gateway.ts';
import {
  type Answer,
  expectInvariants,
  figures,
  observe,
  type Probe,
  type ProbeMaker,
  send,
  type World,
} from './support/probe.ts';
import { gatewayProbe } from './support/probes-gateway.ts';
import { twoSmsProbe } from './support/probes-twosms.ts';
import { accessToken } from './support/twosms.ts';

const gatewayRuns = { seed: 20261204, numRuns: 150 };
const twoSmsRuns = { seed: 14, numRuns: 150 };
const actions = { minLength: 1, maxLength: 14 };
/** Fewer runs over real HTTP: the same probes through the socket, Host headers and all. */
const overHttp = { seed: 4010, numRuns: 25 };

const recipientForm = /^\+\d{1,4}-\d{4,14}$/;

/** The valid Gateway SMS numbers a POST or PUT body names. */
function validNumbers(body: string | undefined): string[] {
  const parsed = JSON.parse(body ?? '{}') as { recipients?: unknown };
  const list = Array.isArray(parsed.recipients) ? parsed.recipients : [parsed.recipients];
  return list
    .map((entry) =>
      typeof entry === 'string' ? entry : (entry as { number?: string } | null)?.number,
    )
    .filter((n): n is string => typeof n === 'string' && recipientForm.test(n));
}

// biome-ignore lint/suspicious/noExplicitAny: answers are read loosely, then asserted.
const parsed = (answer: Answer): any => JSON.parse(answer.text);

/** Per-operation checks of Gateway SMS answers against a model of what was charged and sent. */
function gatewayModel(world: World) {
  const prices = new Map<string, number>();
  const expected = new Map<string, Set<string>>();
  return {
    after(probe: Probe, answer: Answer, before: number, after: number) {
      const ok = answer.status < 300;
      if (probe.operationId === 'sendMessage' && probe.api === 'gateway-sms' && ok) {
        const message = parsed(answer).data[0];
        world.gatewayIds.push(message.id);
        expected.set(message.id, new Set(validNumbers(probe.body)));
        const charged = message.test ? 0 : message.price;
        prices.set(message.id, charged);
        expect(before - after).toBeCloseTo(charged, 5);
      } else if (probe.operationId === 'updateMessage' && ok) {
        const message = parsed(answer).data;
        const charged = message.test ? 0 : message.price;
        expect(before - after).toBeCloseTo(charged - (prices.get(message.id) ?? 0), 5);
        prices.set(message.id, charged);
        for (const n of validNumbers(probe.body)) expected.get(message.id)?.add(n);
      } else if (probe.operationId === 'deleteMessage' && ok) {
        expected.delete(probe.path.split('/')[2] as string);
      }
    },
    /** Nothing lost, nothing duplicated: each message lists every number added to it, once. */
    async finally(emulator: Emulator) {
      for (const [id, numbers] of expected) {
        if (numbers.size === 0) continue;
        const answer = await send(emulator, {
          api: 'gateway-sms',
          operationId: 'listRecipients',
          method: 'GET',
          path: `/messages/${id}/recipients/`,
          headers: { authorization: 'Bearer sms-emulator-gateway-token' },
        });
        const listed = (parsed(answer).data as { number: string }[]).map((r) => r.number);
        expect(new Set(listed).size).toBe(listed.length);
        expect(listed.sort()).toEqual([...numbers].sort());
      }
    },
  };
}

/** Per-operation checks of 2SMS answers: credit moves by what the answer says it used. */
function twoSmsModel(world: World) {
  return {
    after(probe: Probe, answer: Answer, before: number, after: number, emulator: Emulator) {
      if (probe.operationId === 'requestAccessToken') {
        world.token = parsed(answer).access_token;
        return;
      }
      const used = Number(parsed(answer).ResponseData?.Detail?.CreditsUsed ?? 0);
      if (probe.operationId.startsWith('cancel')) {
        expect(after, 'a cancellation only refunds').toBeGreaterThanOrEqual(before);
        return;
      }
      expect(before - after, `${probe.operationId} used ${used} credits`).toBeCloseTo(used, 6);
      if (probe.operationId !== 'sendMessage') return;
      const id = parsed(answer).ResponseData.Detail.MessageID as string;
      world.twosmsIds.push(id);
      // Nothing lost, nothing extra: one SMS per recipient whose channel includes SMS.
      const { Contacts } = JSON.parse(probe.body ?? '{}') as {
        Contacts: Record<string, Record<string, number>>;
      };
      const prefix = { QuickRecipients: '', ContactID: 'contact:', GroupID: 'group:' } as const;
      const wanted = Object.entries(prefix).flatMap(([map, lead]) =>
        Object.entries(Contacts[map] ?? {})
          .filter(([, channel]) => channel !== 1)
          .map(([key]) => lead + key.toLowerCase()),
      );
      const listed = emulator
        .outbox('twosms')
        .filter((entry) => entry.messageId === id)
        .map((entry) => entry.to.toLowerCase());
      expect(listed.sort()).toEqual(wanted.sort());
    },
    async finally() {},
  };
}

async function runActions(
  makers: readonly ProbeMaker[],
  model: (world: World) => {
    after(probe: Probe, answer: Answer, before: number, after: number, emulator: Emulator): void;
    finally(emulator: Emulator): Promise<void>;
  },
  wallet: 'gatewaySms' | 'twosms',
  http = false,
): Promise<void> {
  figures.runs += 1;
  const emulator = testEmulator();
  const server = http ? await emulator.listen(0) : undefined;
  try {
    await runOn(emulator, server?.url, makers, model, wallet);
  } finally {
    await server?.close();
  }
}

async function runOn(
  emulator: Emulator,
  server: string | undefined,
  makers: readonly ProbeMaker[],
  model: Parameters<typeof runActions>[1],
  wallet: 'gatewaySms' | 'twosms',
): Promise<void> {
  const world: World = {
    gatewayIds: [],
    twosmsIds: [],
    viewTokens: [],
    token: await accessToken(emulator),
  };
  const checks = model(world);
  for (const make of makers) {
    world.viewTokens = emulator.outbox('twosms').flatMap((entry) => entry.viewToken ?? []);
    const probe = make(world);
    const state = observe(emulator);
    const before = emulator.credit()[wallet];
    const answer = await send(emulator, probe, server);
    if (answer.status >= 400) {
      expect(observe(emulator), `${probe.operationId} was refused but changed the state`).toBe(
        state,
      );
    } else if (probe.api !== '__emulator') {
      checks.after(probe, answer, before, emulator.credit()[wallet], emulator);
    }
    expectInvariants(emulator);
    // Tokens live 8 hours on the emulator's clock: a new one after each move keeps 2SMS reachable.
    if (probe.path === '/clock/advance') world.token = await accessToken(emulator);
  }
  await checks.finally(emulator);
}

afterAll(() => {
  // The figures the issue asks for; printed so a run's report can quote them.
  console.info(
    `property-based probes: ${figures.runs} runs (seeds ${gatewayRuns.seed}, ${twoSmsRuns.seed}, ${overHttp.seed}), ${figures.requests} requests, ${figures.broken} broken on purpose, ${figures.refused} refused, ${figures.serverErrors} answered 5xx`,
  );
});

describe('property-based probes', () => {
  it('Gateway SMS: no 5xx, every refusal names the broken pointer, credit and recipients add up', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(gatewayProbe, actions), (makers) =>
        runActions(makers, gatewayModel, 'gatewaySms'),
      ),
      { ...gatewayRuns, endOnFailure: true },
    );
  });

  it('2SMS (JSON, XML, form): no 5xx, every refusal names the broken pointer, credits add up', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(twoSmsProbe, actions), (makers) =>
        runActions(makers, twoSmsModel, 'twosms'),
      ),
      { ...twoSmsRuns, endOnFailure: true },
    );
  });

  it('both APIs over real HTTP on 127.0.0.1: the same properties through the socket', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(gatewayProbe, actions),
        fc.array(twoSmsProbe, actions),
        async (gateway, twosms) => {
          await runActions(gateway, gatewayModel, 'gatewaySms', true);
          await runActions(twosms, twoSmsModel, 'twosms', true);
        },
      ),
      { ...overHttp, endOnFailure: true },
    );
  });
});
