//! Comparing imported tables with a hand-transcribed fixture, value by value.

use final_accounts::classification::{Completeness, FunctionCatalog};
use final_accounts::disclosure::TableKind;
use final_accounts::import::{DiagnosticKind, Imported};
use serde_json::Value;

/// Walks two JSON values side by side: counts the leaves and collects the paths where they
/// differ.
pub fn compare(got: &Value, want: &Value, path: &str, leaves: &mut usize, diffs: &mut Vec<String>) {
    match (got, want) {
        (Value::Object(g), Value::Object(w)) => {
            for key in w.keys().chain(g.keys().filter(|k| !w.contains_key(*k))) {
                let (gv, wv) = (
                    g.get(key).unwrap_or(&Value::Null),
                    w.get(key).unwrap_or(&Value::Null),
                );
                compare(gv, wv, &format!("{path}.{key}"), leaves, diffs);
            }
        }
        (Value::Array(g), Value::Array(w)) => {
            if g.len() != w.len() {
                diffs.push(format!("{path}: {} items, fixture {}", g.len(), w.len()));
            }
            for (i, (gv, wv)) in g.iter().zip(w).enumerate() {
                compare(gv, wv, &format!("{path}[{i}]"), leaves, diffs);
            }
        }
        _ => {
            *leaves += 1;
            if got != want {
                diffs.push(format!("{path}: imported {got}, fixture {want}"));
            }
        }
    }
}

/// Compares every table of an import with the fixture's, value by value (and the order and
/// profile); panics listing every difference; returns the number of values compared.
pub fn equal_to_fixture(imported: &Imported, want: &Value) -> usize {
    let got = serde_json::to_value(&imported.disclosure).unwrap();
    let mut leaves = 0;
    let mut diffs = Vec::new();
    for kind in TableKind::ALL {
        let key = kind.to_string();
        let (g, w) = (
            got.get(&key).unwrap_or(&Value::Null),
            want.get(&key).unwrap_or(&Value::Null),
        );
        compare(g, w, &key, &mut leaves, &mut diffs);
    }
    assert!(
        diffs.is_empty(),
        "{} differences:\n{}\n{:#?}",
        diffs.len(),
        diffs.join("\n"),
        imported
            .diagnostics
            .iter()
            .filter(|d| d.kind != DiagnosticKind::ProseNotRead)
            .map(ToString::to_string)
            .collect::<Vec<_>>()
    );
    assert_eq!(got["order"], want["order"]);
    assert_eq!(got["profile"], want["profile"]);
    leaves
}

/// The imported document with the fixture's 说明 put in: what the importer does not read yet.
/// Equal to the fixture, it audits to the fixture's findings.
pub fn with_fixture_narrative(imported: &Imported, want: &Value) -> Value {
    let mut got = serde_json::to_value(&imported.disclosure).unwrap();
    if let (Some(object), Some(narrative)) = (got.as_object_mut(), want.get("narrative")) {
        object.insert("narrative".to_owned(), narrative.clone());
    }
    got
}

/// The audit's findings, one line each: severity, rule, places, expected and printed figures.
pub fn findings(disclosure: &final_accounts::disclosure::Disclosure) -> Vec<String> {
    use final_accounts::finding::Lang;
    let report = final_accounts::audit::audit(disclosure);
    let shown = |figure: &Option<final_accounts::finding::Figure>| {
        figure
            .as_ref()
            .map_or_else(|| "-".to_owned(), |f| f.in_lang(Lang::En).to_string())
    };
    report
        .findings
        .iter()
        .map(|f| {
            let places: Vec<String> = f
                .places
                .iter()
                .map(|p| report.place(p, Lang::En).to_string())
                .collect();
            format!(
                "{} {} | {} | expected {} | printed {}",
                f.severity,
                f.rule.id,
                places.join(" ; "),
                shown(&f.expected),
                shown(&f.actual)
            )
        })
        .collect()
}

/// A user's catalog of the five 类 the summary tables print that no built-in catalog lists, with
/// the codes the fixtures' transcriber used: with it, those lines import as the fixtures have
/// them (by code); without it, by their printed names.
pub fn unlisted_classes(edition: u16) -> FunctionCatalog {
    FunctionCatalog::from_rows(
        edition,
        Completeness::Partial,
        [
            ("222", "粮油物资储备支出"),
            ("223", "国有资本经营预算支出"),
            ("229", "其他支出"),
            ("231", "债务还本支出"),
            ("234", "抗疫特别国债安排的支出"),
        ],
    )
    .expect("the catalog builds")
}
