//! 公开05表 一般公共预算财政拨款支出决算表: general-budget appropriation spending by function.

use super::classified::{ClassifiedSpec, ClassifiedTable};
use super::columns::{column_set, private::Sealed};
use super::{RowRule, SOURCE};
use crate::finding::{Area, TableKind, Template};
use crate::finding::{Rule, Severity};

column_set! {
    /// The columns of 公开05表, in printed order (栏次 1–3 in the spec, where the first is
    /// printed 小计; other templates print 合计).
    pub struct GeneralBudgetColumns {
        /// 本年支出 小计 (or 合计).
        total => "本年支出 小计",
        /// 基本支出.
        basic => "本年支出 基本支出",
        /// 项目支出.
        project => "本年支出 项目支出",
    }
}

/// The spec of 公开05表: [`GeneralBudgetColumns`] and the rules `t05.*`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct GeneralBudgetSpec;

impl Sealed for GeneralBudgetSpec {}

impl ClassifiedSpec for GeneralBudgetSpec {
    type Columns = GeneralBudgetColumns;
    const KIND: TableKind = TableKind::GeneralBudget;
    const ROW_RULES: &'static [RowRule] = &[RowRule {
        rule: &ROW_TOTAL,
        total: "total",
        plus: &["basic", "project"],
        minus: &[],
        what: &Template {
            zh: "小计 = 基本支出 + 项目支出",
            en: "小计 equals 基本支出 plus 项目支出",
        },
    }];
    const HIERARCHY_RULE: &'static Rule = &HIERARCHY;
    const TOTAL_RULE: &'static Rule = &TOTAL_ROW;
}

/// 公开05表 一般公共预算财政拨款支出决算表.
pub type GeneralBudgetTable = ClassifiedTable<GeneralBudgetSpec>;

/// The rules of 公开05表.
/// `t05.row-total`: see [`RULES`].
pub const ROW_TOTAL: Rule = Rule::new(
    "t05.row-total",
    Area::Table(TableKind::GeneralBudget),
    Severity::Error,
)
.titled(
    "general budget row total",
    "一般公共预算财政拨款支出决算表行合计",
)
.described("In every row, 小计 equals 基本支出 + 项目支出.")
.sourced(SOURCE);

/// `t05.hierarchy`: see [`RULES`].
pub const HIERARCHY: Rule = Rule::new(
    "t05.hierarchy",
    Area::Table(TableKind::GeneralBudget),
    Severity::Error,
)
.titled(
    "general budget hierarchy sums",
    "一般公共预算财政拨款支出决算表类款项汇总",
)
.described("In every column, a 类 equals the sum of its 款 and a 款 the sum of its 项.")
.sourced(SOURCE);

/// `t05.total-row`: see [`RULES`].
pub const TOTAL_ROW: Rule = Rule::new(
    "t05.total-row",
    Area::Table(TableKind::GeneralBudget),
    Severity::Error,
)
.titled(
    "general budget total row",
    "一般公共预算财政拨款支出决算表合计行",
)
.described("In every column, the 合计 row equals the sum of the 类 rows.")
.sourced(SOURCE);

pub(crate) const RULES: &[&Rule] = &[&ROW_TOTAL, &HIERARCHY, &TOTAL_ROW];
