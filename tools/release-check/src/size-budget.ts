import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

interface SizeLimitCheck {
  readonly path?: string | readonly string[];
  readonly limit?: string;
}

/**
 * The size-limit budget a package declares for one of its files (e.g. `dist/gateway-sms.js`),
 * read where size-limit reads it: package.json `size-limit`, `.size-limit.json`, or
 * `.size-limit.js`/`.mjs`.
 */
export async function sizeBudget(packageDir: string, file: string): Promise<string> {
  const checks = await sizeLimitConfig(packageDir);
  const check = checks.find((candidate) => [candidate.path].flat().includes(file));
  if (!check?.limit)
    throw new Error(`${packageDir}: expected a size-limit budget for ${file}, found none`);
  return check.limit;
}

async function sizeLimitConfig(packageDir: string): Promise<readonly SizeLimitCheck[]> {
  const manifest = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as {
    readonly 'size-limit'?: readonly SizeLimitCheck[];
  };
  if (manifest['size-limit']) return manifest['size-limit'];
  const json = join(packageDir, '.size-limit.json');
  if (existsSync(json)) return JSON.parse(readFileSync(json, 'utf8')) as SizeLimitCheck[];
  for (const name of ['.size-limit.js', '.size-limit.mjs']) {
    const module = join(packageDir, name);
    if (existsSync(module)) {
      const loaded = (await import(pathToFileURL(module).href)) as {
        default: readonly SizeLimitCheck[];
      };
      return loaded.default;
    }
  }
  throw new Error(
    `${packageDir}: expected a size-limit config (package.json, .size-limit.json or .js), found none`,
  );
}

/** Bytes of a size-limit budget such as "5 kB": kB is 1000 bytes, KiB 1024, as size-limit reads them. */
export function budgetBytes(limit: string): number {
  const match = /^\s*(\d+(?:\.\d+)?)\s*(?:(k)(i)?)?b\s*$/i.exec(limit);
  if (!match) throw new Error(`size budget: expected a number and B, kB or KiB, got "${limit}"`);
  const factor = match[2] ? (match[3] ? 1024 : 1000) : 1;
  return Math.floor(Number(match[1]) * factor);
}
