#!/usr/bin/env bash
# Refreshes data/browser-compat.json from MDN's browser-compat-data (npm package
# @mdn/browser-compat-data): only the http.status entries (103, 308 and 425 are the codes it
# has), with the browsers' display names and the package's version and date. The site build
# embeds the file; run this, look at the diff, commit it.
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
version=${1:-latest}
(cd "$work" && npm pack --silent "@mdn/browser-compat-data@$version" >/dev/null && tar xzf ./*.tgz)
node - "$work/package/data.json" data/browser-compat.json <<'JS'
const fs = require('fs');
const [src, dest] = process.argv.slice(2);
const bcd = JSON.parse(fs.readFileSync(src, 'utf8'));
const keep = ['version_added', 'version_removed', 'partial_implementation', 'prefix', 'alternative_name', 'flags', 'notes'];
const sorted = (obj) => Object.fromEntries(Object.keys(obj).sort().map((k) => [k, obj[k]]));
const statement = (s) => sorted(Object.fromEntries(keep.filter((k) => k in s).map((k) => [k, s[k]])));
const codes = {};
const used = new Set();
for (const [code, entry] of Object.entries(bcd.http.status).sort()) {
  const compat = entry.__compat;
  const support = {};
  for (const [browser, s] of Object.entries(compat.support).sort()) {
    support[browser] = Array.isArray(s) ? s.map(statement) : [statement(s)];
    used.add(browser);
  }
  codes[code] = { mdn_url: compat.mdn_url, support };
}
const browsers = {};
for (const id of [...used].sort()) browsers[id] = bcd.browsers[id].name;
const out = {
  source: {
    package: '@mdn/browser-compat-data',
    version: bcd.__meta.version,
    date: bcd.__meta.timestamp.slice(0, 10),
    license: 'CC0-1.0',
    path: 'http.status',
  },
  browsers,
  codes,
};
fs.writeFileSync(dest, JSON.stringify(out, null, 2) + '\n');
JS
echo "wrote data/browser-compat.json from @mdn/browser-compat-data $(node -p "require('./data/browser-compat.json').source.version")"
