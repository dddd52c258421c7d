//! The funding rows of a form: 结余, 执行率, the execution score and the rows against the
//! 资金总额 row.

use rust_decimal::Decimal;

use super::{
    KNOWN_SOURCES, KNOWN_SOURCES_TEXT, Out, SRC_DOMAIN6, funding_row_name, half_cent, number,
};
use crate::evaluation::form::{FormAmount, FundingRow};
use crate::evaluation::scoring::{ExecutionScore, ScoringParameters};
use crate::finding::{Allowance, Area, Figure, Finding, Rule, Severity, Template};
use crate::money::{Amount, Interval, MoneyUnit, Percent, Verdict, check_rate, check_sum};

/// `eval.execution-score-weight`: see [`RULES`](super::RULES).
pub const EXECUTION_SCORE_WEIGHT: Rule = Rule::new("eval.execution-score-weight", Area::Evaluation, Severity::Error)
    .titled("execution score within its weight", "执行率得分不超过分值")
    .described("The stated 执行率得分 is at most the execution weight (indicator scores are bounded by their weight when the form is built).")
    .sourced(SRC_DOMAIN6);

/// `eval.balance`: see [`RULES`](super::RULES).
pub const BALANCE: Rule = Rule::new("eval.balance", Area::Evaluation, Severity::Error)
    .titled("balance equals budget minus execution", "结余 = 全年预算数 − 全年执行数")
    .described("In each funding row, 资金结(转)余 = 全年预算数 − 全年执行数, within the rounding of the three-decimal figures.")
    .sourced("DOMAIN.md §6 [D]");

/// `eval.funding-rows`: see [`RULES`](super::RULES).
pub const FUNDING_ROWS: Rule = Rule::new("eval.funding-rows", Area::Evaluation, Severity::Error)
    .titled("funding rows agree with the total", "资金来源合计等于资金总额")
    .described("The source rows of the funding block add up to the 资金总额 row (or to the unlabelled row standing for it), figure by figure, within rounding.")
    .sourced("form layout [D]");

/// `eval.funding-label`: see [`RULES`](super::RULES).
pub const FUNDING_LABEL: Rule = Rule::new("eval.funding-label", Area::Evaluation, Severity::Info)
    .titled("known source-of-funds label", "资金来源名称")
    .described("A funding row's label is a known source of funds (市县区财政资金 …) or 资金总额; a misspelling such as 市市区财政资金 is reported as printed.")
    .sourced("the spec's forms [P]");

/// `eval.rate`: see [`RULES`](super::RULES).
pub const RATE: Rule = Rule::new("eval.rate", Area::Evaluation, Severity::Error)
    .titled("stated execution rate", "执行率")
    .described("The stated 执行率 equals 全年执行数 / 全年预算数 × 100 under the precision-aware check (three-decimal amounts, two-decimal rate); a rounding tail is info.")
    .sourced("form note 4: “执行率”是执行数与“全年预算数”相比较 [P]");

/// `eval.zero-budget`: see [`RULES`](super::RULES).
pub const ZERO_BUDGET: Rule = Rule::new("eval.zero-budget", Area::Evaluation, Severity::Warning)
    .titled("zero budget", "全年预算数为零")
    .described("A zero 全年预算数 has no execution rate and no execution score; a printed rate there is an error.")
    .sourced(SRC_DOMAIN6);

/// `eval.over-execution`: see [`RULES`](super::RULES).
pub const OVER_EXECUTION: Rule = Rule::new("eval.over-execution", Area::Evaluation, Severity::Warning)
    .titled("execution above budget", "执行数超过预算数")
    .described("全年执行数 above 全年预算数 (执行率 > 100 %): the score is capped at the weight, a cap no primary text confirms.")
    .sourced(SRC_DOMAIN6);

/// `eval.execution-score`: see [`RULES`](super::RULES).
pub const EXECUTION_SCORE: Rule = Rule::new("eval.execution-score", Area::Evaluation, Severity::Error)
    .titled("stated execution score", "执行率得分")
    .described("The stated 执行率得分 equals min(执行率, 100 %) × 分值, computed from the printed amounts, within their rounding.")
    .sourced(SRC_DOMAIN6);

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

/// An amount in 万元 without trailing zeros, as a sum or difference of form amounts is shown.
fn wan(amount: Amount) -> Figure {
    Figure::Money {
        amount,
        unit: MoneyUnit::WanYuan,
        decimals: None,
    }
}

pub(super) fn funding_row(out: &mut Out<'_>, row: &FundingRow, params: Option<&ScoringParameters>) {
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
        super::super::scoring::score_execution(budget.amount(), executed.amount(), weight, params)
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

pub(super) fn funding_rows_agree(out: &mut Out<'_>) {
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
