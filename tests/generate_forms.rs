//! Laws of the generated self-evaluation forms (feature `proptest`): they audit without
//! errors, their stated figures are the formula's, scores are bounded, more execution never
//! lowers the score, and the serde round trip is the identity.
#![cfg(feature = "proptest")]

use final_accounts::audit::Severity;
use final_accounts::evaluation::{ScoringParameters, audit_form, evaluate};
use final_accounts::generate;
use proptest::prelude::*;
use rust_decimal::Decimal;

fn params() -> ScoringParameters {
    ScoringParameters::for_year(generate::YEAR).unwrap()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn a_generated_form_audits_without_errors(form in generate::form()) {
        let errors: Vec<String> = audit_form(&form, &params())
            .iter()
            .filter(|f| f.severity == Severity::Error)
            .map(ToString::to_string)
            .collect();
        prop_assert!(errors.is_empty(), "{errors:#?}");
    }

    #[test]
    fn stated_figures_are_the_formulas(form in generate::form()) {
        let e = evaluate(&form, &params()).unwrap();
        prop_assert_eq!(e.stated_execution_score, e.execution.score());
        prop_assert_eq!(e.stated_total, e.total);
        prop_assert_eq!(e.stated_grade, e.grade);
        prop_assert_eq!(e.stated_sum, e.total);
    }

    #[test]
    fn scores_are_bounded(form in generate::form()) {
        let e = evaluate(&form, &params()).unwrap();
        let total = e.total.unwrap();
        prop_assert!(total >= Decimal::ZERO && total <= Decimal::ONE_HUNDRED, "{total}");
        let score = e.execution.score().unwrap();
        prop_assert!(score >= Decimal::ZERO && score <= e.execution_weight);
        for indicator in form.indicators() {
            let stated = indicator.score().unwrap();
            prop_assert!(stated >= Decimal::ZERO && stated <= indicator.weight());
        }
        if let Some((lo, hi)) = e.formula_band {
            prop_assert!(lo >= Decimal::ZERO && lo <= hi && hi <= Decimal::ONE_HUNDRED);
        }
    }

    #[test]
    fn more_execution_never_lowers_the_total(a in generate::form(), b in generate::form()) {
        // Same budget, indicators and scores as `a`, the execution of `b` scaled to a's budget.
        let ea = evaluate(&a, &params()).unwrap();
        let eb = evaluate(&b, &params()).unwrap();
        let (ra, rb) = (ea.execution.rate().unwrap().value(), eb.execution.rate().unwrap().value());
        let (sa, sb) = (ea.execution.score().unwrap(), eb.execution.score().unwrap());
        if ra < rb {
            prop_assert!(sa <= sb, "rate {ra} scores {sa}, rate {rb} scores {sb}");
        } else if rb < ra {
            prop_assert!(sb <= sa, "rate {rb} scores {sb}, rate {ra} scores {sa}");
        }
    }
}

#[cfg(feature = "serde")]
proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn serde_round_trip_is_identity(form in generate::form()) {
        let json = serde_json::to_string(&form).unwrap();
        let back: final_accounts::evaluation::Form = serde_json::from_str(&json).unwrap();
        prop_assert_eq!(&back, &form);
    }
}
