//! Laws of the generated disclosures (feature `proptest`): they audit without errors, moving
//! any one printed amount by more than its precision allows is caught, and the serde round trip
//! is the identity.
#![cfg(feature = "proptest")]

use final_accounts::audit::{Report, Severity, audit};
use final_accounts::generate;
use proptest::prelude::*;

fn errors(report: &Report) -> Vec<String> {
    report
        .findings
        .iter()
        .filter(|f| f.severity == Severity::Error)
        .map(ToString::to_string)
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn a_generated_disclosure_audits_without_errors(d in generate::disclosure()) {
        let report = audit(&d);
        let errors = errors(&report);
        prop_assert!(errors.is_empty(), "{errors:#?}");
        prop_assert_eq!(d.year(), generate::YEAR);
    }
}

#[cfg(feature = "serde")]
mod serde_laws {
    use super::*;
    use final_accounts::disclosure::Disclosure;
    use rust_decimal::Decimal;
    use serde_json::Value;

    /// JSON pointers of every amount string of the tables (not codes, names, items, lines).
    fn amount_pointers(v: &Value) -> Vec<String> {
        fn walk(v: &Value, path: &str, out: &mut Vec<String>) {
            match v {
                Value::Object(map) => {
                    for (k, x) in map {
                        if [
                            "meta",
                            "code",
                            "item",
                            "name",
                            "title",
                            "line",
                            "forms",
                            "narrative",
                            "unit_name",
                            "order",
                            "profile",
                            "outline",
                            "year",
                        ]
                        .contains(&k.as_str())
                        {
                            continue;
                        }
                        walk(x, &format!("{path}/{k}"), out);
                    }
                }
                Value::Array(items) => {
                    for (i, x) in items.iter().enumerate() {
                        walk(x, &format!("{path}/{i}"), out);
                    }
                }
                Value::String(s) if s.parse::<Decimal>().is_ok() => out.push(path.to_owned()),
                _ => {}
            }
        }
        let mut out = Vec::new();
        walk(v, "", &mut out);
        out
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(32))]

        #[test]
        fn serde_round_trip_is_identity(d in generate::disclosure()) {
            let json = serde_json::to_string(&d).unwrap();
            let back: Disclosure = serde_json::from_str(&json).unwrap();
            prop_assert_eq!(&back, &d);
            prop_assert_eq!(serde_json::to_string(&back).unwrap(), json);
        }

        #[test]
        fn moving_any_amount_beyond_its_precision_is_caught(
            d in generate::disclosure(),
            pick in any::<prop::sample::Index>(),
            up in any::<bool>(),
        ) {
            let v = serde_json::to_value(&d).unwrap();
            let pointers = amount_pointers(&v);
            prop_assume!(!pointers.is_empty());
            let pointer = pick.get(&pointers);
            let mut edited = v.clone();
            let text = edited.pointer(pointer).and_then(Value::as_str).unwrap().to_owned();
            let value: Decimal = text.parse().unwrap();
            // Printed with two decimals, a figure stands for ±0.005; the smallest move the
            // sums of this document cannot absorb is one unit of the last place more than
            // the tails allow, and 0.05 is beyond the tail of any relation of ≤ 9 figures.
            let delta = Decimal::new(5, 2);
            let moved = if up || value < delta { value + delta } else { value - delta };
            *edited.pointer_mut(pointer).unwrap() = Value::String(format!("{moved:.2}"));
            match serde_json::from_value::<Disclosure>(edited) {
                // A structural rejection is a detection too.
                Err(_) => {}
                Ok(changed) => {
                    let report = audit(&changed);
                    // 机关运行经费 takes part in one relation only, with 公用经费合计, and that
                    // relation is unconfirmed (DOMAIN.md §4 [U]): it is checked as a warning,
                    // never an error, so a move there must raise that warning.
                    let section = pointer
                        .strip_suffix("/value")
                        .and_then(|line| line.rsplit_once("/lines/"))
                        .and_then(|(section, _)| v.pointer(&format!("{section}/title")))
                        .and_then(Value::as_str)
                        .unwrap_or("");
                    if section.contains("机关运行经费") {
                        prop_assert!(
                            report.of_rule("x.running-costs").any(|f| f.severity >= Severity::Warning),
                            "moving {} from {} to {:.2} went unnoticed", pointer, text, moved
                        );
                    } else {
                        prop_assert!(
                            !errors(&report).is_empty(),
                            "moving {} from {} to {:.2} went unnoticed", pointer, text, moved
                        );
                    }
                }
            }
        }
    }
}
