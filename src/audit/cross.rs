//! Rules between tables (`x.*`): the same figure printed in two tables, and the relations the
//! template implies between them.
//!
//! # How figures are compared
//!
//! * **The same figure printed twice** (02 合计 and 01 本年收入合计, 05 类 and the 一般公共预算
//!   column of 04, …) must match exactly when neither printing can be a sum of rounded parts.
//!   An aggregate with n printed parts (the largest count it has in any table printing it)
//!   may differ by less than (n + 1)/2 units of the last place (a derivation tail, info). A
//!   larger difference is an error; a difference of exactly ×10⁴ is reported as a 元/万元 slip
//!   (`x.unit-slip`). Figures printed with different precisions are compared by their
//!   intervals (a difference rounding explains is info).
//! * **A computed figure** (02 财政拨款收入 = 01 一 + 二 + 三, 05 基本支出 = 06 人员经费合计 +
//!   公用经费合计) is checked with [`check_sum`](crate::money::check_sum): a rounding tail is
//!   info, a larger difference an error. An aggregate among the figures counts the half units
//!   of its n parts, as it may have been added up from them.
//! * **A bound** (fiscal figures within all-funds figures, 三公 within its budget and above
//!   its economic codes) is a warning. Rounding is monotone, so one figure may not exceed a
//!   bound printed with the same precision at all; a sum of figures may exceed it by the half
//!   units of the figures (info).
//!
//! Blank and "——" count as zero; a relation where nothing is printed on either side is not
//! reported. A table that is absent from the disclosure is skipped: whether it should be there
//! is the business of the label rules.
//!
//! Places name tables by what they are ([`TableKind`](crate::disclosure::TableKind)), rows by
//! their code or printed label and columns by their key; the report names them as the document
//! prints them ("公开09表（支出决算表） row 208 column 本年支出合计"). Places and figures are made
//! only for a finding: a relation that holds allocates nothing.

mod compare;
mod detail;
mod empty;
mod funds;
mod summary;

use crate::audit::{Finding, Rule, Severity};
use crate::disclosure::Disclosure;
use crate::finding::{Area, Edit};

/// The source of the relations that follow from the template's arithmetic.
const DERIVED: &str = "[D] follows from the template (domain notes, section 4: 02↔01, 03↔01, 04↔01, 05↔04, 07↔04, 08↔04, 06↔05)";

/// `x.income-total`: see [`RULES`].
pub const INCOME_TOTAL: Rule = Rule::new("x.income-total", Area::Cross, Severity::Error)
    .titled("income total matches the summary", "收入决算表合计与总表一致")
    .described("公开02表 合计 本年收入合计 is the same figure as 公开01表 本年收入合计, so it must match exactly. Error: one of the two printed figures is wrong.")
    .sourced(DERIVED);

/// `x.income-fiscal`: see [`RULES`].
pub const INCOME_FISCAL: Rule = Rule::new("x.income-fiscal", Area::Cross, Severity::Error)
    .titled("appropriation income matches the summary", "财政拨款收入与总表一致")
    .described("公开02表 合计 财政拨款收入 equals 公开01表 一 + 二 + 三 (the three appropriation lines), precision-aware: a rounding tail is info. Error beyond rounding: the figures contradict each other.")
    .sourced(DERIVED);

/// `x.income-sources`: see [`RULES`].
pub const INCOME_SOURCES: Rule = Rule::new("x.income-sources", Area::Cross, Severity::Error)
    .titled("other income columns match the summary", "其他各项收入与总表一致")
    .described("公开02表 合计 上级补助收入, 事业收入, 经营收入, 附属单位上缴收入 and 其他收入 are the same figures as 公开01表 lines 四 … 八 and must match exactly. Error.")
    .sourced(DERIVED);

/// `x.expenditure-total`: see [`RULES`].
pub const EXPENDITURE_TOTAL: Rule = Rule::new("x.expenditure-total", Area::Cross, Severity::Error)
    .titled("expenditure total matches the summary", "支出决算表合计与总表一致")
    .described("公开03表 合计 本年支出合计 is the same figure as 公开01表 本年支出合计 and must match exactly. Error. (Its 基本支出 / 项目支出 / … columns have no counterpart in 公开01表; see x.funds-within-expenditure.)")
    .sourced(DERIVED);

/// `x.expenditure-classes`: see [`RULES`].
pub const EXPENDITURE_CLASSES: Rule = Rule::new("x.expenditure-classes", Area::Cross, Severity::Error)
    .titled("expenditure classes match the summary", "支出决算表各类与总表一致")
    .described("Each 类 row of 公开03表 (本年支出合计) is the same figure as the matching 类 line of 公开01表, in both directions (a 类 printed in one table only counts as blank in the other). Error.")
    .sourced(DERIVED);

/// `x.fiscal-income`: see [`RULES`].
pub const FISCAL_INCOME: Rule = Rule::new("x.fiscal-income", Area::Cross, Severity::Error)
    .titled("appropriations match the summary", "财政拨款收入总表与总表一致")
    .described("公开04表 income lines 一 / 二 / 三 (the appropriation of each fund) are the same figures as 公开01表 lines 一 / 二 / 三. Error.")
    .sourced(DERIVED);

/// `x.fiscal-within-all-funds`: see [`RULES`].
pub const FISCAL_WITHIN_ALL_FUNDS: Rule = Rule::new("x.fiscal-within-all-funds", Area::Cross, Severity::Warning)
    .titled("appropriation figures within all-funds figures", "财政拨款数不大于全部资金数")
    .described("公开04表 本年收入合计, 年初结转和结余, 本年支出合计, 年末结转和结余 and each 类 (合计 column) do not exceed the matching 公开01表 figures. Warning, as the domain notes set it: the relation follows from the scopes of the two tables, not from a printed formula, and the audit cannot tell which table is wrong.")
    .sourced("[D] domain notes, section 4 (04 figures ≤ the all-funds figures of 01/03, warning)");

/// `x.funds-within-expenditure`: see [`RULES`].
pub const FUNDS_WITHIN_EXPENDITURE: Rule = Rule::new("x.funds-within-expenditure", Area::Cross, Severity::Warning)
    .titled("fund tables within the expenditure table", "各项财政拨款支出不大于支出决算表")
    .described("For 合计 and every 类/款/项, 公开05表 + 公开07表 + 公开08表 (本年支出, 基本支出, 项目支出) do not exceed 公开03表 (本年支出合计, 基本支出, 项目支出): appropriation spending is part of all spending. This is how 公开03表's 基本/项目 columns are checked, since 公开01表 has nothing to match them with. Warning (same reason as x.fiscal-within-all-funds); a sum of several tables exceeding by a rounding tail is info.")
    .sourced("[D] domain notes, section 4 (fiscal figures ≤ the all-funds figures of 01/03, warning), extended to the columns of 03");

/// `x.general-budget`: see [`RULES`].
pub const GENERAL_BUDGET: Rule = Rule::new("x.general-budget", Area::Cross, Severity::Error)
    .titled("general budget table matches the fiscal summary", "一般公共预算支出表与财政拨款总表一致")
    .described("公开05表 合计 and each 类 (小计) are the same figures as the 一般公共预算财政拨款 column of 公开04表 (本年支出合计 and the 类 lines), in both directions. Error.")
    .sourced(DERIVED);

/// `x.government-fund`: see [`RULES`].
pub const GOVERNMENT_FUND: Rule = Rule::new("x.government-fund", Area::Cross, Severity::Error)
    .titled("government fund table matches the fiscal summary", "政府性基金表与财政拨款总表一致")
    .described("公开07表 合计 and each 类 (本年支出 小计) equal the 政府性基金预算财政拨款 column of 公开04表; its 合计 本年收入, 年初结转和结余 and 年末结转和结余 equal 公开04表's 政府性基金 appropriation, opening and closing balance. Error.")
    .sourced(DERIVED);

/// `x.state-capital`: see [`RULES`].
pub const STATE_CAPITAL: Rule = Rule::new("x.state-capital", Area::Cross, Severity::Error)
    .titled("state capital table matches the fiscal summary", "国有资本经营表与财政拨款总表一致")
    .described("As x.government-fund for 公开08表 and the 国有资本经营预算财政拨款 figures of 公开04表 (only the columns 公开08表 prints). Error.")
    .sourced(DERIVED);

/// `x.basic-detail`: see [`RULES`].
pub const BASIC_DETAIL: Rule = Rule::new("x.basic-detail", Area::Cross, Severity::Error)
    .titled("basic expenditure detail matches the general budget table", "基本支出明细与一般公共预算基本支出一致")
    .described("公开06表 人员经费合计 + 公用经费合计 (without those lines: the sum of its 类) equals 公开05表 合计 基本支出, precision-aware (a rounding tail is info). Error beyond rounding.")
    .sourced("[D] domain notes, section 4 (06 ↔ 05: 人员经费合计 + 公用经费合计 = 05 基本支出)");

/// `x.three-public-economic`: see [`RULES`].
pub const THREE_PUBLIC_ECONOMIC: Rule = Rule::new("x.three-public-economic", Area::Cross, Severity::Warning)
    .titled("三公 spending covers its economic codes", "三公经费不小于对应经济分类支出")
    .described("公开09表 决算数: 因公出国（境）费 ≥ 公开06表 30212, 公务接待费 ≥ 30217, 公务用车运行维护费 ≥ 30231, 公务用车购置费 ≥ 31013 (+ 30913). Warning: 三公 may also be paid from 项目支出 and other funds, which 公开06表 does not show, so only a shortfall is suspicious, and the code list is partly unconfirmed (30913).")
    .sourced("[P] economic codes of the 三公 items; [D] the comparison; [U] 30913 (domain notes, sections 1 and 4)");

/// `x.three-public-budget`: see [`RULES`].
pub const THREE_PUBLIC_BUDGET: Rule = Rule::new("x.three-public-budget", Area::Cross, Severity::Warning)
    .titled("三公 spending within its budget", "三公经费决算不超预算")
    .described("公开09表 决算数 does not exceed 预算数, in 合计 and per item (小计 only when the two vehicle items are not printed). Warning: spending above the adjusted budget is possible (以前年度结转资金 is included in 决算数) but must be explained.")
    .sourced("[D] domain notes, section 4 (09: 决算 above 预算, in total or per item, is a warning)");

/// `x.running-costs`: see [`RULES`].
pub const RUNNING_COSTS: Rule = Rule::new("x.running-costs", Area::Cross, Severity::Warning)
    .titled("机关运行经费 against 公用经费", "机关运行经费与公用经费")
    .described("公开10表 机关运行经费: when only line (一) 行政单位 is printed, it equals 公开06表 公用经费合计; otherwise (一) + (二) do not exceed it. Warning only: the relation is unconfirmed (机关运行经费 is defined as the 公用经费 of 财政拨款基本支出, which may include other funds than 公开06表's general budget, and a unit may mix unit types).")
    .sourced("[U] domain notes, section 4 (10: 机关运行经费 = 06 公用经费合计 for a 行政单位, ≤ otherwise); the spec's own 名词解释 十二 defines 机关运行经费 as 行政单位和参公事业单位财政拨款基本支出中的公用经费支出");

/// `x.empty-explained`: see [`RULES`].
pub const EMPTY_EXPLAINED: Rule = Rule::new("x.empty-explained", Area::Cross, Severity::Warning)
    .titled("empty table explained", "空表应有说明")
    .described("A table without any non-zero figure (e.g. 公开07表 / 公开08表 when the fund's column of 公开04表 is empty) carries an explanation (说明：本表无数据). Warning: some templates explain empty tables in the narrative instead of under the table.")
    .sourced("[P] an empty table is still published with its explanation (domain notes, section 3)");

/// `x.empty-note`: see [`RULES`].
pub const EMPTY_NOTE: Rule = Rule::new("x.empty-note", Area::Cross, Severity::Error)
    .titled("no \"no data\" note on a table with data", "有数据的表不应注明本表无数据")
    .described("A table printing a non-zero figure does not carry an explanation saying it has no data (无数据, 空表). Error: the note contradicts the table.")
    .sourced("[D] domain notes, section 4 (empty tables: the explanation must fit)");

/// `x.empty-wrong-fund`: see [`RULES`].
pub const EMPTY_WRONG_FUND: Rule = Rule::new("x.empty-wrong-fund", Area::Cross, Severity::Warning)
    .titled("explanation names the table's own fund", "说明所称资金与本表一致")
    .described("The explanation of a fund table (公开05/06表 一般公共预算, 公开07表 政府性基金, 公开08表 国有资本经营) does not name another fund without naming its own. Warning: found by matching words in free text. An explanation naming no fund at all (\"本表无数据\") is accepted: the title says which fund.")
    .sourced("[D] domain notes, section 4 (empty tables: no note naming the wrong fund)");

/// `x.unit-slip`: see [`RULES`].
pub const UNIT_SLIP: Rule = Rule::new("x.unit-slip", Area::Cross, Severity::Error)
    .titled("元/万元 unit slip", "元与万元单位混用")
    .described("Two figures that must be the same differ by exactly a factor of 10 000: one was written in 元 in a table of 万元 (or the reverse). Reported instead of the plain mismatch of the rule concerned. Error (a warning within x.running-costs, which is unconfirmed).")
    .sourced("[D] domain notes, section 4 (units: a gap of exactly ×10⁴ is a unit slip)");

/// The rules of this module, listed in [`rules`](crate::audit::rules).
pub const RULES: &[&Rule] = &[
    &INCOME_TOTAL,
    &INCOME_FISCAL,
    &INCOME_SOURCES,
    &EXPENDITURE_TOTAL,
    &EXPENDITURE_CLASSES,
    &FISCAL_INCOME,
    &FISCAL_WITHIN_ALL_FUNDS,
    &FUNDS_WITHIN_EXPENDITURE,
    &GENERAL_BUDGET,
    &GOVERNMENT_FUND,
    &STATE_CAPITAL,
    &BASIC_DETAIL,
    &THREE_PUBLIC_ECONOMIC,
    &THREE_PUBLIC_BUDGET,
    &RUNNING_COSTS,
    &EMPTY_EXPLAINED,
    &EMPTY_NOTE,
    &EMPTY_WRONG_FUND,
    &UNIT_SLIP,
];

/// Checks every relation between the tables of `disclosure`.
///
/// Findings come in a fixed order: 02/03/04 against 01, the fund tables against 04 and 03,
/// the detail tables (06, 09, 10), then the empty-table rules.
///
/// ```
/// use final_accounts::audit::cross;
/// use final_accounts::disclosure::Disclosure;
/// let d = Disclosure::builder("某单位", 2023).build()?;
/// assert!(cross::check(&d).is_empty());
/// assert!(cross::RULES.iter().all(|r| r.id.starts_with("x.")));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[must_use]
pub fn check(disclosure: &Disclosure) -> Vec<Finding> {
    run(disclosure, false).0
}

/// The findings of [`check`] and every relation between tables it tests, as edits (each
/// naming the index of its finding among the findings, if it has one).
#[must_use]
pub fn check_edits(disclosure: &Disclosure) -> (Vec<Finding>, Vec<Edit>) {
    run(disclosure, true)
}

fn run(disclosure: &Disclosure, record: bool) -> (Vec<Finding>, Vec<Edit>) {
    let mut out = Out {
        record,
        ..Out::default()
    };
    summary::check(disclosure, &mut out);
    funds::check(disclosure, &mut out);
    detail::check(disclosure, &mut out);
    empty::check(disclosure, &mut out);
    (out.findings, out.edits)
}

/// The findings and edits of the rules between tables, as they are made.
#[derive(Default)]
struct Out {
    /// Whether the relations are kept as edits.
    record: bool,
    findings: Vec<Finding>,
    edits: Vec<Edit>,
}

impl Out {
    fn push(&mut self, finding: Finding) {
        self.findings.push(finding);
    }

    /// Collects a comparison: its finding, and its edit, which holds unless the finding is
    /// above info.
    fn relation(&mut self, checked: compare::Checked) {
        let index = checked.finding.as_ref().map(|_| self.findings.len());
        if let Some(mut edit) = checked.edit {
            edit.holds = checked
                .finding
                .as_ref()
                .is_none_or(|f| f.severity == Severity::Info);
            edit.finding = index;
            self.edits.push(edit);
        }
        self.findings.extend(checked.finding);
    }
}

impl Extend<Finding> for Out {
    fn extend<I: IntoIterator<Item = Finding>>(&mut self, findings: I) {
        self.findings.extend(findings);
    }
}
