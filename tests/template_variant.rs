//! A template nobody wrote code for: tests/fixtures/profiles/variant.json, a profile given as
//! data alone (other titles, another table order, the 三公 table labelled 公开07表, a 说明
//! numbered differently whose sentences say "较上年"). The seed accounts compile under it,
//! print as text, import back and audit as clean as under the built-in profile they come from.

#![cfg(feature = "serde")]

use final_accounts::accounts::Accounts;
use final_accounts::audit::{AuditOptions, Severity, audit_with};
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

/// The findings above info of the seed accounts compiled under `profile`, written as JSON,
/// read back and audited against `profile`: rule and place, a place in the 说明 named by the
/// label `shanxi-2023` gives the same paragraph (the variant numbers its sections otherwise).
fn round_trip(profile: &Profile) -> Vec<String> {
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
    let (disclosure, _) = printed(profile);
    let json = serde_json::to_string(&disclosure).unwrap();
    let read: Disclosure = serde_json::from_str(&json).unwrap();
    let report = audit_with(&read, &AuditOptions::new().with_profile(profile));
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

#[test]
fn the_variant_is_data_alone_and_reads_through_the_profiles_validation() {
    let variant = variant();
    assert_eq!(variant.id(), "variant-test");
    assert_eq!(
        variant.slot(TableKind::ThreePublic).unwrap().label.as_deref(),
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
            "\n二、财政拨款收支决算总体情况说明\n  2023年度财政拨款收入总计1,990.89万元，支出总计1,990.89万元。较上年，财政拨款收入总计增加737.23万元"
        ),
        "{text}"
    );
    assert!(
        text.contains("\n五、财政拨款“三公”经费支出决算情况说明\n（一）“三公”经费财政拨款支出决算总体情况说明\n"),
        "{text}"
    );
    assert!(
        text.contains("\n六、一般公共预算财政拨款支出决算情况说明\n（一）"),
        "{text}"
    );
    assert!(!text.contains("与上年相比"), "{text}");
}

#[test]
fn the_variant_imports_back_and_audits_as_clean_as_the_builtin_profile() {
    let builtin = round_trip(Profile::shanxi_2023());
    let variant = round_trip(&variant());
    let more: Vec<&String> = variant.iter().filter(|f| !builtin.contains(f)).collect();
    assert!(
        more.is_empty(),
        "the variant's round trip finds {more:#?}\n(the built-in's: {builtin:#?})"
    );
}
