//! Print → read: a compiled disclosure printed as `pdftotext -layout` text
//! (tests/support/layout_print.rs) imports back to the same tables, outline and claims.

#![cfg(all(feature = "serde", feature = "html"))]

mod common;
#[path = "support/layout_print.rs"]
mod layout_print;

use final_accounts::accounts::Accounts;
use final_accounts::audit::{AuditOptions, Severity, audit_with};
use final_accounts::classification::{EconomicScheme, builtin};
use final_accounts::compile::{CompileOptions, compile};
use final_accounts::disclosure::{Disclosure, LineRole, TableKind};
use final_accounts::import::import_text;
use final_accounts::money::TableRounding;
use final_accounts::profile::Profile;
use layout_print::{Geometry, print};
use serde_json::Value;

#[allow(dead_code)]
fn variant() -> Profile {
    serde_json::from_str(include_str!("fixtures/profiles/variant.json")).unwrap()
}

fn compiled(profile: &Profile) -> Disclosure {
    let accounts: Accounts =
        serde_json::from_str(include_str!("fixtures/datong-hrss-2023-accounts.json")).unwrap();
    let functional = builtin::functional_in_force(2023);
    let economic = builtin::economic_in_force(EconomicScheme::Departmental, 2023);
    let options = CompileOptions::new(&functional, &economic, TableRounding::Controlled)
        .with_profile(profile);
    compile(&accounts, &options).unwrap()
}

/// Prints `disclosure`, imports the text, and lists every difference between the two: each
/// table value by value, the order, the outline, the 说明's claims (section and claim), and
/// the findings above info the import's audit has and the disclosure's lacks.
fn differences(disclosure: &Disclosure, geometry: &Geometry) -> Vec<String> {
    let text = print(disclosure, geometry);
    let imported = import_text(&text).unwrap_or_else(|e| panic!("{e}\n{text}"));
    let got = serde_json::to_value(&imported.disclosure).unwrap();
    let want = serde_json::to_value(disclosure).unwrap();
    let mut diffs = Vec::new();
    let mut leaves = 0;
    for kind in TableKind::ALL {
        let key = kind.to_string();
        let null = Value::Null;
        common::tables::compare(
            got.get(&key).unwrap_or(&null),
            want.get(&key).unwrap_or(&null),
            &key,
            &mut leaves,
            &mut diffs,
        );
    }
    // The outline: what the document prints outside the 说明 (the 说明's headings are read as
    // the sections of its statements, compared with the claims below).
    let mut outline: Vec<String> = disclosure
        .outline()
        .roles()
        .filter(|(role, _)| *role != LineRole::Section)
        .map(|(_, line)| line.to_owned())
        .collect();
    if outline.is_empty() {
        outline.push(layout_print::title(disclosure));
    }
    if imported.disclosure.outline().lines() != outline.as_slice() {
        diffs.push(format!(
            "outline: imported {:?}, printed {outline:?}",
            imported.disclosure.outline().lines()
        ));
    }
    for key in ["order", "unit_name", "year"] {
        if got[key] != want[key] {
            diffs.push(format!(
                "{key}: imported {}, printed {}",
                got[key], want[key]
            ));
        }
    }
    let claims = |d: &Disclosure| {
        let mut all: Vec<String> = d
            .narrative()
            .statements
            .iter()
            .flat_map(|s| {
                s.claims()
                    .iter()
                    .map(move |c| format!("{} {c:?}", s.section()))
            })
            .collect();
        all.sort();
        all
    };
    let (got_claims, want_claims) = (claims(&imported.disclosure), claims(disclosure));
    for c in &want_claims {
        if !got_claims.contains(c) {
            diffs.push(format!("claim not read back: {c}"));
        }
    }
    for c in &got_claims {
        if !want_claims.contains(c) {
            diffs.push(format!("claim read that was not printed: {c}"));
        }
    }
    let findings = |d: &Disclosure, damaged: &[TableKind]| -> Vec<String> {
        let options = AuditOptions::new().with_damaged_tables(damaged);
        audit_with(d, &options)
            .findings
            .iter()
            .filter(|f| f.severity > Severity::Info)
            .map(|f| format!("{} {:?}", f.rule.id, f.place()))
            .collect()
    };
    let before = findings(disclosure, &[]);
    for f in findings(&imported.disclosure, &imported.damaged) {
        if !before.contains(&f) {
            diffs.push(format!("finding after the round trip: {f}"));
        }
    }
    for w in imported.warnings() {
        diffs.push(format!("import warning: {w}"));
    }
    diffs
}

/// Asserts the round trip of `profile`'s compilation of the seed accounts: nothing differs.
fn round_trip(profile: &Profile) {
    let disclosure = compiled(profile);
    let diffs = differences(&disclosure, &Geometry::default());
    assert!(
        diffs.is_empty(),
        "{} differences:\n{}\n\n{}",
        diffs.len(),
        diffs.join("\n"),
        print(&disclosure, &Geometry::default())
    );
}

#[test]
fn the_seed_compiled_under_shanghai_2024_prints_and_reads_back() {
    round_trip(Profile::shanghai_2024());
}
