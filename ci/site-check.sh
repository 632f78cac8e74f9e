#!/usr/bin/env bash
# The real-browser check of a built site (issue 15): installs what it needs, then runs
# ci/site-check.mjs, which serves DIR on 127.0.0.1 and drives Debian's headless chromium over
# every page (console errors, broken internal links, keyboard tabs, JavaScript off, axe-core,
# screenshots, Lighthouse).
#
#   bash ci/site-check.sh DIR [SHOTS_DIR]
#
# DIR is what `snippetgen site --out DIR` wrote; SHOTS_DIR defaults to target/site-check/shots.
# Exit 0 when every check passes, 1 when one fails, 2 on a usage error.
#
# Idempotent: chromium comes from Debian (apt) only when `chromium` is missing; the npm
# packages (puppeteer-core, axe-core, lighthouse, at the versions ci/site-check/package-lock.json
# pins) go into target/site-check/node_modules, reinstalled only when that lock changed. No browser
# is downloaded from anywhere else: PUPPETEER_SKIP_DOWNLOAD=1, and the check launches
# /usr/bin/chromium.
set -euo pipefail

if [[ $# -lt 1 || $# -gt 2 ]]; then
  echo "usage: bash ci/site-check.sh DIR [SHOTS_DIR]" >&2
  exit 2
fi
if [[ ! -f "$1/index.html" ]]; then
  echo "site-check: $1/index.html: no such file (build the site first: snippetgen site --out $1)" >&2
  exit 2
fi
site_dir=$(cd "$1" && pwd)
shots_dir=${2:-}

root=$(cd "$(dirname "$0")/.." && pwd)
work="$root/target/site-check"
mkdir -p "$work"

if ! command -v chromium >/dev/null 2>&1; then
  echo "site-check: installing Debian's chromium"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update
  apt-get install -y chromium
fi

lock="$root/ci/site-check/package-lock.json"
stamp="$work/.installed"
want=$(sha256sum "$root/ci/site-check/package.json" "$lock" | sha256sum | cut -d' ' -f1)
if [[ ! -d "$work/node_modules" || "$(cat "$stamp" 2>/dev/null)" != "$want" ]]; then
  echo "site-check: installing puppeteer-core, axe-core and lighthouse into $work/node_modules"
  cp "$root/ci/site-check/package.json" "$lock" "$work/"
  PUPPETEER_SKIP_DOWNLOAD=1 npm ci --prefix "$work" --no-audit --no-fund --loglevel=error
  echo "$want" >"$stamp"
fi

export SITE_CHECK_MODULES="$work/node_modules"
if [[ -n "$shots_dir" ]]; then
  exec node "$root/ci/site-check.mjs" "$site_dir" "$shots_dir"
else
  exec node "$root/ci/site-check.mjs" "$site_dir"
fi
