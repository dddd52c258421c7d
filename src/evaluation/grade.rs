//! Grades (等级) and grade schemes (bands of 总分).

use rust_decimal::Decimal;

use super::EvaluationError;
use crate::names::{UnknownName, closed_set};

/// A grade (等级) of a self-evaluation. Several schemes exist: 优/良/中/差 (the 2020 baseline)
/// and 优/良/合格/不合格 in some places; see [`GradeScheme`].
///
/// ```
/// use final_accounts::evaluation::Grade;
/// assert_eq!("优".parse::<Grade>()?, Grade::Excellent);
/// assert_eq!(Grade::Fail.to_string(), "不合格");
/// # Ok::<(), final_accounts::UnknownName>(())
/// ```
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    strum::Display,
    strum::EnumIter,
    strum::IntoStaticStr,
    strum::VariantNames,
)]
#[cfg_attr(
    feature = "serde",
    derive(serde::Serialize, serde::Deserialize),
    serde(try_from = "String", into = "&'static str")
)]
#[non_exhaustive]
pub enum Grade {
    /// 优.
    #[strum(serialize = "优")]
    Excellent,
    /// 良.
    #[strum(serialize = "良")]
    Good,
    /// 中.
    #[strum(serialize = "中")]
    Fair,
    /// 合格.
    #[strum(serialize = "合格")]
    Pass,
    /// 差.
    #[strum(serialize = "差")]
    Poor,
    /// 不合格.
    #[strum(serialize = "不合格")]
    Fail,
}

closed_set!(Grade, "等级 (grade)");

impl Grade {
    /// Parses the official name (as `FromStr` does).
    ///
    /// # Errors
    ///
    /// [`UnknownName`] for any other text.
    pub fn parse(text: &str) -> Result<Grade, UnknownName> {
        text.parse()
    }
}

/// Bands of 总分: each grade with its lower bound (included), from the best grade down; the
/// lowest bound is 0.
///
/// ```
/// use final_accounts::evaluation::{Grade, GradeScheme};
/// use rust_decimal::Decimal;
/// let scheme = GradeScheme::standard();
/// assert_eq!(scheme.grade_of(Decimal::new(9763, 2)), Grade::Excellent);
/// assert_eq!(scheme.grade_of(Decimal::from(90)), Grade::Excellent); // lower bound included
/// assert_eq!(scheme.grade_of(Decimal::new(8999, 2)), Grade::Good);
/// assert_eq!(scheme.grade_of(Decimal::from(80)), Grade::Good);
/// assert_eq!(scheme.grade_of(Decimal::from(59)), Grade::Poor);
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(
    feature = "serde",
    derive(serde::Serialize, serde::Deserialize),
    serde(try_from = "Vec<RawBand>", into = "Vec<RawBand>")
)]
pub struct GradeScheme {
    bands: Vec<(Grade, Decimal)>,
}

/// The serde shape of one band of a [`GradeScheme`]: `{"grade": "优", "from": "90"}`.
#[cfg(feature = "serde")]
#[derive(serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct RawBand {
    grade: Grade,
    #[serde(with = "rust_decimal::serde::str")]
    from: Decimal,
}

#[cfg(feature = "serde")]
impl TryFrom<Vec<RawBand>> for GradeScheme {
    type Error = EvaluationError;
    fn try_from(raw: Vec<RawBand>) -> Result<Self, Self::Error> {
        GradeScheme::new(raw.into_iter().map(|b| (b.grade, b.from)).collect())
    }
}

#[cfg(feature = "serde")]
impl From<GradeScheme> for Vec<RawBand> {
    fn from(scheme: GradeScheme) -> Self {
        scheme
            .bands
            .into_iter()
            .map(|(grade, from)| RawBand { grade, from })
            .collect()
    }
}

impl GradeScheme {
    /// A scheme from `(grade, lower bound)` pairs, best first.
    ///
    /// # Errors
    ///
    /// [`EvaluationError::InvalidGradeScheme`] when the list is empty, a bound is outside
    /// [0, 100], the bounds are not strictly descending, a grade repeats, or the last bound is
    /// not 0.
    pub fn new(bands: Vec<(Grade, Decimal)>) -> Result<GradeScheme, EvaluationError> {
        let invalid = |reason| EvaluationError::InvalidGradeScheme { reason };
        let last = bands.last().ok_or_else(|| invalid("it has no band"))?;
        if !last.1.is_zero() {
            return Err(invalid("the lowest band must start at 0"));
        }
        if bands
            .iter()
            .any(|(_, b)| b.is_sign_negative() && !b.is_zero() || *b > Decimal::ONE_HUNDRED)
        {
            return Err(invalid("a bound lies outside [0, 100]"));
        }
        if bands.windows(2).any(|w| match w {
            [(_, a), (_, b)] => a <= b,
            _ => false,
        }) {
            return Err(invalid("the bounds are not strictly descending"));
        }
        let mut grades: Vec<Grade> = bands.iter().map(|(g, _)| *g).collect();
        grades.sort();
        grades.dedup();
        if grades.len() != bands.len() {
            return Err(invalid("a grade appears twice"));
        }
        Ok(GradeScheme { bands })
    }

    /// 优 ≥ 90, 良 ≥ 80, 中 ≥ 60, else 差 (财预〔2020〕10号 practice, \[S\]).
    #[must_use]
    pub fn standard() -> GradeScheme {
        GradeScheme {
            bands: vec![
                (Grade::Excellent, Decimal::from(90)),
                (Grade::Good, Decimal::from(80)),
                (Grade::Fair, Decimal::from(60)),
                (Grade::Poor, Decimal::ZERO),
            ],
        }
    }

    /// 优 ≥ 90, 良 ≥ 80, 合格 ≥ 60, else 不合格: the naming seen in some provinces' published
    /// forms (bounds unconfirmed, \[U\]).
    #[must_use]
    pub fn pass_fail() -> GradeScheme {
        GradeScheme {
            bands: vec![
                (Grade::Excellent, Decimal::from(90)),
                (Grade::Good, Decimal::from(80)),
                (Grade::Pass, Decimal::from(60)),
                (Grade::Fail, Decimal::ZERO),
            ],
        }
    }

    /// The bands, best first.
    #[must_use]
    pub fn bands(&self) -> &[(Grade, Decimal)] {
        &self.bands
    }

    /// The grade of `total`: the first band whose lower bound `total` reaches (bounds
    /// included); below every bound (a negative total) the lowest grade.
    #[must_use]
    pub fn grade_of(&self, total: Decimal) -> Grade {
        self.bands
            .iter()
            .find(|(_, lower)| total >= *lower)
            .or(self.bands.last())
            .map_or(Grade::Poor, |(g, _)| *g)
    }

    /// The lower bound of `grade` and the bound of the next better grade (exclusive), when the
    /// grade is in this scheme.
    #[must_use]
    pub fn band_of(&self, grade: Grade) -> Option<(Decimal, Option<Decimal>)> {
        let pos = self.bands.iter().position(|(g, _)| *g == grade)?;
        let lower = self.bands.get(pos)?.1;
        let upper = pos
            .checked_sub(1)
            .and_then(|p| self.bands.get(p))
            .map(|(_, b)| *b);
        Some((lower, upper))
    }
}
