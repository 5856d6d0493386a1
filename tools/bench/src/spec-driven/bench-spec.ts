import { join } from 'node:path';
import { repoRoot } from '../paths.ts';

/**
 * The spec both mock servers serve: the spec-driven emulator's test fixture (OpenAPI 3.1; a
 * collection, examples, schemas without examples, basic + apiKey + bearer security, a form body).
 */
export const benchSpec = {
  name: 'things',
  file: join(repoRoot, 'packages/emulator/test/fixtures/things/openapi.yaml'),
} as const;

/** The request measured: create a thing (auth, JSON body validated, answer from the spec). */
export const benchRequest = {
  method: 'POST',
  path: '/things',
  headers: {
    authorization: `Basic ${Buffer.from('bench:bench').toString('base64')}`,
    'content-type': 'application/json',
  },
  body: JSON.stringify({ name: 'Kite', color: 'green', weight: 2 }),
  status: 201,
} as const;
