#!/usr/bin/env bash
# Benchmark of `snippetgen verify` on this machine. Prints wall-clock figures for: the cold full
# matrix (dependencies installed, no cached results), a warm re-run (nothing changed), one Go and
# one Spring Boot cell, and the naive way (every cell built and started alone, one after
# another, as the usual snippet test harnesses do), with the speed-up.
#
#   bash ci/bench.sh            # assumes ci/install-deps.sh has run
set -euo pipefail
cd "$(dirname "$0")/.."

cargo build --release --locked -q
bin=./target/release/snippetgen
"$bin" generate --out target/bench-snippets >/dev/null 2>&1
snippets=(--snippets target/bench-snippets)

# Set up dependencies and warm the toolchains' own caches (Go's build cache, the JVM's class
# data), so that the figures measure verify, not first-time installs.
"$bin" verify "${snippets[@]}" --code 404 --no-cache >/dev/null 2>&1

now() { date +%s.%N; }
time_of() {
  local start end status=0
  start=$(now)
  "$@" >/dev/null 2>&1 || status=$?
  end=$(now)
  [ "$status" -eq 0 ] || { echo "bench: '$*' exited with $status" >&2; exit 1; }
  echo "$end - $start" | bc
}

cold=$(time_of "$bin" verify "${snippets[@]}" --no-cache)
warm=$(time_of "$bin" verify "${snippets[@]}")
go_cell=$(time_of "$bin" verify "${snippets[@]}" --lang go --code 404 --no-cache)
spring_cell=$(time_of "$bin" verify "${snippets[@]}" --lang spring --code 404 --no-cache)
naive=$(time_of "$bin" verify "${snippets[@]}" --no-cache --no-batch -j 1)
cells=$("$bin" list --format json | python3 -c 'import json,sys; d=json.load(sys.stdin); print(len(d["languages"]) * len(d["codes"]))')

printf '\nsnippetgen verify on %s cores, %s cells\n' "$(nproc)" "$cells"
printf '%-44s %8s %8s\n' "run" "seconds" "target"
printf '%-44s %8.2f %8s\n' "cold full matrix (no cached results)" "$cold" "60"
printf '%-44s %8.2f %8s\n' "warm full matrix (nothing changed)" "$warm" "1"
printf '%-44s %8.2f %8s\n' "one cell: go 404" "$go_cell" "2"
printf '%-44s %8.2f %8s\n' "one cell: spring 404" "$spring_cell" "10"
printf '%-44s %8.2f %8s\n' "naive: each cell alone, one after another" "$naive" "-"
printf 'speed-up of the cold run over the naive way: %.1fx\n' "$(echo "$naive / $cold" | bc -l)"
