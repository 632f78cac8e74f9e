#!/usr/bin/env bash
# The main job, on a fresh machine: install the toolchains, build snippetgen, prove that the
# committed snippets are what the templates produce, and verify every cell of the matrix with
# the real toolchains. Extra arguments go to `snippetgen verify` (e.g. --junit FILE).
set -euo pipefail
cd "$(dirname "$0")/.."

bash ci/install-deps.sh
cargo build --release --locked
./target/release/snippetgen doctor
./target/release/snippetgen check
./target/release/snippetgen verify "$@"
