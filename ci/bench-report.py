#!/usr/bin/env python3
# Prints ci/bench.sh's figures from what one run of it left in DIR (target/bench): the JSON
# reports of its verify runs (floor.json, pair.json, all.json, naive.json) and times.json, the
# wall-clock seconds of its timed runs. ci/bench.sh runs it at its end; run it again to reprint
# a run's figures:  python3 ci/bench-report.py target/bench
import functools, json, math, sys, tomllib
from pathlib import Path

out = Path(sys.argv[1])
floor_report, all_report, pair_report, naive_report = (
    json.load(open(out / f"{name}.json")) for name in ("floor", "all", "pair", "naive")
)
times = json.load(open(out / "times.json"))
cores = times["cores"]
all_s, warm, flask_cell, go_cell, spring_cell, cold, naive, naive_all = (
    times[k] for k in ("all", "warm", "flask_cell", "go_cell", "spring_cell", "cold", "naive", "naive_all")
)
# The six original stacks, as the shell's `six` selects them: `--lang flask --lang express ...`.
six = set(times["six"].split()[1::2])
# The batch of two (200 and 201, batched as the descriptor says): what its build and its start
# cost beyond the one cell's is what each further cell of a batch adds.
pair = {r["lang"]: r["phases"] for r in pair_report["results"] if r["code"] == 201 and r.get("phases")}

# What each descriptor lets verify share: `batch-size` cells build together, and with
# `serve-per = "batch"` one server process serves them all.
@functools.cache
def batching(lang):
    v = tomllib.loads((Path(__file__).resolve().parent.parent / "languages" / f"{lang}.toml").read_text()).get("verify", {})
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
if "site" in times:  # runs saved before the pages were timed have no figure for them
    pages = len({r["code"] for r in all_report["results"]})
    print(f"{'the pages: site --report, every code (' + str(pages) + ' pages)':<60} {times['site']:>8.2f} {1:>8}")
# The naive way of the full matrix: per stack, its cells' time one after another, beside the
# stack's floor (its work on one core with the batching its descriptor allows, from the table
# above): their ratio is the most batching can gain on that stack.
if naive_all:
    naive_per = {}
    for r in naive_report["results"]:
        naive_per[r["lang"]] = naive_per.get(r["lang"], 0) + r["duration_ms"] / 1000
    floor_per = {row[0]: row[-1] for row in rows}
    print(f"\nthe naive way, per stack: each cell alone, one after another, beside the stack's floor")
    print(f"(seconds of work on one core) and what batching could gain on it at most")
    print(f"{'stack':<12} {'naive':>8} {'floor':>8} {'at most':>8}")
    for lang in sorted(naive_per, key=lambda l: -naive_per[l]):
        f = floor_per.get(lang, 0)
        gain = f"{naive_per[lang] / f:.1f}x" if f else "-"
        print(f"{lang:<12} {naive_per[lang]:>8.1f} {f:>8.1f} {gain:>8}")
    print(f"\n{'the full matrix, naive (each cell alone, -j 1)':<60} {naive_all:>8.1f} {'-':>8}")
    print(f"speed-up of the cold full matrix over the naive way: {naive_all / all_s:.1f}x (target at least 10x)")
    print(f"the most any run of the full matrix could gain over the naive way: {naive_all / floor:.1f}x")
print(f"{'the six original stacks, cold':<60} {cold:>8.1f} {'-':>8}")
print(f"{'the six original stacks, naive (each cell alone, -j 1)':<60} {naive:>8.1f} {'-':>8}")
print(f"speed-up of the six's cold run over their naive way: {naive / cold:.1f}x")
# The same floor for the six alone: no run of them can beat it, so neither can its speed-up.
six_floor = sum(row[-1] for row in rows if row[0] in six) / cores
print(f"{'floor of the six original stacks':<60} {six_floor:>8.1f} {'-':>8}")
print(f"the most any run of the six could gain over the naive way: {naive / six_floor:.1f}x")
