/// How serious a finding is.
///
/// Ordered: `Info < Warning < Error`.
///
/// ```
/// use final_accounts::finding::Severity;
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
    strum::EnumIter,
    strum::IntoStaticStr,
    strum::VariantNames,
)]
#[cfg_attr(
    feature = "serde",
    derive(serde::Serialize, serde::Deserialize),
    serde(try_from = "String", into = "&'static str")
)]
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

crate::names::closed_set!(Severity, "severity");

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
