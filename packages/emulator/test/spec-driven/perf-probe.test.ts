import { it } from 'vitest';
import { createEmulatorOf } from '../../src/emulator.ts';
import { generateFixtureApi } from '../support/fixture-api.ts';
it('probe', async () => {
  const api = await generateFixtureApi('things');
  const emu = createEmulatorOf(api.apis);
  const headers = { authorization: `Basic ${btoa('a:b')}`, 'content-type': 'application/json' };
  const body = JSON.stringify({ name: 'Kite', color: 'green', weight: 2 });
  for (const n of [2000, 2000]) {
    const t = performance.now();
    for (let i = 0; i < n; i++) {
      const r = await emu.fetch('http://x/things/things', { method: 'POST', headers, body });
      await r.text();
    }
    console.log('POST', n, ((performance.now() - t) / n).toFixed(3), 'ms/req');
  }
  const t = performance.now();
  for (let i = 0; i < 2000; i++) {
    const r = await emu.fetch('http://x/things/status');
    await r.text();
  }
  console.log('GET status', ((performance.now() - t) / 2000).toFixed(3), 'ms/req');
  api.cleanUp();
});
