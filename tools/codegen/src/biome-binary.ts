// Where Biome's native binary is, so formatting spawns it directly: its npm launcher
// (bin/biome) is a Node script that starts another Node process and runs `ldd --version`
// before the binary, about 40 ms of the ~75 ms a format run of both registry specs took.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const biomeManifest = require.resolve('@biomejs/biome/package.json');

export interface Command {
  readonly file: string;
  readonly args: readonly string[];
  /** What the launcher adds to the environment of the binary. */
  readonly env: NodeJS.ProcessEnv;
}

let found: Command | undefined;

/** The command that runs Biome: its native binary when found, else its npm launcher. */
export function biomeCommand(): Command {
  if (found === undefined) {
    const native = nativeBinary();
    found =
      native === undefined
        ? { file: process.execPath, args: [join(dirname(biomeManifest), 'bin', 'biome')], env: {} }
        : {
            file: native,
            args: [],
            env: {
              BIOME_DISTRIBUTION: 'npm',
              JS_RUNTIME_VERSION: process.version,
              JS_RUNTIME_NAME: process.release.name,
            },
          };
  }
  return found;
}

/** The platform package the launcher would pick (same table, same BIOME_BINARY override). */
function nativeBinary(): string | undefined {
  const { platform, arch, env } = process;
  if (env.BIOME_BINARY) return env.BIOME_BINARY;
  // glibc reports its version; musl does not (how detect-libc tells them apart without ldd).
  const header = (process.report?.getReport() as { header?: { glibcVersionRuntime?: string } })
    ?.header;
  const musl = platform === 'linux' && header?.glibcVersionRuntime === undefined;
  const suffix = platform === 'win32' ? '.exe' : '';
  const name = `@biomejs/cli-${platform}-${arch}${musl ? '-musl' : ''}/biome${suffix}`;
  try {
    // The platform packages are optional dependencies of @biomejs/biome: resolve from there.
    return createRequire(biomeManifest).resolve(name);
  } catch {
    return undefined;
  }
}
