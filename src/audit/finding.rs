use core::fmt;

use rust_decimal::Decimal;

use crate::money::{SumCheck, Verdict};

/// How serious a finding is.
///
/// Ordered: `Info < Warning < Error`.
///
/// ```
/// use final_accounts::audit::Severity;
/// assert!(Severity::Error > Severity::Warning);
/// assert_eq!(Severity::Warning.to_string(), "warning");
/// assert_eq!(Severity::Error.name_zh(), "错误");
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
    strum::EnumString,
    strum::EnumIter,
    strum::IntoStaticStr,
)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[strum(serialize_all = "snake_case")]
pub enum Severity {
    /// Worth knowing, not wrong: a rounding tail within precision, a template variant.
    Info,
    /// Probably wrong or incomplete, but there are legitimate reasons (三公 paid from 项目支出,
    /// a self-evaluation judgment).
    Warning,
    /// Cannot be right: the published figures contradict each other or the rules.
    Error,
}

impl Severity {
    /// The Chinese name: 提示, 警告, 错误.
    #[must_use]
    pub fn name_zh(self) -> &'static str {
        match self {
            Severity::Info => "提示",
            Severity::Warning => "警告",
            Severity::Error => "错误",
        }
    }
}

/// A place in a disclosure: a table (by its printed label or title), a row (a classification
/// code, a 行次 or a fixed item's name) and a column (a name or 栏次). Every part is optional:
/// a finding about a whole table names no row.
///
/// ```
/// use final_accounts::audit::Location;
/// let loc = Location::table("公开02表").row("22102").column("本年收入合计");
/// assert_eq!(loc.to_string(), "公开02表 row 22102 column 本年收入合计");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
pub struct Location {
    /// The table's printed label (公开01表) or, without one, its title; or a part of the
    /// document such as 说明 or a form's project name.
    pub table: Option<String>,
    /// The row: a classification code, a 行次, or a fixed item's printed name.
    pub row: Option<String>,
    /// The column: its printed name or 栏次.
    pub column: Option<String>,
}

impl Location {
    /// A location naming a table (or another part of the document).
    #[must_use]
    pub fn table(table: impl Into<String>) -> Location {
        Location {
            table: Some(table.into()),
            row: None,
            column: None,
        }
    }

    /// The same location narrowed to a row.
    #[must_use]
    pub fn row(mut self, row: impl Into<String>) -> Location {
        self.row = Some(row.into());
        self
    }

    /// The same location narrowed to a column.
    #[must_use]
    pub fn column(mut self, column: impl Into<String>) -> Location {
        self.column = Some(column.into());
        self
    }
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut sep = "";
        if let Some(table) = &self.table {
            write!(f, "{table}")?;
            sep = " ";
        }
        if let Some(row) = &self.row {
            write!(f, "{sep}row {row}")?;
            sep = " ";
        }
        if let Some(column) = &self.column {
            write!(f, "{sep}column {column}")?;
        }
        Ok(())
    }
}

/// One thing the audit found: which rule, how serious, where, the numbers, and why.
///
/// `expected` and `actual` are the figures as a finance officer would write them (amounts in
/// the table's unit, rates with `%`); `allowance` says how large a difference rounding could
/// explain and why, when the rule is precision-aware.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
pub struct Finding {
    /// The stable id of the rule (see [`rules`](super::rules)).
    pub rule: String,
    /// How serious it is.
    pub severity: Severity,
    /// The places involved, most specific first.
    pub locations: Vec<Location>,
    /// What the rule expects there.
    pub expected: Option<String>,
    /// What is printed there.
    pub actual: Option<String>,
    /// The largest difference rounding can explain, with its reasoning.
    pub allowance: Option<String>,
    /// The message in Chinese.
    pub message_zh: String,
    /// The message in English.
    pub message_en: String,
}

impl fmt::Display for Finding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} [{}]", self.severity, self.rule)?;
        if let Some(loc) = self.locations.first() {
            write!(f, " {loc}")?;
        }
        write!(f, ": {}", self.message_en)?;
        if let (Some(expected), Some(actual)) = (&self.expected, &self.actual) {
            write!(f, " (expected {expected}, printed {actual})")?;
        }
        Ok(())
    }
}

/// Turns a precision-aware sum check into a finding: `None` when exact, an `info` when the
/// difference is a rounding tail, `severity` (normally [`Severity::Error`]) when it exceeds
/// what rounding explains. Amounts are written in 万元 with two decimals.
///
/// `what_zh` / `what_en` describe the relation, e.g. "本年收入合计 = 各项收入之和" /
/// "本年收入合计 equals the sum of the income rows".
#[must_use]
pub fn sum_finding(
    rule: &str,
    severity: Severity,
    check: &SumCheck,
    locations: Vec<Location>,
    what_zh: &str,
    what_en: &str,
) -> Option<Finding> {
    let severity = match check.verdict {
        Verdict::Exact => return None,
        Verdict::WithinRounding => Severity::Info,
        Verdict::Inconsistent | Verdict::Undetermined => severity,
    };
    let wan = |d: Decimal| crate::money::round_half_away(d, 6).normalize();
    let allowance = format!(
        "±{} 万元 (half a unit in the last printed place of each figure, added up)",
        wan(check
            .allowance_yuan
            .checked_div(Decimal::from(10_000))
            .unwrap_or_default())
    );
    let (zh, en) = if severity == Severity::Info {
        (
            format!(
                "{what_zh}：相差{}，在尾数误差范围内",
                check.difference.abs()
            ),
            format!(
                "{what_en}: differs by {}, within the rounding of the printed figures",
                check.difference.abs()
            ),
        )
    } else {
        (
            format!(
                "{what_zh}不成立：应为{}，实为{}，相差{}，超出尾数误差",
                check.expected, check.actual, check.difference
            ),
            format!(
                "{what_en} does not hold: expected {}, printed {}, a difference of {} that rounding cannot explain",
                check.expected, check.actual, check.difference
            ),
        )
    };
    Some(Finding {
        rule: rule.to_owned(),
        severity,
        locations,
        expected: Some(
            check
                .expected
                .round_in(crate::money::MoneyUnit::WanYuan, 2)
                .to_string(),
        ),
        actual: Some(
            check
                .actual
                .round_in(crate::money::MoneyUnit::WanYuan, 2)
                .to_string(),
        ),
        allowance: Some(allowance),
        message_zh: zh,
        message_en: en,
    })
}
