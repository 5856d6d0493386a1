import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';

const blockSize = 512;

/**
 * The regular files of a gzipped tar (an npm package tarball), by path, with their contents.
 * Reads ustar names with their prefix and pax `path` records, as npm and pnpm write them.
 */
export function readTarball(gzipped: Uint8Array): Map<string, Buffer> {
  const tar = gunzipSync(gzipped);
  const files = new Map<string, Buffer>();
  let offset = 0;
  let paxPath: string | undefined;
  while (offset + blockSize <= tar.length) {
    const header = tar.subarray(offset, offset + blockSize);
    if (header.every((byte) => byte === 0)) break;
    const size = Number.parseInt(field(header, 124, 12).trim() || '0', 8);
    const type = String.fromCharCode(header[156] ?? 0);
    const bodyStart = offset + blockSize;
    const body = tar.subarray(bodyStart, bodyStart + size);
    offset = bodyStart + Math.ceil(size / blockSize) * blockSize;
    if (type === 'x') {
      paxPath = paxRecord(body.toString('utf8'), 'path');
      continue;
    }
    if (type !== '0' && type !== '\0') {
      paxPath = undefined;
      continue;
    }
    const prefix = field(header, 345, 155);
    const name = paxPath ?? (prefix ? `${prefix}/${field(header, 0, 100)}` : field(header, 0, 100));
    paxPath = undefined;
    files.set(name, Buffer.from(body));
  }
  return files;
}

function field(header: Uint8Array, start: number, length: number): string {
  const bytes = header.subarray(start, start + length);
  const end = bytes.indexOf(0);
  return Buffer.from(end === -1 ? bytes : bytes.subarray(0, end)).toString('utf8');
}

/** A value of a pax extended header ("<len> <key>=<value>\n" records). */
function paxRecord(records: string, key: string): string | undefined {
  for (const line of records.split('\n')) {
    const match = /^\d+ ([^=]+)=(.*)$/.exec(line);
    if (match?.[1] === key) return match[2];
  }
  return undefined;
}

/**
 * Packs an installed package folder into an npm tarball (`package/<path>` entries, gzipped),
 * skipping nested `node_modules`. Used instead of `npm pack`, which runs the package's own
 * packing rules (and fails outright on some installed packages).
 */
export function packDirectory(dir: string): Buffer {
  const chunks: Buffer[] = [];
  for (const path of filesUnder(dir, '')) {
    const body = readFileSync(join(dir, path));
    const name = `package/${path}`;
    if (Buffer.byteLength(name) > 100) {
      const record = paxLine('path', name);
      chunks.push(header('PaxHeader', Buffer.byteLength(record), 'x'), pad(Buffer.from(record)));
    }
    chunks.push(header(name.slice(0, 100), body.length, '0'), pad(body));
  }
  chunks.push(Buffer.alloc(blockSize * 2));
  return gzipSync(Buffer.concat(chunks));
}

function filesUnder(root: string, relative: string): string[] {
  return readdirSync(join(root, relative), { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((entry) => {
      const path = relative ? `${relative}/${entry.name}` : entry.name;
      if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : filesUnder(root, path);
      return entry.isFile() ? [path] : [];
    });
}

function header(name: string, size: number, type: string): Buffer {
  const block = Buffer.alloc(blockSize);
  block.write(name, 0, 100, 'utf8');
  block.write('0000644\0', 100);
  block.write('0000000\0', 108);
  block.write('0000000\0', 116);
  block.write(`${size.toString(8).padStart(11, '0')}\0`, 124);
  block.write('00000000000\0', 136);
  block.write('        ', 148);
  block.write(type, 156);
  block.write('ustar\0' + '00', 257);
  let sum = 0;
  for (const byte of block) sum += byte;
  block.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148);
  return block;
}

function pad(body: Buffer): Buffer {
  const rest = body.length % blockSize;
  return rest === 0 ? body : Buffer.concat([body, Buffer.alloc(blockSize - rest)]);
}

/** One pax record: its length counts itself, so grow the length until it is stable. */
function paxLine(key: string, value: string): string {
  const text = ` ${key}=${value}\n`;
  let length = Buffer.byteLength(text);
  while (String(length).length + Buffer.byteLength(text) !== length) {
    length = String(length).length + Buffer.byteLength(text);
  }
  return `${length}${text}`;
}
