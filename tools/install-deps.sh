#!/usr/bin/env bash
# Installs, with apt-get, exactly the Debian packages claimgraph needs that are missing.
set -euo pipefail
cd "$(dirname "$0")/.."
# libcpp-httplib-dev: the HTTP server of `claimgraph serve`; chromium: the browser tests (headless).
# libgraphviz-dev: cgraph + gvc, which `claimgraph render` lays out and draws with; graphviz
# (`dot`) and python3-networkx: the tests read the exports back with them (and with jsonld.js,
# tools/install-npm.sh). libmimalloc-dev: the programs' malloc (CMakeLists.txt).
PKGS=(build-essential cmake pkg-config python3
      libboost-graph-dev rapidjson-dev libsqlitecpp-dev libsqlite3-dev catch2 libcli11-dev
      libutf8proc-dev iso-codes clang-format libcpp-httplib-dev chromium
      libgraphviz-dev graphviz python3-networkx libmimalloc-dev)
missing=()
for p in "${PKGS[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
# Node.js and npm: Debian's, unless the machine already has a node and npm of its own.
command -v node >/dev/null || missing+=(nodejs)
command -v npm >/dev/null || missing+=(npm)
if [ ${#missing[@]} -gt 0 ]; then
  echo "installing: ${missing[*]}"
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO=sudo
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get -o DPkg::Lock::Timeout=600 install -y -qq \
    --no-install-recommends "${missing[@]}"
fi
