//! Edits: the linear identities the checks test, as data, and what localizing their failures
//! concludes.
//!
//! Every precision-aware sum or comparison a check makes between printed figures is also an
//! [`Edit`]: `Σ ± figure = 0` (or `≤ 0`) within an allowance, the derivation allowance the
//! check computed with [`check_sum`](crate::money::check_sum) or the comparison's own
//! interval arithmetic. The check records the edit whether it holds or not, so that the set of
//! edits is exactly what the checks test. The audit localizes failing edits to the fewest
//! printed figures whose change satisfies every edit ([`Localization`]).

use core::fmt;

use rust_decimal::Decimal;

use super::{Finding, Place, Rule, Template};
use crate::money::{Amount, PublishedAmount};

/// The identity of a printed figure within one audit: where the disclosure the audit borrows
/// holds it. Two edits that name the same printed cell name the same `FigureId`, whatever
/// place each check shows it at; a blank cell has none (it is not a figure that can be wrong
/// by a keystroke).
///
/// ```
/// use final_accounts::finding::FigureId;
/// use final_accounts::money::{MoneyUnit, PublishedAmount};
/// let a = PublishedAmount::parse("1.00", MoneyUnit::WanYuan)?;
/// let b = a;
/// assert_eq!(FigureId::of(&a), FigureId::of(&a));
/// assert_ne!(FigureId::of(&a), FigureId::of(&b));
/// # Ok::<(), final_accounts::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct FigureId(usize);

impl FigureId {
    /// The identity of the figure held at `figure`.
    #[must_use]
    pub fn of(figure: &PublishedAmount) -> FigureId {
        FigureId(core::ptr::from_ref(figure).addr())
    }
}

/// How the signed sum of an edit's terms must compare with zero.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Relation {
    /// `Σ = 0`: holds when the sum is zero or its magnitude is below the allowance.
    Equal,
    /// `Σ ≤ 0`: holds when the sum is at most zero or below the allowance.
    AtMost,
    /// `|Σ| ≤ allowance`: the closed bound of an aggregate stated twice, whose derivation
    /// tail may reach the bound.
    Within,
}

/// One printed figure in an edit, with its sign.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Term {
    /// The figure's identity; `None` for a blank or "——" cell, an exact zero that is fixed.
    pub figure: Option<FigureId>,
    /// Where the check shows the figure.
    pub place: Place,
    /// The figure as printed (an exact zero for a blank cell).
    pub amount: PublishedAmount,
    /// Whether the term is subtracted.
    pub negative: bool,
}

/// A linear identity a rule checks between printed figures.
///
/// ```
/// use final_accounts::finding::{Edit, Place, Relation, TableKind, Term};
/// use final_accounts::money::{MoneyUnit, PublishedAmount};
/// use rust_decimal::Decimal;
/// let p = |s| PublishedAmount::parse(s, MoneyUnit::WanYuan);
/// let term = |s, negative| -> Result<Term, final_accounts::Error> {
///     Ok(Term { figure: None, place: Place::table(TableKind::Income), amount: p(s)?, negative })
/// };
/// let edit = Edit {
///     rule: final_accounts::audit::rule("t02.hierarchy").unwrap(),
///     relation: Relation::Equal,
///     terms: vec![term("109.61", false)?, term("99.98", true)?, term("9.62", true)?],
///     allowance_yuan: Decimal::from(150),
///     holds: true,
///     finding: None,
/// };
/// // 109.61 − 99.98 − 9.62 = 0.01 万元 = 100 元, below the allowance of 150 元.
/// assert_eq!(edit.difference_yuan(), Some(Decimal::from(100)));
/// assert!(edit.satisfied_by(Decimal::from(100)));
/// # Ok::<(), final_accounts::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Edit {
    /// The rule that checks it.
    pub rule: &'static Rule,
    /// Equality or bound.
    pub relation: Relation,
    /// The signed figures.
    pub terms: Vec<Term>,
    /// The strict bound rounding allows on the signed sum, in 元 (zero: exact).
    pub allowance_yuan: Decimal,
    /// Whether the check found it to hold (a rounding tail holds).
    pub holds: bool,
    /// The index of the finding the check reported for it, among its check's findings.
    pub finding: Option<usize>,
}

impl Edit {
    /// The signed sum of the printed terms, in 元; `None` on overflow.
    #[must_use]
    pub fn difference_yuan(&self) -> Option<Decimal> {
        self.terms.iter().try_fold(Decimal::ZERO, |sum, term| {
            let yuan = term.amount.amount().yuan();
            if term.negative {
                sum.checked_sub(yuan)
            } else {
                sum.checked_add(yuan)
            }
        })
    }

    /// Whether a signed sum of `difference` (in 元) satisfies the edit within its allowance.
    #[must_use]
    pub fn satisfied_by(&self, difference: Decimal) -> bool {
        match self.relation {
            Relation::Equal => difference.is_zero() || difference.abs() < self.allowance_yuan,
            Relation::AtMost => difference <= Decimal::ZERO || difference < self.allowance_yuan,
            Relation::Within => difference.abs() <= self.allowance_yuan,
        }
    }
}

/// A change one keystroke from the printed text (Scholtus 2009): what the printed figure
/// would be a slip of.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "kebab-case"))]
pub enum Typo {
    /// Two adjacent digits swapped.
    Transposition,
    /// One digit wrong.
    WrongDigit,
    /// A digit left out.
    DroppedDigit,
    /// A digit typed twice.
    DoubledDigit,
    /// The decimal point one place off.
    ShiftedDecimal,
    /// The sign wrong.
    Sign,
}

impl Typo {
    /// The slip in words, in both languages.
    ///
    /// ```
    /// use final_accounts::finding::Typo;
    /// assert_eq!(Typo::Transposition.phrase().zh, "相邻两位数字颠倒");
    /// ```
    #[must_use]
    pub fn phrase(self) -> &'static Template {
        match self {
            Typo::Transposition => &Template {
                zh: "相邻两位数字颠倒",
                en: "two adjacent digits swapped",
            },
            Typo::WrongDigit => &Template {
                zh: "一位数字错误",
                en: "one digit wrong",
            },
            Typo::DroppedDigit => &Template {
                zh: "漏录一位数字",
                en: "a digit left out",
            },
            Typo::DoubledDigit => &Template {
                zh: "多录一位数字",
                en: "a digit typed twice",
            },
            Typo::ShiftedDecimal => &Template {
                zh: "小数点错位",
                en: "the decimal point shifted",
            },
            Typo::Sign => &Template {
                zh: "正负号错误",
                en: "the sign wrong",
            },
        }
    }
}

impl fmt::Display for Typo {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.phrase().en)
    }
}

/// A printed figure whose change would satisfy every edit it takes part in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Suspect {
    /// Which printed figure it is.
    pub figure: FigureId,
    /// Where it is printed.
    pub place: Place,
    /// What is printed.
    pub printed: PublishedAmount,
    /// The least value, at the printed precision, that satisfies every edit (`None`:
    /// unbounded below).
    pub implied_low: Option<Amount>,
    /// The greatest such value (`None`: unbounded above).
    pub implied_high: Option<Amount>,
    /// The slip that explains the printed figure, if one does: the implied value is then the
    /// value one keystroke away, and `implied_low` and `implied_high` are that value.
    pub typo: Option<Typo>,
}

impl Suspect {
    /// The value it would need as a figure: one value at its printed precision, or the range
    /// of them ("1.00 – 1.02", "≥ 1.00").
    #[must_use]
    pub fn implied_figure(&self) -> super::Figure {
        use super::Figure;
        let shown = |amount| Figure::money(amount, self.printed.unit(), self.printed.precision());
        if let Some(value) = self.implied() {
            return shown(value);
        }
        match (self.implied_low, self.implied_high) {
            (Some(lo), Some(hi)) => Figure::text(format!("{} – {}", shown(lo), shown(hi))),
            (Some(lo), None) => Figure::text(format!("≥ {}", shown(lo))),
            (None, Some(hi)) => Figure::text(format!("≤ {}", shown(hi))),
            (None, None) => Figure::text("?".to_owned()),
        }
    }

    /// The single value implied, when one is.
    #[must_use]
    pub fn implied(&self) -> Option<Amount> {
        match (self.implied_low, self.implied_high) {
            (Some(low), Some(high)) if low == high => Some(low),
            _ => None,
        }
    }
}

/// What localizing a connected set of failing edits concludes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Localization {
    /// One set of one or two figures explains every failure, and no other set as small does
    /// (after preferring sets explained by keystroke slips): each figure of it is wrong.
    Culprit(Vec<Suspect>),
    /// Several sets of one or two figures explain them equally well: one of these is wrong.
    Ambiguous {
        /// The sets (at most a few; see `total`).
        sets: Vec<Vec<Suspect>>,
        /// How many minimal sets there are in all.
        total: usize,
    },
    /// No set of one or two printed figures explains the failures.
    Unexplained,
}

impl Localization {
    /// The suspects named, every set in order.
    pub fn suspects(&self) -> impl Iterator<Item = &Suspect> {
        let (one, many): (&[Suspect], &[Vec<Suspect>]) = match self {
            Localization::Culprit(s) => (s.as_slice(), &[]),
            Localization::Ambiguous { sets, .. } => (&[], sets.as_slice()),
            Localization::Unexplained => (&[], &[]),
        };
        one.iter().chain(many.iter().flatten())
    }

    /// The name of the conclusion in the JSON report: `culprit`, `ambiguous` or `unexplained`.
    #[must_use]
    pub fn kind(&self) -> &'static str {
        match self {
            Localization::Culprit(_) => "culprit",
            Localization::Ambiguous { .. } => "ambiguous",
            Localization::Unexplained => "unexplained",
        }
    }
}

/// A finding's localization: the conclusion, the rules of the edits it explains and the
/// findings those edits reported, kept as evidence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Localized {
    /// The conclusion.
    pub localization: Localization,
    /// The rule of every failing edit explained, first occurrence first.
    pub rules: Vec<&'static Rule>,
    /// The findings of the failing edits (empty when the finding is the only one).
    pub evidence: Vec<Finding>,
}
