import { bundleApi } from '@sms-contracts/specs/load-api';
import { describe, expect, it } from 'vitest';
import { emulatorUrl } from '../src/vendor-hosts.ts';

/** Every server URL the two specs list, with the mount path its API has in the emulator. */
async function specServers(): Promise<[string, string][]> {
  const rows: [string, string][] = [];
  for (const [api, mount] of [
    ['gateway-sms', '/gateway-sms'],
    ['twosms', '/twosms'],
  ] as const) {
    const document = await bundleApi(api);
    for (const server of (document.servers ?? []) as { url: string }[])
      rows.push([server.url, mount]);
  }
  return rows;
}

describe('vendor hosts in process', () => {
  it('serves every host of the specs’ servers under its API’s mount path', async () => {
    const rows = await specServers();
    expect(rows.length).toBeGreaterThanOrEqual(8);
    for (const [url, mount] of rows) {
      expect(emulatorUrl(new URL(`${url}/some/path?x=1`))?.toString(), url).toBe(
        `${url}${mount}/some/path?x=1`,
      );
    }
  });

  it('leaves other hosts alone', () => {
    expect(emulatorUrl(new URL('http://127.0.0.1:4010/gateway-sms/messages/'))).toBeUndefined();
  });
});
