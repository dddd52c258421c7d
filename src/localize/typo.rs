//! The values one keystroke from a printed figure (Scholtus 2009).

use rust_decimal::Decimal;

use crate::finding::Typo;
use crate::money::PublishedAmount;

/// Every value one keystroke from `printed`, in its own unit, with the slip that would have
/// turned it into the printed text, in the order slips are preferred (a transposition first).
/// The printed figure's digits are read as printed, decimals included; a value is kept only
/// with the decimals printed (a decimal point shifted left must still be a figure at that
/// precision).
pub(super) fn variants(printed: &PublishedAmount) -> Vec<(Decimal, Typo)> {
    let decimals = printed.printed_decimals();
    let text = printed.to_string();
    let negative = text.starts_with('-');
    let digits: Vec<u8> = text
        .bytes()
        .filter(u8::is_ascii_digit)
        .map(|b| b.saturating_sub(b'0'))
        .collect();
    let mut out: Vec<(Decimal, Typo)> = Vec::new();
    let push = |digits: &[u8], typo: Typo, out: &mut Vec<(Decimal, Typo)>| {
        if let Some(value) = value_of(digits, decimals, negative) {
            out.push((value, typo));
        }
    };
    let n = digits.len();
    for i in 1..n {
        let mut d = digits.clone();
        d.swap(i.saturating_sub(1), i);
        if d != digits {
            push(&d, Typo::Transposition, &mut out);
        }
    }
    for i in 0..n {
        for digit in 0..10u8 {
            if digits.get(i) == Some(&digit) {
                continue;
            }
            let mut d = digits.clone();
            if let Some(slot) = d.get_mut(i) {
                *slot = digit;
            }
            push(&d, Typo::WrongDigit, &mut out);
        }
    }
    // The printed text left a digit out: the true one has it.
    for i in 0..=n {
        for digit in 0..10u8 {
            let mut d = digits.clone();
            d.insert(i, digit);
            push(&d, Typo::DroppedDigit, &mut out);
        }
    }
    // The printed text doubled a digit: the true one has it once.
    for i in 1..n {
        if digits.get(i) == digits.get(i.saturating_sub(1)) {
            let mut d = digits.clone();
            d.remove(i);
            push(&d, Typo::DoubledDigit, &mut out);
        }
    }
    let value = printed.value();
    for shifted in [
        value.checked_mul(Decimal::TEN),
        value.checked_div(Decimal::TEN),
    ]
    .into_iter()
    .flatten()
    {
        if shifted.normalize().scale() <= decimals {
            out.push((shifted, Typo::ShiftedDecimal));
        }
    }
    if let Some(negated) = Decimal::ZERO.checked_sub(value)
        && !value.is_zero()
    {
        out.push((negated, Typo::Sign));
    }
    out
}

/// The value of a digit string with `decimals` decimals.
fn value_of(digits: &[u8], decimals: u32, negative: bool) -> Option<Decimal> {
    let mut mantissa: i64 = 0;
    for &d in digits {
        mantissa = mantissa.checked_mul(10)?.checked_add(i64::from(d))?;
    }
    if negative {
        mantissa = mantissa.checked_neg()?;
    }
    Decimal::try_new(mantissa, decimals).ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::money::MoneyUnit;

    fn has(printed: &str, value: &str, typo: Typo) -> bool {
        let p = PublishedAmount::parse(printed, MoneyUnit::WanYuan).unwrap();
        let v: Decimal = value.parse().unwrap();
        variants(&p).contains(&(v, typo))
    }

    #[test]
    fn slips_are_one_keystroke() {
        assert!(has("1235.40", "1253.40", Typo::Transposition));
        assert!(has("1235.40", "1236.40", Typo::WrongDigit));
        assert!(has("125.40", "1235.40", Typo::DroppedDigit));
        assert!(has("12235.40", "1235.40", Typo::DoubledDigit));
        assert!(has("12354.00", "1235.40", Typo::ShiftedDecimal));
        assert!(has("123.54", "1235.40", Typo::ShiftedDecimal));
        assert!(has("-1235.40", "1235.40", Typo::Sign));
        assert!(!has("1235.40", "1235.41", Typo::Transposition));
        // 1235.41 / 10 is not a figure with two decimals.
        assert!(!has("1235.41", "123.541", Typo::ShiftedDecimal));
    }
}
