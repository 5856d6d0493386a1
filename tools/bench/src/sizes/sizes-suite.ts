// gzip and brotli of each published entry point, bundled as a consumer would, next to an anchor
// bundled the same way: openapi-fetch alone for the client and the validators; for the emulator
// (a Node server, not a browser dependency) the bare framework it is built on.
import { type Row, row, type SideResult, single } from '../report/row.ts';
import { named } from '../versions.ts';
import { type BundleSizes, bundleSize } from './bundle-size.ts';

interface Entry {
  readonly name: string;
  readonly code: string;
  readonly platform: 'browser' | 'node';
  readonly budget?: number;
  readonly anchor: 'openapi-fetch' | 'hono';
}

const entries: readonly Entry[] = [
  {
    name: '@sms-contracts/client/gateway-sms',
    code: "export { createGatewaySmsClient } from '@sms-contracts/client/gateway-sms';",
    platform: 'browser',
    budget: 5000,
    anchor: 'openapi-fetch',
  },
  {
    name: '@sms-contracts/client/twosms',
    code: "export { createTwoSmsClient } from '@sms-contracts/client/twosms';",
    platform: 'browser',
    anchor: 'openapi-fetch',
  },
  {
    name: '@sms-contracts/validation/gateway-sms',
    code: "export * from '@sms-contracts/validation/gateway-sms';",
    platform: 'browser',
    budget: 10_000,
    anchor: 'openapi-fetch',
  },
  {
    name: '@sms-contracts/validation/twosms',
    code: "export * from '@sms-contracts/validation/twosms';",
    platform: 'browser',
    budget: 10_000,
    anchor: 'openapi-fetch',
  },
  {
    name: '@sms-contracts/emulator',
    code: "export { createEmulator } from '@sms-contracts/emulator';",
    platform: 'node',
    anchor: 'hono',
  },
];

const anchors = {
  'openapi-fetch': {
    label: `${named('openapi-fetch')} alone`,
    code: "export { default } from 'openapi-fetch';",
    platform: 'browser',
  },
  hono: {
    label: `bare ${named('hono', 'Hono')} + ${named('@hono/node-server')}`,
    code: "export { Hono } from 'hono'; export { serve } from '@hono/node-server';",
    platform: 'node',
  },
} as const;

const kB = (bytes: number) => `${(bytes / 1000).toFixed(2)} kB`;

export async function sizesSuite(): Promise<Row[]> {
  const anchorSizes = new Map<string, BundleSizes>();
  for (const [key, anchor] of Object.entries(anchors)) {
    anchorSizes.set(key, await bundleSize(anchor.code, anchor.platform));
  }
  const rows: Row[] = [];
  for (const entry of entries) {
    const ours = await bundleSize(entry.code, entry.platform);
    const anchor = anchorSizes.get(entry.anchor) as BundleSizes;
    const anchorLabel = anchors[entry.anchor].label;
    const also: SideResult[] = [
      single('ours, brotli -11', ours.initial.brotli),
      single(`${anchorLabel}, brotli -11`, anchor.initial.brotli),
      single('ours, minified (uncompressed)', ours.initial.minified),
    ];
    if (ours.all.minified > ours.initial.minified) {
      also.push(
        single(
          'ours, gzip, with what loads later through import()',
          ours.all.gzip,
          `brotli ${kB(ours.all.brotli)}`,
        ),
      );
    }
    const budget = entry.budget;
    rows.push(
      row({
        suite: 'sizes',
        name: `${entry.name}, gzip`,
        payload: `${entry.code.replace(/;$/, '')} (esbuild, ${entry.platform}, minified)`,
        unit: 'bytes',
        better: 'lower',
        ours: single(
          `ours, gzip -9, initial load`,
          ours.initial.gzip,
          `brotli ${kB(ours.initial.brotli)}`,
        ),
        anchor: single(
          `${anchorLabel}, gzip -9`,
          anchor.initial.gzip,
          `brotli ${kB(anchor.initial.brotli)}`,
        ),
        ...(budget === undefined
          ? {}
          : {
              goal: {
                text: `ours ≤ ${budget / 1000} kB gzip`,
                met: (measured: Omit<Row, 'goal'>) => measured.ours.summary.median <= budget,
              },
            }),
        also,
      }),
    );
  }
  return rows;
}
