//! Laws of the money module.

use final_accounts::money::{
    Amount, Interval, MoneyUnit, Precision, PublishedAmount, PublishedPercent, Verdict, check_rate,
    check_sum, round_half_away,
};
use proptest::prelude::*;
use rust_decimal::Decimal;

/// Amounts in 万元 at table precision (0.01 万元), up to 10⁸ 万元 (10¹² 元): a few hundred of
/// them always add up within the range of amounts.
fn table_figure() -> impl Strategy<Value = PublishedAmount> {
    (-10_000_000_000_i64..10_000_000_000_i64).prop_map(|cents| {
        PublishedAmount::parse(&Decimal::new(cents, 2).to_string(), MoneyUnit::WanYuan).unwrap()
    })
}

/// Any amount in range, to the 分.
fn any_amount() -> impl Strategy<Value = Amount> {
    (-100_000_000_000_000_000_i64..=100_000_000_000_000_000_i64)
        .prop_map(|fen| Amount::from_yuan(Decimal::new(fen, 2)).unwrap())
}

proptest! {
    /// A total printed as the exact sum of its printed parts is always consistent.
    #[test]
    fn sum_check_accepts_exact_values(parts in prop::collection::vec(table_figure(), 0..30)) {
        let total = Amount::checked_sum(parts.iter().map(|p| p.amount())).unwrap();
        let total = PublishedAmount::new(total, MoneyUnit::WanYuan, Precision::Rounded { decimals: 2 }).unwrap();
        let check = check_sum(&total, &parts).unwrap();
        prop_assert_eq!(check.verdict, Verdict::Exact);
    }

    /// The order of the parts does not matter.
    #[test]
    fn sum_check_is_symmetric(parts in prop::collection::vec(table_figure(), 1..20), total in table_figure(), seed in any::<u64>()) {
        let mut shuffled = parts.clone();
        let n = shuffled.len();
        shuffled.rotate_left(usize::try_from(seed % n as u64).unwrap());
        shuffled.reverse();
        prop_assert_eq!(check_sum(&total, &parts), check_sum(&total, &shuffled));
    }

    /// Rounding every figure of a true relation to 0.01 never makes it inconsistent, and a
    /// printed total off by 1.00 万元 or more from the printed parts is always inconsistent
    /// while the parts are fewer than 100.
    #[test]
    fn rounding_tails_are_never_errors(true_parts in prop::collection::vec(-1_000_000_000_i64..1_000_000_000, 1..50)) {
        // True amounts in 元 (exact), printed in 万元 with two decimals.
        let print = |yuan: i64| {
            let wan = round_half_away(Decimal::new(yuan, 4), 2);
            PublishedAmount::parse(&wan.to_string(), MoneyUnit::WanYuan).unwrap()
        };
        let total: i64 = true_parts.iter().sum();
        let printed: Vec<_> = true_parts.iter().map(|&y| print(y)).collect();
        let check = check_sum(&print(total), &printed).unwrap();
        prop_assert!(check.verdict.is_consistent(), "{:?}", check);
        let off = PublishedAmount::new(
            print(total).amount().checked_add(Amount::from_wan_yuan(Decimal::ONE).unwrap()).unwrap(),
            MoneyUnit::WanYuan,
            Precision::Rounded { decimals: 2 },
        ).unwrap();
        let check = check_sum(&off, &printed).unwrap();
        prop_assert_eq!(check.verdict, Verdict::Inconsistent);
    }

    /// Checked arithmetic never panics and stays in range.
    #[test]
    fn amount_arithmetic_never_panics(a in any_amount(), b in any_amount()) {
        for r in [a.checked_add(b), a.checked_sub(b)].into_iter().flatten() {
            prop_assert!(r.yuan().abs() <= Amount::MAX_YUAN);
        }
        let _ = Amount::checked_sum([a, b, a, b]);
        let _ = final_accounts::money::Percent::ratio(a, b);
        let _ = final_accounts::money::YearOnYear::compute(a, b);
        let _ = a.to_string();
        let _ = a.is_unit_slip_of(b);
    }

    /// Any decimal at all: constructors accept or refuse, never panic.
    #[test]
    fn constructors_never_panic(lo in any::<u32>(), mid in any::<u32>(), hi in any::<u32>(), neg in any::<bool>(), scale in 0_u32..=28) {
        let d = Decimal::from_parts(lo, mid, hi, neg, scale);
        let _ = Amount::from_yuan(d);
        let _ = Amount::from_wan_yuan(d);
        let _ = final_accounts::money::Percent::new(d);
        let _ = PublishedPercent::new(d, scale);
        let i = Interval::around(d, Decimal::new(5, 3));
        if let Some(i) = i {
            let _ = i.checked_mul(&i);
            let _ = i.checked_div(&i);
        }
    }

    /// Arbitrary text never panics the figure parsers.
    #[test]
    fn parsers_never_panic(text in "\\PC*") {
        let _ = PublishedAmount::parse(&text, MoneyUnit::WanYuan);
        let _ = PublishedAmount::parse(&text, MoneyUnit::Yuan);
        let _ = PublishedPercent::parse(&text);
    }

    /// Printing a parsed figure and parsing it again gives the same figure.
    #[test]
    fn published_parse_display_round_trip(p in table_figure()) {
        let again = PublishedAmount::parse(&p.to_string(), MoneyUnit::WanYuan).unwrap();
        prop_assert_eq!(again, p);
        let grouped = PublishedAmount::parse(&format!("{p:#}"), MoneyUnit::WanYuan).unwrap();
        prop_assert_eq!(grouped, p);
    }

    /// A rate printed as the rounded ratio of two printed figures is always consistent.
    #[test]
    fn rate_check_accepts_rounded_ratios(a in table_figure(), b in table_figure()) {
        prop_assume!(!b.amount().is_zero());
        let check = check_rate(&a, &b, &PublishedPercent::new(Decimal::ZERO, 2).unwrap());
        if let Some(computed) = check.computed
            && let Ok(stated) = PublishedPercent::new(computed.value(), 2)
        {
            let again = check_rate(&a, &b, &stated);
            prop_assert!(again.verdict.is_consistent(), "{:?}", again);
        }
    }
}
