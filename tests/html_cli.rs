//! `audit --html FILE` and `compile --html FILE` as a user runs them: the examples built by
//! `cargo test` (with the html feature) write the page, and say where.
//!
//! A focused run needs the examples built first:
//! `cargo build --all-features --examples && cargo test --all-features --test html_cli`.

#![cfg(all(feature = "html", feature = "serde"))]

use std::path::PathBuf;
use std::process::{Command, Output};

/// The example binary `name`, beside this test's own binary (`target/<profile>/examples`).
fn example(name: &str) -> PathBuf {
    let exe = std::env::current_exe().unwrap();
    let profile_dir = exe.parent().and_then(|deps| deps.parent()).unwrap();
    let path = profile_dir
        .join("examples")
        .join(format!("{name}{}", std::env::consts::EXE_SUFFIX));
    assert!(
        path.exists(),
        "{} is not built: `cargo test` builds the examples; for a focused run use \
         `cargo build --all-features --examples` first",
        path.display()
    );
    path
}

fn run(name: &str, args: &[&str]) -> Output {
    Command::new(example(name))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap()
}

/// A page path under the target directory, removed first.
fn page(name: &str) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("html-cli");
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    let _ = std::fs::remove_file(&path);
    path
}

#[test]
fn audit_writes_the_marked_page_and_still_reports() {
    let path = page("datong.html");
    let out = run("audit", &["--html", path.to_str().unwrap()]);
    // The bundled document has errors: exit 1, the text report on stdout as without --html.
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stdout).contains("汇总：错误9项，警告15项，提示49项"));
    assert!(String::from_utf8_lossy(&out.stderr).contains(path.to_str().unwrap()));
    let html = std::fs::read_to_string(&path).unwrap();
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert!(html.contains("审核结果"));
    assert!(html.contains("错误9项，警告15项，提示49项"));
    // 公开01表's 本年收入合计 ends in a rounding tail: grey.
    assert!(html.contains(
        r#"class="figure m-tail" data-place="income_expenditure|current_year_total|income">1,991.06<"#
    ));
}

#[test]
fn audit_writes_english_labels_with_lang_en() {
    let path = page("putuo-en.html");
    let out = run(
        "audit",
        &[
            "--lang",
            "en",
            "--html",
            path.to_str().unwrap(),
            "tests/fixtures/putuo-shehuigongzuobu-2024.json",
        ],
    );
    assert_eq!(out.status.code(), Some(1));
    let html = std::fs::read_to_string(&path).unwrap();
    assert!(html.contains(r#"<html lang="en">"#));
    assert!(html.contains("Audit"));
    assert!(html.contains("Click a finding to highlight its cells."));
    // The document's own words stay as printed.
    assert!(html.contains("收入支出决算总表"));
}

#[test]
fn compile_writes_the_compiled_disclosure_as_printed() {
    let path = page("compiled.html");
    let out = run(
        "compile",
        &[
            "--html",
            path.to_str().unwrap(),
            "tests/fixtures/datong-hrss-2023-accounts.json",
        ],
    );
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    // The JSON still goes to stdout.
    assert!(String::from_utf8_lossy(&out.stdout).starts_with('{'));
    let html = std::fs::read_to_string(&path).unwrap();
    assert!(html.contains("公开01表"));
    assert!(html.contains("收入支出决算总表"));
    assert!(!html.contains("审核结果"), "no audit on a compiled page");
}

#[test]
fn html_without_a_file_is_refused() {
    let out = run("audit", &["--html"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("--html takes the file"));
    let out = run("compile", &["--html"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("--html needs the file"));
}
