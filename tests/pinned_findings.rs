//! The findings of both real fixtures, pinned: rule, severity, every place, expected and
//! printed figures. Messages are not pinned (their wording may improve); anything else that
//! changes here is a change of what the audit finds and must be deliberate.
//!
//! To accept a deliberate change, run with `PIN_UPDATE=1` and review the diff of
//! `tests/pinned/*.txt`.
#![cfg(feature = "serde")]

use final_accounts::audit::{Report, audit};
use final_accounts::disclosure::Disclosure;
use final_accounts::finding::Lang;

fn pinned(report: &Report<'_>) -> String {
    let mut out = String::new();
    let shown = |figure: &Option<final_accounts::finding::Figure>| {
        figure
            .as_ref()
            .map_or_else(|| "-".to_owned(), |f| f.in_lang(Lang::En).to_string())
    };
    for f in &report.findings {
        let places: Vec<String> = f
            .places
            .iter()
            .map(|p| report.place(p, Lang::En).to_string())
            .collect();
        out.push_str(&format!(
            "{} {} | {} | expected {} | printed {}\n",
            f.severity,
            f.rule.id,
            places.join(" ; "),
            shown(&f.expected),
            shown(&f.actual),
        ));
    }
    out
}

fn check(fixture: &str, pin_file: &str) {
    let disclosure: Disclosure = serde_json::from_str(fixture).unwrap();
    let actual = pinned(&audit(&disclosure));
    let path = format!("{}/tests/pinned/{pin_file}", env!("CARGO_MANIFEST_DIR"));
    if std::env::var_os("PIN_UPDATE").is_some() {
        std::fs::write(&path, &actual).unwrap();
        return;
    }
    let expected = std::fs::read_to_string(&path).unwrap();
    if actual != expected {
        let diff: Vec<String> = expected
            .lines()
            .zip(actual.lines())
            .enumerate()
            .filter(|(_, (e, a))| e != a)
            .take(10)
            .map(|(i, (e, a))| format!("line {}:\n  pinned: {e}\n  now:    {a}", i + 1))
            .collect();
        panic!(
            "the findings of {pin_file} changed ({} pinned, {} now):\n{}",
            expected.lines().count(),
            actual.lines().count(),
            diff.join("\n")
        );
    }
}

#[test]
fn the_spec_findings_are_pinned() {
    check(
        include_str!("fixtures/datong-hrss-2023.json"),
        "datong-hrss-2023.txt",
    );
}

#[test]
fn the_putuo_findings_are_pinned() {
    check(
        include_str!("fixtures/putuo-shehuigongzuobu-2024.json"),
        "putuo-shehuigongzuobu-2024.txt",
    );
}
