use core::fmt;

use rust_decimal::Decimal;

/// A closed interval `[lo, hi]` of decimals: the set of true values a rounded figure may stand for.
///
/// A figure printed as `x` with `d` decimals stands for `[x − ½·10⁻ᵈ, x + ½·10⁻ᵈ]`; an exact
/// figure is the degenerate interval `[x, x]`. Arithmetic on intervals gives every value the
/// result may take, so that a relation between printed figures holds *iff* the intervals meet.
/// All operations are checked: they return `None` on overflow or, for division, when the
/// divisor interval contains zero (the quotient is then unbounded).
///
/// ```
/// use final_accounts::money::Interval;
/// use rust_decimal::Decimal;
///
/// // 2.73 ± 0.005 divided by 8 (exact), in percent.
/// let a = Interval::around(Decimal::new(273, 2), Decimal::new(5, 3)).unwrap();
/// let q = a.checked_div(&Interval::exact(Decimal::from(8))).unwrap()
///     .checked_scale(Decimal::from(100)).unwrap();
/// assert!(q.contains(Decimal::new(3412, 2)));
/// assert!(q.contains(Decimal::new(3413, 2)));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Interval {
    lo: Decimal,
    hi: Decimal,
}

impl Interval {
    /// The interval `[lo, hi]`, or `None` when `lo > hi`.
    #[must_use]
    pub fn new(lo: Decimal, hi: Decimal) -> Option<Interval> {
        (lo <= hi).then_some(Interval { lo, hi })
    }

    /// The degenerate interval `[value, value]`.
    #[must_use]
    pub fn exact(value: Decimal) -> Interval {
        Interval {
            lo: value,
            hi: value,
        }
    }

    /// `[center − half_width, center + half_width]`; `None` on overflow or a negative width.
    #[must_use]
    pub fn around(center: Decimal, half_width: Decimal) -> Option<Interval> {
        if half_width.is_sign_negative() && !half_width.is_zero() {
            return None;
        }
        Interval::new(
            center.checked_sub(half_width)?,
            center.checked_add(half_width)?,
        )
    }

    /// The lower bound.
    #[must_use]
    pub fn lo(&self) -> Decimal {
        self.lo
    }

    /// The upper bound.
    #[must_use]
    pub fn hi(&self) -> Decimal {
        self.hi
    }

    /// Whether `value` lies in the interval (bounds included).
    #[must_use]
    pub fn contains(&self, value: Decimal) -> bool {
        self.lo <= value && value <= self.hi
    }

    /// Whether the two intervals share at least one value.
    #[must_use]
    pub fn meets(&self, other: &Interval) -> bool {
        self.lo <= other.hi && other.lo <= self.hi
    }

    /// Whether zero lies in the interval.
    #[must_use]
    pub fn contains_zero(&self) -> bool {
        self.contains(Decimal::ZERO)
    }

    /// `self + other`.
    #[must_use]
    pub fn checked_add(&self, other: &Interval) -> Option<Interval> {
        Interval::new(
            self.lo.checked_add(other.lo)?,
            self.hi.checked_add(other.hi)?,
        )
    }

    /// `self − other`.
    #[must_use]
    pub fn checked_sub(&self, other: &Interval) -> Option<Interval> {
        Interval::new(
            self.lo.checked_sub(other.hi)?,
            self.hi.checked_sub(other.lo)?,
        )
    }

    /// `self × factor` for an exact factor.
    #[must_use]
    pub fn checked_scale(&self, factor: Decimal) -> Option<Interval> {
        let a = self.lo.checked_mul(factor)?;
        let b = self.hi.checked_mul(factor)?;
        Interval::new(a.min(b), a.max(b))
    }

    /// `self × other`.
    #[must_use]
    pub fn checked_mul(&self, other: &Interval) -> Option<Interval> {
        let corners = [
            self.lo.checked_mul(other.lo)?,
            self.lo.checked_mul(other.hi)?,
            self.hi.checked_mul(other.lo)?,
            self.hi.checked_mul(other.hi)?,
        ];
        Self::hull(corners)
    }

    /// `self ÷ other`; `None` when `other` contains zero or on overflow.
    #[must_use]
    pub fn checked_div(&self, other: &Interval) -> Option<Interval> {
        if other.contains_zero() {
            return None;
        }
        let corners = [
            self.lo.checked_div(other.lo)?,
            self.lo.checked_div(other.hi)?,
            self.hi.checked_div(other.lo)?,
            self.hi.checked_div(other.hi)?,
        ];
        Self::hull(corners)
    }

    fn hull(corners: [Decimal; 4]) -> Option<Interval> {
        let lo = corners.iter().copied().reduce(Decimal::min)?;
        let hi = corners.iter().copied().reduce(Decimal::max)?;
        Interval::new(lo, hi)
    }
}

impl fmt::Display for Interval {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "[{}, {}]", self.lo.normalize(), self.hi.normalize())
    }
}
