#!/usr/bin/env bash
# Benchmark of `snippetgen verify` on this machine. Prints wall-clock figures for: the cold full
# matrix of the six original stacks, 63 codes x 6 (dependencies installed, no cached results),
# a warm re-run (nothing changed), one Go and one Spring Boot cell, the naive way (every cell
# built and started alone, one after another, as the usual snippet test harnesses do) with the
# speed-up, and, for information, the cold matrix of every language.
#
#   bash ci/bench.sh            # assumes ci/install-deps.sh has run
set -euo pipefail
cd "$(dirname "$0")/.."

cargo build --release --locked -q
bin=./target/release/snippetgen
"$bin" generate --out target/bench-snippets >/dev/null 2>&1
snippets=(--snippets target/bench-snippets)
six=(--lang flask --lang express --lang php --lang go --lang spring --lang sinatra)

# Set up dependencies and warm the toolchains' own caches (Go's build cache, the JVM's class
# data), so that the figures measure verify, not first-time installs.
"$bin" verify "${snippets[@]}" --code 404 --code 503 --no-cache >/dev/null 2>&1

now() { date +%s.%N; }
time_of() {
  local start end status=0
  start=$(now)
  "$@" >/dev/null 2>&1 || status=$?
  end=$(now)
  [ "$status" -eq 0 ] || { echo "bench: '$*' exited with $status" >&2; exit 1; }
  python3 -c "import sys; print(f'{float(sys.argv[2]) - float(sys.argv[1]):.2f}')" "$start" "$end"
}

cold=$(time_of "$bin" verify "${snippets[@]}" "${six[@]}" --no-cache)
warm=$(time_of "$bin" verify "${snippets[@]}" "${six[@]}")
go_cell=$(time_of "$bin" verify "${snippets[@]}" --lang go --code 404 --no-cache)
spring_cell=$(time_of "$bin" verify "${snippets[@]}" --lang spring --code 404 --no-cache)
naive=$(time_of "$bin" verify "${snippets[@]}" "${six[@]}" --no-cache --no-batch -j 1)
all=$(time_of "$bin" verify "${snippets[@]}" --no-cache)
languages=$("$bin" list --format json | python3 -c 'import json,sys; print(len(json.load(sys.stdin)["languages"]))')
ratio() { python3 -c "import sys; print(f'{float(sys.argv[1]) / float(sys.argv[2]):.1f}')" "$1" "$2"; }

printf '\nsnippetgen verify on %s cores: the six original stacks, 63 codes x 6 = 378 cells\n' "$(nproc)"
printf '%-44s %8s %8s\n' "run" "seconds" "target"
printf '%-44s %8.2f %8s\n' "cold full matrix (no cached results)" "$cold" "60"
printf '%-44s %8.2f %8s\n' "warm full matrix (nothing changed)" "$warm" "1"
printf '%-44s %8.2f %8s\n' "one cell: go 404" "$go_cell" "2"
printf '%-44s %8.2f %8s\n' "one cell: spring 404" "$spring_cell" "10"
printf '%-44s %8.2f %8s\n' "naive: each cell alone, one after another" "$naive" "-"
printf 'speed-up of the cold run over the naive way: %sx\n' "$(ratio "$naive" "$cold")"
printf '%-44s %8.2f %8s\n' "cold full matrix, all $languages languages" "$all" "-"
