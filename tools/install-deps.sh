#!/usr/bin/env bash
# Installs, with apt-get, exactly the Debian packages claimgraph needs that are missing.
# libgraphviz-dev: cgraph + gvc, which `claimgraph render` lays out and draws with.
# graphviz (`dot`), python3-networkx, nodejs + npm (jsonld.js, tools/install-npm.sh): the
# tests read every export back with these real tools.
set -euo pipefail
PKGS=(build-essential cmake pkg-config python3
      libboost-graph-dev rapidjson-dev libsqlitecpp-dev libsqlite3-dev catch2 libcli11-dev
      libutf8proc-dev iso-codes clang-format
      libgraphviz-dev graphviz python3-networkx)
missing=()
for p in "${PKGS[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
# Node.js may come from elsewhere than Debian (its own npm included): only a machine
# without node and npm gets Debian's.
command -v node >/dev/null && command -v npm >/dev/null || missing+=(nodejs npm)
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
echo "installing: ${missing[*]}"
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO=sudo
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
