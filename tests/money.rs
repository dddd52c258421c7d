//! Money: amounts, printed figures and the precision-aware checks, on figures of the spec
//! (大同市人力资源和社会保障局 2023年度单位决算公开).

use final_accounts::money::{
    Amount, Direction, MoneyError, MoneyUnit, Percent, Precision, PublishedAmount,
    PublishedPercent, Verdict, YearOnYear, check_rate, check_sum,
};
use rust_decimal::Decimal;

fn wan(s: &str) -> PublishedAmount {
    PublishedAmount::parse(s, MoneyUnit::WanYuan).unwrap()
}

fn form(s: &str) -> PublishedAmount {
    PublishedAmount::parse_with_precision(s, MoneyUnit::WanYuan, Precision::Rounded { decimals: 3 })
        .unwrap()
}

fn pct(s: &str) -> PublishedPercent {
    s.parse().unwrap()
}

#[test]
fn t01_income_total_is_a_rounding_tail() {
    // 公开01表: 一 1,735.92 + 二 254.97 + 八 0.16 = 1,991.05, printed 本年收入合计 1,991.06.
    let parts = [wan("1,735.92"), wan("254.97"), wan("0.16")];
    let check = check_sum(&wan("1,991.06"), &parts).unwrap();
    assert_eq!(check.verdict, Verdict::WithinRounding);
    assert_eq!(check.expected, wan("1991.05").amount());
    assert_eq!(check.difference.yuan(), Decimal::from(100));
    // Four figures of 0.01 万元: 4 × 50 元.
    assert_eq!(check.allowance_yuan, Decimal::from(200));
}

#[test]
fn t01_income_total_off_by_one_is_an_error() {
    let parts = [wan("1,735.92"), wan("254.97"), wan("0.16")];
    for total in ["1,992.06", "1,990.06"] {
        let check = check_sum(&wan(total), &parts).unwrap();
        assert_eq!(check.verdict, Verdict::Inconsistent, "{total}");
    }
    // A changed part is caught as well.
    let parts = [wan("1,736.92"), wan("254.97"), wan("0.16")];
    assert_eq!(
        check_sum(&wan("1,991.06"), &parts).unwrap().verdict,
        Verdict::Inconsistent
    );
}

#[test]
fn t01_totals_agree_exactly() {
    // 总计 2,076.12 = 本年收入合计 1,991.06 + 年初结转和结余 85.06.
    let check = check_sum(&wan("2,076.12"), &[wan("1,991.06"), wan("85.06")]).unwrap();
    assert_eq!(check.verdict, Verdict::Exact);
    // 总计 2,076.12 = 本年支出合计 1,991.91 + 年末结转和结余 84.21.
    let check = check_sum(&wan("2,076.12"), &[wan("1,991.91"), wan("84.21")]).unwrap();
    assert_eq!(check.verdict, Verdict::Exact);
}

#[test]
fn t06_personnel_total() {
    // 公开06表 301: eight 款 add up to 998.07, printed 998.08: a tail.
    let parts = [
        "323.25", "218.33", "170.72", "96.07", "48.99", "38.81", "1.92", "99.98",
    ]
    .map(wan);
    let check = check_sum(&wan("998.08"), &parts).unwrap();
    assert_eq!(check.verdict, Verdict::WithinRounding);
    // 302: twelve 款 add up exactly to 101.87.
    let parts = [
        "2.76", "4.25", "1.00", "4.00", "0.73", "4.97", "2.94", "3.63", "19.33", "1.03", "54.08",
        "3.15",
    ]
    .map(wan);
    assert_eq!(
        check_sum(&wan("101.87"), &parts).unwrap().verdict,
        Verdict::Exact
    );
}

#[test]
fn exact_yuan_figures_get_exact_checks() {
    let yuan = |s| PublishedAmount::parse(s, MoneyUnit::Yuan).unwrap();
    let check = check_sum(&yuan("100.01"), &[yuan("50"), yuan("50")]).unwrap();
    assert_eq!(check.verdict, Verdict::Inconsistent);
    assert_eq!(check.allowance_yuan, Decimal::ZERO);
}

#[test]
fn narrative_shares_and_rates() {
    // 财政拨款收入1,990.89万元，占比99.99%
    assert_eq!(
        check_rate(&wan("1,990.89"), &wan("1,991.06"), &pct("99.99%")).verdict,
        Verdict::Exact
    );
    // 其他收入0.16万元，占比0.01%
    assert_eq!(
        check_rate(&wan("0.16"), &wan("1,991.06"), &pct("0.01%")).verdict,
        Verdict::Exact
    );
    // 完成年初预算的136.96%
    assert_eq!(
        check_rate(&wan("1,735.92"), &wan("1,267.44"), &pct("136.96%")).verdict,
        Verdict::Exact
    );
    // A rate off by one point is inconsistent.
    assert_eq!(
        check_rate(&wan("1,735.92"), &wan("1,267.44"), &pct("137.96%")).verdict,
        Verdict::Inconsistent
    );
    // 完成全年预算的0% against a zero budget: nothing can be concluded here (the audit has a
    // rule of its own for it).
    let check = check_rate(
        &wan("0"),
        &PublishedAmount::parse("0", MoneyUnit::Yuan).unwrap(),
        &pct("0%"),
    );
    assert_eq!(check.verdict, Verdict::Undetermined);
    assert_eq!(check.computed, None);
}

#[test]
fn form_execution_rates_within_precision() {
    // 农民工联席办公经费: 2.73 / 8 = 34.125 %, printed 34.12 (四舍五入 gives 34.13).
    let c = check_rate(&form("2.73"), &form("8"), &pct("34.12"));
    assert_eq!(c.verdict, Verdict::WithinRounding);
    // 社保基金监督检查费: 3.986 / 5 = 79.72 %, printed 79.71.
    let c = check_rate(&form("3.986"), &form("5"), &pct("79.71"));
    assert_eq!(c.verdict, Verdict::WithinRounding);
    // 仲裁委业务费: 3.94 / 7 = 56.2857 %, printed 56.28.
    let c = check_rate(&form("3.94"), &form("7"), &pct("56.28"));
    assert_eq!(c.verdict, Verdict::WithinRounding);
    // 2名选调生: 8.007 / 10.5 = 76.257 %, printed 76.26.
    let c = check_rate(&form("8.007"), &form("10.5"), &pct("76.26"));
    assert_eq!(c.verdict, Verdict::Exact);
    // Printed 56.38 (as the form's own analysis text says) is not.
    let c = check_rate(&form("3.94"), &form("7"), &pct("56.38"));
    assert_eq!(c.verdict, Verdict::Inconsistent);
}

#[test]
fn year_on_year_from_the_narrative() {
    // 收入总计增加736.34万元，增长54.96%: the prior year is 2,076.12 − 736.34 = 1,339.78.
    let current = wan("2,076.12").amount();
    let prior = current.checked_sub(wan("736.34").amount()).unwrap();
    let change = YearOnYear::compute(current, prior).unwrap();
    assert_eq!(change.direction(), Direction::Increase);
    assert_eq!(
        change.rate().unwrap().round(2),
        Percent::new(Decimal::new(5496, 2)).unwrap()
    );
    // 比上年度减少0.16万元，下降13.45%
    let current = wan("1.03").amount();
    let prior = wan("1.19").amount();
    let change = YearOnYear::compute(current, prior).unwrap();
    assert_eq!(change.direction(), Direction::Decrease);
    assert_eq!(change.rate().unwrap().round(2).to_string(), "-13.45%");
    // 增长∞%: from nothing.
    let change = YearOnYear::compute(wan("254.97").amount(), Amount::ZERO).unwrap();
    assert_eq!(
        change,
        YearOnYear::FromZero {
            difference: wan("254.97").amount()
        }
    );
    assert_eq!(
        YearOnYear::compute(Amount::ZERO, Amount::ZERO).unwrap(),
        YearOnYear::BothZero
    );
}

#[test]
fn printed_figures_parse_and_display() {
    let p = wan("1,735.92");
    assert_eq!(p.to_string(), "1735.92");
    assert_eq!(format!("{p:#}"), "1,735.92");
    assert_eq!(p.amount().to_string(), "1735.92万元");
    assert_eq!(wan("1.00").to_string(), "1.00");
    assert_eq!(wan("-3.5").amount().yuan(), Decimal::from(-35_000));
    for bad in [
        "", " ", "1,73.92", "1.2.3", "abc", "1.", ".5", "12,3456", "1e5", "--1", "٣",
    ] {
        assert!(
            matches!(
                PublishedAmount::parse(bad, MoneyUnit::WanYuan),
                Err(MoneyError::InvalidFigure { .. })
            ),
            "{bad:?}"
        );
    }
    assert!(matches!(
        PublishedAmount::parse("1.0000001", MoneyUnit::WanYuan),
        Err(MoneyError::TooManyDecimals {
            found: 7,
            allowed: 6,
            ..
        })
    ));
    assert!(matches!(
        PublishedAmount::parse("0.001", MoneyUnit::Yuan),
        Err(MoneyError::TooManyDecimals { .. })
    ));
}

#[test]
fn amount_bounds_and_errors_name_the_numbers() {
    let err = Amount::from_yuan(Decimal::from(10_i64.pow(15)) + Decimal::ONE).unwrap_err();
    assert_eq!(
        err.to_string(),
        "amount 1000000000000001 元 is out of the supported range of ±1000000000000000 元"
    );
    let err = Amount::MAX
        .checked_add(Amount::from_yuan(Decimal::ONE).unwrap())
        .unwrap_err();
    assert!(err.to_string().contains("1000000000000000"), "{err}");
    assert_eq!(Amount::MIN, Amount::MAX.negate());
    assert_eq!(Amount::MAX.checked_sub(Amount::MAX).unwrap(), Amount::ZERO);
}

#[test]
fn display_units() {
    let a = Amount::from_wan_yuan(Decimal::new(8007, 3)).unwrap();
    assert_eq!(a.to_string(), "8.01万元");
    assert_eq!(a.display_yuan().to_string(), "80070.00元");
    let big = Amount::from_wan_yuan(Decimal::new(123_456_789, 2)).unwrap();
    assert_eq!(format!("{big:#}"), "1,234,567.89万元");
    let neg = big.negate();
    assert_eq!(format!("{neg:#}"), "-1,234,567.89万元");
    assert_eq!(MoneyUnit::WanYuan.to_string(), "万元");
}

#[test]
fn percent_parsing() {
    assert_eq!(pct("100%").decimals(), 0);
    assert_eq!(pct("100.00％").to_string(), "100.00%");
    assert!(PublishedPercent::parse("∞%").is_err());
    assert!(PublishedPercent::parse("12.3.4%").is_err());
    assert_eq!(
        PublishedPercent::new(Decimal::new(627, 1), 2)
            .unwrap()
            .to_string(),
        "62.70%"
    );
}

#[test]
fn half_a_unit_is_half_of_the_last_printed_place_in_yuan() {
    use final_accounts::money::Precision;
    for unit in [MoneyUnit::Yuan, MoneyUnit::WanYuan] {
        for decimals in 0..=unit.max_decimals() {
            let expected = Decimal::new(5, decimals + 1) * unit.yuan_per_unit();
            let got = Precision::Rounded { decimals }.half_unit_yuan(unit);
            assert_eq!(got, expected, "{unit} with {decimals} decimals");
        }
    }
    assert_eq!(
        Precision::Rounded { decimals: 2 }.half_unit_yuan(MoneyUnit::WanYuan),
        Decimal::from(50)
    );
    assert_eq!(
        Precision::Exact.half_unit_yuan(MoneyUnit::WanYuan),
        Decimal::ZERO
    );
}

#[test]
fn a_difference_equal_to_the_allowance_is_an_error() {
    // Rounding errors lie in half-open intervals, so the bound itself is never reached.
    // One part (a 款 with a single 项, 22102 住房改革支出 of 公开02表 printing 109.61):
    // allowance 100 元, a 0.01 difference is exactly on it.
    let single = check_sum(&wan("109.61"), &[wan("109.60")]).unwrap();
    assert_eq!(single.allowance_yuan, Decimal::from(100));
    assert_eq!(single.difference.yuan(), Decimal::from(100));
    assert_eq!(single.verdict, Verdict::Inconsistent);
    // Three parts (公开01表's income side): allowance 200 元; 0.01 is a tail, 0.02 is not.
    let parts = [wan("1,735.92"), wan("254.97"), wan("0.16")];
    assert_eq!(
        check_sum(&wan("1,991.06"), &parts).unwrap().verdict,
        Verdict::WithinRounding
    );
    let on_bound = check_sum(&wan("1,991.07"), &parts).unwrap();
    assert_eq!(on_bound.allowance_yuan, Decimal::from(200));
    assert_eq!(on_bound.difference.yuan(), Decimal::from(200));
    assert_eq!(on_bound.verdict, Verdict::Inconsistent);
    // Two parts (99.98 + 9.62 = 109.60): allowance 150 元, one unit only.
    let two = [wan("99.98"), wan("9.62")];
    assert_eq!(
        check_sum(&wan("109.59"), &two).unwrap().verdict,
        Verdict::WithinRounding
    );
    assert_eq!(
        check_sum(&wan("109.62"), &two).unwrap().verdict,
        Verdict::Inconsistent
    );
}

#[test]
fn n_parts_allow_ceil_half_of_n_plus_one_minus_one_units() {
    // ⌈(n+1)/2⌉ − 1 units of the last place, for n = 1 … 8 parts of 0.01 each.
    for n in 1_u32..=8 {
        let parts: Vec<PublishedAmount> = (0..n).map(|_| wan("0.01")).collect();
        let units = (n + 1).div_ceil(2) - 1;
        for slip in 0..=units + 1 {
            let total = Decimal::from(n + slip) / Decimal::from(100);
            let total = PublishedAmount::parse(&format!("{total:.2}"), MoneyUnit::WanYuan).unwrap();
            let verdict = check_sum(&total, &parts).unwrap().verdict;
            assert_eq!(
                verdict.is_consistent(),
                slip <= units,
                "{n} parts, {slip} units: {verdict}"
            );
        }
    }
}

#[test]
fn an_exact_total_may_sit_on_the_closed_end_of_its_parts() {
    // An exact 元 total against one part printed in 万元: 5 000 元 lies in [0.495, 0.505) 万元
    // but 5 100 元 does not; the exact check follows the half-open interval, not a symmetric bound.
    let yuan = |s| PublishedAmount::parse(s, MoneyUnit::Yuan).unwrap();
    assert_eq!(
        check_sum(&yuan("4950"), &[wan("0.50")]).unwrap().verdict,
        Verdict::WithinRounding
    );
    assert_eq!(
        check_sum(&yuan("5050"), &[wan("0.50")]).unwrap().verdict,
        Verdict::Inconsistent
    );
}

#[test]
fn rates_use_half_open_intervals() {
    // 0.49 万元 stands for [4 850, 4 950) 元; over exactly 10 000 元 that is [48.5 %, 49.5 %).
    // A rate printed without decimals: "49%" fits; "50%" stands for [49.5 %, 50.5 %) and only
    // touches the open end; "48%" stands for [47.5 %, 48.5 %) and only touches the closed one.
    let base = PublishedAmount::parse("10000", MoneyUnit::Yuan).unwrap();
    let part = wan("0.49");
    assert_eq!(
        check_rate(&part, &base, &pct("49%")).verdict,
        Verdict::Exact
    );
    for stated in ["50%", "48%"] {
        let check = check_rate(&part, &base, &pct(stated));
        assert_eq!(check.verdict, Verdict::Inconsistent, "{stated}");
        assert_eq!(check.possible.unwrap().to_string(), "[48.5, 49.5)");
    }
    // Exact figures: 1 / 8 = 12.5 % exactly, which rounds to 13 %, never to 12 %.
    let yuan = |s| PublishedAmount::parse(s, MoneyUnit::Yuan).unwrap();
    assert_eq!(
        check_rate(&yuan("1"), &yuan("8"), &pct("13%")).verdict,
        Verdict::Exact
    );
    let twelve = check_rate(&yuan("1"), &yuan("8"), &pct("12%"));
    assert_eq!(twelve.verdict, Verdict::Inconsistent);
    assert_eq!(twelve.stated.interval().to_string(), "[11.5, 12.5)");
}
