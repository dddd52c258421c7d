use core::fmt;

use rust_decimal::Decimal;

/// An interval of decimals whose ends may each be closed or open: the set of true values a
/// rounded figure may stand for.
///
/// Rounding half away from zero (四舍五入) makes that set **half-open** (DOMAIN.md §2): a figure
/// `x ≥ 0` printed with `d` decimals stands for `[x − ½·10⁻ᵈ, x + ½·10⁻ᵈ)`, a negative one for
/// `(x − ½·10⁻ᵈ, x + ½·10⁻ᵈ]`, and a printed zero for `(−½·10⁻ᵈ, ½·10⁻ᵈ)`
/// ([`Interval::rounded`]). An exact figure is the closed, degenerate interval `[x, x]`.
/// Arithmetic on intervals gives every value the result may take, with the openness of its
/// ends, so that a relation between printed figures holds *iff* the intervals meet: two
/// intervals that only touch at an open end do not. All operations are checked: they return
/// `None` on overflow or, for division, when the divisor interval contains zero (the quotient is
/// then unbounded).
///
/// ```
/// use final_accounts::money::Interval;
/// use rust_decimal::Decimal;
///
/// // 2.73 (printed to 2 decimals) divided by 8 (exact), in percent.
/// let a = Interval::rounded(Decimal::new(273, 2), 2).unwrap();
/// assert_eq!(a.to_string(), "[2.725, 2.735)");
/// let q = a.checked_div(&Interval::exact(Decimal::from(8))).unwrap()
///     .checked_scale(Decimal::from(100)).unwrap();
/// assert!(q.contains(Decimal::new(3412, 2)));
/// assert!(q.contains(Decimal::new(3413, 2)));
/// // 1.00 and 1.01 cannot stand for the same amount: their intervals only touch.
/// let b = Interval::rounded(Decimal::new(101, 2), 2).unwrap();
/// let c = Interval::rounded(Decimal::new(100, 2), 2).unwrap();
/// assert!(!b.meets(&c));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Interval {
    lo: Decimal,
    hi: Decimal,
    lo_open: bool,
    hi_open: bool,
}

/// An end of an interval: its value and whether it is excluded.
#[derive(Clone, Copy)]
struct End {
    value: Decimal,
    open: bool,
}

impl Interval {
    /// The closed interval `[lo, hi]`, or `None` when `lo > hi`.
    #[must_use]
    pub fn new(lo: Decimal, hi: Decimal) -> Option<Interval> {
        Interval::with_ends(lo, false, hi, false)
    }

    /// The interval from `lo` to `hi`, each end excluded when its flag says so; `None` when it
    /// is empty (`lo > hi`, or `lo = hi` with an open end).
    #[must_use]
    pub fn with_ends(lo: Decimal, lo_open: bool, hi: Decimal, hi_open: bool) -> Option<Interval> {
        let non_empty = lo < hi || (lo == hi && !lo_open && !hi_open);
        non_empty.then_some(Interval {
            lo,
            hi,
            lo_open,
            hi_open,
        })
    }

    /// The degenerate interval `[value, value]`.
    #[must_use]
    pub fn exact(value: Decimal) -> Interval {
        Interval {
            lo: value,
            hi: value,
            lo_open: false,
            hi_open: false,
        }
    }

    /// The closed interval `[center − half_width, center + half_width]`; `None` on overflow or a
    /// negative width.
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

    /// The values that round half away from zero to `printed`, a figure with `half_width` half
    /// units of its last place: `[x − h, x + h)` for `x > 0`, `(x − h, x + h]` for `x < 0`,
    /// `(−h, h)` for zero; `[x, x]` when `half_width` is zero (an exact figure). `None` on
    /// overflow or a negative width.
    ///
    /// ```
    /// use final_accounts::money::Interval;
    /// use rust_decimal::Decimal;
    /// let h = Decimal::new(5, 3);
    /// assert_eq!(Interval::rounding(Decimal::new(-101, 2), h).unwrap().to_string(), "(-1.015, -1.005]");
    /// assert_eq!(Interval::rounding(Decimal::ZERO, h).unwrap().to_string(), "(-0.005, 0.005)");
    /// ```
    #[must_use]
    pub fn rounding(printed: Decimal, half_width: Decimal) -> Option<Interval> {
        if half_width.is_zero() {
            return Some(Interval::exact(printed));
        }
        let closed = Interval::around(printed, half_width)?;
        let (lo_open, hi_open) = if printed.is_zero() {
            (true, true)
        } else if printed.is_sign_negative() {
            (true, false)
        } else {
            (false, true)
        };
        Interval::with_ends(closed.lo, lo_open, closed.hi, hi_open)
    }

    /// The values that round half away from zero to `printed` at `decimals` decimals (see
    /// [`Interval::rounding`]).
    #[must_use]
    pub fn rounded(printed: Decimal, decimals: u32) -> Option<Interval> {
        Interval::rounding(printed, Decimal::new(5, decimals.min(27).saturating_add(1)))
    }

    /// The lower bound (its value, excluded or not: see [`Interval::lo_open`]).
    #[must_use]
    pub fn lo(&self) -> Decimal {
        self.lo
    }

    /// The upper bound (its value, excluded or not: see [`Interval::hi_open`]).
    #[must_use]
    pub fn hi(&self) -> Decimal {
        self.hi
    }

    /// Whether the lower bound is excluded.
    #[must_use]
    pub fn lo_open(&self) -> bool {
        self.lo_open
    }

    /// Whether the upper bound is excluded.
    #[must_use]
    pub fn hi_open(&self) -> bool {
        self.hi_open
    }

    /// Whether `value` lies in the interval (an open end excluded).
    #[must_use]
    pub fn contains(&self, value: Decimal) -> bool {
        let above = self.lo < value || (self.lo == value && !self.lo_open);
        let below = value < self.hi || (value == self.hi && !self.hi_open);
        above && below
    }

    /// The same interval with both ends included: what a comparison admits when it allows
    /// the boundary (a derivation tail of an aggregate).
    ///
    /// ```
    /// use final_accounts::money::Interval;
    /// use rust_decimal::Decimal;
    /// let before = Interval::with_ends(Decimal::ZERO, false, Decimal::ONE, true).unwrap();
    /// assert!(!before.meets(&Interval::with_ends(Decimal::ONE, true, Decimal::TWO, false).unwrap()));
    /// assert!(before.closure().meets(&Interval::with_ends(Decimal::ONE, true, Decimal::TWO, false).unwrap().closure()));
    /// ```
    #[must_use]
    pub fn closure(&self) -> Interval {
        Interval {
            lo: self.lo,
            hi: self.hi,
            lo_open: false,
            hi_open: false,
        }
    }

    /// Whether the two intervals share at least one value (touching at an open end is not
    /// sharing).
    #[must_use]
    pub fn meets(&self, other: &Interval) -> bool {
        let before = |lo: Decimal, lo_open: bool, hi: Decimal, hi_open: bool| {
            lo < hi || (lo == hi && !lo_open && !hi_open)
        };
        before(self.lo, self.lo_open, other.hi, other.hi_open)
            && before(other.lo, other.lo_open, self.hi, self.hi_open)
    }

    /// Whether zero lies in the interval.
    #[must_use]
    pub fn contains_zero(&self) -> bool {
        self.contains(Decimal::ZERO)
    }

    /// `self + other`.
    #[must_use]
    pub fn checked_add(&self, other: &Interval) -> Option<Interval> {
        Interval::with_ends(
            self.lo.checked_add(other.lo)?,
            self.lo_open || other.lo_open,
            self.hi.checked_add(other.hi)?,
            self.hi_open || other.hi_open,
        )
    }

    /// `self − other`.
    #[must_use]
    pub fn checked_sub(&self, other: &Interval) -> Option<Interval> {
        Interval::with_ends(
            self.lo.checked_sub(other.hi)?,
            self.lo_open || other.hi_open,
            self.hi.checked_sub(other.lo)?,
            self.hi_open || other.lo_open,
        )
    }

    /// `self × factor` for an exact factor.
    #[must_use]
    pub fn checked_scale(&self, factor: Decimal) -> Option<Interval> {
        self.checked_mul(&Interval::exact(factor))
    }

    fn ends(&self) -> [End; 2] {
        [
            End {
                value: self.lo,
                open: self.lo_open,
            },
            End {
                value: self.hi,
                open: self.hi_open,
            },
        ]
    }

    /// `self × other`.
    #[must_use]
    pub fn checked_mul(&self, other: &Interval) -> Option<Interval> {
        let mut corners = [End {
            value: Decimal::ZERO,
            open: false,
        }; 4];
        for (slot, (a, b)) in corners.iter_mut().zip(
            self.ends()
                .into_iter()
                .flat_map(|a| other.ends().into_iter().map(move |b| (a, b))),
        ) {
            // A product with an attained zero is attained (0 × anything).
            let zero = (a.value.is_zero() && !a.open) || (b.value.is_zero() && !b.open);
            *slot = End {
                value: a.value.checked_mul(b.value)?,
                open: !zero && (a.open || b.open),
            };
        }
        Self::hull(corners)
    }

    /// `self ÷ other`; `None` when `other` contains zero or on overflow.
    #[must_use]
    pub fn checked_div(&self, other: &Interval) -> Option<Interval> {
        let zero_inside =
            other.contains_zero() || (other.lo <= Decimal::ZERO && Decimal::ZERO <= other.hi);
        if zero_inside {
            return None;
        }
        let mut corners = [End {
            value: Decimal::ZERO,
            open: false,
        }; 4];
        for (slot, (a, b)) in corners.iter_mut().zip(
            self.ends()
                .into_iter()
                .flat_map(|a| other.ends().into_iter().map(move |b| (a, b))),
        ) {
            let zero = a.value.is_zero() && !a.open;
            *slot = End {
                value: a.value.checked_div(b.value)?,
                open: !zero && (a.open || b.open),
            };
        }
        Self::hull(corners)
    }

    /// The smallest interval holding the corners; an extreme value is attained when any corner
    /// of that value is.
    fn hull(corners: [End; 4]) -> Option<Interval> {
        let lo = corners.into_iter().reduce(|lo, c| {
            if c.value < lo.value || (c.value == lo.value && !c.open) {
                c
            } else {
                lo
            }
        })?;
        let hi = corners.into_iter().reduce(|hi, c| {
            if c.value > hi.value || (c.value == hi.value && !c.open) {
                c
            } else {
                hi
            }
        })?;
        Interval::with_ends(lo.value, lo.open, hi.value, hi.open)
    }
}

impl fmt::Display for Interval {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}{}, {}{}",
            if self.lo_open { '(' } else { '[' },
            self.lo.normalize(),
            self.hi.normalize(),
            if self.hi_open { ')' } else { ']' }
        )
    }
}
