//! 公开03表 支出决算表: expenditure by functional classification and nature.

use super::classified::{ClassifiedSpec, ClassifiedTable};
use super::columns::{column_set, private::Sealed};
use super::{RowRule, SOURCE};
use crate::finding::{Area, TableKind, Template};
use crate::finding::{Rule, Severity};

column_set! {
    /// The columns of 公开03表 支出决算表, in printed order (栏次 1–6 in the spec).
    pub struct ExpenditureColumns {
        /// 本年支出合计.
        total => "本年支出合计",
        /// 基本支出.
        basic => "基本支出",
        /// 项目支出.
        project => "项目支出",
        /// 上缴上级支出.
        remit => "上缴上级支出",
        /// 经营支出.
        business => "经营支出",
        /// 对附属单位补助支出.
        subsidy => "对附属单位补助支出",
    }
}

/// The spec of 公开03表: [`ExpenditureColumns`] and the rules `t03.*`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ExpenditureSpec;

impl Sealed for ExpenditureSpec {}

impl ClassifiedSpec for ExpenditureSpec {
    type Columns = ExpenditureColumns;
    const KIND: TableKind = TableKind::Expenditure;
    const ROW_RULES: &'static [RowRule] = &[RowRule {
        rule: &ROW_TOTAL,
        total: "total",
        plus: &["basic", "project", "remit", "business", "subsidy"],
        minus: &[],
        what: &Template {
            zh: "本年支出合计 = 各项支出之和",
            en: "本年支出合计 equals the sum of the expenditure columns",
        },
    }];
    const HIERARCHY_RULE: &'static Rule = &HIERARCHY;
    const TOTAL_RULE: &'static Rule = &TOTAL_ROW;
}

/// 公开03表 支出决算表.
pub type ExpenditureTable = ClassifiedTable<ExpenditureSpec>;

/// The rules of 公开03表.
/// `t03.row-total`: see [`RULES`].
pub const ROW_TOTAL: Rule = Rule::new("t03.row-total", Area::Table(TableKind::Expenditure), Severity::Error)
    .titled("expenditure row total", "支出决算表行合计")
    .described("In every row, 本年支出合计 equals 基本支出 + 项目支出 + 上缴上级支出 + 经营支出 + 对附属单位补助支出.")
    .sourced(SOURCE);

/// `t03.hierarchy`: see [`RULES`].
pub const HIERARCHY: Rule = Rule::new(
    "t03.hierarchy",
    Area::Table(TableKind::Expenditure),
    Severity::Error,
)
.titled("expenditure hierarchy sums", "支出决算表类款项汇总")
.described("In every column, a 类 equals the sum of its 款 and a 款 the sum of its 项.")
.sourced(SOURCE);

/// `t03.total-row`: see [`RULES`].
pub const TOTAL_ROW: Rule = Rule::new(
    "t03.total-row",
    Area::Table(TableKind::Expenditure),
    Severity::Error,
)
.titled("expenditure total row", "支出决算表合计行")
.described("In every column, the 合计 row equals the sum of the 类 rows.")
.sourced(SOURCE);

pub(crate) const RULES: &[&Rule] = &[&ROW_TOTAL, &HIERARCHY, &TOTAL_ROW];
