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
use final_accounts::disclosure::{Disclosure, TableKind};
use final_accounts::import::import_text;
use final_accounts::money::TableRounding;
use final_accounts::profile::Profile;
use layout_print::{Geometry, print};
use serde_json::Value;

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

/// Every row name with its white space left out: layout text does not tell a space printed in
/// a name ("(一) 行政单位") from the spacing of its glyphs, and the layout reader joins a name's
/// words without it. Every other value is compared as it is.
fn names_without_spaces(value: &mut Value) {
    match value {
        Value::Object(map) => {
            for (key, v) in map.iter_mut() {
                match v {
                    Value::String(name) if key == "name" => name.retain(|c| !c.is_whitespace()),
                    _ => names_without_spaces(v),
                }
            }
        }
        Value::Array(items) => items.iter_mut().for_each(names_without_spaces),
        _ => {}
    }
}

/// Prints `disclosure`, imports the text, and lists every difference between the two: each
/// table value by value, the order, the outline, the 说明's claims (section and claim), and
/// the findings above info the import's audit has and the disclosure's lacks.
fn differences(disclosure: &Disclosure, profile: &Profile, geometry: &Geometry) -> Vec<String> {
    let text = print(disclosure, geometry);
    let imported = import_text(&text).unwrap_or_else(|e| panic!("{e}\n{text}"));
    let mut got = serde_json::to_value(&imported.disclosure).unwrap();
    let mut want = serde_json::to_value(disclosure).unwrap();
    names_without_spaces(&mut got);
    names_without_spaces(&mut want);
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
    let outline = layout_print::outline(disclosure);
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
    // The importer is given no profile (`ImportOptions` takes none): it names a built-in one
    // that the printed tables fit exactly, and no other.
    let named = Profile::builtin(profile.id()).map(Profile::id);
    if imported.disclosure.profile() != named {
        diffs.push(format!(
            "profile: imported {:?}, expected {named:?}",
            imported.disclosure.profile()
        ));
    }
    let findings = |d: &Disclosure, damaged: &[TableKind]| -> Vec<String> {
        let options = AuditOptions::new()
            .with_profile(profile)
            .with_damaged_tables(damaged);
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

/// What the layout reader does not read yet of the Shanxi tables as printed (the import
/// line masked): the 栏次 numbers of 公开06表's blocks and of 公开10表, whose 栏次 line is read as
/// a row. The round trip must differ by exactly these: a reader that reads them fails here,
/// and the list shrinks.
///
/// Not listed, because no geometry below prints it: a header cell spanning two rows printed on
/// the line between a group and the group's own columns (`Geometry::middle`; the 三公 table's
/// 合计 and 因公出国（境）费, 公开08表's 本年收入) is taken under the group when the run of
/// columns it widens stays centred under the group; and a summary table or 公开06表 continued
/// on a next page under its header printed again (`Geometry::page_rows`) when one side or block
/// has no rows left there (the right side's names are read on the left, the table is left out).
const READER_GAPS: [&str; 3] = [
    "basic_detail.meta.columns[0].number: imported null, fixture 1",
    "related_info.meta.columns[0].number: imported null, fixture 1",
    "import warning: line *: 栏次\t\t1 — 公开10表: row not imported: the name is no item of the table",
];

/// Whether a difference is one of the [`READER_GAPS`] (at any line).
fn is_reader_gap(diff: &str) -> bool {
    let masked = match diff.strip_prefix("import warning: line ") {
        Some(rest) => format!(
            "import warning: line *{}",
            rest.trim_start_matches(|c: char| c.is_ascii_digit())
        ),
        None => diff.to_owned(),
    };
    READER_GAPS.contains(&masked.as_str())
}

/// The differences of the round trip of `profile`'s compilation of the seed accounts, the
/// import's line numbers masked.
fn round_trip(profile: &Profile) -> Vec<String> {
    let disclosure = compiled(profile);
    let geometry = Geometry::default();
    let diffs = differences(&disclosure, profile, &geometry);
    if !diffs.is_empty() {
        eprintln!("{}", print(&disclosure, &geometry));
    }
    diffs
        .into_iter()
        .map(|d| match d.strip_prefix("import warning: line ") {
            Some(rest) => format!(
                "import warning: line *{}",
                rest.trim_start_matches(|c: char| c.is_ascii_digit())
            ),
            None => d,
        })
        .collect()
}

#[test]
fn the_seed_compiled_under_shanghai_2024_prints_and_reads_back() {
    let diffs = round_trip(Profile::shanghai_2024());
    assert!(diffs.is_empty(), "{}", diffs.join("\n"));
}

#[test]
fn the_seed_compiled_under_shanxi_2023_prints_and_reads_back_but_its_numbering_lines() {
    let diffs = round_trip(Profile::shanxi_2023());
    assert_eq!(diffs, READER_GAPS, "{}", diffs.join("\n"));
}

#[test]
fn the_seed_compiled_under_the_variant_prints_and_reads_back_but_its_numbering_lines() {
    let diffs = round_trip(&variant());
    assert_eq!(diffs, READER_GAPS, "{}", diffs.join("\n"));
}

/// The same round trips under other geometries: narrower and wider gaps and columns, header
/// rows closer or further apart, other text widths and margins. (Header cells spanning rows
/// printed on their middle line, `Geometry::middle`, are not read yet: see `READER_GAPS`.)
#[test]
fn the_round_trip_holds_under_other_geometries() {
    let profiles = [
        Profile::shanghai_2024().clone(),
        Profile::shanxi_2023().clone(),
        variant(),
    ];
    let mut tried = 0;
    for profile in &profiles {
        let disclosure = compiled(profile);
        for (gap, min_width, head_rows, middle, text_width, margin, page_rows) in [
            (2, 8, 3, false, 60, 0, None),
            (3, 12, 4, false, 72, 2, None),
            (6, 10, 5, false, 100, 4, None),
            (4, 14, 6, false, 90, 1, None),
        ] {
            let geometry = Geometry {
                gap,
                text_width,
                indent: 4,
                margin,
                head_rows,
                middle,
                min_width,
                page_rows,
            };
            let diffs: Vec<String> = differences(&disclosure, profile, &geometry)
                .into_iter()
                .filter(|d| !is_reader_gap(d))
                .collect();
            assert!(
                diffs.is_empty(),
                "{} under {geometry:?}:\n{}",
                profile.id(),
                diffs.join("\n")
            );
            tried += 1;
        }
    }
    assert_eq!(tried, 12);
}

#[cfg(feature = "proptest")]
mod generated {
    use super::*;
    use final_accounts::generate;
    use proptest::prelude::*;

    fn geometry() -> impl Strategy<Value = Geometry> {
        (
            2_usize..=6,
            8_usize..=14,
            3_usize..=6,
            60_usize..=100,
            0_usize..=4,
        )
            .prop_map(|(gap, min_width, head_rows, text_width, margin)| Geometry {
                gap,
                text_width,
                indent: 4,
                margin,
                head_rows,
                middle: false,
                min_width,
                page_rows: None,
            })
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(256))]

        /// Print → read: a generated disclosure printed as layout text under a generated
        /// geometry reads back to the same tables, outline, claims and audit.
        #[test]
        fn a_generated_disclosure_prints_and_reads_back(
            d in generate::disclosure(),
            g in geometry(),
        ) {
            let profile = Profile::builtin(d.profile().unwrap_or("shanxi-2023"))
                .unwrap_or(Profile::shanxi_2023());
            let diffs: Vec<String> = differences(&d, profile, &g)
                .into_iter()
                .filter(|d| !is_reader_gap(d))
                .collect();
            prop_assert!(diffs.is_empty(), "{}\n\n{}", diffs.join("\n"), print(&d, &g));
        }
    }
}
