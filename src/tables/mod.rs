//! The ten disclosure tables (公开01表 … 公开10表), typed, with their own invariants.
//!
//! # Overview
//!
//! | table | type | rows | columns |
//! |---|---|---|---|
//! | 公开01表 收入支出决算总表 | [`IncomeExpenditureTable`] | [`Line`]s of [`IncomeItem`] / [`ExpenditureItem`] | one amount per side |
//! | 公开02表 收入决算表 | [`IncomeTable`] | 合计 + 类/款/项 ([`ClassifiedRow`]) | [`IncomeColumns`] |
//! | 公开03表 支出决算表 | [`ExpenditureTable`] | 合计 + 类/款/项 | [`ExpenditureColumns`] |
//! | 公开04表 财政拨款收入支出决算总表 | [`FiscalTable`] | [`FiscalIncomeItem`] / [`ExpenditureItem`] | amount / [`FiscalColumns`] |
//! | 公开05表 一般公共预算财政拨款支出决算表 | [`GeneralBudgetTable`] | 合计 + 类/款/项 | [`GeneralBudgetColumns`] |
//! | 公开06表 一般公共预算财政拨款基本支出决算明细表 | [`BasicDetailTable`] | economic 类/款 ([`EconomicRow`]) in printed blocks | 决算数; 人员经费合计, 公用经费合计 |
//! | 公开07表 政府性基金预算财政拨款收入支出决算表 | [`GovernmentFundTable`] | 合计 + 类/款/项 | [`FundColumns`] |
//! | 公开08表 国有资本经营预算财政拨款支出决算表 | [`StateCapitalTable`] | 合计 + 类/款/项 | [`FundColumns`] (those printed) |
//! | 公开09表 财政拨款“三公”经费支出决算表 | [`ThreePublicTable`] | 预算数 and 决算数 groups | [`ThreePublicColumns`] |
//! | 公开10表 部门决算公开相关信息统计表 | [`RelatedInfoTable`] | [`InfoSection`]s of [`InfoItem`] lines | amounts and counts |
//!
//! Content is modelled once; layout is data. Each table keeps, in its [`TableMeta`], what is
//! printed around the cells: its label (or none), title, unit line, period, money-unit line
//! ("金额单位：万元" or "单位：万元"), the decimals it prints, its column headers with their
//! printed names and 栏次 (which of a type's columns are printed at all), its 注 note and the
//! explanation of an empty table ("说明：本表无数据"). Rows keep their printed names and 行次
//! (with gaps and filler lines), and appear in printed order: a 合计 row may come first or
//! last, 类 rows may be 24 or 26.
//!
//! A [`Cell`] is an amount, blank or "——"; blank and 0.00 stay distinct. In sums, blank and
//! "——" count as exactly zero. Counts ([`CountCell`]) are whole numbers.
//!
//! # Rejected versus reported
//!
//! A constructor (`new`, and deserialization, which calls the same code) **rejects** a table
//! that no published table can be, with a [`TableError`] listing **every** [`Problem`], each
//! located (table, row, column) and quoting what was found:
//!
//! * a row printed twice (a repeated code or fixed item), a second 合计 row;
//! * a 款 without its 类 row or a 项 without its 款 row ([`ProblemKind::MissingParent`]), a
//!   款 or 项 printed under another parent than its own ([`ProblemKind::Misplaced`]): row order
//!   carries the hierarchy;
//! * a value in a cell the template marks "——" (公开06表: the 基本建设 类 309 and 311), a value
//!   on a filler line, a value in a column the header does not print;
//! * a negative count, an amount where a count belongs or the reverse;
//! * an amount with more decimals than the table prints, or in another unit;
//! * an invalid code, an unknown item or column key, a repeated column header.
//!
//! A table whose arithmetic does not add up is **built**, and its findings are computed on
//! demand ([`Finding`](crate::finding::Finding)s, see [`Table::check`]): "published but
//! inconsistent" is representable, so that the audit can report it. Every relation is checked
//! with [`check_sum`](crate::money::check_sum): a difference that the rounding of the printed
//! figures explains (尾数误差) is an `info` finding, a larger one an `error` naming the places
//! and both numbers. The rules and their ids are listed in [`RULES`].
//!
//! # Serde format
//!
//! With the `serde` feature (default), every table serializes to and deserializes from JSON
//! through its constructor. A table is `{"meta": {...}, ...rows...}`; `meta` holds `label`,
//! `title`, `unit_name` (`{"caption", "name"}`), `period`, `money` (`{"caption", "unit"}`),
//! `decimals`, `columns` (`[{"key", "name", "number"}]`), `note`, `explanation`. A row is an
//! object with `line` (行次), `code` or `item`, `name`, and one key per non-blank cell. An
//! amount is a **string** in the table's unit as printed, without thousands separators
//! (`"1735.92"`); "——" is the string `"——"`; a blank cell is a **missing key** (`null` is
//! read as blank too, and never written). A count is an integer. Floats are rejected; unknown
//! keys are rejected everywhere, with the place named.
//!
//! # Examples
//!
//! ```
//! use final_accounts::audit::Severity;
//! use final_accounts::money::MoneyUnit;
//! use final_accounts::tables::{Cell, ClassifiedRow, IncomeColumns, IncomeTable, TableMeta};
//!
//! let wan = MoneyUnit::WanYuan;
//! let c = |s: &str| Cell::parse(s, wan);
//! let cols = |total: &str, fiscal: &str| -> Result<IncomeColumns, final_accounts::money::MoneyError> {
//!     Ok(IncomeColumns { total: c(total)?, fiscal: c(fiscal)?, ..IncomeColumns::default() })
//! };
//! let table = IncomeTable::new(
//!     TableMeta::new("收入决算表", wan).with_label("公开02表"),
//!     vec![
//!         ClassifiedRow::code("221", "住房保障支出", cols("109.61", "109.61")?)?,
//!         ClassifiedRow::code("22102", "住房改革支出", cols("109.61", "109.61")?)?,
//!         ClassifiedRow::code("2210201", "住房公积金", cols("99.98", "99.98")?)?,
//!         ClassifiedRow::code("2210202", "提租补贴", cols("9.62", "9.62")?)?,
//!     ],
//! )?;
//! // 109.61 against 99.98 + 9.62 = 109.60: a rounding tail, in both columns.
//! let rules: Vec<(&str, Severity)> =
//!     table.check().iter().map(|f| (f.rule.id, f.severity)).collect();
//! assert_eq!(rules, [("t02.hierarchy", Severity::Info), ("t02.hierarchy", Severity::Info)]);
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

mod cell;
mod check;
mod class_lines;
mod classified;
pub(crate) mod columns;
mod error;
mod lines;
mod meta;
#[cfg(feature = "serde")]
mod raw;
mod summary;
mod t01_income_expenditure;
mod t02_income;
mod t03_expenditure;
mod t04_fiscal;
mod t05_general_budget;
mod t06_basic_detail;
mod t07_government_fund;
mod t08_state_capital;
mod t09_three_public;
mod t10_related_info;
mod table;

use crate::finding::Area;
use crate::finding::{Rule, Severity};

pub use crate::kind::TableKind;
pub use cell::{Cell, CountCell, NOT_APPLICABLE};
pub use class_lines::ClassLine;
pub use classified::{ClassifiedRow, ClassifiedSpec, ClassifiedTable, RowKey};
pub use columns::{ColumnSet, RowRule};
pub use error::{Problem, ProblemKind, TableError};
pub use lines::{ExpenditureItem, Fund, ItemKey, Line};
pub use meta::{ColumnHeader, ColumnSpec, MoneyHeader, TableMeta, UnitName};
pub use summary::SummaryTable;
pub use t01_income_expenditure::{
    COLUMNS as INCOME_EXPENDITURE_COLUMNS, IncomeExpenditureTable, IncomeItem,
};
pub use t02_income::{IncomeColumns, IncomeSpec, IncomeTable};
pub use t03_expenditure::{ExpenditureColumns, ExpenditureSpec, ExpenditureTable};
pub use t04_fiscal::{COLUMNS as FISCAL_COLUMNS, FiscalColumns, FiscalIncomeItem, FiscalTable};
pub use t05_general_budget::{GeneralBudgetColumns, GeneralBudgetSpec, GeneralBudgetTable};
pub use t06_basic_detail::{
    BasicDetailTable, COLUMNS as BASIC_DETAIL_COLUMNS, EconomicRow, NOT_APPLICABLE_CLASSES,
    NamedCell, PERSONNEL_CLASSES,
};
pub use t07_government_fund::{FundColumns, GovernmentFundSpec, GovernmentFundTable};
pub use t08_state_capital::{StateCapitalSpec, StateCapitalTable};
pub use t09_three_public::{COLUMNS as THREE_PUBLIC_COLUMNS, ThreePublicColumns, ThreePublicTable};
pub use t10_related_info::{
    COLUMNS as RELATED_INFO_COLUMNS, InfoItem, InfoSection, InfoValue, RelatedInfoTable,
    VehicleCategory,
};
pub use table::Table;

/// Every rule the tables check on themselves, by table. The ids are stable.
///
/// ```
/// use final_accounts::tables::RULES;
/// assert!(RULES.iter().any(|r| r.id == "t01.income-sum"));
/// assert!(RULES.iter().all(|r| r.id.starts_with('t')));
/// ```
pub const RULES: &[&Rule] = &concat_rules();

const RULE_GROUPS: &[&[&Rule]] = &[
    t01_income_expenditure::RULES,
    t02_income::RULES,
    t03_expenditure::RULES,
    t04_fiscal::RULES,
    t05_general_budget::RULES,
    t06_basic_detail::RULES,
    t07_government_fund::RULES,
    t08_state_capital::RULES,
    t09_three_public::RULES,
    t10_related_info::RULES,
];

// Evaluated at compile time only (see `concat_rules`).
#[allow(clippy::arithmetic_side_effects, clippy::indexing_slicing)]
const RULE_COUNT: usize = {
    let mut n = 0;
    let mut i = 0;
    while i < RULE_GROUPS.len() {
        n += RULE_GROUPS[i].len();
        i += 1;
    }
    n
};

// Evaluated at compile time only: an out-of-bounds index or an overflow here is a build error,
// never a runtime panic.
#[allow(clippy::arithmetic_side_effects, clippy::indexing_slicing)]
const fn concat_rules() -> [&'static Rule; RULE_COUNT] {
    let mut out: [&Rule; RULE_COUNT] = [&PLACEHOLDER; RULE_COUNT];
    let mut k = 0;
    let mut i = 0;
    while i < RULE_GROUPS.len() {
        let group = RULE_GROUPS[i];
        let mut j = 0;
        while j < group.len() {
            out[k] = group[j];
            k += 1;
            j += 1;
        }
        i += 1;
    }
    out
}

/// The source of every table rule.
pub(crate) const SOURCE: &str = "[D] follows from the template's arithmetic (domain notes, section 4: consistency rules); the table's own invariant, checked when it is built";

/// What fills the catalog array before the groups are copied in (never listed).
const PLACEHOLDER: Rule = Rule::new("", Area::Cross, Severity::Error);

/// How rows are named in locations: "208", "本年收入合计（行次27）", "行次9".
pub(crate) fn row_label(key: Option<&str>, line: Option<u16>) -> String {
    match (key, line) {
        (Some(k), Some(l)) => format!("{k}（行次{l}）"),
        (Some(k), None) => k.to_owned(),
        (None, Some(l)) => format!("行次{l}"),
        (None, None) => "(unnamed row)".to_owned(),
    }
}
