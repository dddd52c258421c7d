//! The one rounding strategy of the crate.

use rust_decimal::{Decimal, RoundingStrategy};

/// The rounding strategy used for every computed figure: half away from zero, the ordinary
/// 四舍五入 of Chinese financial reporting (0.125 → 0.13, −0.125 → −0.13).
///
/// ```
/// use final_accounts::money::ROUNDING;
/// use rust_decimal::RoundingStrategy;
/// assert_eq!(ROUNDING, RoundingStrategy::MidpointAwayFromZero);
/// ```
pub const ROUNDING: RoundingStrategy = RoundingStrategy::MidpointAwayFromZero;

/// Rounds `value` to `decimals` places with [`ROUNDING`] (四舍五入). Never panics.
///
/// ```
/// use final_accounts::money::round_half_away;
/// use rust_decimal::Decimal;
/// // 2.73 / 8 = 34.125 % is printed 34.13 under 四舍五入.
/// assert_eq!(round_half_away(Decimal::new(34125, 3), 2), Decimal::new(3413, 2));
/// assert_eq!(round_half_away(Decimal::new(-34125, 3), 2), Decimal::new(-3413, 2));
/// ```
#[must_use]
pub fn round_half_away(value: Decimal, decimals: u32) -> Decimal {
    value.round_dp_with_strategy(decimals, ROUNDING)
}
