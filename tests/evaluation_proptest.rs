//! Laws of the evaluation: bounded totals, monotone execution score and grades, target round
//! trip, and a target parser that never panics.

use final_accounts::evaluation::{
    Comparator, Form, GradeScheme, ScoringParameters, TargetUnit, TargetValue, evaluate,
    score_execution,
};
use final_accounts::money::Amount;
use proptest::prelude::*;
use rust_decimal::Decimal;
use strum::IntoEnumIterator;

fn params() -> ScoringParameters {
    ScoringParameters::for_year(2023).unwrap()
}

fn amount() -> impl Strategy<Value = Amount> {
    // 0 … 10 亿元 in 分
    (0i64..100_000_000_000).prop_map(|fen| Amount::from_yuan(Decimal::new(fen, 2)).unwrap())
}

fn canonical_target() -> impl Strategy<Value = String> {
    let comparators: Vec<Option<Comparator>> = std::iter::once(None)
        .chain(Comparator::iter().map(Some))
        .collect();
    let units: Vec<Option<TargetUnit>> = std::iter::once(None)
        .chain(TargetUnit::iter().map(Some))
        .collect();
    (
        prop::sample::select(comparators),
        0i64..10_000_000,
        0u32..4,
        prop::sample::select(units),
    )
        .prop_map(|(c, m, s, u)| {
            format!(
                "{}{}{}",
                c.map(|c| c.to_string()).unwrap_or_default(),
                Decimal::new(m, s),
                u.map(|u| u.to_string()).unwrap_or_default()
            )
        })
}

proptest! {
    #[test]
    fn total_is_between_0_and_100(
        budget in amount(),
        executed in amount(),
        fractions in prop::collection::vec(0u32..=100, 6),
    ) {
        let mut raw = Form::example().unwrap().to_raw();
        let wan = |a: Amount| a.in_units(final_accounts::money::MoneyUnit::WanYuan).to_string();
        // Keep amounts within the form's three decimals of 万元.
        let b = Amount::from_wan_yuan(final_accounts::money::round_half_away(budget.wan_yuan(), 3)).unwrap();
        let e = Amount::from_wan_yuan(final_accounts::money::round_half_away(executed.wan_yuan(), 3)).unwrap();
        for row in &mut raw.funding {
            row.annual_budget = wan(b);
            row.executed = wan(e);
        }
        for (ind, f) in raw.indicators.iter_mut().zip(&fractions) {
            let w: Decimal = ind.weight.parse().unwrap();
            let s = final_accounts::money::round_half_away(w * Decimal::from(*f) / Decimal::ONE_HUNDRED, 2);
            ind.score = Some(s.to_string());
        }
        let form = Form::new(raw).unwrap();
        let e = evaluate(&form, &params()).unwrap();
        if let Some(total) = e.total {
            prop_assert!(total >= Decimal::ZERO && total <= Decimal::ONE_HUNDRED, "{total}");
        } else {
            prop_assert!(b.is_zero());
        }
        if let Some((lo, hi)) = e.formula_band {
            prop_assert!(lo >= Decimal::ZERO && hi <= Decimal::ONE_HUNDRED && lo <= hi);
        }
    }

    #[test]
    fn more_execution_never_lowers_the_execution_score(
        budget in amount(), a in amount(), b in amount(), weight in 1u32..=100,
    ) {
        let (low, high) = if a <= b { (a, b) } else { (b, a) };
        let w = Decimal::from(weight);
        let s1 = score_execution(budget, low, w, &params()).unwrap().score();
        let s2 = score_execution(budget, high, w, &params()).unwrap().score();
        prop_assert!(s1 <= s2, "{s1:?} > {s2:?}");
        if let Some(s) = s2 {
            prop_assert!(s >= Decimal::ZERO && s <= w);
        }
    }

    #[test]
    fn grade_is_monotone_in_the_total(a in 0i64..=10_000, b in 0i64..=10_000) {
        let (low, high) = (Decimal::new(a.min(b), 2), Decimal::new(a.max(b), 2));
        for scheme in [GradeScheme::standard(), GradeScheme::pass_fail()] {
            let rank = |t: Decimal| {
                let g = scheme.grade_of(t);
                scheme.bands().iter().position(|(x, _)| *x == g).unwrap()
            };
            // a better grade has a lower position
            prop_assert!(rank(high) <= rank(low));
        }
    }

    #[test]
    fn target_parse_display_round_trip(text in canonical_target()) {
        let t: TargetValue = text.parse().unwrap();
        prop_assert_eq!(t.to_string(), text.clone());
        prop_assert_eq!(t.to_string().parse::<TargetValue>().unwrap(), t);
    }

    #[test]
    fn target_parser_never_panics(text in "\\PC*") {
        if let Ok(t) = text.parse::<TargetValue>() {
            // What parses displays to something that parses to the same meaning.
            let again: TargetValue = t.to_string().parse().unwrap();
            prop_assert_eq!(again.kind(), t.kind());
        }
    }

    #[test]
    fn target_parser_never_panics_near_the_grammar(text in "[=≥≤><＞＝％%0-9０-９.,万元人次个 ]{0,12}") {
        let _ = text.parse::<TargetValue>();
    }
}
