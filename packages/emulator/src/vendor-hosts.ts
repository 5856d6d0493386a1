/** Where each API is mounted in the emulator. */
export const mountPaths = {
  gatewaySms: '/gateway-sms',
  twosms: '/twosms',
  control: '/__emulator',
} as const;

/**
 * The vendors' own hosts (the specs' `servers`), mapped to the emulator's mount paths. A client
 * given `fetch: emulator.fetch` keeps its default base URL: a request to
 * `https://ws.messaggisms.com/messages/` is served as `/gateway-sms/messages/`.
 */
const hostMounts: ReadonlyMap<string, string> = new Map([
  ['ws.messaggisms.com', mountPaths.gatewaySms],
  ['test.ws.messaggisms.com', mountPaths.gatewaySms],
  ['portal.2sms.com', mountPaths.twosms],
  ['portal.2sms.us', mountPaths.twosms],
  ['plus.2sms.com', mountPaths.twosms],
  ['mazingo.2sms.com', mountPaths.twosms],
  ['au.2sms.com', mountPaths.twosms],
  ['2sms-uk.com', mountPaths.twosms],
]);

/** The emulator path for a request URL: vendor hosts get their API's prefix, others pass. */
export function emulatorUrl(url: URL): URL | undefined {
  const mount = hostMounts.get(url.hostname.toLowerCase());
  if (!mount) return undefined;
  const rewritten = new URL(url);
  rewritten.pathname = mount + url.pathname;
  return rewritten;
}
