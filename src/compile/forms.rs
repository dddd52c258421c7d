//! Compiling a unit's project accounts into its self-evaluation forms (项目支出绩效自评表),
//! consistent by construction, and the figures the 说明's performance paragraph reports.
//!
//! How a form is printed, and what it guarantees: [`compile_form`].

use rust_decimal::Decimal;

use super::CompileError;
use crate::accounts::{Accounts, AccountsError, ProjectAccounts};
use crate::evaluation::{
    AnalysisItem, AnalysisSubject, Form, RawForm, RawFundingRow, ScoringParameters, score_execution,
};
use crate::money::{
    Amount, ExactTable, Interval, MoneyUnit, Percent, PublishedAmount, PublishedPercent, RowTree,
    TableRounding,
};
use crate::narrative::{PrintedKind, PrintedValue, printed_figures};

/// Decimals of 万元 a form prints amounts with.
const AMOUNT_DECIMALS: u32 = 3;

/// Decimals a form prints rates and scores with.
const RATE_DECIMALS: u32 = 2;

/// The label of the total row, as the seed's forms print it.
const TOTAL_LABEL: &str = "资金总额:";

/// Compiles the forms of every project of `accounts`, in the accounts' order, for the
/// accounts' year; no project, no form.
///
/// ```
/// use final_accounts::accounts::{Accounts, FundingSource, IndicatorAccounts, ProjectAccounts};
/// use final_accounts::compile::compile_forms;
/// use final_accounts::evaluation::{audit_form, Grade, LevelOne, LevelTwo, ScoringParameters};
/// use final_accounts::money::{Amount, TableRounding};
/// use rust_decimal::Decimal;
///
/// let yuan = |y: i64| Amount::from_yuan(Decimal::from(y));
/// let w = Decimal::from;
/// // The seed's 农民工联席办公经费: 8 万元 budgeted, 2.73 spent.
/// let project = ProjectAccounts::new("农民工联席办公经费", "121-大同市人力资源和社会保障局[部门]".parse()?,
///         "121001-大同市人力资源和社会保障局".parse()?)
///     .with_source(FundingSource::new("市县区财政资金", yuan(80_000)?, yuan(80_000)?, yuan(27_300)?))
///     .with_indicator(IndicatorAccounts::new(LevelOne::Output, LevelTwo::Cost, "农民工联席办公费用",
///         "≤8万元".parse()?, "≤2.73万元".parse()?, w(50)))
///     .with_indicator(IndicatorAccounts::new(LevelOne::Effect, LevelTwo::SocialBenefit, "促进农民工维权",
///         "促进".parse()?, "达成预期指标".parse()?, w(30)).with_judged_score(w(30)))
///     .with_indicator(IndicatorAccounts::new(LevelOne::Satisfaction, LevelTwo::BeneficiarySatisfaction,
///         "农民工满意度", "≥95%".parse()?, "=95%".parse()?, w(10)))
///     .with_analysis("项目实施和预算执行情况", "改为线上沟通，执行率34.12%");
/// let accounts = Accounts::new("大同市人力资源和社会保障局", 2023, vec![], vec![])?
///     .with_projects(vec![project])?;
/// let forms = compile_forms(&accounts, TableRounding::Controlled)?;
/// let form = &forms[0];
/// // 2.73 / 8 = 34.125 %: 34.13, and the analysis says so (the seed printed 34.12).
/// assert_eq!(form.stated_rate().unwrap().to_string(), "34.13%");
/// assert_eq!(form.stated_execution_score(), Some(Decimal::new(341, 2)));
/// assert_eq!(form.total_score(), Some(Decimal::new(9341, 2)));
/// assert_eq!(form.grade(), Some(Grade::Excellent));
/// assert_eq!(form.analysis()[0].text, "改为线上沟通，执行率34.13%");
/// assert!(audit_form(form, &ScoringParameters::for_year(2023)?).is_empty());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
///
/// # Errors
///
/// [`CompileError::Evaluation`] when no scoring parameters apply to the year, and the errors
/// of [`compile_form`].
pub fn compile_forms(
    accounts: &Accounts,
    rounding: TableRounding,
) -> Result<Vec<Form>, CompileError> {
    if accounts.projects().is_empty() {
        return Ok(Vec::new());
    }
    let params = ScoringParameters::for_year(accounts.year())?;
    accounts
        .projects()
        .iter()
        .map(|p| compile_form(p, accounts.year(), &params, rounding))
        .collect()
}

/// Compiles one project into its form of `year`, scored with `params`, its amounts rounded
/// under `rounding`.
///
/// * **Amounts** are printed in 万元 with three decimals, trailing zeros dropped ("10.5",
///   "8.007", "0"), as the forms print them. The funding block is two small tables of exact 元:
///   the sources against 全年执行数 and 资金结(转)余 (each source's 全年预算数 is its row total,
///   the 资金总额 row their column sums), and the sources' 年初预算数 (printed as 目标申报数 and
///   预算编制数). Each is a hierarchy of one total row over the source rows against one level
///   of columns: a network, so under [`TableRounding::Controlled`] every printed figure is
///   within one printed unit (0.001 万元, 10 元) of its exact value, strictly, and the 资金总额
///   row is the sum of the printed source rows and 结余 = 全年预算数 − 全年执行数 in every row,
///   exactly. Under [`TableRounding::Independent`] each figure is rounded on its own (within
///   half a unit) and those sums may show rounding tails, which the audit reports as info.
/// * **执行率 and 执行率得分** are computed from the *printed* 全年执行数 and 全年预算数 of each
///   row with the report year's [`ScoringParameters`] (`min(执行率, 100 %) × 10`, 四舍五入 to two
///   decimals): a reader of the form, and [`evaluate`](crate::evaluation::evaluate), gets the
///   same figures from the same printed amounts. The 资金总额 row prints them without trailing
///   zeros ("62.7", "100"), a source row with two decimals ("62.70"), as the seed's forms do.
/// * **Indicator scores**: the formula's ([`score_indicator`](crate::evaluation::score_indicator))
///   for a quantitative indicator, the unit's judged score within its attainment's band for a
///   qualitative one
///   ([`IndicatorAccounts::score`](crate::accounts::IndicatorAccounts::score)); **总分** is the 执行率得分 plus the
///   indicator scores, exactly, and **等级** its grade under the year's grade scheme.
/// * **The analysis**: a figure a text gives as the 执行率, the money spent or the budget
///   ([`AnalysisSubject`]) that the printed figures do not allow is replaced by the printed
///   figure (the 资金总额 row's 执行率, 全年执行数 or 全年预算数); every other word is kept.
///
/// A compiled form therefore audits without an error or a warning (`audit_form`, and the
/// audit's check of the analysis), except `eval.over-execution` for a source executed above its
/// budget, which the accounts may hold and the form must show.
///
/// ```
/// use final_accounts::accounts::{FundingSource, IndicatorAccounts, ProjectAccounts};
/// use final_accounts::compile::compile_form;
/// use final_accounts::evaluation::{LevelOne, LevelTwo, ScoringParameters};
/// use final_accounts::money::{Amount, TableRounding};
/// use rust_decimal::Decimal;
///
/// let yuan = |fen: i64| Amount::from_yuan(Decimal::new(fen, 2));
/// // Two sources: 6 + 2.00044 万元 budgeted, 4.50012 + 1.00055 spent.
/// let project = ProjectAccounts::new("示例项目", "100-示例市某某局[部门]".parse()?, "100001-示例市某某局".parse()?)
///     .with_source(FundingSource::new("市县区财政资金", yuan(6_000_000)?, yuan(6_000_000)?, yuan(4_500_120)?))
///     .with_source(FundingSource::new("其他资金", yuan(2_000_440)?, yuan(2_000_440)?, yuan(1_000_550)?))
///     .with_indicator(IndicatorAccounts::new(LevelOne::Output, LevelTwo::Quantity, "人数",
///         "≥10人".parse()?, "=10人".parse()?, Decimal::from(90)));
/// let params = ScoringParameters::for_year(2023)?;
/// let form = compile_form(&project, 2023, &params, TableRounding::Controlled)?;
/// let total = form.total_row().unwrap();
/// let parts: Decimal = form.funding()[1..].iter().map(|r| r.executed().printed()).sum();
/// assert_eq!(total.executed().printed(), parts); // no rounding tail
/// for row in form.funding() {
///     let b = row.annual_budget().printed();
///     assert_eq!(b, row.executed().printed() + row.balance().unwrap().printed());
/// }
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
///
/// # Errors
///
/// [`CompileError::Accounts`] wrapping the [`ProjectError`](crate::accounts::ProjectError) of
/// a project that [`ProjectAccounts::validate`] refuses; the other variants for figures beyond
/// the supported range, or a form the crate refuses (a defect, reported rather than hidden).
pub fn compile_form(
    project: &ProjectAccounts,
    year: u16,
    params: &ScoringParameters,
    rounding: TableRounding,
) -> Result<Form, CompileError> {
    let scores = project
        .scores(params)
        .map_err(|error| AccountsError::Project {
            project: project.name().to_owned(),
            error: Box::new(error),
        })?;
    let funding = funding_block(project, params, rounding)?;
    let execution_score = funding
        .first()
        .map(|row| row.score)
        .ok_or(CompileError::Internal("the 资金总额 row"))?;
    let indicators = project
        .indicators()
        .iter()
        .zip(&scores)
        .map(|(i, s)| i.to_indicator(Some(*s)).map(|i| i.to_raw()))
        .collect::<Result<Vec<_>, _>>()?;
    let total = scores
        .iter()
        .try_fold(execution_score, |acc, s| acc.checked_add(*s))
        .ok_or(CompileError::Internal("总分 within range"))?;
    let grade = params.grades().value().grade_of(total);
    let reference = funding
        .first()
        .ok_or(CompileError::Internal("the 资金总额 row"))?;
    let analysis = project
        .analysis()
        .iter()
        .map(|item| AnalysisItem {
            label: item.label.clone(),
            text: restate(&item.text, reference),
        })
        .collect();
    let raw = RawForm {
        title: format!("{}项目支出绩效自评表", project.name()),
        year,
        project: project.name().to_owned(),
        department: project.department().to_string(),
        budget_unit: project.budget_unit().to_string(),
        funding: funding.iter().map(PrintedRow::to_raw).collect(),
        annual_goal: project.goal().map(str::to_owned),
        achievement: project.achievement().map(str::to_owned),
        indicators,
        total_score: Some(total.normalize().to_string()),
        grade: Some(grade.to_string()),
        analysis,
    };
    Ok(Form::new(raw)?)
}

/// One printed row of the funding block.
struct PrintedRow {
    label: String,
    total: bool,
    initial: PublishedAmount,
    budget: PublishedAmount,
    executed: PublishedAmount,
    balance: PublishedAmount,
    rate: Decimal,
    score: Decimal,
}

impl PrintedRow {
    fn to_raw(&self) -> RawFundingRow {
        let amount = |a: &PublishedAmount| wan_text(a.amount());
        // The 资金总额 row drops trailing zeros ("62.7", "100"), a source row prints two
        // decimals ("62.70", "100.00"), as the seed's forms do.
        let figure = |v: Decimal| {
            if self.total {
                v.normalize().to_string()
            } else {
                let mut fixed = v;
                fixed.rescale(RATE_DECIMALS);
                fixed.to_string()
            }
        };
        RawFundingRow {
            label: Some(self.label.clone()),
            declared: Some(amount(&self.initial)),
            budgeted: Some(amount(&self.initial)),
            annual_budget: amount(&self.budget),
            executed: amount(&self.executed),
            balance: Some(amount(&self.balance)),
            rate: Some(figure(self.rate)),
            score: Some(figure(self.score)),
        }
    }
}

/// An amount in 万元 as a form prints it: up to three decimals, trailing zeros dropped.
fn wan_text(amount: Amount) -> String {
    let v = amount.wan_yuan().normalize();
    if v.is_zero() {
        "0".to_owned()
    } else {
        v.to_string()
    }
}

/// The funding block, the 资金总额 row first and then the sources in order.
fn funding_block(
    project: &ProjectAccounts,
    params: &ScoringParameters,
    rounding: TableRounding,
) -> Result<Vec<PrintedRow>, CompileError> {
    let sources = project.sources();
    let tree = || {
        RowTree::new(
            core::iter::once(None)
                .chain(sources.iter().map(|_| Some(0)))
                .collect(),
        )
    };
    let spending = sources
        .iter()
        .map(|s| Ok(vec![s.executed(), s.balance()?]))
        .collect::<Result<Vec<_>, crate::money::MoneyError>>()?;
    let spending = ExactTable::new(tree()?, 2, spending)?.round(
        MoneyUnit::WanYuan,
        AMOUNT_DECIMALS,
        rounding,
    )?;
    let initial = sources.iter().map(|s| vec![s.initial_budget()]).collect();
    let initial = ExactTable::new(tree()?, 1, initial)?.round(
        MoneyUnit::WanYuan,
        AMOUNT_DECIMALS,
        rounding,
    )?;
    let weight = *params.execution_weight().value();
    let labels = core::iter::once(TOTAL_LABEL).chain(sources.iter().map(|s| s.label()));
    labels
        .enumerate()
        .map(|(row, label)| {
            let budget = spending.total(row);
            let executed = spending.cell(row, 0);
            let rate = Percent::ratio(executed.amount(), budget.amount())?
                .ok_or(CompileError::Internal("a non-zero 全年预算数"))?
                .round(RATE_DECIMALS)
                .value();
            let score = score_execution(budget.amount(), executed.amount(), weight, params)?
                .score()
                .ok_or(CompileError::Internal("a non-zero 全年预算数"))?;
            Ok(PrintedRow {
                label: label.to_owned(),
                total: row == 0,
                initial: initial.cell(row, 0),
                budget,
                executed,
                balance: spending.cell(row, 1),
                rate,
                score,
            })
        })
        .collect()
}

/// `text` with every figure it gives as the 执行率, the money spent or the budget that the
/// printed row does not allow replaced by the printed figure. Figures are read as the audit
/// reads them, in the text without white space; the replacement is made in the text as given.
fn restate(text: &str, row: &PrintedRow) -> String {
    let mut compact = String::with_capacity(text.len());
    // For each byte of the compact text, the byte of `text` it comes from.
    let mut origin: Vec<usize> = Vec::with_capacity(text.len());
    for (at, c) in text.char_indices() {
        if c.is_whitespace() {
            continue;
        }
        compact.push(c);
        origin.extend((0..c.len_utf8()).map(|k| at.saturating_add(k)));
    }
    let rate = PublishedPercent::new(row.rate, RATE_DECIMALS)
        .ok()
        .map(|r| r.interval());
    let rate_text = row.rate.normalize().to_string();
    let mut replacements: Vec<(usize, usize, String)> = Vec::new();
    for figure in printed_figures(&compact) {
        let percent = match figure.kind {
            PrintedKind::Percent => true,
            PrintedKind::Amount => false,
            PrintedKind::Count(_) => continue,
        };
        let Some(words) = compact.get(figure.label_start..figure.start) else {
            continue;
        };
        let Some(subject) = AnalysisSubject::of(words, percent) else {
            continue;
        };
        let PrintedValue::Number(value) = figure.value else {
            continue;
        };
        let Some(stated) = Interval::rounded(value, value.scale()) else {
            continue;
        };
        let (allowed, replacement): (Vec<Interval>, String) = match subject {
            AnalysisSubject::Rate => (rate.into_iter().collect(), rate_text.clone()),
            AnalysisSubject::Spent => (
                vec![row.executed.interval()],
                wan_text(row.executed.amount()),
            ),
            AnalysisSubject::Budget => (
                vec![row.budget.interval(), row.initial.interval()],
                wan_text(row.budget.amount()),
            ),
        };
        if allowed.iter().any(|a| a.meets(&stated)) {
            continue;
        }
        // A sign printed before a negative figure goes with it.
        let mut start = figure.start;
        if value.is_sign_negative()
            && let Some(sign) = compact.get(..start).and_then(|b| b.chars().next_back())
            && matches!(sign, '-' | '－' | '−')
        {
            start = start.saturating_sub(sign.len_utf8());
        }
        let last = figure.end.checked_sub(1).and_then(|i| origin.get(i));
        if let (Some(&from), Some(&last)) = (origin.get(start), last) {
            replacements.push((from, last.saturating_add(1), replacement));
        }
    }
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    for (from, to, replacement) in replacements {
        out.push_str(text.get(at..from).unwrap_or(""));
        out.push_str(&replacement);
        at = to;
    }
    out.push_str(text.get(at..).unwrap_or(""));
    out
}
