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

python3 - "$out/floor.json" "$out/all.json" "$out/pair.json" "$(nproc)" "$all" "$warm" "$flask_cell" "$go_cell" \
  "$spring_cell" "$cold" "$naive" "${six[*]}" "$naive_all" "$out/naive.json" <<'PY'
import functools, json, math, sys, tomllib
from pathlib import Path

floor_report, all_report, pair_report = (json.load(open(p)) for p in sys.argv[1:4])
cores = int(sys.argv[4])
all_s, warm, flask_cell, go_cell, spring_cell, cold, naive = map(float, sys.argv[5:12])
# The six original stacks, as the shell's `six` selects them: `--lang flask --lang express ...`.
six = set(sys.argv[12].split()[1::2])
naive_all = float(sys.argv[13])
naive_report = json.load(open(sys.argv[14]))
# The batch of two (200 and 201, batched as the descriptor says): what its build and its start
# cost beyond the one cell's is what each further cell of a batch adds.
pair = {r["lang"]: r["phases"] for r in pair_report["results"] if r["code"] == 201 and r.get("phases")}

# What each descriptor lets verify share: `batch-size` cells build together, and with
# `serve-per = "batch"` one server process serves them all.
@functools.cache
def batching(lang):
    v = tomllib.loads(Path(f"languages/{lang}.toml").read_text()).get("verify", {})
    size = v.get("batch-size", 1)
    return size, size if v.get("serve-per") == "batch" else 1

# The cells of the full run that ran (n/a cells cost nothing), per stack.
cells = {}
for r in all_report["results"]:
    if r["outcome"] != "n/a":
        cells[r["lang"]] = cells.get(r["lang"], 0) + 1

# A cell's requests: the 200 cell's, or, where a runtime warms up as it serves (a JIT), the
# median cell's of the full run, whichever is less.
probes = {}
for r in all_report["results"]:
    if r.get("phases"):
        probes.setdefault(r["lang"], []).append(r["phases"]["probe_ms"])
median = {lang: sorted(v)[len(v) // 2] for lang, v in probes.items()}

rows, work = [], 0.0
for r in floor_report["results"]:
    p = r.get("phases")
    if r["outcome"] != "pass" or not p:
        sys.exit(f"bench: {r['lang']} 200 did not pass ({r['outcome']}); no floor for it")
    lang, n = r["lang"], cells.get(r["lang"], 0)
    p = dict(p, probe_ms=min(p["probe_ms"], median.get(lang, p["probe_ms"])))
    build_size, serve_size = batching(lang)
    two = pair.get(lang) if pair.get(lang, {}).get("batch_cells") == 2 else None
    # One cell's build or start, split into what a batch pays once and what each cell adds.
    def split(alone, field):
        if not two or not field:
            return alone, 0
        each = max(0, two[field] - alone)
        return max(0, alone - each), each
    build_once, build_each = split(p["build_ms"], "build_ms" if build_size > 1 else None)
    start_once, start_each = split(p["start_ms"], "start_ms" if serve_size > 1 else None)
    builds = math.ceil(n / build_size) if p["build_ms"] else 0
    starts = math.ceil(n / serve_size)
    build = builds * build_once + (n * build_each if builds else 0)
    start = starts * start_once + n * start_each
    stack = (build + start + n * p["probe_ms"]) / 1000
    work += stack
    rows.append((lang, p["build_ms"], build_each, p["start_ms"], start_each, p["probe_ms"], n, builds, starts, stack))
# A perfect scheduler keeps every core busy and can do no better than the longest batch.
longest = max((b + s + p) / 1000 for _, b, _, s, _, p, *_ in rows)
floor = max(work / cores, longest)

print(f"\nthe floor, per stack, on one core: its 200 cell alone, and what each further cell of a batch")
print(f"adds (ms); the builds and starts of batches the full matrix needs, and its seconds of work")
print(f"{'stack':<12} {'build':>7} {'+cell':>6} {'start':>7} {'+cell':>6} {'requests':>9} {'cells':>6} {'builds':>7} {'starts':>7} {'seconds':>8}")
for lang, b, be, s, se, p, n, builds, starts, stack in sorted(rows, key=lambda r: -r[-1]):
    print(f"{lang:<12} {b:>7} {be:>6} {s:>7} {se:>6} {p:>9} {n:>6} {builds:>7} {starts:>7} {stack:>8.1f}")

# What the further probes (HEAD, Allow, keep-alive, conditional, range, HTTP/1.0, WebSocket)
# cost in the cold full run: each cell's share of its batch's build and start, its requests,
# and of those, what is not its main exchange.
cell_time = extra = 0.0
for r in all_report["results"]:
    p = r.get("phases")
    if not p:
        continue
    _, serve_size = batching(r["lang"])
    cell_time += p["build_ms"] / p["batch_cells"] + p["start_ms"] / (p["batch_cells"] if serve_size > 1 else 1)
    cell_time += p["probe_ms"]
    extra += p["probe_ms"] - p["main_ms"]

n_all = len(all_report["results"])
langs = len(rows)
print(f"\nsnippetgen verify on {cores} cores")
print(f"{'run':<60} {'seconds':>8} {'target':>8}")
print(f"{'floor of the full matrix (' + str(langs) + ' stacks, ' + str(n_all) + ' cells)':<60} {floor:>8.1f} {'-':>8}")
print(f"{'cold full matrix (no cached results)':<60} {all_s:>8.1f} {2 * floor:>8.1f}")
print(f"cold full matrix / floor: {all_s / floor:.2f}x (target at most 2x)")
print(f"the further probes' share of the cold run's cell-time: {extra / cell_time:.1%}; "
      f"growth over the main exchanges alone: {extra / (cell_time - extra):.1%} (target at most 25%)")
print(f"{'warm full matrix (nothing changed)':<60} {warm:>8.2f} {1:>8}")
print(f"{'one cell of an interpreted stack: flask 404':<60} {flask_cell:>8.2f} {1:>8}")
print(f"{'one cell: go 404':<60} {go_cell:>8.2f} {'-':>8}")
print(f"{'one cell: spring 404':<60} {spring_cell:>8.2f} {'-':>8}")
# The naive way of the full matrix: per stack, its cells' time one after another, beside the
# cold run's cell-time for the stack (its batches' builds and starts shared among their cells).
if naive_all:
    naive_per, cold_per = {}, {}
    for r in naive_report["results"]:
        naive_per[r["lang"]] = naive_per.get(r["lang"], 0) + r["duration_ms"] / 1000
    for r in all_report["results"]:
        cold_per[r["lang"]] = cold_per.get(r["lang"], 0) + r["duration_ms"] / 1000
    print(f"\nthe naive way, per stack: each cell alone, one after another (seconds), and the cold run's")
    print(f"cell-time for the stack")
    print(f"{'stack':<12} {'naive':>8} {'cold':>8} {'ratio':>7}")
    for lang in sorted(naive_per, key=lambda l: -naive_per[l]):
        c = cold_per.get(lang, 0)
        ratio = f"{naive_per[lang] / c:.1f}x" if c else "-"
        print(f"{lang:<12} {naive_per[lang]:>8.1f} {c:>8.1f} {ratio:>7}")
    print(f"\n{'the full matrix, naive (each cell alone, -j 1)':<60} {naive_all:>8.1f} {'-':>8}")
    print(f"speed-up of the cold full matrix over the naive way: {naive_all / all_s:.1f}x (target at least 10x)")
print(f"{'the six original stacks, cold':<60} {cold:>8.1f} {'-':>8}")
print(f"{'the six original stacks, naive (each cell alone, -j 1)':<60} {naive:>8.1f} {'-':>8}")
print(f"speed-up of the six's cold run over their naive way: {naive / cold:.1f}x")
# The same floor for the six alone: no run of them can beat it, so neither can its speed-up.
six_floor = sum(row[-1] for row in rows if row[0] in six) / cores
print(f"{'floor of the six original stacks':<60} {six_floor:>8.1f} {'-':>8}")
print(f"the most any run of the six could gain over the naive way: {naive / six_floor:.1f}x")
PY
