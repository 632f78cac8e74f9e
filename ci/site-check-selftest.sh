#!/usr/bin/env bash
# Proves ci/site-check.sh can fail: copies a built site, breaks it in one known way per check
# (a request to another host, a console error, broken links, a tab key that does nothing, a layout
# shift between tabs, a filter that leaves links to the classes it hid, an example hidden with
# JavaScript off, low contrast, a page wider than a phone), runs the check on the copy, and exits
# 1 unless the check exits 1 and names each break.
#
#   bash ci/site-check-selftest.sh DIR        (DIR: what `snippetgen site --out DIR` wrote)
set -euo pipefail

if [[ $# -ne 1 || ! -f "$1/503/index.html" || ! -f "$1/206/index.html" || ! -f "$1/101/index.html" ]]; then
  echo "usage: bash ci/site-check-selftest.sh DIR (a built site with 101, 206 and 503 pages)" >&2
  exit 2
fi
root=$(cd "$(dirname "$0")/.." && pwd)
broken=$(mktemp -d /tmp/site-check-selftest.XXXXXX)
trap 'rm -rf "$broken"' EXIT
cp -r "$1/." "$broken/"

# One break each, inserted before </main> (or </body>) of a page, or into the shared files.
inject() { # FILE HTML
  local file=$1 html=$2
  python3 - "$file" "$html" <<'EOF'
import sys
path, html = sys.argv[1], sys.argv[2]
text = open(path, encoding="utf-8").read()
mark = "</main>" if "</main>" in text else "</body>"
assert mark in text, path
open(path, "w", encoding="utf-8").write(text.replace(mark, html + "\n" + mark, 1))
EOF
}
inject "$broken/503/index.html" '<img src="https://example.invalid/pixel.png" alt="">'
inject "$broken/503/index.html" '<script>console.error("selftest: boom")</script>'
inject "$broken/101/index.html" '<p><a href="../999/index.html">nowhere</a> <a href="#no-such-id">nothing</a></p>'
inject "$broken/206/index.html" '<p style="color:#c8c8c8;background:#fff">selftest: low contrast text</p>'
inject "$broken/index.html" '<div style="width:900px">selftest: too wide for a phone</div>'
# JavaScript off: the first example of 206 hidden by an inline style.
python3 - "$broken/206/index.html" <<'EOF'
import re, sys
path = sys.argv[1]
text = open(path, encoding="utf-8").read()
text, n = re.subn(r'<pre class="code"', '<pre style="display:none" class="code"', text, count=1)
assert n == 1, path
open(path, "w", encoding="utf-8").write(text)
EOF
# ArrowLeft does nothing; the panels no longer share one grid cell, so their heights differ.
sed -i "s/event.key === 'ArrowLeft'/event.key === 'SelftestNoSuchKey'/" "$broken/site.js"
# The filter leaves the class links of the groups it hides.
sed -i "s/if (link) link.parentNode.hidden = group.hidden;/void link;/" "$broken/site.js"
echo '.tabs-on .example { grid-area: auto !important; } .tabs-on .example.inactive { display: none; }' >>"$broken/style.css"

log="$broken.log"
set +e
SITE_CHECK_SKIP_LIGHTHOUSE=1 bash "$root/ci/site-check.sh" "$broken" "$broken/shots" >"$log" 2>&1
status=$?
set -e
missing=0
expect() { # what-for PATTERN
  if grep -Eq -- "$2" "$log"; then
    echo "ok   $1"
  else
    echo "MISS $1: no line matches /$2/"
    missing=$((missing + 1))
  fi
}
expect "request to another host" 'request to another host, blocked: GET https://example.invalid/pixel.png'
expect "console error" 'console error: selftest: boom'
expect "broken link" '/999/index.html answered 404'
expect "broken #fragment" 'no element with id "no-such-id"'
expect "tab key" 'ArrowLeft from .*focus on tab'
expect "layout shift" "page's height changes with the tab"
expect "hidden with JavaScript off" 'no-JS 206: hidden with JavaScript off'
expect "class link to a hidden group" 'leaves links to hidden classes: #class-'
expect "axe contrast" 'color-contrast \[serious\]'
expect "overflow at 390 px" 'page index .*scrolls sideways at 390 px'
if [[ $status -ne 1 ]]; then
  echo "MISS exit status: site-check exited $status, want 1"
  missing=$((missing + 1))
fi
if [[ $missing -ne 0 ]]; then
  echo "site-check selftest: $missing checks did not fire; the check's output is in $log"
  trap - EXIT
  exit 1
fi
rm -f "$log"
echo "site-check selftest: every break was caught"
