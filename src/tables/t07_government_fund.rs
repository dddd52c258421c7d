//! 公开07表 政府性基金预算财政拨款收入支出决算表, and the fund columns it shares with 公开08表.

use super::classified::{ClassifiedSpec, ClassifiedTable};
use super::columns::{column_set, private::Sealed};
use super::{RowRule, SOURCE};
use crate::finding::{Area, TableKind, Template};
use crate::finding::{Rule, Severity};

column_set! {
    /// The columns of a fund table (公开07表, and 公开08表 in templates that print it as a
    /// 收入支出 table), in printed order (栏次 1–6 in the spec's 公开07表). The spec's 公开08表
    /// prints only `expenditure`, `basic` and `project` (its header names which).
    pub struct FundColumns {
        /// 年初结转和结余.
        opening => "年初结转和结余",
        /// 本年收入.
        income => "本年收入",
        /// 本年支出 小计 (合计 in 公开08表).
        expenditure => "本年支出 小计",
        /// 本年支出 基本支出.
        basic => "本年支出 基本支出",
        /// 本年支出 项目支出.
        project => "本年支出 项目支出",
        /// 年末结转和结余.
        closing => "年末结转和结余",
    }
}

/// The spec of 公开07表: [`FundColumns`] and the rules `t07.*`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct GovernmentFundSpec;

impl Sealed for GovernmentFundSpec {}

impl ClassifiedSpec for GovernmentFundSpec {
    type Columns = FundColumns;
    const KIND: TableKind = TableKind::GovernmentFund;
    const ROW_RULES: &'static [RowRule] = &[
        RowRule {
            rule: &ROW_TOTAL,
            total: "expenditure",
            plus: &["basic", "project"],
            minus: &[],
            what: &Template {
                zh: "本年支出小计 = 基本支出 + 项目支出",
                en: "本年支出 小计 equals 基本支出 plus 项目支出",
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

/// 公开07表 政府性基金预算财政拨款收入支出决算表.
pub type GovernmentFundTable = ClassifiedTable<GovernmentFundSpec>;

/// The rules of 公开07表.
/// `t07.row-total`: see [`RULES`].
pub const ROW_TOTAL: Rule = Rule::new(
    "t07.row-total",
    Area::Table(TableKind::GovernmentFund),
    Severity::Error,
)
.titled(
    "government fund row total",
    "政府性基金预算财政拨款收入支出决算表行合计",
)
.described("In every row, 本年支出 小计 equals 基本支出 + 项目支出.")
.sourced(SOURCE);

/// `t07.row-balance`: see [`RULES`].
pub const ROW_BALANCE: Rule = Rule::new(
    "t07.row-balance",
    Area::Table(TableKind::GovernmentFund),
    Severity::Error,
)
.titled(
    "government fund row balance",
    "政府性基金预算财政拨款收支平衡",
)
.described("In every row, 年初结转和结余 + 本年收入 − 本年支出 = 年末结转和结余.")
.sourced(SOURCE);

/// `t07.hierarchy`: see [`RULES`].
pub const HIERARCHY: Rule = Rule::new(
    "t07.hierarchy",
    Area::Table(TableKind::GovernmentFund),
    Severity::Error,
)
.titled(
    "government fund hierarchy sums",
    "政府性基金预算财政拨款收入支出决算表类款项汇总",
)
.described("In every column, a 类 equals the sum of its 款 and a 款 the sum of its 项.")
.sourced(SOURCE);

/// `t07.total-row`: see [`RULES`].
pub const TOTAL_ROW: Rule = Rule::new(
    "t07.total-row",
    Area::Table(TableKind::GovernmentFund),
    Severity::Error,
)
.titled(
    "government fund total row",
    "政府性基金预算财政拨款收入支出决算表合计行",
)
.described("In every column, the 合计 row equals the sum of the 类 rows.")
.sourced(SOURCE);

pub(crate) const RULES: &[&Rule] = &[&ROW_TOTAL, &ROW_BALANCE, &HIERARCHY, &TOTAL_ROW];
