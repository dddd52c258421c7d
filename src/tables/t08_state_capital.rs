//! 公开08表 国有资本经营预算财政拨款支出决算表 (a 支出 table in the spec, a 收入支出 table in
//! other templates: the header says which [`FundColumns`] are printed).

use super::classified::{ClassifiedSpec, ClassifiedTable};
use super::columns::private::Sealed;
use super::t07_government_fund::FundColumns;
use super::{RowRule, SOURCE};
use crate::finding::{Area, TableKind, Template};
use crate::finding::{Rule, Severity};

/// The spec of 公开08表: [`FundColumns`] and the rules `t08.*`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StateCapitalSpec;

impl Sealed for StateCapitalSpec {}

impl ClassifiedSpec for StateCapitalSpec {
    type Columns = FundColumns;
    const KIND: TableKind = TableKind::StateCapital;
    const ROW_RULES: &'static [RowRule] = &[
        RowRule {
            rule: &ROW_TOTAL,
            total: "expenditure",
            plus: &["basic", "project"],
            minus: &[],
            what: &Template {
                zh: "本年支出合计 = 基本支出 + 项目支出",
                en: "本年支出 合计 equals 基本支出 plus 项目支出",
            },
        },
        RowRule {
            rule: &ROW_BALANCE,
            total: "closing",
            plus: &["opening", "income"],
            minus: &["expenditure"],
            what: &Template {
                zh: "年末结转和结余 = 年初结转和结余 + 本年收入 − 本年支出",
                en: "年末结转和结余 equals 年初结转和结余 plus 本年收入 minus 本年支出",
            },
        },
    ];
    const HIERARCHY_RULE: &'static Rule = &HIERARCHY;
    const TOTAL_RULE: &'static Rule = &TOTAL_ROW;
}

/// 公开08表 国有资本经营预算财政拨款（收入）支出决算表.
pub type StateCapitalTable = ClassifiedTable<StateCapitalSpec>;

/// The rules of 公开08表.
/// `t08.row-total`: see [`RULES`].
pub const ROW_TOTAL: Rule = Rule::new(
    "t08.row-total",
    Area::Table(TableKind::StateCapital),
    Severity::Error,
)
.titled(
    "state capital row total",
    "国有资本经营预算财政拨款支出决算表行合计",
)
.described("In every row, 本年支出 合计 equals 基本支出 + 项目支出.")
.sourced(SOURCE);

/// `t08.row-balance`: see [`RULES`].
pub const ROW_BALANCE: Rule = Rule::new("t08.row-balance", Area::Table(TableKind::StateCapital), Severity::Error)
    .titled("state capital row balance", "国有资本经营预算财政拨款收支平衡")
    .described("When the table prints its 收入 and 结转 columns: in every row, 年初结转和结余 + 本年收入 − 本年支出 = 年末结转和结余.")
    .sourced(SOURCE);

/// `t08.hierarchy`: see [`RULES`].
pub const HIERARCHY: Rule = Rule::new(
    "t08.hierarchy",
    Area::Table(TableKind::StateCapital),
    Severity::Error,
)
.titled(
    "state capital hierarchy sums",
    "国有资本经营预算财政拨款支出决算表类款项汇总",
)
.described("In every column, a 类 equals the sum of its 款 and a 款 the sum of its 项.")
.sourced(SOURCE);

/// `t08.total-row`: see [`RULES`].
pub const TOTAL_ROW: Rule = Rule::new(
    "t08.total-row",
    Area::Table(TableKind::StateCapital),
    Severity::Error,
)
.titled(
    "state capital total row",
    "国有资本经营预算财政拨款支出决算表合计行",
)
.described("In every column, the 合计 row equals the sum of the 类 rows.")
.sourced(SOURCE);

pub(crate) const RULES: &[&Rule] = &[&ROW_TOTAL, &ROW_BALANCE, &HIERARCHY, &TOTAL_ROW];
