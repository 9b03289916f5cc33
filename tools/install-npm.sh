#!/usr/bin/env bash
# Installs the Node packages the tests read exports with (jsonld.js, pinned by
# tools/js/package-lock.json) into tools/js/node_modules, which git ignores.
# Does nothing when that folder was installed from the same lock file.
set -euo pipefail
cd "$(dirname "$0")/js"
if cmp -s package-lock.json node_modules/.installed-from-lock 2>/dev/null; then
  exit 0
fi
if ! command -v npm >/dev/null; then
  echo "install-npm: npm not found (tools/install-deps.sh installs nodejs and npm)" >&2
  exit 1
fi
npm ci --no-audit --no-fund --ignore-scripts --loglevel=error
cp package-lock.json node_modules/.installed-from-lock
