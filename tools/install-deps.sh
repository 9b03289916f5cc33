#!/usr/bin/env bash
# Installs, with apt-get, exactly the Debian packages claimgraph needs that are missing.
set -euo pipefail
PKGS=(build-essential cmake pkg-config python3
      libboost-graph-dev rapidjson-dev libsqlitecpp-dev libsqlite3-dev catch2 libcli11-dev
      libutf8proc-dev iso-codes clang-format)
missing=()
for p in "${PKGS[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
echo "installing: ${missing[*]}"
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO=sudo
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
