//! 公开02表 收入决算表: income by functional classification and source.

use super::classified::{ClassifiedSpec, ClassifiedTable};
use super::columns::{column_set, private::Sealed};
use super::{RowRule, SOURCE};
use crate::finding::{Area, TableKind, Template};
use crate::finding::{Rule, Severity};

column_set! {
    /// The columns of 公开02表 收入决算表, in printed order (栏次 1–7 in the spec).
    pub struct IncomeColumns {
        /// 本年收入合计.
        total => "本年收入合计",
        /// 财政拨款收入.
        fiscal => "财政拨款收入",
        /// 上级补助收入.
        superior => "上级补助收入",
        /// 事业收入.
        institution => "事业收入",
        /// 经营收入.
        business => "经营收入",
        /// 附属单位上缴收入.
        affiliated => "附属单位上缴收入",
        /// 其他收入.
        other => "其他收入",
    }
}

/// The spec of 公开02表: [`IncomeColumns`] and the rules `t02.*`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct IncomeSpec;

impl Sealed for IncomeSpec {}

impl ClassifiedSpec for IncomeSpec {
    type Columns = IncomeColumns;
    const KIND: TableKind = TableKind::Income;
    const ROW_RULES: &'static [RowRule] = &[RowRule {
        rule: &ROW_TOTAL,
        total: "total",
        plus: &[
            "fiscal",
            "superior",
            "institution",
            "business",
            "affiliated",
            "other",
        ],
        minus: &[],
        what: &Template {
            zh: "本年收入合计 = 各项收入之和",
            en: "本年收入合计 equals the sum of the income columns",
        },
    }];
    const HIERARCHY_RULE: &'static Rule = &HIERARCHY;
    const TOTAL_RULE: &'static Rule = &TOTAL_ROW;
}

/// 公开02表 收入决算表.
pub type IncomeTable = ClassifiedTable<IncomeSpec>;

/// The rules of 公开02表.
/// `t02.row-total`: see [`RULES`].
pub const ROW_TOTAL: Rule = Rule::new("t02.row-total", Area::Table(TableKind::Income), Severity::Error)
    .titled("income row total", "收入决算表行合计")
    .described("In every row, 本年收入合计 equals 财政拨款收入 + 上级补助收入 + 事业收入 + 经营收入 + 附属单位上缴收入 + 其他收入.")
    .sourced(SOURCE);

/// `t02.hierarchy`: see [`RULES`].
pub const HIERARCHY: Rule = Rule::new(
    "t02.hierarchy",
    Area::Table(TableKind::Income),
    Severity::Error,
)
.titled("income hierarchy sums", "收入决算表类款项汇总")
.described("In every column, a 类 equals the sum of its 款 and a 款 the sum of its 项.")
.sourced(SOURCE);

/// `t02.total-row`: see [`RULES`].
pub const TOTAL_ROW: Rule = Rule::new(
    "t02.total-row",
    Area::Table(TableKind::Income),
    Severity::Error,
)
.titled("income total row", "收入决算表合计行")
.described("In every column, the 合计 row equals the sum of the 类 rows.")
.sourced(SOURCE);

pub(crate) const RULES: &[&Rule] = &[&ROW_TOTAL, &HIERARCHY, &TOTAL_ROW];
