// One API reference page: `redocly build-docs` on the registry alias, with our template and title,
// Redoc's script inlined, then checked to load nothing from the network.
import { execFile } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { localizeRedocAssets } from './localize-redoc-assets.ts';

const run = promisify(execFile);
const redoclyCli = createRequire(import.meta.url).resolve('@redocly/cli/bin/cli.js');
const template = fileURLToPath(new URL('./templates/reference.hbs', import.meta.url));

export interface RenderReferenceOptions {
  /** Registry alias under `apis:`, for error messages. */
  readonly api: string;
  /**
   * The bundled spec, upgraded to 3.1, that the site also offers for download: Redoc renders the
   * document every other tool reads, not the file as the vendor wrote it.
   */
  readonly specFile: string;
  /** Human title of the API, from its spec. */
  readonly apiTitle: string;
  /** The `redocly.yaml` that lists the API. */
  readonly registryPath: string;
  /** The HTML file to write. */
  readonly outFile: string;
}

/** Redoc options: offer our bundled downloads, skip the spinner, scroll below our bar. */
const redocOptions = {
  scrollYOffset: 36,
  downloadUrls: [
    { title: 'YAML', url: 'openapi.yaml' },
    { title: 'JSON', url: 'openapi.json' },
  ],
  hideLoading: true,
};

/** Build the reference page of one registry API. */
export async function renderReference(options: RenderReferenceOptions): Promise<void> {
  const args = [
    redoclyCli,
    'build-docs',
    options.specFile,
    `--config=${options.registryPath}`,
    `--output=${options.outFile}`,
    `--title=${options.apiTitle} API reference · sms-contracts`,
    `--template=${template}`,
    `--templateOptions.apiTitle=${options.apiTitle}`,
    `--openapi=${JSON.stringify(redocOptions)}`,
    '--inlineBundle',
    '--lint-config=off',
  ];
  try {
    await run(process.execPath, args, {
      env: {
        ...process.env,
        // No telemetry from the CLI, and none from the page (Redoc reads the same switch).
        REDOCLY_TELEMETRY: 'off',
        REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true',
        REDOCLY_SUPPRESS_NOTIFICATIONS: 'true',
      },
      maxBuffer: 16 * 1024 * 1024,
    });
  } catch (error) {
    const { stderr, stdout } = error as { stderr?: string; stdout?: string };
    throw new Error(
      `redocly build-docs failed for API "${options.api}" (${options.registryPath}):\n` +
        `${stderr || stdout || (error as Error).message}`.trim(),
    );
  }
  const html = await readFile(options.outFile, 'utf8');
  await writeFile(options.outFile, localizeRedocAssets(html, options.outFile));
}
