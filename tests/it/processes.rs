//! Processes: timeouts and signals leave no process and no temp dir behind.

use crate::support::*;

/// An Express snippet whose server ignores SIGTERM, starts a grandchild, and never answers.
fn stubborn_server(fx: &Fixture) {
    fx.run(&["generate", "--code", "503", "--lang", "express"]).expect(0);
    mutate(
        fx,
        "snippets/503/express.js",
        "res.status(503).json({ message: 'Service Unavailable' });",
        // The handler first: once the test sees the grandchild, SIGTERM is already ignored.
        "process.on('SIGTERM', () => {});\n    require('child_process').spawn('sleep', ['300'], { stdio: 'ignore' });",
    );
}

#[test]
fn a_timed_out_server_and_its_children_are_killed() {
    if !needs(&["express"]) {
        return;
    }
    let fx = Fixture::new();
    stubborn_server(&fx);
    quick_timeouts(&fx, "express");
    let tmp = fx.path("tmp");
    std::fs::create_dir_all(&tmp).unwrap();
    let output = fx
        .command()
        .args(["--languages", "languages", "verify", "--lang", "express", "--code", "503", "--no-cache"])
        .env("TMPDIR", &tmp)
        .output()
        .unwrap();
    let report = String::from_utf8_lossy(&output.stdout);
    assert_eq!(output.status.code(), Some(1), "{report}");
    assert!(report.contains("FAIL") && report.contains("express 503: request: "), "{report}");
    assert_eq!(processes_under(&tmp), Vec::<String>::new(), "orphans left behind");
    assert_eq!(std::fs::read_dir(&tmp).unwrap().count(), 0, "temp dirs left behind");
}

#[test]
fn sigint_stops_verify_with_no_orphans_and_no_temp_dirs() {
    use nix::sys::signal::Signal;
    stop_by_signal(Signal::SIGINT, 130);
}

#[test]
fn sigterm_and_sighup_stop_verify_the_same_way() {
    use nix::sys::signal::Signal;
    stop_by_signal(Signal::SIGTERM, 143);
    // A closed terminal: left to its default, SIGHUP would orphan every server.
    stop_by_signal(Signal::SIGHUP, 129);
}

#[test]
fn sigquit_stops_verify_in_order_too() {
    use nix::sys::signal::Signal;
    // Left to its default, SIGQUIT would end snippetgen at once (and dump core), orphaning servers.
    stop_by_signal(Signal::SIGQUIT, 131);
}

fn stop_by_signal(signal: nix::sys::signal::Signal, exit_code: i32) {
    if !needs(&["express"]) {
        return;
    }
    use nix::sys::signal::kill;
    let fx = Fixture::new();
    stubborn_server(&fx);
    let tmp = fx.path("tmp");
    std::fs::create_dir_all(&tmp).unwrap();
    let mut child = fx
        .command()
        .args(["verify", "--lang", "express", "--code", "503", "--no-cache"])
        .env("TMPDIR", &tmp)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    // Wait until the server has taken the request and started its grandchild.
    let started = std::time::Instant::now();
    wait_for_process_under(&tmp, "sleep 300");
    kill(nix::unistd::Pid::from_raw(child.id() as i32), signal).unwrap();
    let status = child.wait().unwrap();
    assert_eq!(status.code(), Some(exit_code), "{signal}");
    assert!(started.elapsed().as_secs() < 30, "verify took too long to stop");
    assert_eq!(processes_under(&tmp), Vec::<String>::new(), "orphans left behind");
    assert_eq!(std::fs::read_dir(&tmp).unwrap().count(), 0, "temp dirs left behind");
}

#[test]
fn a_second_sigint_stops_verify_at_once_and_still_leaves_no_process() {
    if !needs(&["express"]) {
        return;
    }
    use nix::sys::signal::{kill, Signal};
    let fx = Fixture::new();
    stubborn_server(&fx);
    let tmp = fx.path("tmp");
    std::fs::create_dir_all(&tmp).unwrap();
    let child = fx
        .command()
        .args(["verify", "--lang", "express", "--code", "503", "--no-cache"])
        .env("TMPDIR", &tmp)
        // In a PID namespace the first signal already ends the server at once; process groups
        // give it the grace period it ignores SIGTERM through.
        .env("SNIPPETGEN_TEST_CONTAINMENT", "process-groups")
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    wait_for_process_under(&tmp, "sleep 300");
    let pid = nix::unistd::Pid::from_raw(child.id() as i32);
    // The server ignores SIGTERM: the first Ctrl-C would wait out the grace period.
    kill(pid, Signal::SIGINT).unwrap();
    // Apart, so that the kernel does not merge them into one pending signal.
    std::thread::sleep(std::time::Duration::from_millis(300));
    kill(pid, Signal::SIGINT).unwrap();
    let output = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(130), "{stderr}");
    assert!(stderr.contains("interrupted again: stopped at once"), "{stderr}");
    // It did not wait to stop in order: no summary was written.
    assert!(!String::from_utf8_lossy(&output.stdout).contains("interrupted:"));
    assert_eq!(processes_left_under(&tmp), Vec::<String>::new(), "processes outlived verify");
}
