//! 公开03表 支出决算表: expenditure by functional classification and nature.

use super::classified::{ClassifiedSpec, ClassifiedTable};
use super::columns::{column_set, private::Sealed};
use super::{RowRule, rule};
use crate::audit::{RuleInfo, Severity};

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
    const ROW_RULES: &'static [RowRule] = &[RowRule {
        id: "t03.row-total",
        total: "total",
        plus: &["basic", "project", "remit", "business", "subsidy"],
        minus: &[],
        what_zh: "本年支出合计 = 各项支出之和",
        what_en: "本年支出合计 equals the sum of the expenditure columns",
    }];
    const HIERARCHY_RULE: &'static str = "t03.hierarchy";
    const TOTAL_RULE: &'static str = "t03.total-row";
}

/// 公开03表 支出决算表.
pub type ExpenditureTable = ClassifiedTable<ExpenditureSpec>;

/// The rules of 公开03表.
pub(crate) const RULES: &[RuleInfo] = &[
    rule(
        "t03.row-total",
        "expenditure row total",
        "支出决算表行合计",
        Severity::Error,
        "In every row, 本年支出合计 equals 基本支出 + 项目支出 + 上缴上级支出 + 经营支出 + 对附属单位补助支出.",
    ),
    rule(
        "t03.hierarchy",
        "expenditure hierarchy sums",
        "支出决算表类款项汇总",
        Severity::Error,
        "In every column, a 类 equals the sum of its 款 and a 款 the sum of its 项.",
    ),
    rule(
        "t03.total-row",
        "expenditure total row",
        "支出决算表合计行",
        Severity::Error,
        "In every column, the 合计 row equals the sum of the 类 rows.",
    ),
];
