//! Laws of the HTML page over generated disclosures (features `html` and `proptest`): every
//! finding of the audit points at something the page prints, every printed cell's key is its
//! own, and nothing a document prints can open a tag.
#![cfg(all(feature = "html", feature = "proptest"))]

use std::collections::BTreeSet;

use final_accounts::audit::audit;
use final_accounts::finding::Lang;
use final_accounts::generate;
use final_accounts::html::{disclosure_page, report_page};
use proptest::prelude::*;

/// The values of `attribute="…"` in `html`, in order.
fn values<'a>(html: &'a str, attribute: &str) -> Vec<&'a str> {
    let needle = format!(" {attribute}=\"");
    html.match_indices(&needle)
        .filter_map(|(at, _)| {
            let rest = &html[at + needle.len()..];
            rest.find('"').map(|end| &rest[..end])
        })
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(32))]

    #[test]
    fn every_finding_points_at_the_page(d in generate::disclosure()) {
        let report = audit(&d);
        let page = report_page(&report, Lang::Zh);
        let targets = values(&page, "data-targets");
        prop_assert_eq!(targets.len(), report.findings.len());
        let keys: BTreeSet<&str> = values(&page, "data-place").into_iter().collect();
        for (finding, targets) in report.findings.iter().zip(&targets) {
            prop_assert!(!targets.is_empty(), "{} points at nothing on the page", finding);
            for key in targets.split(' ') {
                prop_assert!(keys.contains(key), "{} points at {} which the page lacks", finding, key);
            }
        }
    }

    /// Within the tables. (Two forms of one project name, or two funding rows of one label,
    /// are one place to a finding, and share their keys.)
    #[test]
    fn every_table_cell_has_a_key_of_its_own(d in generate::disclosure()) {
        let page = disclosure_page(&d, Lang::Zh);
        prop_assert!(page.starts_with("<!DOCTYPE html>") && page.ends_with("</html>"));
        let mut seen = BTreeSet::new();
        for cell in page.split("<td ").skip(1) {
            let head = &cell[..cell.find('>').unwrap_or(0)];
            if let Some(key) = values(&format!(" {head}"), "data-place")
                .first()
                .filter(|k| !k.starts_with("form:"))
            {
                prop_assert!(seen.insert((*key).to_owned()), "the key {} is on two cells", key);
            }
        }
        prop_assert!(!seen.is_empty());
    }
}

#[test]
fn printed_text_cannot_open_a_tag() {
    use final_accounts::disclosure::Disclosure;
    use final_accounts::money::MoneyUnit;
    use final_accounts::tables::{IncomeTable, TableMeta};
    let meta = TableMeta::new("收入决算表<script>alert(1)</script>", MoneyUnit::WanYuan)
        .with_note("注：\"><img src=x onerror=alert(1)>");
    let table = IncomeTable::new(meta, vec![]).unwrap();
    let d = Disclosure::builder("某单位</title><script>", 2024)
        .income(table)
        .build()
        .unwrap();
    let page = disclosure_page(&d, Lang::Zh);
    assert!(!page.contains("<script>alert"));
    assert!(!page.contains("<img"));
    assert!(!page.contains("</title><script>"));
    assert!(page.contains("收入决算表&lt;script&gt;"));
}

/// A wrong figure the audit pinpoints is the one red cell of the page, with the value it
/// needs; the seed as published has no culprit, and no cell says it needs another value.
#[cfg(feature = "serde")]
#[test]
fn a_culprit_is_the_one_red_cell_with_the_value_it_needs() {
    use final_accounts::disclosure::Disclosure;
    const DATONG: &str = include_str!("fixtures/datong-hrss-2023.json");
    let seed: Disclosure = serde_json::from_str(DATONG).unwrap();
    assert!(values(&report_page(&audit(&seed), Lang::Zh), "data-needed").is_empty());
    // 2080505 机关事业单位基本养老保险缴费支出, 基本支出 94.47 printed as 94.74 in 公开05表.
    let mut json: serde_json::Value = serde_json::from_str(DATONG).unwrap();
    let rows = json["general_budget"]["rows"].as_array_mut().unwrap();
    let row = rows.iter_mut().find(|r| r["code"] == "2080505").unwrap();
    assert_eq!(row["basic"], "94.47");
    row["basic"] = serde_json::Value::String("94.74".to_owned());
    let mutated: Disclosure = serde_json::from_value(json).unwrap();
    let html = report_page(&audit(&mutated), Lang::Zh);
    assert_eq!(values(&html, "data-needed"), ["94.47"]);
    let cell = html
        .match_indices("<td ")
        .map(|(at, _)| &html[at..at + html[at..].find('>').unwrap()])
        .find(|td| td.contains("data-needed"))
        .unwrap();
    assert!(cell.contains("culprit"), "{cell}");
    assert!(cell.contains("2080505"), "{cell}");
    assert!(cell.contains("basic"), "{cell}");
}
