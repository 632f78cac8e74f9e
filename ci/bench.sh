#!/usr/bin/env bash
# Benchmark of `snippetgen verify` on this machine, every figure from one sitting. Prints:
# - the floor: for each stack, what one cell unavoidably costs (one build of a trivial program
#   where the stack builds, one start of its runtime serving it, the requests verify sends to
#   it), measured here by verifying each stack's 200 cell alone, and what each further cell of a
#   batch adds (a batch of two, 200 and 201: each Go or Rust cell is a binary of its own to link,
#   each forked Ruby or Django cell an app of its own to load); both on one core (taskset), so a
#   figure is the work itself, not work spread over cores by a toolchain; and the floor of the
#   full matrix, what a perfect scheduler on this machine's cores would need given those costs
#   and the batching each stack's descriptor allows: the work of every stack, over the cores;
# - the cold full matrix of every stack beside that floor, and their ratio;
# - a warm re-run (nothing changed), one cell of an interpreted stack, one Go and one Spring cell;
# - the pages: `snippetgen site` from the cold run's report (every page, every example highlighted);
# - the full matrix the naive way (every cell built and started alone, one after another, as the
#   usual snippet test harnesses do), per stack and in all, and the cold run's speed-up over it;
# - the same for the six original stacks alone.
#
#   bash ci/bench.sh            # assumes ci/install-deps.sh has run; about 25 minutes
#   bash ci/bench.sh --quick    # leaves out the full matrix the naive way (about 15 minutes)
set -euo pipefail
cd "$(dirname "$0")/.."
full_naive=true
case "${1:-}" in
  --quick) full_naive=false ;;
  "") ;;
  *) echo "usage: bash ci/bench.sh [--quick]" >&2; exit 2 ;;
esac

cargo build --release --locked -q
bin=./target/release/snippetgen
out=target/bench
mkdir -p "$out"
"$bin" generate --out "$out/snippets" --force >/dev/null 2>&1
snippets=(--snippets "$out/snippets")
six=(--lang flask --lang express --lang php --lang go --lang spring --lang sinatra)

# Set up dependencies and warm the toolchains' own caches (Go's build cache, the JVM's class
# data, cargo's target dir), so that the figures measure verify, not first-time installs.
"$bin" verify "${snippets[@]}" --code 404 --code 503 --no-cache >/dev/null 2>&1 || true

now() { date +%s.%N; }
# time_of FILE CMD...: runs CMD with its stdout in FILE, prints its wall-clock seconds.
time_of() {
  local file=$1 start end status=0
  shift
  start=$(now)
  "$@" >"$file" 2>/dev/null || status=$?
  end=$(now)
  [ "$status" -eq 0 ] || { echo "bench: '$*' exited with $status" >&2; exit 1; }
  python3 -c "import sys; print(f'{float(sys.argv[2]) - float(sys.argv[1]):.2f}')" "$start" "$end"
}

json=(--format json)
one_core=(taskset -c 0)
floor_run=$(time_of "$out/floor.json" "${one_core[@]}" "$bin" verify "${snippets[@]}" --code 200 --no-cache --no-batch -j 1 "${json[@]}")
pair_run=$(time_of "$out/pair.json" "${one_core[@]}" "$bin" verify "${snippets[@]}" --code 200 --code 201 --no-cache -j 1 "${json[@]}")
all=$(time_of "$out/all.json" "$bin" verify "${snippets[@]}" --no-cache "${json[@]}")
warm=$(time_of /dev/null "$bin" verify "${snippets[@]}")
site=$(time_of /dev/null "$bin" site "${snippets[@]}" --out "$out/site" --report "$out/all.json" --base-url https://httperror.net/ --force)
flask_cell=$(time_of /dev/null "$bin" verify "${snippets[@]}" --lang flask --code 404 --no-cache)
go_cell=$(time_of /dev/null "$bin" verify "${snippets[@]}" --lang go --code 404 --no-cache)
spring_cell=$(time_of /dev/null "$bin" verify "${snippets[@]}" --lang spring --code 404 --no-cache)
cold=$(time_of /dev/null "$bin" verify "${snippets[@]}" "${six[@]}" --no-cache)
naive=$(time_of /dev/null "$bin" verify "${snippets[@]}" "${six[@]}" --no-cache --no-batch -j 1)
naive_all=0
if $full_naive; then
  naive_all=$(time_of "$out/naive.json" "$bin" verify "${snippets[@]}" --no-cache --no-batch -j 1 "${json[@]}")
else
  echo '{"results": []}' >"$out/naive.json"
fi

python3 - "$out/times.json" "$(nproc)" "$all" "$warm" "$flask_cell" "$go_cell" "$spring_cell" "$cold" "$naive" \
  "$naive_all" "$site" "${six[*]}" <<'PY'
import json, sys
keys = ("cores", "all", "warm", "flask_cell", "go_cell", "spring_cell", "cold", "naive", "naive_all", "site")
times = {k: float(v) for k, v in zip(keys, sys.argv[2:12])}
times["cores"] = int(times["cores"])
times["six"] = sys.argv[12]
json.dump(times, open(sys.argv[1], "w"), indent=1)
PY
python3 ci/bench-report.py "$out"
