import fc from 'fast-check';
import { gatewayToken } from './gateway.ts';
import { controlProbe, type Probe, type ProbeMaker, pick } from './probe.ts';

const json = { 'content-type': 'application/json', authorization: `Bearer ${gatewayToken}` };
const unknownId = '5d4436469f272566771c6671';

// A small pool, so sends and appends hit the same numbers and deduplication is exercised.
const validNumber = fc.constantFrom(
  '+39-3470000001',
  '+39-3470000002',
  '+1-5550100',
  '+44-7700900123',
);
const invalidNumber = fc.constantFrom('12345', '+39 347', 'x', '', '+39-12');
const recipient = fc.oneof(
  validNumber,
  invalidNumber,
  fc.record(
    {
      number: validNumber,
      fields: fc.dictionary(fc.constantFrom('n', 'name'), fc.string({ maxLength: 12 }), {
        maxKeys: 2,
      }),
    },
    { requiredKeys: ['number'] },
  ),
);
const recipients = fc.oneof(
  validNumber,
  recipient,
  fc.array(recipient, { minLength: 1, maxLength: 5 }),
);
const timestampSend = fc.constantFrom('2030-01-15', '20-01-2030', '1900000000000', '2031-02-28');

const postBody = fc.record(
  {
    sender: fc.constantFrom('alberto', 'abc'),
    body: fc.oneof(
      fc.constantFrom('x', 'Hi {{n}}', 'Привет {{name}}'),
      fc.string({ maxLength: 200 }),
    ),
    recipients,
    priority: fc.double({ min: 1, max: 1000, noNaN: true }),
    test: fc.boolean(),
    transaction: fc.boolean(),
    options: fc.record(
      { timestamp_send: timestampSend, flash: fc.boolean() },
      { requiredKeys: [] },
    ),
  },
  { requiredKeys: ['sender', 'body', 'recipients'] },
);
const putBody = fc.record(
  {
    recipients,
    transaction: fc.boolean(),
    options: fc.record({ timestamp_send: timestampSend }, { requiredKeys: [] }),
  },
  { requiredKeys: ['recipients'] },
);

/** A way to break a body at one place: the property path and the values that break it. */
interface Breakage {
  readonly path: readonly string[];
  /** `undefined` deletes the property (a required one). */
  readonly values: readonly unknown[];
}

const postBreakages: readonly Breakage[] = [
  { path: ['sender'], values: [42, null, undefined] },
  { path: ['body'], values: [7, [], undefined] },
  { path: ['recipients'], values: [42, true, {}, [7], undefined] },
  { path: ['priority'], values: ['high', 0.5, 1e308, 1001, -1] },
  { path: ['transaction'], values: ['yes', 1] },
  { path: ['test'], values: ['no'] },
  {
    path: ['options', 'timestamp_send'],
    values: ['tomorrow', '8640000000000001', 7, '2030-02-31'],
  },
];
const putBreakages: readonly Breakage[] = [
  { path: ['recipients'], values: [42, {}, undefined] },
  { path: ['transaction'], values: ['no'] },
  { path: ['options', 'timestamp_send'], values: ['31-02-2030', '99999999999999999999', false] },
];

function broken(value: Record<string, unknown>, path: readonly string[], replacement: unknown) {
  const copy = structuredClone(value);
  let target: Record<string, unknown> = copy;
  for (const key of path.slice(0, -1)) {
    if (typeof target[key] !== 'object' || target[key] === null) target[key] = {};
    target = target[key] as Record<string, unknown>;
  }
  const last = path.at(-1) as string;
  if (replacement === undefined) delete target[last];
  // defineProperty, not assignment: `target.__proto__ = 2` would set no key at all.
  else
    Object.defineProperty(target, last, {
      value: replacement,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  return copy;
}

/** A body arbitrary, valid or broken at one place (with the pointer its error must name). */
export function bodyOrBroken(
  valid: fc.Arbitrary<Record<string, unknown>>,
  breakages: readonly Breakage[],
): fc.Arbitrary<{ body: Record<string, unknown>; broken?: string }> {
  const breakage = fc
    .tuple(valid, fc.constantFrom(...breakages), fc.nat())
    .map(([body, { path, values }, which]) => ({
      body: broken(body, path, values[which % values.length]),
      broken: `/body/${path.join('/')}`,
    }));
  return fc.oneof(
    { weight: 3, arbitrary: valid.map((body) => ({ body })) },
    { weight: 2, arbitrary: breakage },
  );
}

/** Which message a probe aims at: a known one, an unknown well-formed id, or a malformed one. */
const target = fc.oneof(
  { weight: 4, arbitrary: fc.nat().map((i) => ({ kind: 'known' as const, i })) },
  { weight: 1, arbitrary: fc.constant({ kind: 'unknown' as const, i: 0 }) },
  {
    weight: 1,
    arbitrary: fc
      .constantFrom('nope', '5d44', 'zzzzzzzzzzzzzzzzzzzzzzzz')
      .map((id) => ({ kind: 'malformed' as const, i: 0, id })),
  },
);
type Target = typeof target extends fc.Arbitrary<infer T> ? T : never;

function aim(t: Target, ids: readonly string[]): { id: string; broken?: string } {
  if (t.kind === 'malformed') return { id: t.id, broken: '/path/id' };
  if (t.kind === 'unknown') return { id: unknownId };
  return { id: pick(ids, t.i, unknownId) };
}

const get = (operationId: string, path: string): Probe => ({
  api: 'gateway-sms',
  operationId,
  method: 'GET',
  path,
  headers: json,
});

/** Every Gateway SMS operation, valid and broken, plus raw garbage and control moves. */
export const gatewayProbe: fc.Arbitrary<ProbeMaker> = fc.oneof(
  bodyOrBroken(postBody, postBreakages).map(
    ({ body, broken }): ProbeMaker =>
      () => ({
        api: 'gateway-sms',
        operationId: 'sendMessage',
        method: 'POST',
        path: '/messages/',
        headers: json,
        body: JSON.stringify(body),
        broken,
      }),
  ),
  fc.tuple(target, bodyOrBroken(putBody, putBreakages)).map(
    ([t, { body, broken }]): ProbeMaker =>
      (world) => {
        // A broken body aims at a known message: the body is checked before the id is looked up.
        const aimed = broken
          ? { id: pick(world.gatewayIds, t.i, unknownId) }
          : aim(t, world.gatewayIds);
        return {
          api: 'gateway-sms',
          operationId: 'updateMessage',
          method: 'PUT',
          path: `/messages/${aimed.id}`,
          headers: json,
          body: JSON.stringify(body),
          broken: broken ?? aimed.broken,
        };
      },
  ),
  fc.constant<ProbeMaker>(() => get('listMessages', '/messages/')),
  target.map(
    (t): ProbeMaker =>
      (world) => {
        const aimed = aim(t, world.gatewayIds);
        return { ...get('getMessage', `/messages/${aimed.id}`), broken: aimed.broken };
      },
  ),
  target.map(
    (t): ProbeMaker =>
      (world) => {
        const aimed = aim(t, world.gatewayIds);
        return {
          ...get('listRecipients', `/messages/${aimed.id}/recipients/`),
          broken: aimed.broken,
        };
      },
  ),
  fc.tuple(target, validNumber).map(
    ([t, number]): ProbeMaker =>
      (world) => {
        const aimed = aim(t, world.gatewayIds);
        return {
          ...get('getRecipient', `/messages/${aimed.id}/recipients/${encodeURIComponent(number)}`),
          broken: aimed.broken,
        };
      },
  ),
  target.map(
    (t): ProbeMaker =>
      (world) => {
        const aimed = aim(t, world.gatewayIds);
        return {
          api: 'gateway-sms',
          operationId: 'deleteMessage',
          method: 'DELETE',
          path: `/messages/${aimed.id}`,
          headers: json,
          broken: aimed.broken,
        };
      },
  ),
  fc
    .constantFrom<readonly [string, Record<string, string>, string]>(
      ['{"sender":', json, '/body'],
      ['[]', { ...json, 'content-type': 'text/plain' }, '/headers/content-type'],
      ['{}', { 'content-type': 'application/json' }, '/headers/authorization'],
      ['', json, '/body'],
    )
    .map(
      ([body, headers, pointer]): ProbeMaker =>
        () => ({
          api: 'gateway-sms',
          operationId: 'sendMessage',
          method: 'POST',
          path: '/messages/',
          headers,
          body,
          broken: pointer,
        }),
    ),
  fc.integer({ min: 0, max: 86_400_000 }).map(
    (ms): ProbeMaker =>
      () =>
        controlProbe('/clock/advance', { ms }),
  ),
  fc.double({ min: 0, max: 2, noNaN: true }).map(
    (credit): ProbeMaker =>
      () =>
        controlProbe('/credit', { gatewaySms: credit }),
  ),
);
