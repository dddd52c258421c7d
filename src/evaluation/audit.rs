//! The audit rules of self-evaluation forms (`eval.*`).

use rust_decimal::Decimal;

use super::EvaluationError;
use super::form::{Form, FormAmount, FundingRow};
use super::indicator::{Indicator, LevelOne};
use super::scoring::{
    Basis, Computed, ExecutionScore, IndicatorScore, Method, ScoringParameters, Unscorable,
    evaluate,
};
use super::target::{Comparator, Quantity, TargetUnit, TargetValue};
use crate::finding::{
    Allowance, Area, Figure, Finding, Key, Part, Place, Rule, Severity, Template,
};
use crate::money::{Amount, Interval, MoneyUnit, Percent, Verdict, check_rate, check_sum};

const SRC_DOMAIN6: &str = "DOMAIN.md §6 (财预〔2020〕10号 baseline) [S]";

/// `eval.weights-sum`: see [`RULES`].
pub const WEIGHTS_SUM: Rule = Rule::new("eval.weights-sum", Area::Evaluation, Severity::Error)
    .titled("weights sum to 100", "分值合计为100")
    .described("The weight of the execution rate (a parameter, 10) plus every indicator's 分值 sums to 100.")
    .sourced(SRC_DOMAIN6);

/// `eval.weight-split`: see [`RULES`].
pub const WEIGHT_SPLIT: Rule = Rule::new("eval.weight-split", Area::Evaluation, Severity::Info)
    .titled("default 1:5:3:1 weight split", "权重分配1:5:3:1")
    .described("The weights of 执行率, 产出, 效益 and 满意度 follow the default 10/50/30/10 split; other splits are legitimate and reported as info.")
    .sourced(SRC_DOMAIN6);

/// `eval.execution-score-weight`: see [`RULES`].
pub const EXECUTION_SCORE_WEIGHT: Rule = Rule::new("eval.execution-score-weight", Area::Evaluation, Severity::Error)
    .titled("execution score within its weight", "执行率得分不超过分值")
    .described("The stated 执行率得分 is at most the execution weight (indicator scores are bounded by their weight when the form is built).")
    .sourced(SRC_DOMAIN6);

/// `eval.balance`: see [`RULES`].
pub const BALANCE: Rule = Rule::new("eval.balance", Area::Evaluation, Severity::Error)
    .titled("balance equals budget minus execution", "结余 = 全年预算数 − 全年执行数")
    .described("In each funding row, 资金结(转)余 = 全年预算数 − 全年执行数, within the rounding of the three-decimal figures.")
    .sourced("DOMAIN.md §6 [D]");

/// `eval.funding-rows`: see [`RULES`].
pub const FUNDING_ROWS: Rule = Rule::new("eval.funding-rows", Area::Evaluation, Severity::Error)
    .titled("funding rows agree with the total", "资金来源合计等于资金总额")
    .described("The source rows of the funding block add up to the 资金总额 row (or to the unlabelled row standing for it), figure by figure, within rounding.")
    .sourced("form layout [D]");

/// `eval.funding-label`: see [`RULES`].
pub const FUNDING_LABEL: Rule = Rule::new("eval.funding-label", Area::Evaluation, Severity::Info)
    .titled("known source-of-funds label", "资金来源名称")
    .described("A funding row's label is a known source of funds (市县区财政资金 …) or 资金总额; a misspelling such as 市市区财政资金 is reported as printed.")
    .sourced("the spec's forms [P]");

/// `eval.rate`: see [`RULES`].
pub const RATE: Rule = Rule::new("eval.rate", Area::Evaluation, Severity::Error)
    .titled("stated execution rate", "执行率")
    .described("The stated 执行率 equals 全年执行数 / 全年预算数 × 100 under the precision-aware check (three-decimal amounts, two-decimal rate); a rounding tail is info.")
    .sourced("form note 4: “执行率”是执行数与“全年预算数”相比较 [P]");

/// `eval.zero-budget`: see [`RULES`].
pub const ZERO_BUDGET: Rule = Rule::new("eval.zero-budget", Area::Evaluation, Severity::Warning)
    .titled("zero budget", "全年预算数为零")
    .described("A zero 全年预算数 has no execution rate and no execution score; a printed rate there is an error.")
    .sourced(SRC_DOMAIN6);

/// `eval.over-execution`: see [`RULES`].
pub const OVER_EXECUTION: Rule = Rule::new("eval.over-execution", Area::Evaluation, Severity::Warning)
    .titled("execution above budget", "执行数超过预算数")
    .described("全年执行数 above 全年预算数 (执行率 > 100 %): the score is capped at the weight, a cap no primary text confirms.")
    .sourced(SRC_DOMAIN6);

/// `eval.execution-score`: see [`RULES`].
pub const EXECUTION_SCORE: Rule = Rule::new("eval.execution-score", Area::Evaluation, Severity::Error)
    .titled("stated execution score", "执行率得分")
    .described("The stated 执行率得分 equals min(执行率, 100 %) × 分值, computed from the printed amounts, within their rounding.")
    .sourced(SRC_DOMAIN6);

/// `eval.missing-score`: see [`RULES`].
pub const MISSING_SCORE: Rule = Rule::new("eval.missing-score", Area::Evaluation, Severity::Warning)
    .titled("missing score", "得分缺失")
    .described("A score, 总分 or 等级 that the form does not print is reported as missing, never counted as 0.")
    .sourced("house rule");

/// `eval.total-sum`: see [`RULES`].
pub const TOTAL_SUM: Rule = Rule::new("eval.total-sum", Area::Evaluation, Severity::Error)
    .titled("total equals the sum of the stated scores", "总分 = 各项得分之和")
    .described("The stated 总分 equals 执行率得分 + Σ indicator 得分 as printed, within the rounding of two-decimal figures.")
    .sourced(SRC_DOMAIN6);

/// `eval.total-formula`: see [`RULES`].
pub const TOTAL_FORMULA: Rule = Rule::new("eval.total-formula", Area::Evaluation, Severity::Warning)
    .titled("total against the formula", "总分与公式")
    .described("The stated 总分 equals the formula's 执行率得分 plus the stated indicator scores (used when a stated score is missing).")
    .sourced(SRC_DOMAIN6);

/// `eval.grade-band`: see [`RULES`].
pub const GRADE_BAND: Rule = Rule::new("eval.grade-band", Area::Evaluation, Severity::Error)
    .titled("grade matches the band of the total", "等级与总分相符")
    .described("The stated 等级 is the grade of the stated 总分 under the grade bands in force (优 ≥ 90, 良 ≥ 80, 中 ≥ 60, else 差; lower bounds included).")
    .sourced(SRC_DOMAIN6);

/// `eval.indicator-formula`: see [`RULES`].
pub const INDICATOR_FORMULA: Rule = Rule::new("eval.indicator-formula", Area::Evaluation, Severity::Warning)
    .titled("indicator score against the formula", "指标得分与公式")
    .described("A stated indicator score differs from the formula (forward, reverse or qualitative band). Self-evaluation allows judgment: the stated score is kept, never corrected.")
    .sourced(SRC_DOMAIN6);

/// `eval.indicator-unscorable`: see [`RULES`].
pub const INDICATOR_UNSCORABLE: Rule = Rule::new("eval.indicator-unscorable", Area::Evaluation, Severity::Info)
    .titled("indicator without a formula", "指标无法按公式计分")
    .described("No formula applies to an indicator (missing values, units that differ, an unreadable attainment).")
    .sourced(SRC_DOMAIN6);

/// `eval.indicator-level`: see [`RULES`].
pub const INDICATOR_LEVEL: Rule = Rule::new("eval.indicator-level", Area::Evaluation, Severity::Warning)
    .titled("second-level kind under its usual first level", "二级指标归属")
    .described("A 二级指标 sits under the 一级指标 it belongs to in the template (成本 may be a first-level kind in newer templates).")
    .sourced(SRC_DOMAIN6);

/// `eval.negative`: see [`RULES`].
pub const NEGATIVE: Rule = Rule::new("eval.negative", Area::Evaluation, Severity::Error)
    .titled("negative figure that cannot be negative", "不应为负数的数值为负")
    .described("An amount (目标申报数, 预算编制数, 全年预算数, 全年执行数), the 执行率, a score, a weight, the 总分, or an indicator value that counts or measures something (persons, items, days, money, a rate of attainment) is below zero. Only a 结余 and a rate of change (增长率, 变化率 …) may be negative. The form is kept as printed.")
    .sourced("form layout [D]");

/// `eval.score-above-weight`: see [`RULES`].
pub const SCORE_ABOVE_WEIGHT_RULE: Rule = Rule::new("eval.score-above-weight", Area::Evaluation, Severity::Error)
    .titled("score within its weight", "得分不超过分值")
    .described("An indicator's 得分 is at most its 分值, and the 总分 at most 100 (the 执行率得分 is checked against the execution weight by eval.execution-score-weight). The score is kept as printed.")
    .sourced(SRC_DOMAIN6);

/// `eval.weight-range`: see [`RULES`].
pub const WEIGHT_RANGE: Rule = Rule::new("eval.weight-range", Area::Evaluation, Severity::Error)
    .titled("weight above 0 and at most 100", "分值在0至100之间")
    .described("An indicator's 分值 is above 0 and at most 100 (the weights of a form sum to 100): a weight of 0 or one above 100 (a weight ×10) is a typo. The weight is kept as printed.")
    .sourced(SRC_DOMAIN6);

/// `eval.target-comparator`: see [`RULES`].
pub const TARGET_COMPARATOR: Rule = Rule::new("eval.target-comparator", Area::Evaluation, Severity::Error)
    .titled("target consistent with its comparator", "指标值与比较符相符")
    .described("For an indicator whose value cannot be negative, a target no value can meet (<0, <-5, ≤-1) is an error, and a target every value meets (≥0, ≥-5%, >-1) a warning: the comparator or the sign is a typo. Rates of change (增长率 …) may be negative and are not checked.")
    .sourced("form layout [D]");

/// `eval.year`: see [`RULES`].
pub const YEAR: Rule = Rule::new("eval.year", Area::Evaluation, Severity::Warning)
    .titled("form of the report year", "自评表年度与决算年度一致")
    .described("A 部门决算 of year Y publishes the project self-evaluation forms of year Y: a form printing another year (its “(Y年度)” line) is stale or mistyped.")
    .sourced("form layout [D]");

/// `eval.no-parameters`: see [`RULES`].
pub const NO_PARAMETERS: Rule = Rule::new("eval.no-parameters", Area::Evaluation, Severity::Warning)
    .titled("forms without scoring parameters", "无评分参数")
    .described("No scoring parameters apply to the report year, so the checks that need the formula (weights against the execution weight, execution score, total against the formula, grade band, indicator formulas) could not run; the forms' own arithmetic (结余, 执行率, funding rows, printed scores and their sum, typos) still ran.")
    .sourced(SRC_DOMAIN6);

/// The rules of the self-evaluation audit, with stable ids prefixed `eval.`.
///
/// ```
/// use final_accounts::evaluation::RULES;
/// assert!(RULES.iter().all(|r| r.id.starts_with("eval.")));
/// assert!(RULES.iter().any(|r| r.id == "eval.execution-score"));
/// ```
pub const RULES: &[&Rule] = &[
    &WEIGHTS_SUM,
    &WEIGHT_SPLIT,
    &EXECUTION_SCORE_WEIGHT,
    &BALANCE,
    &FUNDING_ROWS,
    &FUNDING_LABEL,
    &RATE,
    &ZERO_BUDGET,
    &OVER_EXECUTION,
    &EXECUTION_SCORE,
    &MISSING_SCORE,
    &TOTAL_SUM,
    &TOTAL_FORMULA,
    &GRADE_BAND,
    &INDICATOR_FORMULA,
    &INDICATOR_UNSCORABLE,
    &INDICATOR_LEVEL,
    &NEGATIVE,
    &SCORE_ABOVE_WEIGHT_RULE,
    &WEIGHT_RANGE,
    &TARGET_COMPARATOR,
    &YEAR,
    &NO_PARAMETERS,
];

/// The rules that need scoring parameters (the formula): they do not run without them, and
/// `eval.no-parameters` names them.
///
/// ```
/// use final_accounts::evaluation::{NEED_PARAMETERS, RULES};
/// assert!(NEED_PARAMETERS.iter().all(|r| RULES.contains(r)));
/// assert!(NEED_PARAMETERS.iter().all(|r| r.id != "eval.balance"));
/// ```
pub const NEED_PARAMETERS: &[&Rule] = &[
    &WEIGHTS_SUM,
    &WEIGHT_SPLIT,
    &EXECUTION_SCORE_WEIGHT,
    &EXECUTION_SCORE,
    &TOTAL_FORMULA,
    &GRADE_BAND,
    &INDICATOR_FORMULA,
    &INDICATOR_UNSCORABLE,
];

/// [`NEED_PARAMETERS`] as `eval.no-parameters` quotes them.
const NEED_PARAMETERS_TEXT: &str = "eval.weights-sum, eval.weight-split, eval.execution-score-weight, eval.execution-score, eval.total-formula, eval.grade-band, eval.indicator-formula, eval.indicator-unscorable";

/// Labels of funding rows known to be sources of funds.
const KNOWN_SOURCES: &[&str] = &[
    "市县区财政资金",
    "中央财政资金",
    "省级财政资金",
    "市级财政资金",
    "县级财政资金",
    "其他资金",
    "上年结转资金",
];

/// [`KNOWN_SOURCES`] as the expected figure of `eval.funding-label` quotes them.
const KNOWN_SOURCES_TEXT: &str =
    "市县区财政资金/中央财政资金/省级财政资金/市级财政资金/县级财政资金/其他资金/上年结转资金";

// The messages of the rules. The place (form, row, column) is shown beside each message and
// is not repeated in it.

const WEIGHTS_SUM_WRONG: Template = Template {
    zh: "分值合计应为{expected}，实为{actual}（含执行率分值{0}）",
    en: "the weights sum to {actual}, not {expected} (execution rate weight {0} included)",
};
const WEIGHT_SPLIT_DIFFERS: Template = Template {
    zh: "权重分配与默认1:5:3:1不同：{actual}",
    en: "the weight split differs from the default 1:5:3:1: {actual}",
};
const LEVEL_UNUSUAL: Template = Template {
    zh: "二级指标{0}通常属于{expected}，此处列于{actual}",
    en: "second-level kind {0} usually belongs under {expected}, printed under {actual}",
};
const LABEL_UNKNOWN: Template = Template {
    zh: "资金来源名称“{actual}”不是已知名称（如市县区财政资金），按原样保留",
    en: "the label “{actual}” is not a known source of funds (e.g. 市县区财政资金); kept as printed",
};
const BALANCE_TAIL: Template = Template {
    zh: "结余{actual}与全年预算数{0}−全年执行数{1}相差{diff}，在尾数误差内",
    en: "balance {actual} vs budget {0} − executed {1}: differs by {diff}, a rounding tail",
};
const BALANCE_WRONG: Template = Template {
    zh: "结余应为全年预算数{0}−全年执行数{1}={expected}，实为{actual}",
    en: "the balance should be budget {0} − executed {1} = {expected}, printed {actual}",
};
const ZERO_BUDGET_NO_RATE: Template = Template {
    zh: "全年预算数为0，无执行率，也无执行率得分",
    en: "全年预算数 is 0: there is no execution rate and no execution score",
};
const ZERO_BUDGET_RATE: Template = Template {
    zh: "全年预算数为0，无执行率，也无执行率得分，表中却列执行率{actual}",
    en: "全年预算数 is 0: there is no execution rate and no execution score, yet a rate of {actual} is printed",
};
const OVER_BUDGET: Template = Template {
    zh: "全年执行数{actual}超过全年预算数{expected}",
    en: "executed {actual} exceeds the budget {expected}",
};
const RATE_TAIL: Template = Template {
    zh: "执行率{actual}%与全年执行数{0}/全年预算数{1}的计算值{expected}相差在尾数误差内",
    en: "执行率 {actual}% vs executed {0} / budget {1} = {expected}: within the rounding of the printed amounts",
};
const RATE_WRONG: Template = Template {
    zh: "执行率应为全年执行数{0}/全年预算数{1}={expected}，实为{actual}%",
    en: "执行率 should be executed {0} / budget {1} = {expected}, printed {actual}%",
};
const SCORE_ABOVE_WEIGHT: Template = Template {
    zh: "执行率得分{actual}超过分值{expected}",
    en: "the execution score {actual} exceeds its weight {expected}",
};
const EXECUTION_SCORE_TAIL: Template = Template {
    zh: "执行率得分{actual}与公式得分{expected}相差在尾数误差内（按打印金额，得分可在{0}至{1}之间）",
    en: "execution score {actual} vs the formula's {expected}: within the rounding of the printed amounts (they allow scores from {0} to {1})",
};
const EXECUTION_SCORE_WRONG: Template = Template {
    zh: "执行率得分应为min(全年执行数{0}/全年预算数{1}, 100%)×{2}={expected}，实为{actual}",
    en: "the execution score should be min(executed {0} / budget {1}, 100%) × {2} = {expected}, printed {actual}",
};
const FUNDING_ROWS_DIFFER: Template = Template {
    zh: "资金总额{actual}与各资金来源之和{expected}不符",
    en: "the total {actual} differs from the sum of the source rows {expected}",
};
const EXECUTION_SCORE_MISSING: Template = Template {
    zh: "表中未列执行率得分（按公式应为{0}）",
    en: "the form prints no execution score (the formula gives {0})",
};
const NO_SCORE: Template = Template {
    zh: "无（全年预算数为0）",
    en: "none (全年预算数 is 0)",
};
const INDICATOR_SCORE_MISSING: Template = Template {
    zh: "指标未列得分",
    en: "the indicator prints no score",
};
const TOTAL_MISSING: Template = Template {
    zh: "表中未列总分",
    en: "the form prints no 总分",
};
const GRADE_MISSING: Template = Template {
    zh: "表中未列等级",
    en: "the form prints no 等级",
};
const UNSCORABLE: Template = Template {
    zh: "无法按公式计分：{0}",
    en: "no formula applies: {0}",
};
const UNSCORABLE_UNITS: Template = Template {
    zh: "无法按公式计分：目标值{0}与实际完成值{1}的单位不同",
    en: "no formula applies: the units of target {0} and actual {1} differ",
};
const NO_TARGET: Template = Template {
    zh: "未列指标值",
    en: "no target value is printed",
};
const NO_ACTUAL: Template = Template {
    zh: "未列实际完成值",
    en: "no actual value is printed",
};
const QUALITATIVE_TARGET: Template = Template {
    zh: "指标值为定性描述，实际完成值却是数值",
    en: "the target is qualitative but the actual value is a number",
};
const NEGATIVE_VALUE: Template = Template {
    zh: "指标值或实际完成值为负数",
    en: "the target or the actual value is negative",
};
const NO_ATTAINMENT: Template = Template {
    zh: "实际完成值看不出指标是否达成",
    en: "the actual value cannot be read as an attainment of the target",
};
const MET_BUT_SCORED: Template = Template {
    zh: "指标已完成（指标值{0}，实际完成值{1}），按公式应得满分{expected}，自评得分{actual}；自评得分予以保留",
    en: "the target {0} is met (actual {1}): the formula gives the full weight {expected}, the form scores {actual}; the stated score is kept",
};
const FORWARD_RATIO: Template = Template {
    zh: "指标未完成（指标值{0}，实际完成值{1}），按正向公式 分值×实际值/指标值 = {2}×{3}/{4} 应为{expected}，自评得分{actual}；自评得分予以保留",
    en: "the target {0} is missed (actual {1}): the forward formula weight × actual / target = {2} × {3} / {4} gives {expected}, the form scores {actual}; the stated score is kept",
};
const REVERSE_RATIO: Template = Template {
    zh: "指标未完成（指标值{0}，实际完成值{1}），按反向公式 分值×指标值/实际值 = {2}×{3}/{4} 应为{expected}，自评得分{actual}；自评得分予以保留",
    en: "the target {0} is missed (actual {1}): the reverse formula weight × target / actual = {2} × {3} / {4} gives {expected}, the form scores {actual}; the stated score is kept",
};
const BAND_SCORED: Template = Template {
    zh: "定性指标“{0}”应得分值{1}的{2}%至{3}%，即{expected}，自评得分{actual}；自评得分予以保留",
    en: "a qualitative indicator “{0}” earns {2}% to {3}% of its weight {1}, {expected}; the form scores {actual}; the stated score is kept",
};
const TOTAL_TAIL: Template = Template {
    zh: "总分{actual}与{0}{expected}相差{1}，在尾数误差（±{2}，每项两位小数得分半分之和）内",
    en: "总分 {actual} vs {0} {expected}: differs by {1}, within the rounding of the two-decimal scores (±{2})",
};
const TOTAL_WRONG: Template = Template {
    zh: "总分应为{0}{expected}，实为{actual}",
    en: "总分 should be {0}, {expected}; printed {actual}",
};
const SUM_OF_STATED: Template = Template {
    zh: "各项得分之和",
    en: "the sum of the stated scores",
};
const FORMULA_AND_STATED: Template = Template {
    zh: "公式执行率得分与各指标得分之和",
    en: "the formula's execution score plus the stated indicator scores",
};
const GRADE_WRONG: Template = Template {
    zh: "总分{0}对应等级{expected}，表中为{actual}",
    en: "总分 {0} is graded {expected}, printed {actual}",
};

const NEGATIVE_FIGURE: Template = Template {
    zh: "{0}不应为负数，实为{actual}",
    en: "{0} cannot be negative, printed {actual}",
};
const INDICATOR_SCORE_ABOVE: Template = Template {
    zh: "得分{actual}超过分值{expected}",
    en: "the score {actual} exceeds its weight {expected}",
};
const TOTAL_ABOVE: Template = Template {
    zh: "总分{actual}超过满分{expected}",
    en: "总分 {actual} exceeds the maximum {expected}",
};
const WEIGHT_OUT_OF_RANGE: Template = Template {
    zh: "分值{actual}不在0（不含）至{expected}之间",
    en: "the weight {actual} is not above 0 and at most {expected}",
};
const TARGET_UNATTAINABLE: Template = Template {
    zh: "指标值{actual}无法达到：该指标不可能为负数",
    en: "the target {actual} cannot be met: the indicator cannot be negative",
};
const TARGET_VACUOUS: Template = Template {
    zh: "指标值{actual}任何实际值都能达到：该指标不可能为负数，比较符或符号可能有误",
    en: "every value meets the target {actual}: the indicator cannot be negative, so the comparator or the sign is likely a typo",
};
const NOT_NEGATIVE: Template = Template {
    zh: "不小于0",
    en: "0 or more",
};
const YEAR_DIFFERS: Template = Template {
    zh: "自评表年度{actual}与决算年度{expected}不一致",
    en: "the form is of {actual}, the disclosure of {expected}",
};
const NO_PARAMETERS_FOUND: Template = Template {
    zh: "{expected}年无适用的评分参数（最早适用于{0}年）：{1}未能运行；自评表自身的算术（结余、执行率、资金来源、所列得分之和等）已检查",
    en: "no scoring parameters apply to {expected} (the earliest apply from {0}): {1} could not run; the forms' own arithmetic (结余, 执行率, funding rows, the sum of the printed scores …) was checked",
};
const NO_PARAMETERS_NONE: Template = Template {
    zh: "无",
    en: "none",
};
const EXECUTION_SCORE_MISSING_PLAIN: Template = Template {
    zh: "表中未列执行率得分",
    en: "the form prints no execution score",
};

/// Half a unit in the second decimal: how far a printed score may be from its true value.
fn half_cent() -> Decimal {
    Decimal::new(5, 3)
}

/// A score, weight or rate as the form prints it (and as the formula rounds it): the digits
/// are kept, "7.20" stays 7.20. [`Figure::Number`] shows a number without trailing zeros, so
/// such a value is quoted as text.
fn number(value: Decimal) -> Figure {
    if value.normalize().scale() == value.scale() {
        Figure::Number(value)
    } else {
        Figure::text(value.to_string())
    }
}

/// An amount in 万元 without trailing zeros, as a sum or difference of form amounts is shown.
fn wan(amount: Amount) -> Figure {
    Figure::Money {
        amount,
        unit: MoneyUnit::WanYuan,
        decimals: None,
    }
}

/// What a stated indicator score is compared with: a score, or the band of a qualitative
/// indicator ("[8, 10]").
fn computed_figure(computed: &Computed) -> Figure {
    match computed {
        Computed::Exact(v) => number(*v),
        other => Figure::text(other.to_string()),
    }
}

/// A row of the form: a fixed one (执行率, 总分, 等级) or one named as printed.
enum Row<'a> {
    Fixed(&'static str),
    Printed(&'a str),
    Path(&'a Indicator),
}

struct Out<'a> {
    form: &'a Form,
    findings: Vec<Finding>,
}

impl Out<'_> {
    /// The place of a finding in this form.
    fn place(&self, row: Option<Row<'_>>, column: Option<&'static str>) -> Place {
        let mut place = Place::new(Part::Form(self.form.project().into()));
        match row {
            Some(Row::Fixed(name)) => place = place.row(Key::Static(name)),
            Some(Row::Printed(name)) => place = place.row_text(name),
            Some(Row::Path(indicator)) => place = place.row_text(indicator.path()),
            None => {}
        }
        if let Some(column) = column {
            place = place.column(Key::Static(column));
        }
        place
    }

    fn push(&mut self, finding: Finding, row: Option<Row<'_>>, column: Option<&'static str>) {
        let place = self.place(row, column);
        self.findings.push(finding.at(place));
    }
}

fn funding_row_name(row: &FundingRow) -> Row<'_> {
    match row.label() {
        Some(label) => Row::Printed(label),
        None => Row::Fixed("(unlabelled row)"),
    }
}

/// Audits one form: every `eval.*` rule of [`RULES`] except the roll-up rules (see
/// [`Rollup`](super::Rollup)). Rounding tails are reported as [`Severity::Info`]; differences
/// between a stated score and the formula are warnings, never corrections.
///
/// Each finding names its place once (the form's project, the row, the column); the message
/// does not repeat it.
///
/// ```
/// use final_accounts::evaluation::{audit_form, Form, ScoringParameters};
/// use final_accounts::finding::{Lang, Severity, Unnamed};
/// let form = Form::example()?;
/// let findings = audit_form(&form, &ScoringParameters::for_year(2023)?);
/// // No error; the 成本 indicator (=10.5万元 planned, =8万元 spent) scored 10 where the
/// // forward formula gives 7.62: a warning.
/// assert!(findings.iter().all(|f| f.severity < Severity::Error));
/// let cost = findings.iter().find(|f| f.rule.id == "eval.indicator-formula").unwrap();
/// assert_eq!(cost.expected.as_ref().map(ToString::to_string).as_deref(), Some("7.62"));
/// assert_eq!(cost.actual.as_ref().map(ToString::to_string).as_deref(), Some("10"));
/// assert!(cost.places[0].display(&Unnamed, Lang::En).to_string().ends_with("column 得分"));
/// assert!(cost.message(&Unnamed, Lang::En).contains("weight × actual / target = 10 × 8 / 10.5"));
/// # Ok::<(), final_accounts::evaluation::EvaluationError>(())
/// ```
#[must_use]
pub fn audit_form(form: &Form, params: &ScoringParameters) -> Vec<Finding> {
    run(form, Some(params))
}

/// Audits one form without scoring parameters: every check of [`audit_form`] that does not
/// need the formula — the funding rows (结余, 执行率 as printed, zero budget, execution above
/// budget, rows against the 资金总额 row, labels), the printed scores (missing ones, 总分
/// against their sum) and the typos (negative figures, scores above their weight, weights out
/// of range, targets that contradict their comparator). The audit runs it when no parameters
/// apply to the report year and says so in one `eval.no-parameters` finding
/// ([`no_parameters`]).
///
/// ```
/// use final_accounts::evaluation::{audit_form_arithmetic, Form, RawFundingRow};
/// let mut raw = Form::example()?.to_raw();
/// raw.funding[0].balance = Some("3.493".into()); // 10.5 − 8.007 = 2.493
/// let findings = audit_form_arithmetic(&Form::new(raw)?);
/// let balance = findings.iter().find(|f| f.rule.id == "eval.balance").unwrap();
/// assert_eq!(balance.actual.as_ref().map(ToString::to_string).as_deref(), Some("3.493"));
/// assert!(findings.iter().all(|f| f.rule.id != "eval.execution-score"));
/// # Ok::<(), final_accounts::evaluation::EvaluationError>(())
/// ```
#[must_use]
pub fn audit_form_arithmetic(form: &Form) -> Vec<Finding> {
    run(form, None)
}

/// The one finding of a disclosure whose forms could not be scored: no scoring parameters
/// apply to `year` (`error` says why, for [`EvaluationError::NoParameters`] with the earliest
/// year that has some). It names every check that did not run; `None` without forms.
///
/// ```
/// use final_accounts::evaluation::{no_parameters, Form, ScoringParameters};
/// let forms = [Form::example()?];
/// let error = ScoringParameters::for_year(2015).unwrap_err();
/// let finding = no_parameters(2015, &error, &forms).unwrap();
/// assert_eq!(finding.rule.id, "eval.no-parameters");
/// let message = finding.message(&final_accounts::finding::Unnamed, final_accounts::finding::Lang::En);
/// assert!(message.contains("2015") && message.contains("eval.grade-band"), "{message}");
/// # Ok::<(), final_accounts::evaluation::EvaluationError>(())
/// ```
#[must_use]
pub fn no_parameters(year: u16, error: &EvaluationError, forms: &[Form]) -> Option<Finding> {
    if forms.is_empty() {
        return None;
    }
    let earliest = match error {
        EvaluationError::NoParameters { earliest, .. } => Figure::Year(i32::from(*earliest)),
        _ => Figure::Phrase(&NO_PARAMETERS_NONE),
    };
    Some(
        Finding::new(&NO_PARAMETERS, &NO_PARAMETERS_FOUND)
            .at(Place::new(Part::Forms))
            .expected(Figure::Year(i32::from(year)))
            .actual(Figure::Phrase(&NO_PARAMETERS_NONE))
            .arg(earliest)
            .arg(Figure::Static(NEED_PARAMETERS_TEXT)),
    )
}

/// The finding of a form printing a year other than the disclosure's (`eval.year`), if any.
///
/// ```
/// use final_accounts::evaluation::{check_year, Form};
/// let form = Form::example()?; // (2023年度)
/// assert!(check_year(&form, 2023).is_none());
/// let finding = check_year(&form, 2024).unwrap();
/// assert_eq!(finding.expected.as_ref().map(ToString::to_string).as_deref(), Some("2024"));
/// assert_eq!(finding.actual.as_ref().map(ToString::to_string).as_deref(), Some("2023"));
/// # Ok::<(), final_accounts::evaluation::EvaluationError>(())
/// ```
#[must_use]
pub fn check_year(form: &Form, year: u16) -> Option<Finding> {
    if form.year() == year {
        return None;
    }
    let out = Out {
        form,
        findings: Vec::new(),
    };
    Some(
        Finding::new(&YEAR, &YEAR_DIFFERS)
            .at(out.place(Some(Row::Fixed("年度")), None))
            .expected(Figure::Year(i32::from(year)))
            .actual(Figure::Year(i32::from(form.year()))),
    )
}

fn run(form: &Form, params: Option<&ScoringParameters>) -> Vec<Finding> {
    let mut out = Out {
        form,
        findings: Vec::new(),
    };
    typos(&mut out);
    if let Some(params) = params {
        weights(&mut out, params);
    }
    levels(&mut out);
    for row in form.funding() {
        funding_row(&mut out, row, params);
    }
    funding_rows_agree(&mut out);
    scores(&mut out, params);
    out.findings
}

/// Whether an indicator's values may be below zero: a rate of change (增长率, 变化率 …) in
/// percent or without a unit. Every other value counts or measures something.
fn may_be_negative(indicator: &Indicator, quantity: &Quantity) -> bool {
    const CHANGE: [&str; 6] = ["增长", "增幅", "变化", "变动", "增减", "涨幅"];
    matches!(quantity.unit(), None | Some(TargetUnit::Percent))
        && CHANGE.iter().any(|w| indicator.name().contains(w))
}

/// A negative figure that cannot be negative.
fn negative(
    out: &mut Out<'_>,
    what: &'static str,
    printed: Figure,
    row: Row<'_>,
    column: &'static str,
) {
    out.push(
        Finding::new(&NEGATIVE, &NEGATIVE_FIGURE)
            .expected(Figure::Phrase(&NOT_NEGATIVE))
            .actual(printed)
            .arg(Figure::Static(what)),
        Some(row),
        Some(column),
    );
}

fn is_negative(value: Decimal) -> bool {
    value.is_sign_negative() && !value.is_zero()
}

/// Printable but impossible figures: negative ones, scores above their weight, weights out of
/// range, targets that contradict their comparator.
fn typos(out: &mut Out<'_>) {
    let form = out.form;
    for row in form.funding() {
        let amounts: [(&'static str, Option<FormAmount>); 4] = [
            ("目标申报数", row.declared()),
            ("预算编制数", row.budgeted()),
            ("全年预算数", Some(row.annual_budget())),
            ("全年执行数", Some(row.executed())),
        ];
        for (column, amount) in amounts {
            if let Some(amount) = amount
                && amount.amount().is_negative()
            {
                negative(out, column, amount.into(), funding_row_name(row), column);
            }
        }
        for (column, value) in [("执行率", row.rate_printed()), ("得分", row.score())] {
            if let Some(value) = value
                && is_negative(value)
            {
                negative(out, column, number(value), funding_row_name(row), column);
            }
        }
    }
    for indicator in form.indicators() {
        let weight = indicator.weight();
        if is_negative(weight) {
            negative(out, "分值", number(weight), Row::Path(indicator), "分值");
        } else if weight.is_zero() || weight > Decimal::ONE_HUNDRED {
            out.push(
                Finding::new(&WEIGHT_RANGE, &WEIGHT_OUT_OF_RANGE)
                    .expected(Figure::Number(Decimal::ONE_HUNDRED))
                    .actual(number(weight)),
                Some(Row::Path(indicator)),
                Some("分值"),
            );
        }
        if let Some(score) = indicator.score() {
            if is_negative(score) {
                negative(out, "得分", number(score), Row::Path(indicator), "得分");
            } else if score > weight && !is_negative(weight) {
                out.push(
                    Finding::new(&SCORE_ABOVE_WEIGHT_RULE, &INDICATOR_SCORE_ABOVE)
                        .expected(number(weight))
                        .actual(number(score)),
                    Some(Row::Path(indicator)),
                    Some("得分"),
                );
            }
        }
        let values: [(&'static str, Option<&TargetValue>, bool); 3] = [
            ("年初指标值", indicator.initial_target(), true),
            ("调整后指标值", indicator.adjusted_target(), true),
            ("实际完成值", indicator.actual(), false),
        ];
        for (column, value, is_target) in values {
            if let Some(value) = value {
                target_value(out, indicator, column, value, is_target);
            }
        }
    }
    if let Some(total) = form.total_score() {
        if is_negative(total) {
            negative(out, "总分", number(total), Row::Fixed("总分"), "总分");
        } else if total > Decimal::ONE_HUNDRED {
            out.push(
                Finding::new(&SCORE_ABOVE_WEIGHT_RULE, &TOTAL_ABOVE)
                    .expected(Figure::Number(Decimal::ONE_HUNDRED))
                    .actual(number(total)),
                Some(Row::Fixed("总分")),
                Some("总分"),
            );
        }
    }
}

/// One value of an indicator that cannot be negative: a negative number is `eval.negative`; a
/// target whose comparator no value can meet (`<0`, `≤-1`) or every value meets (`≥0`,
/// `≥-5%`) is `eval.target-comparator` (error or warning).
fn target_value(
    out: &mut Out<'_>,
    indicator: &Indicator,
    column: &'static str,
    value: &TargetValue,
    is_target: bool,
) {
    let Some(q) = value.quantity() else {
        return;
    };
    if may_be_negative(indicator, q) {
        return;
    }
    let v = q.value();
    let zero_or_less = v.is_zero() || q.is_negative();
    let contradiction = match q.comparator() {
        Some(Comparator::Below) if zero_or_less => Some((Severity::Error, &TARGET_UNATTAINABLE)),
        Some(Comparator::AtMost) if q.is_negative() => {
            Some((Severity::Error, &TARGET_UNATTAINABLE))
        }
        Some(Comparator::AtLeast) if zero_or_less => Some((Severity::Warning, &TARGET_VACUOUS)),
        Some(Comparator::Above) if q.is_negative() => Some((Severity::Warning, &TARGET_VACUOUS)),
        _ => None,
    };
    match contradiction {
        Some((severity, template)) if is_target => out.push(
            Finding::new(&TARGET_COMPARATOR, template)
                .severity(severity)
                .expected(Figure::Phrase(&NOT_NEGATIVE))
                .actual(Figure::text(value.printed())),
            Some(Row::Path(indicator)),
            Some(column),
        ),
        _ if q.is_negative() => negative(
            out,
            column,
            Figure::text(value.printed()),
            Row::Path(indicator),
            column,
        ),
        _ => {}
    }
}

fn weights(out: &mut Out<'_>, params: &ScoringParameters) {
    let form = out.form;
    let execution = *params.execution_weight().value();
    let per = |level: LevelOne| {
        form.indicators()
            .iter()
            .filter(|i| i.level_one() == level)
            .try_fold(Decimal::ZERO, |acc, i| acc.checked_add(i.weight()))
    };
    let total = form
        .indicators()
        .iter()
        .try_fold(execution, |acc, i| acc.checked_add(i.weight()));
    if let Some(total) = total
        && total != Decimal::ONE_HUNDRED
    {
        out.push(
            Finding::new(&WEIGHTS_SUM, &WEIGHTS_SUM_WRONG)
                .expected(Figure::Number(Decimal::ONE_HUNDRED))
                .actual(number(total))
                .arg(number(execution)),
            None,
            Some("分值"),
        );
    }
    let split = params.split().value();
    let mut deviations = String::new();
    for level in [
        LevelOne::Output,
        LevelOne::Effect,
        LevelOne::Satisfaction,
        LevelOne::Cost,
    ] {
        let actual = per(level).unwrap_or_default();
        let expected = split.of(level).unwrap_or_default();
        if actual != expected {
            // The printed figure of the finding: each first level that differs, with its default.
            use core::fmt::Write as _;
            let sep = if deviations.is_empty() { "" } else { ", " };
            let _ = write!(deviations, "{sep}{level} {actual} (default {expected})");
        }
    }
    if !deviations.is_empty() {
        out.push(
            Finding::new(&WEIGHT_SPLIT, &WEIGHT_SPLIT_DIFFERS)
                .expected("执行率 10, 产出 50, 效益 30, 满意度 10")
                .actual(deviations),
            None,
            Some("分值"),
        );
    }
}

fn levels(out: &mut Out<'_>) {
    let form = out.form;
    for i in form.indicators() {
        let usual = i.level_two().kind().usual_parent();
        let cost_as_first = i.level_one() == LevelOne::Cost;
        if usual != i.level_one() && !cost_as_first {
            out.push(
                Finding::new(&INDICATOR_LEVEL, &LEVEL_UNUSUAL)
                    .expected(<&'static str>::from(usual))
                    .actual(<&'static str>::from(i.level_one()))
                    .arg(Figure::text(i.level_two().to_string())),
                Some(Row::Path(i)),
                Some("二级指标"),
            );
        }
    }
}

fn funding_row(out: &mut Out<'_>, row: &FundingRow, params: Option<&ScoringParameters>) {
    if let Some(label) = row.label()
        && !row.is_total()
        && !KNOWN_SOURCES.contains(&label)
    {
        out.push(
            Finding::new(&FUNDING_LABEL, &LABEL_UNKNOWN)
                .expected(KNOWN_SOURCES_TEXT)
                .actual(Figure::text(label)),
            Some(funding_row_name(row)),
            None,
        );
    }
    let budget = row.annual_budget();
    let executed = row.executed();
    if let Some(balance) = row.balance()
        && let Ok(check) = check_sum(
            &budget.published(),
            &[executed.published(), balance.published()],
        )
    {
        let found = match check.verdict {
            Verdict::Exact => None,
            Verdict::WithinRounding => Some((Severity::Info, &BALANCE_TAIL)),
            _ => Some((BALANCE.severity, &BALANCE_WRONG)),
        };
        if let Some((severity, template)) = found {
            let mut finding = Finding::new(&BALANCE, template)
                .severity(severity)
                .actual(balance)
                .arg(budget)
                .arg(executed)
                .allowance(Allowance::Money {
                    yuan: check.allowance_yuan,
                    unit: MoneyUnit::WanYuan,
                });
            if let Ok(expected) = budget.amount().checked_sub(executed.amount()) {
                finding = finding.expected(wan(expected));
            }
            out.push(finding, Some(funding_row_name(row)), Some("资金结(转)余"));
        }
    }
    if budget.amount().is_negative() || executed.amount().is_negative() {
        // eval.negative reports it; no rate or score of a negative amount means anything.
        return;
    }
    if budget.amount().is_zero() {
        let finding = match row.rate() {
            Some(rate) => Finding::new(&ZERO_BUDGET, &ZERO_BUDGET_RATE)
                .severity(Severity::Error)
                .actual(rate),
            None => Finding::new(&ZERO_BUDGET, &ZERO_BUDGET_NO_RATE),
        };
        out.push(
            finding.expected(Figure::Phrase(&crate::finding::phrase::NO_RATE)),
            Some(funding_row_name(row)),
            Some("执行率"),
        );
        return;
    }
    if executed.amount() > budget.amount() {
        out.push(
            Finding::new(&OVER_EXECUTION, &OVER_BUDGET)
                .expected(budget)
                .actual(executed),
            Some(funding_row_name(row)),
            Some("全年执行数"),
        );
    }
    if let Some(stated) = row.rate() {
        rate(out, row, stated);
    }
    let Some(params) = params else {
        return;
    };
    let weight = *params.execution_weight().value();
    if let Some(stated) = row.score() {
        if stated > weight {
            out.push(
                Finding::new(&EXECUTION_SCORE_WEIGHT, &SCORE_ABOVE_WEIGHT)
                    .expected(number(weight))
                    .actual(number(stated)),
                Some(funding_row_name(row)),
                Some("得分"),
            );
        }
        execution_score(out, row, stated, weight, params);
    }
}

fn rate(out: &mut Out<'_>, row: &FundingRow, stated: crate::money::PublishedPercent) {
    let budget = row.annual_budget();
    let executed = row.executed();
    let check = check_rate(&executed.published(), &budget.published(), &stated);
    let (severity, template) = match check.verdict {
        Verdict::Exact => return,
        Verdict::WithinRounding => (Severity::Info, &RATE_TAIL),
        _ => (RATE.severity, &RATE_WRONG),
    };
    let printed = row
        .rate_printed()
        .unwrap_or_else(|| stated.percent().value());
    let mut finding = Finding::new(&RATE, template)
        .severity(severity)
        .actual(number(printed))
        .arg(executed)
        .arg(budget);
    if let Some(computed) = check.computed {
        finding = finding.expected(Figure::Percent {
            value: computed.value(),
            decimals: Some(stated.decimals()),
        });
    }
    if let Some(points) = rate_allowance(executed, budget, &check.possible, stated) {
        finding = finding.allowance(Allowance::Points(points));
    }
    out.push(finding, Some(funding_row_name(row)), Some("执行率"));
}

/// The largest difference between a printed rate and the rate of the printed amounts that
/// rounding explains: half a unit in the rate's last place, plus how far the rate of the
/// true (unrounded) amounts may be from that of the printed ones.
fn rate_allowance(
    executed: FormAmount,
    budget: FormAmount,
    possible: &Option<Interval>,
    stated: crate::money::PublishedPercent,
) -> Option<Decimal> {
    let exact = Percent::ratio(executed.amount(), budget.amount())
        .ok()
        .flatten()?
        .value();
    let possible = possible.as_ref()?;
    let spread = possible
        .hi()
        .checked_sub(exact)?
        .max(exact.checked_sub(possible.lo())?);
    let half = Decimal::new(5, stated.decimals().saturating_add(1));
    let points = spread.checked_add(half)?;
    Some(crate::money::round_half_away(points, 4).normalize())
}

fn execution_score(
    out: &mut Out<'_>,
    row: &FundingRow,
    stated: Decimal,
    weight: Decimal,
    params: &ScoringParameters,
) {
    let budget = row.annual_budget();
    let executed = row.executed();
    let Ok(score) =
        super::scoring::score_execution(budget.amount(), executed.amount(), weight, params)
    else {
        return;
    };
    let ExecutionScore::Rated {
        score: computed, ..
    } = score
    else {
        return;
    };
    if computed == stated {
        return;
    }
    // Every score the true (unrounded) amounts allow.
    let cap = *params.cap_at_full_execution().value();
    let possible = executed
        .published()
        .interval_yuan()
        .checked_div(&budget.published().interval_yuan())
        .and_then(|q| {
            // q is the ratio itself (not in percent): the score is min(q, 1) × weight.
            let clamp = |v: Decimal| if cap { v.min(Decimal::ONE) } else { v };
            Interval::new(clamp(q.lo()), clamp(q.hi()))?.checked_scale(weight)
        });
    let stated_interval = Interval::around(stated, half_cent());
    let finding = match (possible, stated_interval) {
        (Some(p), Some(s)) if p.meets(&s) => {
            let bound = |v: Decimal| Figure::Number(crate::money::round_half_away(v, 4));
            Finding::new(&EXECUTION_SCORE, &EXECUTION_SCORE_TAIL)
                .severity(Severity::Info)
                .arg(bound(p.lo()))
                .arg(bound(p.hi()))
        }
        _ => Finding::new(&EXECUTION_SCORE, &EXECUTION_SCORE_WRONG)
            .arg(executed)
            .arg(budget)
            .arg(number(weight)),
    };
    out.push(
        finding.expected(number(computed)).actual(number(stated)),
        Some(funding_row_name(row)),
        Some("得分"),
    );
}

/// Reads one amount column of a funding row.
type ColumnGetter = fn(&FundingRow) -> Option<FormAmount>;

fn funding_rows_agree(out: &mut Out<'_>) {
    let form = out.form;
    let rows = form.funding();
    if rows.len() < 2 {
        return;
    }
    let total_index = rows.iter().position(FundingRow::is_total).or_else(|| {
        let mut unlabelled = rows
            .iter()
            .enumerate()
            .filter(|(_, r)| r.label().is_none())
            .map(|(i, _)| i);
        match (unlabelled.next(), unlabelled.next()) {
            (Some(one), None) => Some(one),
            _ => None,
        }
    });
    let Some(total_index) = total_index else {
        return;
    };
    let Some(total) = rows.get(total_index) else {
        return;
    };
    let parts: Vec<&FundingRow> = rows
        .iter()
        .enumerate()
        .filter(|(i, _)| *i != total_index)
        .map(|(_, r)| r)
        .collect();
    let columns: [(&'static str, ColumnGetter); 5] = [
        ("目标申报数", FundingRow::declared),
        ("预算编制数", FundingRow::budgeted),
        ("全年预算数", |r| Some(r.annual_budget())),
        ("全年执行数", |r| Some(r.executed())),
        ("资金结(转)余", FundingRow::balance),
    ];
    for (column, get) in columns {
        let Some(t) = get(total) else { continue };
        let Some(published) = parts
            .iter()
            .map(|r| get(r).map(|a| a.published()))
            .collect::<Option<Vec<_>>>()
        else {
            continue;
        };
        let Ok(check) = check_sum(&t.published(), &published) else {
            continue;
        };
        let severity = match check.verdict {
            Verdict::Exact => continue,
            Verdict::WithinRounding => Severity::Info,
            _ => FUNDING_ROWS.severity,
        };
        out.push(
            Finding::new(&FUNDING_ROWS, &FUNDING_ROWS_DIFFER)
                .severity(severity)
                .expected(wan(check.expected))
                .actual(t)
                .allowance(Allowance::Money {
                    yuan: check.allowance_yuan,
                    unit: MoneyUnit::WanYuan,
                }),
            Some(funding_row_name(total)),
            Some(column),
        );
    }
}

fn scores(out: &mut Out<'_>, params: Option<&ScoringParameters>) {
    let form = out.form;
    let evaluation = params.and_then(|p| evaluate(form, p).ok());
    if form.stated_execution_score().is_none() {
        let finding = match &evaluation {
            Some(evaluation) => {
                let formula = match evaluation.execution.score() {
                    Some(score) => number(score),
                    None => Figure::Phrase(&NO_SCORE),
                };
                Finding::new(&MISSING_SCORE, &EXECUTION_SCORE_MISSING).arg(formula)
            }
            None => Finding::new(&MISSING_SCORE, &EXECUTION_SCORE_MISSING_PLAIN),
        };
        out.push(finding, Some(Row::Fixed("执行率")), Some("得分"));
    }
    match &evaluation {
        Some(evaluation) => {
            for (indicator, score) in form.indicators().iter().zip(&evaluation.indicators) {
                if let Some(finding) = indicator_finding(indicator, score) {
                    out.push(finding, Some(Row::Path(indicator)), Some("得分"));
                }
            }
        }
        None => {
            for indicator in form.indicators() {
                if indicator.score().is_none() {
                    out.push(
                        Finding::new(&MISSING_SCORE, &INDICATOR_SCORE_MISSING),
                        Some(Row::Path(indicator)),
                        Some("得分"),
                    );
                }
            }
        }
    }
    let Some(stated_total) = form.total_score() else {
        out.push(
            Finding::new(&MISSING_SCORE, &TOTAL_MISSING),
            Some(Row::Fixed("总分")),
            Some("总分"),
        );
        return;
    };
    // Σ of the printed scores: 执行率得分 and every indicator's (None once one is missing).
    let stated_sum = form.indicators().iter().try_fold(
        form.stated_execution_score().unwrap_or_default(),
        |acc, i| acc.checked_add(i.score()?),
    );
    if form.stated_execution_score().is_some()
        && let Some(sum) = stated_sum
    {
        let n = form.indicators().len().saturating_add(2);
        total_against(out, &TOTAL_SUM, stated_total, sum, n, &SUM_OF_STATED);
    }
    let (Some(evaluation), Some(params)) = (evaluation, params) else {
        return;
    };
    if let Some(total) = evaluation.total {
        let n = evaluation.indicators.len().saturating_add(1);
        // Without a stated execution score, this is the only check of 总分.
        if evaluation.stated_sum.is_none() || total != stated_total {
            total_against(
                out,
                &TOTAL_FORMULA,
                stated_total,
                total,
                n,
                &FORMULA_AND_STATED,
            );
        }
    }
    let scheme = params.grades().value();
    match evaluation.stated_grade {
        None => out.push(
            Finding::new(&MISSING_SCORE, &GRADE_MISSING),
            Some(Row::Fixed("等级")),
            Some("等级"),
        ),
        Some(stated) => {
            let expected = scheme.grade_of(stated_total);
            if expected != stated {
                out.push(
                    Finding::new(&GRADE_BAND, &GRADE_WRONG)
                        .expected(<&'static str>::from(expected))
                        .actual(<&'static str>::from(stated))
                        .arg(number(stated_total)),
                    Some(Row::Fixed("等级")),
                    Some("等级"),
                );
            }
        }
    }
}

/// The finding of one indicator's score, if any: missing, without a formula, or away from
/// the formula.
fn indicator_finding(indicator: &Indicator, score: &IndicatorScore) -> Option<Finding> {
    let Some(stated) = score.stated else {
        return Some(Finding::new(&MISSING_SCORE, &INDICATOR_SCORE_MISSING));
    };
    let printed = |value: Option<&super::target::TargetValue>| {
        Figure::text(value.map_or("", super::target::TargetValue::printed))
    };
    if let Computed::NotComputable(why) = score.computed {
        let finding = match why {
            Unscorable::UnitsDiffer { .. } => {
                Finding::new(&INDICATOR_UNSCORABLE, &UNSCORABLE_UNITS)
                    .arg(printed(indicator.target()))
                    .arg(printed(indicator.actual()))
            }
            other => {
                Finding::new(&INDICATOR_UNSCORABLE, &UNSCORABLE).arg(Figure::Phrase(match other {
                    Unscorable::NoTarget => &NO_TARGET,
                    Unscorable::NoActual => &NO_ACTUAL,
                    Unscorable::QualitativeTarget { .. } => &QUALITATIVE_TARGET,
                    Unscorable::NegativeValue => &NEGATIVE_VALUE,
                    _ => &NO_ATTAINMENT,
                }))
            }
        };
        return Some(finding.actual(number(stated)));
    }
    if score.computed.admits(stated) != Some(false) {
        return None;
    }
    let finding = match score.basis {
        Basis::Ratio {
            numerator,
            denominator,
            ..
        } => Finding::new(
            &INDICATOR_FORMULA,
            if score.method == Method::Reverse {
                &REVERSE_RATIO
            } else {
                &FORWARD_RATIO
            },
        )
        .arg(printed(indicator.target()))
        .arg(printed(indicator.actual()))
        .arg(number(score.weight))
        .arg(Figure::Number(numerator))
        .arg(Figure::Number(denominator)),
        Basis::Band {
            attainment,
            lo_percent,
            hi_percent,
        } => Finding::new(&INDICATOR_FORMULA, &BAND_SCORED)
            .arg(<&'static str>::from(attainment))
            .arg(number(score.weight))
            .arg(Figure::Number(lo_percent))
            .arg(Figure::Number(hi_percent)),
        _ => Finding::new(&INDICATOR_FORMULA, &MET_BUT_SCORED)
            .arg(printed(indicator.target()))
            .arg(printed(indicator.actual())),
    };
    Some(
        finding
            .expected(computed_figure(&score.computed))
            .actual(number(stated)),
    )
}

fn total_against(
    out: &mut Out<'_>,
    rule: &'static Rule,
    stated: Decimal,
    expected: Decimal,
    scores: usize,
    what: &'static Template,
) {
    if stated == expected {
        return;
    }
    let allowance = Decimal::from(scores)
        .checked_mul(half_cent())
        .unwrap_or_default();
    let diff = stated.checked_sub(expected).unwrap_or_default().abs();
    let finding = if diff <= allowance {
        Finding::new(rule, &TOTAL_TAIL)
            .severity(Severity::Info)
            .arg(Figure::Phrase(what))
            .arg(Figure::Number(diff))
            .arg(Figure::Number(allowance))
    } else {
        Finding::new(rule, &TOTAL_WRONG).arg(Figure::Phrase(what))
    };
    out.push(
        finding.expected(number(expected)).actual(number(stated)),
        Some(Row::Fixed("总分")),
        Some("总分"),
    );
}

#[cfg(test)]
mod tests {
    use super::{KNOWN_SOURCES, KNOWN_SOURCES_TEXT, NEED_PARAMETERS, NEED_PARAMETERS_TEXT};

    #[test]
    fn the_quoted_sources_are_the_known_ones() {
        assert_eq!(KNOWN_SOURCES.join("/"), KNOWN_SOURCES_TEXT);
    }

    #[test]
    fn the_quoted_rules_are_those_that_need_parameters() {
        let ids: Vec<&str> = NEED_PARAMETERS.iter().map(|r| r.id).collect();
        assert_eq!(ids.join(", "), NEED_PARAMETERS_TEXT);
    }
}
