//! The form: 项目支出绩效自评表.

use core::fmt;

use rust_decimal::Decimal;

use super::EvaluationError;
use super::grade::Grade;
use super::indicator::{Indicator, RawIndicator};
use super::parse::{non_empty, optional_text, parse_amount, parse_score, rate_of};
use crate::finding::Figure;
use crate::money::{Amount, MoneyUnit, PublishedAmount, PublishedPercent};

/// An organisation as printed on a form: `121-大同市人力资源和社会保障局[部门]`.
///
/// The name keeps whatever was printed after the code, including a `[部门]` or `【部门】` tag.
///
/// ```
/// use final_accounts::evaluation::OrgUnit;
/// let unit: OrgUnit = "121001-大同市人力资源和社会保障局".parse()?;
/// assert_eq!(unit.code(), "121001");
/// assert_eq!(unit.name(), "大同市人力资源和社会保障局");
/// assert_eq!(unit.to_string(), "121001-大同市人力资源和社会保障局");
/// # Ok::<(), final_accounts::evaluation::EvaluationError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(
    feature = "serde",
    derive(serde::Serialize, serde::Deserialize),
    serde(try_from = "String", into = "String")
)]
pub struct OrgUnit {
    code: String,
    name: String,
}

impl OrgUnit {
    /// An organisation from its code (digits) and name.
    ///
    /// # Errors
    ///
    /// [`EvaluationError::InvalidCode`] when the code is not all ASCII digits,
    /// [`EvaluationError::Empty`] for a blank name.
    pub fn new(code: &str, name: &str) -> Result<OrgUnit, EvaluationError> {
        let code = code.trim();
        if code.is_empty() || !code.bytes().all(|b| b.is_ascii_digit()) {
            return Err(EvaluationError::InvalidCode {
                code: code.to_owned(),
            });
        }
        Ok(OrgUnit {
            code: code.to_owned(),
            name: non_empty("单位名称", name)?,
        })
    }

    /// Parses `code-name` as printed.
    ///
    /// # Errors
    ///
    /// As [`OrgUnit::new`]; a text without `-` has no code.
    pub fn parse(text: &str) -> Result<OrgUnit, EvaluationError> {
        let (code, name) =
            text.trim()
                .split_once(['-', '－'])
                .ok_or_else(|| EvaluationError::InvalidCode {
                    code: text.to_owned(),
                })?;
        OrgUnit::new(code, name)
    }

    /// The code (121, 121001).
    #[must_use]
    pub fn code(&self) -> &str {
        &self.code
    }

    /// The name as printed.
    #[must_use]
    pub fn name(&self) -> &str {
        &self.name
    }
}

impl fmt::Display for OrgUnit {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}-{}", self.code, self.name)
    }
}

crate::names::parsed_from_text!(OrgUnit, EvaluationError, OrgUnit::parse);

impl From<OrgUnit> for String {
    fn from(unit: OrgUnit) -> String {
        unit.to_string()
    }
}

/// An amount printed on a form: 万元 with three declared decimals, trailing zeros dropped.
///
/// ```
/// use final_accounts::evaluation::FormAmount;
/// let a = FormAmount::parse("8.007")?;
/// assert_eq!(a.to_string(), "8.007");
/// assert_eq!(a.published().interval_yuan().to_string(), "[80065, 80075)");
/// # Ok::<(), final_accounts::evaluation::EvaluationError>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct FormAmount {
    printed: Decimal,
    published: PublishedAmount,
}

impl FormAmount {
    /// Parses a printed amount in 万元 (up to three decimals).
    ///
    /// # Errors
    ///
    /// [`EvaluationError::Figure`] for text that is not such a number.
    pub fn parse(text: &str) -> Result<FormAmount, EvaluationError> {
        Self::parse_field("金额", text)
    }

    fn parse_field(field: &'static str, text: &str) -> Result<FormAmount, EvaluationError> {
        let (printed, published) = parse_amount(field, text)?;
        Ok(FormAmount { printed, published })
    }

    /// The figure with its precision, for precision-aware checks.
    #[must_use]
    pub fn published(&self) -> PublishedAmount {
        self.published
    }

    /// The amount as printed.
    #[must_use]
    pub fn amount(&self) -> Amount {
        self.published.amount()
    }

    /// The value in 万元 as printed ("10.5").
    #[must_use]
    pub fn printed(&self) -> Decimal {
        self.printed
    }
}

impl fmt::Display for FormAmount {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.printed)
    }
}

/// A form amount as a finding quotes it: in 万元, with the decimals it was printed with
/// ("8.007", "10.5"), shown with its unit in messages.
///
/// ```
/// use final_accounts::evaluation::FormAmount;
/// use final_accounts::finding::Figure;
/// let a = Figure::from(FormAmount::parse("10.5")?);
/// assert_eq!(a.to_string(), "10.5");
/// assert_eq!(a.with_unit().to_string(), "10.5万元");
/// # Ok::<(), final_accounts::evaluation::EvaluationError>(())
/// ```
impl From<FormAmount> for Figure {
    fn from(a: FormAmount) -> Figure {
        Figure::Money {
            amount: a.amount(),
            unit: MoneyUnit::WanYuan,
            decimals: Some(a.printed.scale()),
        }
    }
}

/// The unvalidated shape of a [`FundingRow`]: every cell as printed, amounts in 万元.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
#[cfg_attr(
    feature = "serde",
    derive(serde::Serialize, serde::Deserialize),
    serde(deny_unknown_fields, expecting = "a funding row: a JSON object")
)]
pub struct RawFundingRow {
    /// The row label as printed ("资金总额:", "市县区财政资金", a misspelling), `None` when the
    /// label cell is blank.
    pub label: Option<String>,
    /// 年初预算数 · 目标申报数.
    #[cfg_attr(
        feature = "serde",
        serde(default, deserialize_with = "crate::serde_util::optional_amount_text")
    )]
    pub declared: Option<String>,
    /// 年初预算数 · 预算编制数.
    #[cfg_attr(
        feature = "serde",
        serde(default, deserialize_with = "crate::serde_util::optional_amount_text")
    )]
    pub budgeted: Option<String>,
    /// 全年预算数.
    #[cfg_attr(
        feature = "serde",
        serde(deserialize_with = "crate::serde_util::amount_text")
    )]
    pub annual_budget: String,
    /// 全年执行数.
    #[cfg_attr(
        feature = "serde",
        serde(deserialize_with = "crate::serde_util::amount_text")
    )]
    pub executed: String,
    /// 资金结(转)余.
    #[cfg_attr(
        feature = "serde",
        serde(default, deserialize_with = "crate::serde_util::optional_amount_text")
    )]
    pub balance: Option<String>,
    /// 执行率, in percent without the sign ("76.26").
    pub rate: Option<String>,
    /// 得分 of the execution rate.
    pub score: Option<String>,
}

impl RawFundingRow {
    /// A valid example: the 资金总额 row of [`Form::example`] (10.5, 10.5, 10.5, 8.007, 2.493,
    /// 76.26, 7.63).
    #[must_use]
    pub fn example() -> RawFundingRow {
        RawFundingRow {
            label: Some("资金总额:".into()),
            declared: Some("10.5".into()),
            budgeted: Some("10.5".into()),
            annual_budget: "10.5".into(),
            executed: "8.007".into(),
            balance: Some("2.493".into()),
            rate: Some("76.26".into()),
            score: Some("7.63".into()),
        }
    }
}

/// One row of the funding block (项目资金预算安排及执行进度): the 资金总额 row or a row per
/// source of funds.
///
/// Invariants: every amount is a number with at most three decimals of 万元, the rate and the
/// score numbers with at most two decimals. A figure that is printable but wrong (a negative
/// budget, execution, rate or score, a score above its weight) is kept as printed: whether the
/// figures make sense and agree with each other is the audit's business (`eval.negative`,
/// `eval.execution-score-weight`, `eval.balance` …).
///
/// ```
/// use final_accounts::evaluation::{FundingRow, RawFundingRow};
/// let row = FundingRow::try_from(RawFundingRow::example())?;
/// assert!(row.is_total());
/// assert_eq!(row.executed().to_string(), "8.007");
/// assert_eq!(row.rate().unwrap().to_string(), "76.26%");
/// # Ok::<(), final_accounts::evaluation::EvaluationError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(
    feature = "serde",
    derive(serde::Serialize, serde::Deserialize),
    serde(try_from = "RawFundingRow", into = "RawFundingRow")
)]
pub struct FundingRow {
    label: Option<String>,
    declared: Option<FormAmount>,
    budgeted: Option<FormAmount>,
    annual_budget: FormAmount,
    executed: FormAmount,
    balance: Option<FormAmount>,
    rate: Option<Decimal>,
    score: Option<Decimal>,
}

impl FundingRow {
    /// Validates a raw row.
    ///
    /// # Errors
    ///
    /// [`EvaluationError::Figure`] for a cell that is not a number of the form's precision.
    pub fn new(raw: RawFundingRow) -> Result<FundingRow, EvaluationError> {
        let amount = |field: &'static str, text: &str| FormAmount::parse_field(field, text);
        let optional = |field: &'static str, text: &Option<String>| {
            text.as_deref().map(|t| amount(field, t)).transpose()
        };
        let score = |field: &'static str, text: &Option<String>| {
            text.as_deref().map(|s| parse_score(field, s)).transpose()
        };
        Ok(FundingRow {
            label: optional_text(raw.label.as_deref()),
            declared: optional("目标申报数", &raw.declared)?,
            budgeted: optional("预算编制数", &raw.budgeted)?,
            annual_budget: amount("全年预算数", &raw.annual_budget)?,
            executed: amount("全年执行数", &raw.executed)?,
            balance: optional("资金结(转)余", &raw.balance)?,
            rate: score("执行率", &raw.rate)?,
            score: score("执行率得分", &raw.score)?,
        })
    }

    /// The unvalidated shape, as printed.
    #[must_use]
    pub fn to_raw(&self) -> RawFundingRow {
        let text = |a: &Option<FormAmount>| a.map(|a| a.to_string());
        RawFundingRow {
            label: self.label.clone(),
            declared: text(&self.declared),
            budgeted: text(&self.budgeted),
            annual_budget: self.annual_budget.to_string(),
            executed: self.executed.to_string(),
            balance: text(&self.balance),
            rate: self.rate.map(|r| r.to_string()),
            score: self.score.map(|s| s.to_string()),
        }
    }

    /// The label as printed.
    #[must_use]
    pub fn label(&self) -> Option<&str> {
        self.label.as_deref()
    }

    /// Whether this is the 资金总额 row (its label is 资金总额, with or without a colon).
    #[must_use]
    pub fn is_total(&self) -> bool {
        self.label
            .as_deref()
            .is_some_and(|l| l.trim_end_matches([':', '：']).trim() == "资金总额")
    }

    /// 年初预算数 · 目标申报数.
    #[must_use]
    pub fn declared(&self) -> Option<FormAmount> {
        self.declared
    }

    /// 年初预算数 · 预算编制数.
    #[must_use]
    pub fn budgeted(&self) -> Option<FormAmount> {
        self.budgeted
    }

    /// 全年预算数 (the adjusted budget, the base of 执行率).
    #[must_use]
    pub fn annual_budget(&self) -> FormAmount {
        self.annual_budget
    }

    /// 全年执行数.
    #[must_use]
    pub fn executed(&self) -> FormAmount {
        self.executed
    }

    /// 资金结(转)余 as printed.
    #[must_use]
    pub fn balance(&self) -> Option<FormAmount> {
        self.balance
    }

    /// 执行率 as printed, with the form's precision (two decimals).
    #[must_use]
    pub fn rate(&self) -> Option<PublishedPercent> {
        self.rate.and_then(rate_of)
    }

    /// 执行率 exactly as printed ("100" or "100.00").
    #[must_use]
    pub fn rate_printed(&self) -> Option<Decimal> {
        self.rate
    }

    /// 得分 of the execution rate, as printed.
    #[must_use]
    pub fn score(&self) -> Option<Decimal> {
        self.score
    }
}

impl TryFrom<RawFundingRow> for FundingRow {
    type Error = EvaluationError;
    fn try_from(raw: RawFundingRow) -> Result<Self, Self::Error> {
        FundingRow::new(raw)
    }
}

impl From<FundingRow> for RawFundingRow {
    fn from(row: FundingRow) -> RawFundingRow {
        row.to_raw()
    }
}

/// One item of the analysis (项目绩效分析): its printed label and text.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
#[cfg_attr(
    feature = "serde",
    derive(serde::Serialize, serde::Deserialize),
    serde(
        deny_unknown_fields,
        expecting = "an analysis item: an object {\"label\", \"text\"}"
    )
)]
pub struct AnalysisItem {
    /// The label, such as "项目实施和预算执行情况" or "主要经验做法".
    pub label: String,
    /// The text.
    pub text: String,
}

/// The unvalidated shape of a [`Form`]: every field as printed (serde reads and writes this
/// shape, rejecting unknown keys).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
#[cfg_attr(
    feature = "serde",
    derive(serde::Serialize, serde::Deserialize),
    serde(
        deny_unknown_fields,
        expecting = "a self-evaluation form: a JSON object"
    )
)]
pub struct RawForm {
    /// The title as printed, without the "(2023年度)" line.
    pub title: String,
    /// The year evaluated (the "(2023年度)" line).
    #[cfg_attr(feature = "serde", serde(deserialize_with = "crate::serde_util::year"))]
    pub year: u16,
    /// 项目名称.
    pub project: String,
    /// 主管部门及代码, as printed ("121-大同市人力资源和社会保障局\[部门\]").
    pub department: String,
    /// 预算单位, as printed ("121001-大同市人力资源和社会保障局").
    pub budget_unit: String,
    /// The funding rows, in printed order.
    #[cfg_attr(
        feature = "serde",
        serde(deserialize_with = "crate::serde_util::objects")
    )]
    pub funding: Vec<RawFundingRow>,
    /// 年度目标.
    pub annual_goal: Option<String>,
    /// 实际完成情况.
    pub achievement: Option<String>,
    /// The indicators, in printed order.
    #[cfg_attr(
        feature = "serde",
        serde(deserialize_with = "crate::serde_util::objects")
    )]
    pub indicators: Vec<RawIndicator>,
    /// 总分 as printed.
    pub total_score: Option<String>,
    /// 等级 as printed.
    pub grade: Option<String>,
    /// 项目绩效分析, in printed order.
    #[cfg_attr(
        feature = "serde",
        serde(deserialize_with = "crate::serde_util::objects")
    )]
    pub analysis: Vec<AnalysisItem>,
}

/// A project performance self-evaluation form (项目支出绩效自评表) as published.
///
/// Invariants (checked by [`Form::new`], and by serde through the same function): a title and
/// a project name; valid organisation codes; at least one funding row and at most one 资金总额
/// row; at least one indicator, each valid ([`Indicator`]); a stated 总分, when printed, a
/// number with at most two decimals. Stated figures that are wrong (a 总分 above 100, a
/// negative one) or disagree with each other or with the formula are *valid data*:
/// [`audit_form`](super::audit_form) reports them.
///
/// ```
/// use final_accounts::evaluation::{Form, Grade};
/// use rust_decimal::Decimal;
/// let form = Form::example()?;
/// assert_eq!(form.total_score(), Some(Decimal::new(9763, 2)));
/// assert_eq!(form.grade(), Some(Grade::Excellent));
/// assert_eq!(form.reference_row().executed().to_string(), "8.007");
/// # Ok::<(), final_accounts::evaluation::EvaluationError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(
    feature = "serde",
    derive(serde::Serialize, serde::Deserialize),
    serde(try_from = "RawForm", into = "RawForm")
)]
pub struct Form {
    title: String,
    year: u16,
    project: String,
    department: OrgUnit,
    budget_unit: OrgUnit,
    funding: Vec<FundingRow>,
    reference: FundingRow,
    annual_goal: Option<String>,
    achievement: Option<String>,
    indicators: Vec<Indicator>,
    total_score: Option<Decimal>,
    grade: Option<Grade>,
    analysis: Vec<AnalysisItem>,
}

impl Form {
    /// Validates a raw form.
    ///
    /// # Errors
    ///
    /// [`EvaluationError::InForm`] wrapping the precise error (with the project name; the
    /// empty-name error itself is not wrapped): [`EvaluationError::Empty`],
    /// [`EvaluationError::InvalidCode`], [`EvaluationError::FundingBlock`],
    /// [`EvaluationError::NoIndicator`], [`EvaluationError::YearOutOfRange`], and the errors
    /// of [`FundingRow::new`] and [`Indicator::new`].
    pub fn new(raw: RawForm) -> Result<Form, EvaluationError> {
        let project = non_empty("项目名称", &raw.project)?;
        Self::build(raw, project.clone()).map_err(|e| e.in_form(&project))
    }

    fn build(raw: RawForm, project: String) -> Result<Form, EvaluationError> {
        let title = non_empty("标题", &raw.title)?;
        if !(1900..=2999).contains(&raw.year) {
            return Err(EvaluationError::YearOutOfRange { year: raw.year });
        }
        let funding = raw
            .funding
            .into_iter()
            .map(FundingRow::new)
            .collect::<Result<Vec<_>, _>>()?;
        let reference = funding
            .iter()
            .find(|r| r.is_total())
            .or(funding.first())
            .cloned()
            .ok_or(EvaluationError::FundingBlock {
                problem: "has no row",
            })?;
        if funding.iter().filter(|r| r.is_total()).count() > 1 {
            return Err(EvaluationError::FundingBlock {
                problem: "has more than one 资金总额 row",
            });
        }
        let indicators = raw
            .indicators
            .into_iter()
            .map(Indicator::new)
            .collect::<Result<Vec<_>, _>>()?;
        if indicators.is_empty() {
            return Err(EvaluationError::NoIndicator);
        }
        let total_score = raw
            .total_score
            .as_deref()
            .map(|s| parse_score("总分", s))
            .transpose()?;
        Ok(Form {
            title,
            year: raw.year,
            project,
            department: OrgUnit::parse(&raw.department)?,
            budget_unit: OrgUnit::parse(&raw.budget_unit)?,
            funding,
            reference,
            annual_goal: optional_text(raw.annual_goal.as_deref()),
            achievement: optional_text(raw.achievement.as_deref()),
            indicators,
            total_score,
            grade: raw.grade.as_deref().map(Grade::parse).transpose()?,
            analysis: raw.analysis,
        })
    }

    /// The unvalidated shape, as printed.
    #[must_use]
    pub fn to_raw(&self) -> RawForm {
        RawForm {
            title: self.title.clone(),
            year: self.year,
            project: self.project.clone(),
            department: self.department.to_string(),
            budget_unit: self.budget_unit.to_string(),
            funding: self.funding.iter().map(FundingRow::to_raw).collect(),
            annual_goal: self.annual_goal.clone(),
            achievement: self.achievement.clone(),
            indicators: self.indicators.iter().map(Indicator::to_raw).collect(),
            total_score: self.total_score.map(|s| s.to_string()),
            grade: self.grade.map(|g| g.to_string()),
            analysis: self.analysis.clone(),
        }
    }

    /// A synthetic 2023 form for examples and doctests: project 基层锻炼人员补助 of 示例市某某局,
    /// six indicators, a budget of 10.5 万元 of which 8.007 were spent (76.26 %, 执行率得分
    /// 7.63, 总分 97.63, 优), and a 成本 indicator scored 10 where the formula gives 7.62. Its
    /// names are invented; real forms stay in the test fixtures.
    ///
    /// # Errors
    ///
    /// None in practice: the example is valid (a test asserts it).
    pub fn example() -> Result<Form, EvaluationError> {
        let raw = RawForm {
            title: "基层锻炼人员补助项目支出绩效自评表".into(),
            year: 2023,
            project: "基层锻炼人员补助".into(),
            department: "100-示例市某某局[部门]".into(),
            budget_unit: "100001-示例市某某局".into(),
            funding: vec![
                RawFundingRow::example(),
                RawFundingRow {
                    label: Some("市县区财政资金".into()),
                    ..RawFundingRow::example()
                },
            ],
            annual_goal: Some("2名新录用人员到基层锻炼工作。".into()),
            achievement: Some("促进基层工作开展,锻炼人员能力提升。".into()),
            indicators: vec![
                RawIndicator::example(),
                example_indicator(
                    "产出指标",
                    "质量指标",
                    "基层锻炼保障率",
                    ["=100%", "=100%", "=100%"],
                    "10",
                ),
                example_indicator(
                    "产出指标",
                    "时效指标",
                    "保障及时性",
                    ["及时", "及时", "达成预期指标"],
                    "10",
                ),
                example_indicator(
                    "产出指标",
                    "成本指标",
                    "基层锻炼人员经费",
                    ["10.5万", "=10.5万元", "=8万元"],
                    "10",
                ),
                example_indicator(
                    "效益指标",
                    "社会效益指标",
                    "促进基层工作",
                    ["促进", "促进", "达成预期指标"],
                    "30",
                ),
                example_indicator(
                    "满意度指标",
                    "服务对象满意度指标",
                    "基层服务对象满意度",
                    ["≥90%", "≥90%", "≥95%"],
                    "10",
                ),
            ],
            total_score: Some("97.63".into()),
            grade: Some("优".into()),
            analysis: vec![AnalysisItem {
                label: "项目实施和预算执行情况".into(),
                text: "全年按月发放补助,预算执行率76%".into(),
            }],
        };
        Form::new(raw)
    }

    /// The title as printed.
    #[must_use]
    pub fn title(&self) -> &str {
        &self.title
    }

    /// The year evaluated.
    #[must_use]
    pub fn year(&self) -> u16 {
        self.year
    }

    /// 项目名称.
    #[must_use]
    pub fn project(&self) -> &str {
        &self.project
    }

    /// 主管部门.
    #[must_use]
    pub fn department(&self) -> &OrgUnit {
        &self.department
    }

    /// 预算单位.
    #[must_use]
    pub fn budget_unit(&self) -> &OrgUnit {
        &self.budget_unit
    }

    /// The funding rows, in printed order.
    #[must_use]
    pub fn funding(&self) -> &[FundingRow] {
        &self.funding
    }

    /// The 资金总额 row, when one is labelled so.
    #[must_use]
    pub fn total_row(&self) -> Option<&FundingRow> {
        self.funding.iter().find(|r| r.is_total())
    }

    /// The row the project's figures are read from: the 资金总额 row, else the first row.
    #[must_use]
    pub fn reference_row(&self) -> &FundingRow {
        &self.reference
    }

    /// The rows in reading order for stated figures: the 资金总额 row first, then the others
    /// in printed order.
    fn rows_total_first(&self) -> impl Iterator<Item = &FundingRow> {
        self.total_row()
            .into_iter()
            .chain(self.funding.iter().filter(|r| !r.is_total()))
    }

    /// The stated 执行率: from the 资金总额 row, else the first row that prints one.
    #[must_use]
    pub fn stated_rate(&self) -> Option<PublishedPercent> {
        self.rows_total_first().find_map(FundingRow::rate)
    }

    /// The stated 执行率得分: from the 资金总额 row, else the first row that prints one.
    #[must_use]
    pub fn stated_execution_score(&self) -> Option<Decimal> {
        self.rows_total_first().find_map(FundingRow::score)
    }

    /// 年度目标.
    #[must_use]
    pub fn annual_goal(&self) -> Option<&str> {
        self.annual_goal.as_deref()
    }

    /// 实际完成情况.
    #[must_use]
    pub fn achievement(&self) -> Option<&str> {
        self.achievement.as_deref()
    }

    /// The indicators, in printed order.
    #[must_use]
    pub fn indicators(&self) -> &[Indicator] {
        &self.indicators
    }

    /// 总分 as stated.
    #[must_use]
    pub fn total_score(&self) -> Option<Decimal> {
        self.total_score
    }

    /// 等级 as stated.
    #[must_use]
    pub fn grade(&self) -> Option<Grade> {
        self.grade
    }

    /// 项目绩效分析.
    #[must_use]
    pub fn analysis(&self) -> &[AnalysisItem] {
        &self.analysis
    }
}

fn example_indicator(
    level_one: &str,
    level_two: &str,
    name: &str,
    values: [&str; 3],
    weight: &str,
) -> RawIndicator {
    let [initial, adjusted, actual] = values;
    RawIndicator {
        level_one: level_one.into(),
        level_two: level_two.into(),
        name: name.into(),
        initial_target: Some(initial.into()),
        adjusted_target: Some(adjusted.into()),
        actual: Some(actual.into()),
        weight: weight.into(),
        score: Some(weight.into()),
        deviation: None,
    }
}

impl TryFrom<RawForm> for Form {
    type Error = EvaluationError;
    fn try_from(raw: RawForm) -> Result<Self, Self::Error> {
        Form::new(raw)
    }
}

impl From<Form> for RawForm {
    fn from(form: Form) -> RawForm {
        form.to_raw()
    }
}
