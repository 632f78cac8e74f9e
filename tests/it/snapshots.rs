//! Snapshots of what people read: the list table and a drift report.

use crate::support::*;

#[test]
fn snapshot_list_table() {
    insta::assert_snapshot!(Fixture::new().run(&["list"]).expect(0).stdout());
}

#[test]
fn snapshot_drift_report() {
    let fx = Fixture::new();
    fx.run(&["generate", "--code", "301", "--code", "503"]).expect(0);
    mutate(&fx, "snippets/301/flask.py", "return response, 301", "return response, 302");
    mutate(&fx, "snippets/503/sinatra.rb", "    status 503\n", "    status 503\n    cache_control :no_store\n");
    let run = fx.run(&["check"]).expect(1);
    // Only the two changed files: the codes not generated here are listed as missing.
    let diff: String = run.stdout().split("missing (").next().unwrap().to_string();
    insta::assert_snapshot!(diff);
}
