//! Target and actual values of indicators (年初指标值, 调整后指标值, 实际完成值).

use core::fmt;

use rust_decimal::Decimal;

use super::EvaluationError;

/// The comparison a quantitative target states.
///
/// `Display` writes the canonical sign; parsing accepts ASCII and full-width variants
/// (`>=`, `≥`, `＞=`, `≧`, `＝` …).
///
/// ```
/// use final_accounts::evaluation::Comparator;
/// assert_eq!(Comparator::AtLeast.to_string(), "≥");
/// assert_eq!(Comparator::parse_prefix(">=90%"), Some((Comparator::AtLeast, "90%")));
/// assert_eq!(Comparator::parse_prefix("＝2人"), Some((Comparator::Equal, "2人")));
/// assert!(Comparator::AtMost.is_reverse());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, strum::Display, strum::EnumIter)]
#[non_exhaustive]
pub enum Comparator {
    /// `=`: scored forward in practice (met when the actual value reaches the target).
    #[strum(serialize = "=")]
    Equal,
    /// `≥`: forward.
    #[strum(serialize = "≥")]
    AtLeast,
    /// `>`: forward.
    #[strum(serialize = ">")]
    Above,
    /// `≤`: reverse (lower is better).
    #[strum(serialize = "≤")]
    AtMost,
    /// `<`: reverse.
    #[strum(serialize = "<")]
    Below,
}

/// Every accepted spelling of a comparator, longest first so that `>=` wins over `>`.
const COMPARATOR_SPELLINGS: &[(&str, Comparator)] = &[
    ("＞＝", Comparator::AtLeast),
    ("＜＝", Comparator::AtMost),
    ("＞=", Comparator::AtLeast),
    ("＜=", Comparator::AtMost),
    (">＝", Comparator::AtLeast),
    ("<＝", Comparator::AtMost),
    (">=", Comparator::AtLeast),
    ("<=", Comparator::AtMost),
    ("≥", Comparator::AtLeast),
    ("≧", Comparator::AtLeast),
    ("⩾", Comparator::AtLeast),
    ("≤", Comparator::AtMost),
    ("≦", Comparator::AtMost),
    ("⩽", Comparator::AtMost),
    ("＝", Comparator::Equal),
    ("=", Comparator::Equal),
    ("＞", Comparator::Above),
    (">", Comparator::Above),
    ("＜", Comparator::Below),
    ("<", Comparator::Below),
];

impl Comparator {
    /// Splits a leading comparator (any accepted spelling) off `text`.
    #[must_use]
    pub fn parse_prefix(text: &str) -> Option<(Comparator, &str)> {
        COMPARATOR_SPELLINGS
            .iter()
            .find_map(|(spelling, c)| text.strip_prefix(spelling).map(|rest| (*c, rest)))
    }

    /// Whether lower actual values are better (`≤`, `<`): scored with the reverse formula.
    #[must_use]
    pub fn is_reverse(self) -> bool {
        matches!(self, Comparator::AtMost | Comparator::Below)
    }
}

/// The unit of a quantitative indicator value.
///
/// `Display` writes the canonical unit; `FromStr` also accepts `％` for `%` and `万` for `万元`.
///
/// ```
/// use final_accounts::evaluation::TargetUnit;
/// assert_eq!("万".parse::<TargetUnit>()?, TargetUnit::WanYuan);
/// assert_eq!("％".parse::<TargetUnit>()?.to_string(), "%");
/// # Ok::<(), final_accounts::UnknownName>(())
/// ```
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    strum::Display,
    strum::EnumIter,
    strum::IntoStaticStr,
    strum::VariantNames,
)]
#[non_exhaustive]
pub enum TargetUnit {
    /// 人 (persons).
    #[strum(serialize = "人")]
    Person,
    /// 名 (persons, as in 25名).
    #[strum(serialize = "名")]
    Named,
    /// 人次 (person-times).
    #[strum(serialize = "人次")]
    PersonTime,
    /// 次 (times).
    #[strum(serialize = "次")]
    Time,
    /// 个 (items).
    #[strum(serialize = "个")]
    Piece,
    /// % (percent).
    #[strum(serialize = "%")]
    Percent,
    /// 万元 (ten thousand 元); `万` alone is read as 万元.
    #[strum(serialize = "万元")]
    WanYuan,
    /// 元.
    #[strum(serialize = "元")]
    Yuan,
    /// 辆 (vehicles).
    #[strum(serialize = "辆")]
    Vehicle,
    /// 台 (machines).
    #[strum(serialize = "台")]
    Machine,
    /// 套 (sets).
    #[strum(serialize = "套")]
    Set,
    /// 项 (items, projects).
    #[strum(serialize = "项")]
    Item,
    /// 件 (cases, pieces).
    #[strum(serialize = "件")]
    Case,
    /// 天 (days).
    #[strum(serialize = "天")]
    Day,
    /// 日 (days, working days).
    #[strum(serialize = "日")]
    WorkingDay,
    /// 个月 (months as a duration).
    #[strum(serialize = "个月")]
    MonthCount,
    /// 月 (months).
    #[strum(serialize = "月")]
    Month,
    /// 年 (years).
    #[strum(serialize = "年")]
    Year,
    /// 小时 (hours).
    #[strum(serialize = "小时")]
    Hour,
    /// 户 (households).
    #[strum(serialize = "户")]
    Household,
    /// 家 (organisations).
    #[strum(serialize = "家")]
    Organisation,
    /// 场 (sessions, events).
    #[strum(serialize = "场")]
    Session,
    /// 期 (issues, rounds).
    #[strum(serialize = "期")]
    Round,
    /// 份 (copies).
    #[strum(serialize = "份")]
    Copy,
    /// 篇 (articles).
    #[strum(serialize = "篇")]
    Article,
    /// 批 (batches).
    #[strum(serialize = "批")]
    Batch,
    /// 所 (institutions).
    #[strum(serialize = "所")]
    Institution,
    /// 处 (sites).
    #[strum(serialize = "处")]
    Site,
    /// 座 (buildings, structures).
    #[strum(serialize = "座")]
    Structure,
    /// 平方米 (square metres).
    #[strum(serialize = "平方米")]
    SquareMetre,
    /// 公里 (kilometres).
    #[strum(serialize = "公里")]
    Kilometre,
    /// 亩 (mu).
    #[strum(serialize = "亩")]
    Mu,
}

crate::names::closed_set!(
    TargetUnit,
    "指标值单位 (unit of a target value)",
    [("％", TargetUnit::Percent), ("万", TargetUnit::WanYuan)]
);

impl TargetUnit {
    /// How many 元 one of this unit is, for the money units; `None` otherwise.
    #[must_use]
    pub fn yuan_per_unit(self) -> Option<Decimal> {
        match self {
            TargetUnit::Yuan => Some(Decimal::ONE),
            TargetUnit::WanYuan => Some(Decimal::from(10_000)),
            _ => None,
        }
    }
}

/// A quantitative value: an optional comparator, a number and an optional unit (`≥90%`,
/// `=2人`, `10.5万`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Quantity {
    comparator: Option<Comparator>,
    value: Decimal,
    unit: Option<TargetUnit>,
}

impl Quantity {
    /// A quantity. A negative value is representable (a form may print `≥-5%`); whether it
    /// makes sense for its indicator is the audit's business (`eval.negative`,
    /// `eval.target-comparator`).
    ///
    /// ```
    /// use final_accounts::evaluation::{Comparator, Quantity, TargetUnit};
    /// use rust_decimal::Decimal;
    /// let q = Quantity::new(Some(Comparator::AtLeast), Decimal::new(-5, 0), Some(TargetUnit::Percent))?;
    /// assert_eq!(q.to_string(), "≥-5%");
    /// # Ok::<(), final_accounts::evaluation::EvaluationError>(())
    /// ```
    ///
    /// # Errors
    ///
    /// None today; the `Result` is kept for validation a future unit may need.
    pub fn new(
        comparator: Option<Comparator>,
        value: Decimal,
        unit: Option<TargetUnit>,
    ) -> Result<Quantity, EvaluationError> {
        Ok(Quantity {
            comparator,
            value,
            unit,
        })
    }

    /// Whether the number is below zero.
    #[must_use]
    pub fn is_negative(&self) -> bool {
        self.value.is_sign_negative() && !self.value.is_zero()
    }

    /// The comparator, when one was printed.
    #[must_use]
    pub fn comparator(&self) -> Option<Comparator> {
        self.comparator
    }

    /// The number, with the decimals it was written with.
    #[must_use]
    pub fn value(&self) -> Decimal {
        self.value
    }

    /// The unit, when one was printed.
    #[must_use]
    pub fn unit(&self) -> Option<TargetUnit> {
        self.unit
    }

    /// The two values in a common unit, when their units are comparable: the same unit
    /// (or both none), or 元 against 万元 (both converted to 元).
    #[must_use]
    pub fn comparable_values(&self, other: &Quantity) -> Option<(Decimal, Decimal)> {
        if self.unit == other.unit {
            return Some((self.value, other.value));
        }
        let a = self.value.checked_mul(self.unit?.yuan_per_unit()?)?;
        let b = other.value.checked_mul(other.unit?.yuan_per_unit()?)?;
        Some((a, b))
    }
}

impl fmt::Display for Quantity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(c) = self.comparator {
            write!(f, "{c}")?;
        }
        write!(f, "{}", self.value)?;
        if let Some(u) = self.unit {
            write!(f, "{u}")?;
        }
        Ok(())
    }
}

/// How far a qualitative indicator was attained, read from its actual value.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, strum::Display, strum::EnumIter, strum::IntoStaticStr,
)]
#[non_exhaustive]
pub enum Attainment {
    /// 达成年度指标 (also 达成预期指标, 已完成, or the target word itself).
    #[strum(serialize = "达成年度指标")]
    Achieved,
    /// 部分达成年度指标并具有一定效果.
    #[strum(serialize = "部分达成年度指标并具有一定效果")]
    Partial,
    /// 未达成年度指标且效果较差.
    #[strum(serialize = "未达成年度指标且效果较差")]
    NotAchieved,
}

/// Words read as [`Attainment::Achieved`] when printed as an actual value.
const ACHIEVED_WORDS: &[&str] = &[
    "达成预期指标",
    "达成年度指标",
    "达成预期目标",
    "达成年度目标",
    "达成",
    "已达成",
    "达到预期",
    "达标",
    "完成",
    "已完成",
];

/// What a target or actual value says.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TargetKind {
    /// A number with an optional comparator and unit.
    Quantity(Quantity),
    /// A word or phrase (及时, 促进, 保障, 达成预期指标 …).
    Qualitative(String),
}

/// A target or actual value of an indicator, as printed, with what it says.
///
/// Parsing accepts the ways forms write values: `=2人`, `≥90%`, `≤5万元`, `>`/`<`, no
/// comparator (`10.5万`), ASCII and full-width variants (`>=`, `＞=`, `≧`, `％`, `＝`,
/// full-width digits) and qualitative words. `Display` writes the canonical form (`≥90%`,
/// `10.5万元`); [`TargetValue::printed`] keeps the text as printed, and serde writes the printed
/// text back, so a fixture round-trips faithfully. Parsing the canonical form gives it back.
///
/// ```
/// use final_accounts::evaluation::{Comparator, TargetKind, TargetUnit, TargetValue};
/// let t: TargetValue = "＞=90％".parse()?;
/// assert_eq!(t.to_string(), "≥90%");
/// assert_eq!(t.printed(), "＞=90％");
/// let TargetKind::Quantity(q) = t.kind() else { unreachable!() };
/// assert_eq!(q.comparator(), Some(Comparator::AtLeast));
/// assert_eq!(q.unit(), Some(TargetUnit::Percent));
///
/// assert_eq!("10.5万".parse::<TargetValue>()?.to_string(), "10.5万元");
/// assert!(matches!("及时".parse::<TargetValue>()?.kind(), TargetKind::Qualitative(w) if w == "及时"));
/// # Ok::<(), final_accounts::evaluation::EvaluationError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(
    feature = "serde",
    derive(serde::Serialize, serde::Deserialize),
    serde(try_from = "String", into = "String")
)]
pub struct TargetValue {
    kind: TargetKind,
    printed: String,
}

impl TargetValue {
    /// The longest text accepted, in characters.
    pub const MAX_CHARS: usize = 64;

    /// Parses a printed value.
    ///
    /// # Errors
    ///
    /// [`EvaluationError::Target`], quoting the text, when it is empty, too long, has a
    /// comparator without a number, a malformed number (a leading zero, as in `=010%`,
    /// included: no form prints one, and whether `10` or `0.10` was meant cannot be told), an
    /// unknown unit, or mixes words and numbers.
    ///
    /// ```
    /// use final_accounts::evaluation::TargetValue;
    /// let err = TargetValue::parse("=010%").unwrap_err();
    /// assert!(err.to_string().contains("leading zero"), "{err}");
    /// assert!(TargetValue::parse("=0.5%").is_ok());
    /// ```
    pub fn parse(text: &str) -> Result<TargetValue, EvaluationError> {
        let kind = parse_kind(text)?;
        Ok(TargetValue {
            kind,
            printed: text.trim().to_owned(),
        })
    }

    /// What the value says.
    #[must_use]
    pub fn kind(&self) -> &TargetKind {
        &self.kind
    }

    /// The quantity, when the value is quantitative.
    #[must_use]
    pub fn quantity(&self) -> Option<&Quantity> {
        match &self.kind {
            TargetKind::Quantity(q) => Some(q),
            TargetKind::Qualitative(_) => None,
        }
    }

    /// The text as printed (trimmed).
    #[must_use]
    pub fn printed(&self) -> &str {
        &self.printed
    }

    /// How far this *actual* value attains `target` when the value is qualitative: the target
    /// word itself or an "achieved" phrase (达成预期指标 …) is achieved, a phrase starting with
    /// 部分 or 基本 is partial, one starting with 未 is not achieved. `None` when nothing can be
    /// read (a number, or an unrelated word).
    ///
    /// ```
    /// use final_accounts::evaluation::{Attainment, TargetValue};
    /// let target: TargetValue = "及时".parse()?;
    /// let actual: TargetValue = "达成预期指标".parse()?;
    /// assert_eq!(actual.attainment_of(&target), Some(Attainment::Achieved));
    /// let partial: TargetValue = "部分达成".parse()?;
    /// assert_eq!(partial.attainment_of(&target), Some(Attainment::Partial));
    /// # Ok::<(), final_accounts::evaluation::EvaluationError>(())
    /// ```
    #[must_use]
    pub fn attainment_of(&self, target: &TargetValue) -> Option<Attainment> {
        let TargetKind::Qualitative(word) = &self.kind else {
            return None;
        };
        if let TargetKind::Qualitative(t) = &target.kind
            && t == word
        {
            return Some(Attainment::Achieved);
        }
        if word.starts_with('未') {
            Some(Attainment::NotAchieved)
        } else if word.starts_with("部分") || word.starts_with("基本") {
            Some(Attainment::Partial)
        } else if ACHIEVED_WORDS.contains(&word.as_str()) {
            Some(Attainment::Achieved)
        } else {
            None
        }
    }
}

impl fmt::Display for TargetValue {
    /// The canonical form.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.kind {
            TargetKind::Quantity(q) => write!(f, "{q}"),
            TargetKind::Qualitative(w) => f.write_str(w),
        }
    }
}

crate::names::parsed_from_text!(TargetValue, EvaluationError, TargetValue::parse);

impl From<TargetValue> for String {
    fn from(t: TargetValue) -> String {
        t.printed
    }
}

/// Maps a full-width digit or point to its ASCII form.
fn ascii_digit(c: char) -> Option<char> {
    match c {
        '0'..='9' | '.' => Some(c),
        '０'..='９' => char::from_u32(u32::from(c).checked_sub(0xFF10)?.checked_add(0x30)?),
        '．' => Some('.'),
        _ => None,
    }
}

fn is_digit_like(c: char) -> bool {
    c.is_ascii_digit() || ('０'..='９').contains(&c)
}

/// Characters that only make sense in a quantitative value.
fn is_operator_like(c: char) -> bool {
    matches!(
        c,
        '=' | '＝' | '>' | '<' | '＞' | '＜' | '≥' | '≤' | '≧' | '≦' | '⩾' | '⩽' | '%' | '％'
    )
}

fn parse_kind(text: &str) -> Result<TargetKind, EvaluationError> {
    let err = |reason| EvaluationError::Target {
        text: text.to_owned(),
        reason,
    };
    let trimmed = text.trim();
    if trimmed.is_empty() {
        return Err(err("it is empty"));
    }
    if trimmed.chars().count() > TargetValue::MAX_CHARS {
        return Err(err("it is longer than 64 characters"));
    }
    if trimmed.chars().any(char::is_control) {
        return Err(err("it contains a control character"));
    }
    let (comparator, rest) = match Comparator::parse_prefix(trimmed) {
        Some((c, rest)) => (Some(c), rest.trim_start()),
        None => (None, trimmed),
    };
    // A minus sign (ASCII, full-width or the minus sign) before the number: printable, so
    // representable; the audit says whether the indicator can be negative.
    let (negative, rest) = match rest.strip_prefix(['-', '－', '−']) {
        Some(after) if after.chars().next().is_some_and(is_digit_like) => (true, after),
        _ => (false, rest),
    };
    let starts_with_digit = rest.chars().next().is_some_and(is_digit_like);
    if comparator.is_some() && !starts_with_digit {
        return Err(err("a comparator must be followed by a number"));
    }
    if !starts_with_digit {
        if trimmed
            .chars()
            .any(|c| is_digit_like(c) || is_operator_like(c))
        {
            return Err(err("it mixes words with numbers or signs"));
        }
        return Ok(TargetKind::Qualitative(trimmed.to_owned()));
    }
    let mut number = String::new();
    let mut unit_start = rest.len();
    for (i, c) in rest.char_indices() {
        if let Some(a) = ascii_digit(c) {
            number.push(a);
        } else if c == ',' {
            // thousands separator: dropped, checked below
        } else {
            unit_start = i;
            break;
        }
    }
    let number_text = rest.get(..unit_start).unwrap_or_default();
    if number_text.contains(',') && !valid_thousands(number_text) {
        return Err(err("its thousands separators are misplaced"));
    }
    if number.ends_with('.') || number.matches('.').count() > 1 {
        return Err(err("its number is malformed"));
    }
    let int_part = number.split('.').next().unwrap_or_default();
    if int_part.len() > 1 && int_part.starts_with('0') {
        return Err(err(
            "its number has a leading zero (such as =010%); write it as printed, without \
             leading zeros",
        ));
    }
    if number.len() > 24 {
        return Err(err("its number has more than 24 digits"));
    }
    let magnitude: Decimal = number.parse().map_err(|_| err("its number is malformed"))?;
    let value = if negative {
        Decimal::ZERO.checked_sub(magnitude).unwrap_or(magnitude)
    } else {
        magnitude
    };
    let unit_text = rest.get(unit_start..).unwrap_or_default().trim();
    let unit = if unit_text.is_empty() {
        None
    } else {
        Some(
            unit_text
                .parse::<TargetUnit>()
                .map_err(|_| err("its unit is not a known unit"))?,
        )
    };
    Quantity::new(comparator, value, unit).map(TargetKind::Quantity)
}

/// Whether `1,000` style separators are in groups of three after a 1–3 digit head.
fn valid_thousands(number: &str) -> bool {
    let (int, frac) = number.split_once(['.', '．']).unwrap_or((number, ""));
    if frac.contains(',') {
        return false;
    }
    let mut groups = int.split(',');
    let head_ok = groups
        .next()
        .is_some_and(|h| (1..=3).contains(&h.chars().count()));
    head_ok && groups.all(|g| g.chars().count() == 3)
}
