//! Target and actual values (指标值): the ways forms write them, canonical display, errors.

use final_accounts::evaluation::{
    Attainment, Comparator, EvaluationError, TargetKind, TargetUnit, TargetValue,
};
use rust_decimal::Decimal;

fn quantity(text: &str) -> (Option<Comparator>, Decimal, Option<TargetUnit>) {
    let t: TargetValue = text.parse().unwrap_or_else(|e| panic!("{text}: {e}"));
    let q = t
        .quantity()
        .unwrap_or_else(|| panic!("{text} is quantitative"));
    (q.comparator(), q.value(), q.unit())
}

#[test]
fn every_value_printed_on_the_spec_forms_parses() {
    use Comparator::*;
    use TargetUnit::*;
    let d = |v: i64, s: u32| Decimal::new(v, s);
    let cases = [
        ("=2人", Some(Equal), d(2, 0), Some(Person)),
        ("=100%", Some(Equal), d(100, 0), Some(Percent)),
        ("10.5万", None, d(105, 1), Some(WanYuan)),
        ("=10.5万元", Some(Equal), d(105, 1), Some(WanYuan)),
        ("=8万元", Some(Equal), d(8, 0), Some(WanYuan)),
        ("≥90%", Some(AtLeast), d(90, 0), Some(Percent)),
        ("≥10个", Some(AtLeast), d(10, 0), Some(Piece)),
        ("≤5万元", Some(AtMost), d(5, 0), Some(WanYuan)),
        ("≤0万元", Some(AtMost), d(0, 0), Some(WanYuan)),
        ("=2次", Some(Equal), d(2, 0), Some(Time)),
        ("≥1000人", Some(AtLeast), d(1000, 0), Some(Person)),
        ("=25名", Some(Equal), d(25, 0), Some(Named)),
        ("=14.31万元", Some(Equal), d(1431, 2), Some(WanYuan)),
    ];
    for (text, c, v, u) in cases {
        assert_eq!(quantity(text), (c, v, u), "{text}");
    }
    for word in [
        "及时",
        "促进",
        "保障",
        "安全",
        "完成",
        "维护",
        "提升",
        "达成预期指标",
    ] {
        let t: TargetValue = word.parse().unwrap();
        assert_eq!(t.kind(), &TargetKind::Qualitative(word.to_owned()));
        assert_eq!(t.to_string(), word);
    }
}

#[test]
fn ascii_and_full_width_variants() {
    let canonical = |s: &str| s.parse::<TargetValue>().unwrap().to_string();
    assert_eq!(canonical(">=90%"), "≥90%");
    assert_eq!(canonical("＞=90％"), "≥90%");
    assert_eq!(canonical("＞＝90%"), "≥90%");
    assert_eq!(canonical("≧90%"), "≥90%");
    assert_eq!(canonical("<=5万元"), "≤5万元");
    assert_eq!(canonical("＜＝5万"), "≤5万元");
    assert_eq!(canonical("＝2人"), "=2人");
    assert_eq!(canonical(">3辆"), ">3辆");
    assert_eq!(canonical("＜3天"), "<3天");
    assert_eq!(canonical("≥ 90 %"), "≥90%");
    assert_eq!(canonical("＝２人"), "=2人");
    assert_eq!(canonical("1,000次"), "1000次");
    assert_eq!(canonical("=3个月"), "=3个月");
    for unit in ["台", "套", "项", "件", "月", "元"] {
        assert_eq!(canonical(&format!("=1{unit}")), format!("=1{unit}"));
    }
}

#[test]
fn printed_text_is_kept() {
    let t: TargetValue = "＞=90％".parse().unwrap();
    assert_eq!(t.printed(), "＞=90％");
    assert_eq!(t.to_string(), "≥90%");
    let no_operator: TargetValue = "10.5万".parse().unwrap();
    assert_eq!(no_operator.printed(), "10.5万");
    assert_eq!(no_operator.to_string(), "10.5万元");
}

#[test]
fn parse_of_display_is_identity_on_canonical_forms() {
    for text in [
        "=2人",
        "≥90%",
        "≤5万元",
        ">1次",
        "<3天",
        "10.5万元",
        "及时",
        "0.5%",
        "=14.31万元",
    ] {
        let t: TargetValue = text.parse().unwrap();
        assert_eq!(t.to_string(), text);
        assert_eq!(t.to_string().parse::<TargetValue>().unwrap(), t);
    }
}

#[test]
fn unreadable_values_are_errors_that_quote_them() {
    for text in [
        "",
        "  ",
        "≥",
        "≥abc",
        "=2x人",
        "≥9x0%",
        "约2人",
        "1..5万元",
        "5.万元",
        "≥90%%",
        "=-人",
        "--2人",
        "1,00次",
        "达成90%",
        "=2人\u{0}",
    ] {
        let err = text.parse::<TargetValue>().unwrap_err();
        assert!(
            matches!(err, EvaluationError::Target { .. }),
            "{text:?}: {err}"
        );
        assert!(err.to_string().contains(&format!("{text:?}")), "{err}");
    }
    let long = "很".repeat(65);
    assert!(long.parse::<TargetValue>().is_err());
}

#[test]
fn attainment_of_qualitative_actual_values() {
    let target: TargetValue = "促进".parse().unwrap();
    let read = |s: &str| s.parse::<TargetValue>().unwrap().attainment_of(&target);
    assert_eq!(read("达成预期指标"), Some(Attainment::Achieved));
    assert_eq!(read("促进"), Some(Attainment::Achieved));
    assert_eq!(read("部分达成"), Some(Attainment::Partial));
    assert_eq!(read("基本完成"), Some(Attainment::Partial));
    assert_eq!(read("未达成"), Some(Attainment::NotAchieved));
    assert_eq!(read("良好"), None);
    assert_eq!(read("=2人"), None);
}

#[test]
fn comparable_units() {
    let a: TargetValue = "≤5万元".parse().unwrap();
    let b: TargetValue = "40000元".parse().unwrap();
    let (x, y) = a
        .quantity()
        .unwrap()
        .comparable_values(b.quantity().unwrap())
        .unwrap();
    assert_eq!((x, y), (Decimal::from(50_000), Decimal::from(40_000)));
    let c: TargetValue = "=2人".parse().unwrap();
    assert!(
        a.quantity()
            .unwrap()
            .comparable_values(c.quantity().unwrap())
            .is_none()
    );
}
