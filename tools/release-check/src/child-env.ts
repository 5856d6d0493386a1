/**
 * Variables a parent tool sets for its own children, which would leak into the commands the
 * checks run in a clone: the outer pnpm's script context (`npm_*`, `PNPM_SCRIPT_SRC_DIR`), the
 * outer turbo run (`TURBO_*`), vitest's (`VITEST*`, `NODE_ENV=test`) and pnpm settings.
 */
const inherited =
  /^(npm_|pnpm_config_|PNPM_SCRIPT_SRC_DIR$|TURBO_|VITEST|NODE_ENV$|NODE_OPTIONS$|INIT_CWD$|TEST$)/i;

/**
 * The environment of a command the checks run: this process's, less what its parents set for
 * their own children, plus `extra`. Telemetry and update checks are off: nothing but loopback.
 */
export function childEnv(extra: Readonly<Record<string, string>> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(process.env)) {
    if (value !== undefined && !inherited.test(name)) env[name] = value;
  }
  return {
    ...env,
    TURBO_TELEMETRY_DISABLED: '1',
    TURBO_NO_UPDATE_NOTIFIER: '1',
    DO_NOT_TRACK: '1',
    NO_COLOR: '1',
    FORCE_COLOR: '0',
    npm_config_update_notifier: 'false',
    npm_config_fund: 'false',
    npm_config_audit: 'false',
    // pnpm would otherwise ask the registry about the packageManager pin on every command.
    pnpm_config_pm_on_fail: 'ignore',
    ...extra,
  };
}
