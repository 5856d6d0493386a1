import { createHash } from 'node:crypto';
import { readTarball } from './tarball.ts';

interface Manifest {
  readonly name: string;
  readonly version: string;
  readonly [field: string]: unknown;
}

/**
 * Publishes a package tarball the way `npm publish` does (one `PUT /<name>` with the version's
 * manifest and the tarball attached), but without npm's lifecycle scripts or its reading of
 * `publishConfig` (a third-party package's own registry or provenance settings must not apply).
 */
export async function publishTarball(
  registry: string,
  token: string,
  tarball: Buffer,
): Promise<Manifest> {
  const manifestFile = readTarball(tarball).get('package/package.json');
  if (!manifestFile) throw new Error('expected package/package.json in the tarball to publish');
  const manifest = JSON.parse(manifestFile.toString('utf8')) as Manifest;
  const { name, version } = manifest;
  const fileName = `${name.replace(/^@[^/]+\//, '')}-${version}.tgz`;
  const document = {
    _id: name,
    name,
    'dist-tags': { latest: version },
    versions: {
      [version]: {
        ...manifest,
        _id: `${name}@${version}`,
        dist: {
          shasum: createHash('sha1').update(tarball).digest('hex'),
          integrity: `sha512-${createHash('sha512').update(tarball).digest('base64')}`,
          tarball: `${registry}${name}/-/${fileName}`,
        },
      },
    },
    _attachments: {
      [fileName]: {
        content_type: 'application/octet-stream',
        data: tarball.toString('base64'),
        length: tarball.length,
      },
    },
  };
  const response = await fetch(`${registry}${name.replace('/', '%2f')}`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify(document),
    signal: AbortSignal.timeout(30_000),
  });
  if (!response.ok) {
    throw new Error(
      `publishing ${name}@${version} to ${registry}: expected 2xx, got ${response.status} ${await response.text()}`,
    );
  }
  return manifest;
}
