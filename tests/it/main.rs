//! Integration tests: the `snippetgen` binary as built, run against small fixture trees, one
//! module per area. The verify tests use the real toolchains (installed by `ci/install-deps.sh`);
//! a missing toolchain makes them fail, never pass. See `support` for SNIPPETGEN_TEST_LANGS.

mod bad_input;
mod batches;
mod conformance;
mod containment;
mod contributing;
mod doctor;
mod generate;
mod hostile;
mod processes;
mod sandbox;
mod site;
mod snapshots;
mod support;
mod verify;
