#!/usr/bin/env bash
# Set up pyarena on a Debian/Ubuntu machine: system packages it needs, npm packages, a build.
#   bubblewrap  the sandbox for model code      gcc   compiles the small sandbox launcher
#   python3     runs the candidates (3.10+)
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
command -v bwrap >/dev/null 2>&1 || missing+=(bubblewrap)
command -v cc >/dev/null 2>&1 || missing+=(gcc libc6-dev)
command -v python3 >/dev/null 2>&1 || missing+=(python3)
if ((${#missing[@]} > 0)); then
  echo "setup: installing ${missing[*]}" >&2
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get install -y --no-install-recommends "${missing[@]}" \
    || { $sudo apt-get update && $sudo apt-get install -y --no-install-recommends "${missing[@]}"; }
fi

# npm install (not npm ci): it honours package-lock.json and tolerates optional platform packages
# (e.g. biome for other OSes) that a registry mirror may not serve.
npm install --no-audit --no-fund
npm run build
