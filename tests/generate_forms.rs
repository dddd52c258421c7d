//! Laws of the generated self-evaluation forms (feature `proptest`): they audit without
//! errors, their stated figures are the formula's, scores are bounded, more execution never
//! lowers the score, and the serde round trip is the identity.
#![cfg(feature = "proptest")]

use final_accounts::audit::Severity;
use final_accounts::evaluation::{Evaluation, Form, ScoringParameters, audit_form, evaluate};
use final_accounts::generate;
use proptest::prelude::*;
use rust_decimal::{Decimal, RoundingStrategy};

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
    fn more_execution_never_lowers_the_total(form in generate::form(), more_permille in 0_u64..=1000) {
        // The same form (budget, indicators, stated scores) with more of its budget executed:
        // part of what was left, from nothing to all of it, is spent as well.
        let mut raw = form.to_raw();
        let budget: Decimal = raw.funding[0].annual_budget.parse().unwrap();
        let executed: Decimal = raw.funding[0].executed.parse().unwrap();
        let spent_more = ((budget - executed) * Decimal::from(more_permille) / Decimal::from(1000))
            .round_dp_with_strategy(3, RoundingStrategy::ToZero);
        let executed_more = executed + spent_more;
        let budget_text = raw.funding[0].annual_budget.clone();
        for row in &mut raw.funding {
            prop_assert_eq!(&row.annual_budget, &budget_text);
            row.executed = executed_more.normalize().to_string();
            row.balance = Some((budget - executed_more).normalize().to_string());
        }
        let more = Form::new(raw).unwrap();
        prop_assert_eq!(more.indicators(), form.indicators());
        let before = evaluate(&form, &params()).unwrap();
        let after = evaluate(&more, &params()).unwrap();
        let rate = |e: &Evaluation| e.execution.rate().unwrap().value();
        prop_assert!(rate(&after) >= rate(&before), "{} → {}", rate(&before), rate(&after));
        let (sb, sa) = (before.execution.score().unwrap(), after.execution.score().unwrap());
        prop_assert!(sa >= sb, "executed {executed} scores {sb}, executed {executed_more} scores {sa}");
        let (tb, ta) = (before.total.unwrap(), after.total.unwrap());
        prop_assert!(ta >= tb, "executed {executed}: total {tb}; executed {executed_more}: total {ta}");
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
