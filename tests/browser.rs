//! The HTML pages in a real browser: both fixtures' audit pages and a compiled disclosure are
//! loaded in headless Chromium, which runs the page's script and dumps the DOM, logs its
//! network use and takes a screenshot (under `target/tmp/browser/`).
//!
//! Checked: the page's own script ran and found every finding's cells on the page and marked
//! as the finding says (`output#browser-check`); independently, on the Rust side, every
//! finding's place that names a code row and a column is a marked cell printing the figure the
//! typed disclosure holds; the console is silent (nothing refused by the Content-Security-
//! Policy, nothing failed to load, no script error); the page made no network request (the
//! browser's own background requests aside, which no page starts); the page's HTML names no
//! external resource.
//!
//! Without a `chromium` binary the tests say so and pass, unless `CI` is set: CI installs
//! Chromium (`.ci/run`), so there a missing browser fails.

#![cfg(all(feature = "html", feature = "serde"))]

use std::path::{Path, PathBuf};
use std::process::Command;

use final_accounts::accounts::Accounts;
use final_accounts::audit::{Report, audit};
use final_accounts::classification::{EconomicScheme, builtin};
use final_accounts::compile::{CompileOptions, compile};
use final_accounts::disclosure::{Disclosure, TableKind};
use final_accounts::finding::{Key, Lang, Part, Severity};
use final_accounts::html::{disclosure_page, place_key, report_page};
use final_accounts::money::TableRounding;
use final_accounts::tables::{ClassifiedSpec, ClassifiedTable, ColumnSet};

const DATONG: &str = include_str!("fixtures/datong-hrss-2023.json");
const PUTUO: &str = include_str!("fixtures/putuo-shehuigongzuobu-2024.json");
const ACCOUNTS: &str = include_str!("fixtures/datong-hrss-2023-accounts.json");

/// Whether CI is set (and not to false).
fn in_ci() -> bool {
    std::env::var("CI").is_ok_and(|v| !v.is_empty() && v != "false" && v != "0")
}

/// The Chromium binary: `$CHROMIUM`, else the first of the usual names on `PATH`.
fn chromium() -> Option<PathBuf> {
    if let Some(path) = std::env::var_os("CHROMIUM") {
        return Some(PathBuf::from(path));
    }
    let names = [
        "chromium",
        "chromium-browser",
        "google-chrome",
        "headless_shell",
    ];
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .flat_map(|dir| names.iter().map(move |name| dir.join(name)))
        .find(|candidate| candidate.is_file())
}

/// The browser, or `None` (with a message) when there is none and CI is not set.
fn browser() -> Option<PathBuf> {
    match chromium() {
        Some(path) => Some(path),
        None if in_ci() => panic!(
            "CI is set and no chromium binary was found on PATH (or in $CHROMIUM): \
             .ci/run installs it with apt-get install -y chromium"
        ),
        None => {
            eprintln!(
                "SKIPPED: no chromium binary on PATH (or in $CHROMIUM), so the pages were not \
                 loaded in a browser; install chromium (Debian: apt-get install chromium) to run \
                 this test. Under CI=true a missing browser fails."
            );
            None
        }
    }
}

fn out_dir() -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("browser");
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// What the browser made of a page.
struct Loaded {
    /// The DOM after the page's script ran.
    dom: String,
    /// What the page wrote to the console (CSP refusals, failed loads, script errors).
    console: Vec<String>,
    /// The URLs the page requested over the network.
    requests: Vec<String>,
    /// The screenshot.
    screenshot: PathBuf,
}

/// The flags of every run: headless, no sandbox (CI runs as root), a profile of its own, and
/// the browser's own background services off.
fn base(browser: &Path, profile: &Path) -> Command {
    let mut command = Command::new(browser);
    command.args([
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--no-first-run",
        "--disable-extensions",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--hide-scrollbars",
        "--force-device-scale-factor=1",
        "--virtual-time-budget=5000",
    ]);
    command.arg(format!("--user-data-dir={}", profile.display()));
    command
}

/// Runs the browser on `url` with `args` and a fresh profile named after `run`; the output,
/// once the browser succeeded.
fn chromium_run(browser: &Path, run: &str, args: &[String], url: &str) -> std::process::Output {
    let profile = out_dir().join(format!("{run}.profile"));
    let _ = std::fs::remove_dir_all(&profile);
    let output = base(browser, &profile)
        .args(args)
        .arg(url)
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{run}: chromium failed: {output:?}"
    );
    output
}

/// The `file://` URL of the page `name` written to the output directory.
fn write_page(name: &str, html: &str) -> String {
    let page = out_dir().join(format!("{name}.html"));
    std::fs::write(&page, html).unwrap();
    format!("file://{}", page.canonicalize().unwrap().display())
}

/// The DOM of `url` after its script ran.
fn dump(browser: &Path, name: &str, url: &str) -> String {
    let output = chromium_run(browser, name, &["--dump-dom".to_owned()], url);
    String::from_utf8(output.stdout).unwrap()
}

/// The page sizes, in points, of `url` printed to PDF by the browser (its print CSS).
fn printed_pages(browser: &Path, name: &str, url: &str) -> Vec<(f64, f64)> {
    let dir = out_dir();
    let pdf = dir.join(format!("{name}.pdf"));
    let _ = std::fs::remove_file(&pdf);
    chromium_run(
        browser,
        &format!("{name}.pdf"),
        &[
            "--no-pdf-header-footer".to_owned(),
            format!("--print-to-pdf={}", pdf.display()),
        ],
        url,
    );
    let bytes = std::fs::read(&pdf).unwrap();
    let text = String::from_utf8_lossy(&bytes);
    text.split("/MediaBox [")
        .skip(1)
        .map(|rest| {
            let numbers: Vec<f64> = rest
                .split(']')
                .next()
                .unwrap()
                .split_whitespace()
                .map(|n| n.parse().unwrap())
                .collect();
            (numbers[2] - numbers[0], numbers[3] - numbers[1])
        })
        .collect()
}

fn load(browser: &Path, name: &str, html: &str) -> Loaded {
    let dir = out_dir();
    let url = write_page(name, html);
    let net_log = dir.join(format!("{name}.netlog.json"));
    let output = chromium_run(
        browser,
        name,
        &[
            "--enable-logging=stderr".to_owned(),
            "--v=0".to_owned(),
            "--dump-dom".to_owned(),
            format!("--log-net-log={}", net_log.display()),
        ],
        &url,
    );
    let dom = String::from_utf8(output.stdout).unwrap();
    let console = String::from_utf8_lossy(&output.stderr)
        .lines()
        .filter(|line| line.contains(":CONSOLE"))
        .map(str::to_owned)
        .collect();
    let requests = page_requests(&std::fs::read_to_string(&net_log).unwrap());
    let screenshot = dir.join(format!("{name}.png"));
    let _ = std::fs::remove_file(&screenshot);
    chromium_run(
        browser,
        &format!("{name}.screenshot"),
        &[
            "--window-size=1240,1754".to_owned(),
            format!("--screenshot={}", screenshot.display()),
        ],
        &url,
    );
    Loaded {
        dom,
        console,
        requests,
        screenshot,
    }
}

/// The network requests a page started, from Chromium's net log: every request whose
/// initiator is an origin (a page's, `null` for a file); requests the browser starts for
/// itself (updates, time) have none.
fn page_requests(net_log: &str) -> Vec<String> {
    let log: serde_json::Value = serde_json::from_str(net_log).unwrap();
    let start = log["constants"]["logEventTypes"]["URL_REQUEST_START_JOB"]
        .as_i64()
        .unwrap();
    log["events"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["type"].as_i64() == Some(start))
        .filter(|e| e["params"]["initiator"].as_str() != Some("not an origin"))
        .filter_map(|e| e["params"]["url"].as_str())
        .filter(|url| !url.starts_with("file:") && !url.starts_with("data:"))
        .map(str::to_owned)
        .collect()
}

/// A start tag: its name, attributes and the text up to its end tag (tags inside dropped).
#[derive(Debug)]
struct Tag {
    attributes: Vec<(String, String)>,
    text: String,
}

impl Tag {
    fn get(&self, name: &str) -> Option<&str> {
        self.attributes
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }

    fn classes(&self) -> Vec<&str> {
        self.get("class").unwrap_or("").split_whitespace().collect()
    }
}

fn unescape(text: &str) -> String {
    text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&nbsp;", "\u{a0}")
        .replace("&amp;", "&")
}

/// Every `<name …>` tag of `html`, in order.
fn tags(html: &str, name: &str) -> Vec<Tag> {
    let open = format!("<{name}");
    let close = format!("</{name}>");
    let mut out = Vec::new();
    let mut rest = html;
    while let Some(at) = rest.find(&open) {
        rest = &rest[at + open.len()..];
        if !rest.starts_with([' ', '>']) {
            continue;
        }
        let end = rest.find('>').unwrap();
        let mut attributes = Vec::new();
        let mut head = &rest[..end];
        while let Some(eq) = head.find("=\"") {
            let attr = head[..eq].trim().to_owned();
            let value_end = head[eq + 2..].find('"').unwrap();
            attributes.push((attr, unescape(&head[eq + 2..eq + 2 + value_end])));
            head = &head[eq + 2 + value_end + 1..];
        }
        let body = &rest[end + 1..];
        let inner = &body[..body.find(&close).unwrap_or(0)];
        let mut text = String::new();
        let mut in_tag = false;
        for c in inner.chars() {
            match c {
                '<' => in_tag = true,
                '>' => in_tag = false,
                c if !in_tag => text.push(c),
                _ => {}
            }
        }
        out.push(Tag {
            attributes,
            text: unescape(&text),
        });
    }
    out
}

/// The printed text of a classified table's cell, by code and column key.
fn classified_cell<S: ClassifiedSpec>(
    table: Option<&ClassifiedTable<S>>,
    code: &str,
    column: &str,
) -> Option<String> {
    let table = table?;
    let row = table.row(code.parse().ok()?)?;
    row.cells().cell(column).map(|c| format!("{c:#}"))
}

/// The printed text of the cell of a table at a code row and a column key.
fn printed_cell(d: &Disclosure, kind: TableKind, code: &str, column: &str) -> Option<String> {
    match kind {
        TableKind::Income => classified_cell(d.income(), code, column),
        TableKind::Expenditure => classified_cell(d.expenditure(), code, column),
        TableKind::GeneralBudget => classified_cell(d.general_budget(), code, column),
        TableKind::GovernmentFund => classified_cell(d.government_fund(), code, column),
        TableKind::StateCapital => classified_cell(d.state_capital(), code, column),
        TableKind::BasicDetail => d
            .basic_detail()?
            .row(code.parse().ok()?)
            .map(|r| format!("{:#}", r.amount())),
        _ => None,
    }
}

/// What every page must hold in a browser: silence on the console, no request, no external
/// resource in its HTML, its Content-Security-Policy, a screenshot.
fn check_loaded(name: &str, html: &str, loaded: &Loaded) {
    assert!(
        loaded.console.is_empty(),
        "{name}: the console is not silent (a refused or failed load, a script error): {:#?}",
        loaded.console
    );
    assert!(
        loaded.requests.is_empty(),
        "{name}: the page made network requests: {:?}",
        loaded.requests
    );
    for needle in ["http://", "https://", "src=", "href=", "url(", "@import"] {
        assert!(
            !html.contains(needle),
            "{name}: the page names an external resource ({needle})"
        );
    }
    assert!(html.contains("http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'"));
    let png = std::fs::read(&loaded.screenshot).unwrap();
    assert!(
        png.starts_with(b"\x89PNG") && png.len() > 20_000,
        "{name}: no screenshot"
    );
    eprintln!(
        "{name}: screenshot {} ({} KB)",
        loaded.screenshot.display(),
        png.len() / 1024
    );
}

/// An audit page in the browser: the page's own check, then the Rust side's.
fn check_report(name: &str, report: &Report<'_>) {
    let Some(browser) = browser() else { return };
    let html = report_page(report, Lang::Zh);
    let loaded = load(&browser, name, &html);
    check_loaded(name, &html, &loaded);

    // The page's script: every finding's cells exist and carry the finding's mark.
    let result = tags(&loaded.dom, "output")
        .into_iter()
        .find(|t| t.get("id") == Some("browser-check"))
        .expect("the page's check output");
    let count = |attr: &str| -> usize { result.get(attr).unwrap().parse().unwrap() };
    eprintln!(
        "{name}: in the browser, {} findings: {} marked where they say, {} with nothing on the page to mark, {} wrong",
        count("data-findings"),
        count("data-placed"),
        count("data-unplaced"),
        count("data-wrong")
    );
    assert_eq!(
        result.get("data-result"),
        Some("pass"),
        "{name}: the page's script found findings whose cells are missing or unmarked: {}",
        result.text
    );
    assert_eq!(count("data-findings"), report.findings.len());
    assert_eq!(count("data-wrong"), 0);
    // Every finding of the real documents points at something the page prints.
    assert_eq!(
        count("data-unplaced"),
        0,
        "{name}: findings with nothing on the page to mark"
    );
    assert_eq!(
        count("data-placed") + count("data-unplaced"),
        report.findings.len()
    );

    // The Rust side: each finding's place naming a code row and a column key is a cell marked
    // with the finding's mark and printing the figure the disclosure holds there.
    let items: Vec<Tag> = tags(&loaded.dom, "li")
        .into_iter()
        .filter(|t| t.get("data-finding").is_some())
        .collect();
    assert_eq!(items.len(), report.findings.len());
    let cells: Vec<Tag> = tags(&loaded.dom, "td");
    let d = report.disclosure();
    let mut checked = 0;
    for (finding, item) in report.findings.iter().zip(&items) {
        let targets: Vec<&str> = item.get("data-targets").unwrap().split(' ').collect();
        let mark = format!("m-{}", item.get("data-mark").unwrap());
        for place in &finding.places {
            let (Part::Table(kind), Some(row), Some(Key::Column(column))) =
                (&place.part, &place.row, &place.column)
            else {
                continue;
            };
            let code = match row {
                Key::Function(code) => code.to_string(),
                Key::Economic(code) => code.to_string(),
                _ => continue,
            };
            let key = place_key(place);
            assert!(
                targets.contains(&key.as_str()),
                "{name}: {} at {key} does not list its cell",
                finding.rule.id
            );
            let cell = cells
                .iter()
                .find(|c| c.get("data-place") == Some(key.as_str()))
                .unwrap_or_else(|| panic!("{name}: no cell {key}"));
            assert!(
                cell.classes().contains(&mark.as_str()),
                "{name}: the cell {key} of {} is not marked {mark}: {:?}",
                finding.rule.id,
                cell.get("class")
            );
            if let Some(printed) = printed_cell(d, *kind, &code, column) {
                assert_eq!(cell.text.trim(), printed, "{name}: the cell {key}");
                checked += 1;
            }
        }
    }
    eprintln!("{name}: {checked} marked cells checked against the disclosure's figures");
    assert!(
        checked > 0,
        "{name}: no finding names a code row and a column"
    );

    // Clicking a finding highlights its cells and no other: the error or warning that marks
    // the most table cells, opened through its link (#finding-N runs the click handler).
    let in_table = |t: &Tag| {
        t.get("data-targets")
            .unwrap()
            .split(' ')
            .filter(|k| cells.iter().any(|c| c.get("data-place") == Some(*k)))
            .count()
    };
    let (index, item) = items
        .iter()
        .enumerate()
        .filter(|(_, t)| {
            t.classes()
                .iter()
                .any(|c| *c == "sev-error" || *c == "sev-warning")
        })
        .max_by_key(|(i, t)| (in_table(t), std::cmp::Reverse(*i)))
        .filter(|(_, t)| in_table(t) > 0)
        .expect("an error or warning marking table cells");
    let url = format!("{}#finding-{index}", write_page(name, &html));
    let clicked = dump(&browser, &format!("{name}-click"), &url);
    let mut lit: Vec<String> = tags(&clicked, "td")
        .into_iter()
        .filter(|c| c.classes().contains(&"hl"))
        .filter_map(|c| c.get("data-place").map(str::to_owned))
        .collect();
    lit.sort();
    lit.dedup();
    let mut expected: Vec<String> = item
        .get("data-targets")
        .unwrap()
        .split(' ')
        .filter(|k| cells.iter().any(|c| c.get("data-place") == Some(*k)))
        .map(str::to_owned)
        .collect();
    expected.sort();
    eprintln!(
        "{name}: clicking finding {index} ({}) highlights {} cells",
        report.findings[index].rule.id,
        lit.len()
    );
    assert_eq!(lit, expected, "{name}: the cells a click highlights");
}

fn disclosure(json: &str) -> Disclosure {
    serde_json::from_str(json).unwrap()
}

#[test]
fn the_datong_audit_page_in_a_browser() {
    let d = disclosure(DATONG);
    let report = audit(&d);
    assert_eq!(report.count(Severity::Error), 9);
    check_report("datong-hrss-2023-audit", &report);
}

#[test]
fn the_page_prints_to_a4() {
    let Some(browser) = browser() else { return };
    let d = disclosure(DATONG);
    let name = "datong-hrss-2023-print";
    let url = write_page(name, &report_page(&audit(&d), Lang::Zh));
    let pages = printed_pages(&browser, name, &url);
    // A4 is 595.28 × 841.89 points; wide tables (公开06表, 公开09表) print on landscape pages.
    let a4 = |w: f64, h: f64| (w - 595.3).abs() < 1.0 && (h - 841.9).abs() < 1.0;
    let portrait = pages.iter().filter(|(w, h)| a4(*w, *h)).count();
    let landscape = pages.iter().filter(|(w, h)| a4(*h, *w)).count();
    eprintln!("{name}: {portrait} A4 pages and {landscape} landscape A4 pages");
    assert!(portrait > 10, "{name}: pages {pages:?}");
    assert_eq!(
        portrait + landscape,
        pages.len(),
        "{name}: pages not A4: {pages:?}"
    );
}

#[test]
fn the_putuo_audit_page_in_a_browser() {
    let d = disclosure(PUTUO);
    check_report("putuo-shehuigongzuobu-2024-audit", &audit(&d));
}

#[test]
fn a_compiled_disclosure_in_a_browser() {
    let Some(browser) = browser() else { return };
    let accounts: Accounts = serde_json::from_str(ACCOUNTS).unwrap();
    let functional = builtin::functional_in_force(accounts.year());
    let economic = builtin::economic_in_force(EconomicScheme::Departmental, accounts.year());
    let options = CompileOptions::new(&functional, &economic, TableRounding::Controlled);
    let compiled = compile(&accounts, &options).unwrap();
    let html = disclosure_page(&compiled, Lang::Zh);
    let loaded = load(&browser, "datong-hrss-2023-compiled", &html);
    check_loaded("datong-hrss-2023-compiled", &html, &loaded);
    // Every table of the disclosure is on the page, and each code row's cells print the
    // compiled figures.
    let sections = tags(&loaded.dom, "section")
        .into_iter()
        .filter(|t| t.classes().contains(&"table"))
        .count();
    assert_eq!(sections, compiled.order().len());
    let cells = tags(&loaded.dom, "td");
    let mut checked = 0;
    for kind in [
        TableKind::Income,
        TableKind::Expenditure,
        TableKind::GeneralBudget,
    ] {
        let rows: Vec<(String, Vec<&'static str>)> = match kind {
            TableKind::Income => rows_of(compiled.income()),
            TableKind::Expenditure => rows_of(compiled.expenditure()),
            _ => rows_of(compiled.general_budget()),
        };
        for (code, columns) in rows {
            for column in columns {
                let place = final_accounts::finding::Place::table(kind)
                    .row_code(code.parse().unwrap())
                    .column_key(column);
                let key = place_key(&place);
                let cell = cells
                    .iter()
                    .find(|c| c.get("data-place") == Some(key.as_str()))
                    .unwrap_or_else(|| panic!("no cell {key}"));
                let printed = printed_cell(&compiled, kind, &code, column).unwrap();
                assert_eq!(cell.text.trim(), printed, "the cell {key}");
                checked += 1;
            }
        }
    }
    eprintln!("datong-hrss-2023-compiled: {checked} cells checked against the compiled figures");
    assert!(checked > 50);
}

/// The code rows of a classified table with the keys of its printed columns.
fn rows_of<S: ClassifiedSpec>(
    table: Option<&ClassifiedTable<S>>,
) -> Vec<(String, Vec<&'static str>)> {
    let Some(table) = table else {
        return Vec::new();
    };
    let printed: Vec<&'static str> = S::Columns::COLUMNS
        .iter()
        .map(|c| c.key)
        .filter(|k| table.meta().prints(k))
        .collect();
    table
        .rows()
        .iter()
        .filter_map(|r| r.code_of().map(|c| (c.to_string(), printed.clone())))
        .collect()
}
