//! 公开08表 国有资本经营预算财政拨款支出决算表 (a 支出 table in the spec, a 收入支出 table in
//! other templates: the header says which [`FundColumns`] are printed).

use super::classified::{ClassifiedSpec, ClassifiedTable};
use super::columns::private::Sealed;
use super::t07_government_fund::FundColumns;
use super::{RowRule, rule};
use crate::audit::{RuleInfo, Severity};

/// The spec of 公开08表: [`FundColumns`] and the rules `t08.*`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StateCapitalSpec;

impl Sealed for StateCapitalSpec {}

impl ClassifiedSpec for StateCapitalSpec {
    type Columns = FundColumns;
    const ROW_RULES: &'static [RowRule] = &[
        RowRule {
            id: "t08.row-total",
            total: "expenditure",
            plus: &["basic", "project"],
            minus: &[],
            what_zh: "本年支出合计 = 基本支出 + 项目支出",
            what_en: "本年支出 合计 equals 基本支出 plus 项目支出",
        },
        RowRule {
            id: "t08.row-balance",
            total: "closing",
            plus: &["opening", "income"],
            minus: &["expenditure"],
            what_zh: "年末结转和结余 = 年初结转和结余 + 本年收入 − 本年支出",
            what_en: "年末结转和结余 equals 年初结转和结余 plus 本年收入 minus 本年支出",
        },
    ];
    const HIERARCHY_RULE: &'static str = "t08.hierarchy";
    const TOTAL_RULE: &'static str = "t08.total-row";
}

/// 公开08表 国有资本经营预算财政拨款（收入）支出决算表.
pub type StateCapitalTable = ClassifiedTable<StateCapitalSpec>;

/// The rules of 公开08表.
pub(crate) const RULES: &[RuleInfo] = &[
    rule(
        "t08.row-total",
        "state capital row total",
        "国有资本经营预算财政拨款支出决算表行合计",
        Severity::Error,
        "In every row, 本年支出 合计 equals 基本支出 + 项目支出.",
    ),
    rule(
        "t08.row-balance",
        "state capital row balance",
        "国有资本经营预算财政拨款收支平衡",
        Severity::Error,
        "When the table prints its 收入 and 结转 columns: in every row, 年初结转和结余 + 本年收入 − 本年支出 = 年末结转和结余.",
    ),
    rule(
        "t08.hierarchy",
        "state capital hierarchy sums",
        "国有资本经营预算财政拨款支出决算表类款项汇总",
        Severity::Error,
        "In every column, a 类 equals the sum of its 款 and a 款 the sum of its 项.",
    ),
    rule(
        "t08.total-row",
        "state capital total row",
        "国有资本经营预算财政拨款支出决算表合计行",
        Severity::Error,
        "In every column, the 合计 row equals the sum of the 类 rows.",
    ),
];
