//! The scoring formula, its parameters, grades and the trace.

use final_accounts::evaluation::{
    Computed, Confidence, EvaluationError, ExecutionScore, Grade, GradeScheme, Indicator, Method,
    RawIndicator, ScoringParameters, Source, score_execution, score_indicator,
};
use final_accounts::money::Amount;
use rust_decimal::Decimal;

fn p() -> ScoringParameters {
    ScoringParameters::for_year(2023).unwrap()
}

fn wan(v: i64, scale: u32) -> Amount {
    Amount::from_wan_yuan(Decimal::new(v, scale)).unwrap()
}

fn d(v: i64, scale: u32) -> Decimal {
    Decimal::new(v, scale)
}

#[test]
fn execution_scores_of_the_spec() {
    let ten = Decimal::from(10);
    // (budget, executed, rate rounded, score)
    let cases = [
        (wan(105, 1), wan(8007, 3), d(7626, 2), d(763, 2)),
        (wan(8, 0), wan(273, 2), d(3413, 2), d(341, 2)),
        (wan(18, 0), wan(14305, 3), d(7947, 2), d(795, 2)),
        (wan(5, 0), wan(3986, 3), d(7972, 2), d(797, 2)),
        (wan(49, 0), wan(35335, 3), d(7211, 2), d(721, 2)),
        (wan(7, 0), wan(4389, 3), d(6270, 2), d(627, 2)),
        (wan(7, 0), wan(394, 2), d(5629, 2), d(563, 2)),
        (wan(30, 0), wan(1895, 2), d(6317, 2), d(632, 2)),
        (wan(32, 0), wan(7764, 3), d(2426, 2), d(243, 2)),
        (wan(5, 0), Amount::ZERO, d(0, 0), d(0, 0)),
        (wan(265, 1), wan(265, 1), d(100, 0), d(10, 0)),
    ];
    for (budget, executed, rate, score) in cases {
        let s = score_execution(budget, executed, ten, &p()).unwrap();
        assert_eq!(
            s.rate().unwrap().round(2).value(),
            rate,
            "{executed} / {budget}"
        );
        assert_eq!(s.score(), Some(score), "{executed} / {budget}");
    }
}

#[test]
fn zero_budget_has_no_rate_and_over_execution_is_capped_and_flagged() {
    let ten = Decimal::from(10);
    assert_eq!(
        score_execution(Amount::ZERO, wan(1, 0), ten, &p()).unwrap(),
        ExecutionScore::ZeroBudget
    );
    let over = score_execution(wan(10, 0), wan(12, 0), ten, &p()).unwrap();
    assert!(matches!(
        over,
        ExecutionScore::Rated {
            over_budget: true,
            ..
        }
    ));
    assert_eq!(over.score(), Some(ten));
    let source = Source {
        citation: "test",
        confidence: Confidence::Unconfirmed,
    };
    let uncapped =
        score_execution(wan(10, 0), wan(12, 0), ten, &p().with_cap(false, source)).unwrap();
    assert_eq!(uncapped.score(), Some(Decimal::from(12)));
}

fn indicator(target: &str, actual: &str, weight: &str) -> Indicator {
    Indicator::try_from(RawIndicator {
        initial_target: Some(target.into()),
        adjusted_target: None,
        actual: Some(actual.into()),
        weight: weight.into(),
        score: None,
        ..RawIndicator::example()
    })
    .unwrap()
}

#[test]
fn forward_reverse_and_qualitative_formulas() {
    let score = |t: &str, a: &str, w: &str| score_indicator(&indicator(t, a, w), &p());
    // forward
    assert_eq!(
        score("≥90%", "≥95%", "10").computed,
        Computed::Exact(d(10, 0))
    );
    assert_eq!(
        score("=32万元", "=7.8万元", "10").computed,
        Computed::Exact(d(244, 2))
    );
    assert_eq!(
        score("=30万元", "=19万元", "10").computed,
        Computed::Exact(d(633, 2))
    );
    assert_eq!(score("10.5万", "=8万元", "10").method, Method::Forward);
    // reverse
    let met = score("≤5万元", "≤0万元", "10");
    assert_eq!(
        (met.method, met.computed),
        (Method::Reverse, Computed::Exact(d(10, 0)))
    );
    assert_eq!(
        score("≤5万元", "10万元", "10").computed,
        Computed::Exact(d(5, 0))
    );
    assert_eq!(
        score("<4天", "6天", "20").computed,
        Computed::Exact(d(1333, 2))
    );
    // qualitative tiers: 80–100 %, 60–80 %, 0–60 % of the weight
    let q = |a: &str| score("及时", a, "10").computed;
    assert_eq!(
        q("达成预期指标"),
        Computed::Range {
            lo: d(8, 0),
            hi: d(10, 0)
        }
    );
    assert_eq!(
        q("部分达成"),
        Computed::Range {
            lo: d(6, 0),
            hi: d(8, 0)
        }
    );
    assert_eq!(
        q("未达成"),
        Computed::Range {
            lo: d(0, 0),
            hi: d(6, 0)
        }
    );
    assert!(matches!(q("尚可"), Computed::NotComputable(_)));
    assert!(matches!(
        score("=2人", "=2次", "10").computed,
        Computed::NotComputable(_)
    ));
    assert!(matches!(
        score("及时", "=2次", "10").computed,
        Computed::NotComputable(_)
    ));
}

#[test]
fn grade_bands_include_their_lower_bound() {
    let s = GradeScheme::standard();
    for (total, grade) in [
        (d(100, 0), Grade::Excellent),
        (d(90, 0), Grade::Excellent),
        (d(8999, 2), Grade::Good),
        (d(80, 0), Grade::Good),
        (d(7999, 2), Grade::Fair),
        (d(60, 0), Grade::Fair),
        (d(5999, 2), Grade::Poor),
        (d(0, 0), Grade::Poor),
    ] {
        assert_eq!(s.grade_of(total), grade, "{total}");
    }
    assert_eq!(GradeScheme::pass_fail().grade_of(d(60, 0)), Grade::Pass);
    assert_eq!(GradeScheme::pass_fail().grade_of(d(59, 0)), Grade::Fail);
    assert_eq!(s.band_of(Grade::Good), Some((d(80, 0), Some(d(90, 0)))));
}

#[test]
fn invalid_grade_schemes_are_rejected() {
    let bad = [
        vec![],
        vec![(Grade::Excellent, d(90, 0))],
        vec![
            (Grade::Excellent, d(80, 0)),
            (Grade::Good, d(90, 0)),
            (Grade::Poor, d(0, 0)),
        ],
        vec![(Grade::Excellent, d(90, 0)), (Grade::Excellent, d(0, 0))],
        vec![(Grade::Excellent, d(120, 0)), (Grade::Poor, d(0, 0))],
    ];
    for bands in bad {
        assert!(matches!(
            GradeScheme::new(bands),
            Err(EvaluationError::InvalidGradeScheme { .. })
        ));
    }
    let custom = GradeScheme::new(vec![
        (Grade::Excellent, d(80, 0)),
        (Grade::Good, d(70, 0)),
        (Grade::Fair, d(60, 0)),
        (Grade::Poor, d(0, 0)),
    ])
    .unwrap();
    assert_eq!(custom.grade_of(d(80, 0)), Grade::Excellent);
}

#[test]
fn parameters_are_dated_and_sourced() {
    assert!(matches!(
        ScoringParameters::for_year(2019),
        Err(EvaluationError::NoParameters {
            year: 2019,
            earliest: 2020
        })
    ));
    let params = p();
    assert_eq!(params.applies_from(), 2020);
    assert_eq!(params.split().value().output, Decimal::from(50));
    assert!(*params.cap_at_full_execution().value());
    assert_eq!(params.rate_definition().confidence, Confidence::Primary);
    assert_eq!(
        params.score_decimals().source().confidence,
        Confidence::Vendor
    );
    let sources = params.sources();
    assert!(sources.len() >= 9);
    assert!(sources.iter().all(|(_, s)| s.to_string().starts_with('[')));
}

#[test]
fn indicators_reject_only_what_cannot_be_represented() {
    let raw = RawIndicator::example;
    let err = |r: RawIndicator| Indicator::try_from(r).unwrap_err();
    // Printable but wrong figures are kept (the audit reports them: tests/evaluation_typos.rs).
    for kept in [
        RawIndicator {
            score: Some("21".into()),
            ..raw()
        },
        RawIndicator {
            score: Some("-1".into()),
            ..raw()
        },
        RawIndicator {
            weight: "0".into(),
            score: None,
            ..raw()
        },
    ] {
        assert!(Indicator::try_from(kept).is_ok());
    }
    assert!(matches!(
        err(RawIndicator {
            score: Some("1.234".into()),
            ..raw()
        }),
        EvaluationError::Figure { .. }
    ));
    assert!(matches!(
        err(RawIndicator {
            level_one: "投入指标".into(),
            ..raw()
        }),
        EvaluationError::UnknownName { .. }
    ));
    assert!(matches!(
        err(RawIndicator {
            level_two: "数量".into(),
            ..raw()
        }),
        EvaluationError::UnknownName { .. }
    ));
    assert!(matches!(
        err(RawIndicator {
            actual: Some("≥".into()),
            ..raw()
        }),
        EvaluationError::Target { .. }
    ));
}
