import { describe, expect, it } from 'vitest';
import { isLoopbackHostname, refuseUnsafeControlRequest } from '../../src/control/request-guard.ts';

describe('isLoopbackHostname', () => {
  it.each([
    { given: 'localhost', want: true },
    { given: 'LOCALHOST.', want: true },
    { given: 'app.localhost', want: true },
    { given: '127.0.0.1', want: true },
    { given: '127.255.0.9', want: true },
    { given: '[::1]', want: true },
    { given: '0.0.0.0', want: false },
    { given: '128.0.0.1', want: false },
    { given: '127.0.0.1.nip.io', want: false },
    { given: 'localhost.attacker.example', want: false },
    { given: 'attacker.example', want: false },
  ])('$given → $want', ({ given, want }) => {
    expect(isLoopbackHostname(given)).toBe(want);
  });
});

const request = (method: string, headers: Readonly<Record<string, string | undefined>>) =>
  new Request('http://127.0.0.1:4010/__emulator/reset', {
    method,
    headers: Object.entries(headers).flatMap(([name, value]) =>
      value === undefined ? [] : [[name, value] as [string, string]],
    ),
  });

describe('refuseUnsafeControlRequest', () => {
  it.each([
    { headers: { host: '127.0.0.1:4010' }, method: 'GET', want: undefined },
    {
      headers: { host: 'localhost:4010', origin: 'http://localhost:4010' },
      method: 'GET',
      want: undefined,
    },
    { headers: {}, method: 'GET', want: undefined },
    { headers: { host: 'attacker.example:4010' }, method: 'GET', want: 403 },
    { headers: { host: 'attacker.example@127.0.0.1' }, method: 'GET', want: 403 },
    {
      headers: { host: '127.0.0.1:4010', origin: 'http://evil.example' },
      method: 'GET',
      want: 403,
    },
    {
      headers: { host: '127.0.0.1:4010', origin: 'http://127.0.0.1:5173' },
      method: 'GET',
      want: 403,
    },
    { headers: { host: '127.0.0.1:4010', origin: 'null' }, method: 'GET', want: 403 },
    { headers: { origin: 'http://127.0.0.1:4010' }, method: 'GET', want: undefined },
    {
      headers: { host: '127.0.0.1:4010', 'content-type': 'text/plain' },
      method: 'POST',
      want: 415,
    },
    { headers: { host: '127.0.0.1:4010' }, method: 'PUT', want: 415 },
    {
      headers: { host: '127.0.0.1:4010', 'content-type': 'application/json; charset=utf-8' },
      method: 'POST',
      want: undefined,
    },
  ])('$method $headers → $want', ({ headers, method, want }) => {
    expect(refuseUnsafeControlRequest(request(method, headers))?.status).toBe(want);
  });
});
