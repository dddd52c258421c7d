//! A template nobody wrote code for: tests/fixtures/profiles/variant.json, a profile given as
//! data alone (other titles, another table order, the 三公 table labelled 公开07表, a 说明
//! numbered differently whose sentences say "较上年"). The seed accounts compile under it and
//! print as text (the compile example's `--tables`), and the compiled disclosure audits as
//! clean as under the built-in profile; the seed document printed as the variant (its titles,
//! labels, table order and 说明 numbering) imports and audits against it with the seed's own
//! findings and no other.

#![cfg(feature = "serde")]

use final_accounts::accounts::Accounts;
use final_accounts::audit::{AuditOptions, Report, Severity, audit_with};
use final_accounts::classification::{EconomicScheme, builtin};
use final_accounts::compile::{CompileOptions, compile};
use final_accounts::disclosure::{Disclosure, TableKind};
use final_accounts::money::TableRounding;
use final_accounts::profile::Profile;

#[allow(dead_code)]
#[path = "../examples/support/text.rs"]
mod text;

fn variant() -> Profile {
    serde_json::from_str(include_str!("fixtures/profiles/variant.json")).unwrap()
}

fn accounts() -> Accounts {
    serde_json::from_str(include_str!("fixtures/datong-hrss-2023-accounts.json")).unwrap()
}

/// The seed accounts compiled under `profile`, printed as text.
fn printed(profile: &Profile) -> (Disclosure, String) {
    let functional = builtin::functional_in_force(2023);
    let economic = builtin::economic_in_force(EconomicScheme::Departmental, 2023);
    let options = CompileOptions::new(&functional, &economic, TableRounding::Controlled)
        .with_profile(profile);
    let disclosure = compile(&accounts(), &options).unwrap();
    let json = serde_json::to_value(&disclosure).unwrap();
    (disclosure, text::disclosure_text(&json))
}

/// The findings above info of `report` under `profile`: rule and place, a place in the 说明
/// named by the label `shanxi-2023` gives the same paragraph (the variant numbers its sections
/// otherwise).
fn above_info(report: &Report<'_>, profile: &Profile) -> Vec<String> {
    let standard = Profile::shanxi_2023().narrative();
    let as_standard = |label: &str| {
        let content = profile
            .narrative()
            .sections
            .iter()
            .find(|s| s.label == label)?
            .content;
        Some(standard.section(content)?.label.clone())
    };
    report
        .findings
        .iter()
        .filter(|f| f.severity > Severity::Info)
        .map(|f| {
            let mut place = format!("{:?}", f.place());
            for section in &profile.narrative().sections {
                let own = format!("Text({:?})", section.label);
                if let Some(label) = as_standard(&section.label)
                    && place.contains(&own)
                {
                    place = place.replace(&own, &format!("Text({label:?})"));
                    break;
                }
            }
            format!("{} {place}", f.rule.id)
        })
        .collect()
}

/// The findings above info of the seed accounts compiled under `profile`, written as JSON,
/// read back and audited against `profile`.
fn round_trip(profile: &Profile) -> Vec<String> {
    let (disclosure, _) = printed(profile);
    let json = serde_json::to_string(&disclosure).unwrap();
    let read: Disclosure = serde_json::from_str(&json).unwrap();
    above_info(
        &audit_with(&read, &AuditOptions::new().with_profile(profile)),
        profile,
    )
}

#[test]
fn the_variant_is_data_alone_and_reads_through_the_profiles_validation() {
    let variant = variant();
    assert_eq!(variant.id(), "variant-test");
    assert_eq!(
        variant
            .slot(TableKind::ThreePublic)
            .unwrap()
            .label
            .as_deref(),
        Some("公开07表")
    );
    assert_eq!(variant.narrative().compared(2022), "较上年");
    let kinds: Vec<TableKind> = variant.tables().iter().map(|s| s.kind).collect();
    assert_ne!(kinds, TableKind::ALL);
}

#[test]
fn the_seed_accounts_compile_and_print_under_the_variant() {
    let variant = variant();
    let (disclosure, text) = printed(&variant);
    assert_eq!(disclosure.profile(), Some("variant-test"));
    assert_eq!(
        disclosure
            .meta(TableKind::ThreePublic)
            .and_then(|m| m.label()),
        Some("公开07表")
    );
    assert!(text.starts_with("公开01表\t部门收支决算总表\n"), "{text}");
    assert!(
        text.contains("\n公开07表\t一般公共预算财政拨款“三公”经费支出决算表\n"),
        "{text}"
    );
    // The 说明 in the variant's sections and words.
    assert!(
        text.contains(
            "\n二．财政拨款收支决算总体情况说明\n  2023年度财政拨款收入总计1,990.89万元，支出总计1,990.89万元。较上年，财政拨款收入总计增加737.23万元"
        ),
        "{text}"
    );
    assert!(
        text.contains("\n五．财政拨款“三公”经费支出决算情况说明\n（一）“三公”经费财政拨款支出决算总体情况说明\n"),
        "{text}"
    );
    assert!(
        text.contains("\n六．一般公共预算财政拨款支出决算情况说明\n（一）"),
        "{text}"
    );
    assert!(!text.contains("与上年相比"), "{text}");
}

#[test]
fn the_compiled_variant_audits_as_clean_as_the_builtin_profile() {
    let builtin = round_trip(Profile::shanxi_2023());
    let variant = round_trip(&variant());
    let more: Vec<&String> = variant.iter().filter(|f| !builtin.contains(f)).collect();
    assert!(
        more.is_empty(),
        "the variant's round trip finds {more:#?}\n(the built-in's: {builtin:#?})"
    );
}

/// The seed document as the variant prints it: its tables under the variant's titles and
/// labels, the 三公 table moved before the fund tables, and its 说明's chapters numbered as the
/// variant numbers them, saying "较上年" where the seed says "与上年相比". Its own mistakes stay
/// (支出决算表 labelled 公开09表).
fn seed_as_variant(variant: &Profile) -> String {
    let seed = include_str!("fixtures/datong-hrss-2023-final-accounts.txt");
    let shanxi = Profile::shanxi_2023();
    let lines: Vec<&str> = seed.lines().collect();
    let at = |text: &str, from: usize| {
        from + lines[from..].iter().position(|l| l.trim() == text).unwrap()
    };
    let tables = at("第二部分 2023年部门决算表", 60);
    let fund = at("政府性基金预算财政拨款收入支出决算表", tables);
    let three_public = at("财政拨款“三公”经费支出决算表", fund);
    let related = at("部门决算公开相关信息统计表", three_public);
    let mut order: Vec<&str> = lines[..fund].to_vec();
    order.extend(&lines[three_public..related]);
    order.extend(&lines[fund..three_public]);
    order.extend(&lines[related..]);
    let major = |label: &str| label.split('（').next().unwrap_or_default().to_owned();
    let chapters: Vec<(String, String)> = shanxi
        .narrative()
        .sections
        .iter()
        .filter_map(|s| {
            let own = variant.narrative().section(s.content)?;
            let to = variant.narrative().chapter_heading(&major(&own.label), "");
            Some((format!("{}、", major(&s.label)), to))
        })
        .collect();
    let narrative = at("一、收入支出决算总体情况说明", related);
    let mut kind_of_block = None;
    let mut text = String::new();
    for (i, line) in order.iter().enumerate() {
        let mut line = line.replace("与上年相比", "较上年");
        if i >= narrative
            && line.ends_with("说明")
            && let Some((from, to)) = chapters.iter().find(|(from, _)| line.starts_with(from))
        {
            line = line.replacen(from, to, 1);
        }
        if i > tables
            && let Some(slot) = shanxi.tables().iter().find(|s| s.title == line.trim())
        {
            kind_of_block = Some(slot.kind);
            line.clone_from(&variant.slot(slot.kind).unwrap().title);
        }
        if let Some(kind) = kind_of_block
            && line.trim().starts_with("公开")
            && line.trim().ends_with('表')
            && kind != TableKind::Expenditure
        {
            line = variant.slot(kind).unwrap().label.clone().unwrap();
            kind_of_block = None;
        }
        text.push_str(&line);
        text.push('\n');
    }
    text
}

/// The findings above info of `text` imported and audited against `profile`.
fn imported(text: &str, profile: &Profile) -> Vec<String> {
    let imported = final_accounts::import::import_text(text).unwrap();
    let options = AuditOptions::new()
        .with_profile(profile)
        .with_damaged_tables(&imported.damaged);
    above_info(&audit_with(&imported.disclosure, &options), profile)
}

#[test]
fn the_seed_printed_as_the_variant_imports_and_audits_as_the_seed_does() {
    let variant = variant();
    let text = seed_as_variant(&variant);
    assert!(text.contains("\n公开07表\n"), "{text}");
    assert!(
        text.contains("\n六．一般公共预算财政拨款支出决算情况说明\n"),
        "{text}"
    );
    let seed = imported(
        include_str!("fixtures/datong-hrss-2023-final-accounts.txt"),
        Profile::shanxi_2023(),
    );
    assert!(!seed.is_empty(), "the seed's own mistakes are found");
    let ours = imported(&text, &variant);
    let more: Vec<&String> = ours.iter().filter(|f| !seed.contains(f)).collect();
    let fewer: Vec<&String> = seed.iter().filter(|f| !ours.contains(f)).collect();
    assert!(
        more.is_empty() && fewer.is_empty(),
        "more {more:#?}\nfewer {fewer:#?}"
    );
}
