//! Proptest strategies for valid disclosures and self-evaluation forms (feature `proptest`).
//!
//! # Overview
//!
//! Downstream crates (renderers, exporters, other checkers) can property-test against the
//! values these strategies produce. Every value is **valid**: it is built through the public
//! constructors, and every relation the audit checks holds, so that
//! [`audit`](crate::audit::audit) reports no error.
//!
//! * [`disclosure`]: a 2023 disclosure of tables 公开01表 … 公开10表, built from a ledger of
//!   1–5 functional 项 drawn from the built-in 2023 catalog
//!   ([`builtin::functional`]), each with
//!   一般公共预算 basic (人员经费 / 公用经费) and project spending, 政府性基金 project spending
//!   and non-fiscal (其他收入) project spending, plus the 一般公共预算 opening and closing
//!   balances. Every printed figure is a whole number of 0.01 万元 (the tables' published
//!   precision), and every 合计, 类 and 款 row is the exact sum of its parts, so no relation
//!   depends on a rounding tail. 公开06表 details the basic spending by real economic codes
//!   (301 / 302 and their 款); 公开10表 is a 行政单位's, its 机关运行经费 the 公用经费 of
//!   公开06表 rounded from the same amount; 公开08表 and 公开09表 are printed empty with
//!   "说明：本表无数据". The disclosure names no template profile (the audit uses the closest
//!   built-in one, `shanxi-2023`, and says so in its `doc.profile` warning) and has no
//!   narrative; its forms are drawn by [`form`].
//! * [`exact_ledger`]: a ledger kept in 分 ([`LedgerUnit::Fen`]), printed as publishers print:
//!   every figure rounded to 0.01 万元 half away from zero, each aggregate either rounded from
//!   its exact total or (in the classified tables the strategy draws) added up from the
//!   table's rounded leaf cells. Rounding tails then appear in and between tables, and the
//!   audit must explain every one of them.
//! * [`form`]: a project self-evaluation form whose stated 执行率, 执行率得分, 结余, 总分 and
//!   等级 are those of the 2023 formula, whose indicator scores are within their weights, and
//!   whose figures are printed at the forms' precision (万元 to three decimals).
//! * [`item_code`]: a 项 of the built-in 2023 functional catalog.
//!
//! # Examples
//!
//! ```
//! use final_accounts::audit::{audit, Severity};
//! use final_accounts::generate;
//! use proptest::strategy::{Strategy, ValueTree};
//! use proptest::test_runner::TestRunner;
//!
//! let mut runner = TestRunner::deterministic();
//! let disclosure = generate::disclosure().new_tree(&mut runner).unwrap().current();
//! let report = audit(&disclosure);
//! assert!(report.findings.iter().all(|f| f.severity != Severity::Error));
//! ```
//!
//! In a downstream test, with `proptest!` (the runner below is what `proptest!` expands to):
//!
//! ```
//! use final_accounts::generate;
//! use proptest::prelude::*;
//! use proptest::test_runner::{Config, TestRunner};
//!
//! // #[test] fn renders() { proptest!(|(d in generate::disclosure())| { … }) }
//! let mut runner = TestRunner::new(Config::with_cases(4));
//! runner
//!     .run(&generate::disclosure(), |d| {
//!         prop_assert_eq!(d.year(), 2023);
//!         Ok(())
//!     })
//!     .unwrap();
//! ```

mod forms;
mod ledger;

pub use forms::form;
pub use ledger::{Ledger, LedgerItem, LedgerUnit};

use proptest::prelude::*;

use crate::classification::{FunctionCode, Level, builtin};
use crate::disclosure::Disclosure;

/// The year of the generated documents (the edition of the built-in catalog they draw from).
pub const YEAR: u16 = 2023;

/// The unit named by the generated documents.
pub const UNIT: &str = "示例市某某局";

/// Largest amount of one generated spending figure, in 0.01 万元 (5,000.00 万元).
const MAX_CENTS: u64 = 500_000;

/// Every 项 of the built-in 2023 functional catalog whose 款 and 类 it also lists.
fn catalog_items() -> Vec<FunctionCode> {
    let Some(catalog) = builtin::functional(YEAR) else {
        return Vec::new();
    };
    catalog
        .iter()
        .map(crate::classification::Entry::code)
        .filter(|code| code.level() == Level::Item)
        .filter(|code| code.ancestors().all(|a| catalog.contains(&a)))
        .filter(|code| ledger::class_line(&code.class()).is_some())
        .collect()
}

/// A 项 of the built-in 2023 functional catalog (with its 款 and 类 listed too).
///
/// ```
/// use final_accounts::classification::{builtin, Level};
/// use final_accounts::generate;
/// use proptest::strategy::{Strategy, ValueTree};
/// let mut runner = proptest::test_runner::TestRunner::deterministic();
/// let code = generate::item_code().new_tree(&mut runner).unwrap().current();
/// assert_eq!(code.level(), Level::Item);
/// assert!(builtin::functional(2023).unwrap().contains(&code));
/// ```
pub fn item_code() -> impl Strategy<Value = FunctionCode> {
    let mut items = catalog_items();
    if items.is_empty() {
        // Unreachable with the built-in data (a test says so); keeps `select` non-empty.
        items.extend(FunctionCode::parse("2080101").ok());
    }
    proptest::sample::select(items)
}

/// An amount in 0.01 万元: blank (zero) one time in four, else 0.01 … 5,000.00 万元.
fn cents() -> impl Strategy<Value = u64> {
    prop_oneof![1 => Just(0_u64), 3 => 1..=MAX_CENTS]
}

/// One 项 of the ledger.
fn ledger_item(code: FunctionCode) -> impl Strategy<Value = LedgerItem> {
    (cents(), cents(), cents(), cents(), cents()).prop_map(
        move |(personnel, public, project, fund_project, other_project)| LedgerItem {
            code,
            personnel,
            public,
            project,
            fund_project,
            other_project,
        },
    )
}

/// A ledger: 1–5 项 of the 2023 catalog in catalog order, each with its spending, and the
/// 一般公共预算 opening and closing balances.
pub fn ledger() -> impl Strategy<Value = Ledger> {
    let items = catalog_items();
    let max = items.len().min(5);
    let min = max.min(1);
    (
        proptest::sample::subsequence(items, min..=max),
        0..=MAX_CENTS,
        0..=MAX_CENTS,
    )
        .prop_flat_map(|(codes, opening, closing)| {
            let items: Vec<_> = codes.into_iter().map(ledger_item).collect();
            (items, Just(opening), Just(closing))
        })
        .prop_map(|(items, opening, closing)| Ledger::new(items, opening, closing))
}

/// Largest amount of one generated spending figure in 分 (5,000.00 万元).
const MAX_FEN: u64 = 50_000_000_000;

/// An amount in 分: blank (zero) one time in five, else any amount up to 5,000.00 万元, one
/// that sits exactly on a rounding half (…5,000 分: 0.005 万元 rounds up), or one just below it.
fn fen() -> impl Strategy<Value = u64> {
    let cents = MAX_CENTS.saturating_sub(1);
    prop_oneof![
        1 => Just(0_u64),
        2 => 1..=MAX_FEN,
        1 => (0..cents).prop_map(|c| c.saturating_mul(10_000).saturating_add(5_000)),
        1 => (0..cents).prop_map(|c| c.saturating_mul(10_000).saturating_add(4_999)),
    ]
}

/// A ledger in 分 ([`LedgerUnit::Fen`]): 1–5 项 of the 2023 catalog, each amount in 分, so that
/// every printed figure is rounded to 0.01 万元 half away from zero; each classified table
/// (公开02表, 03, 05, 07) is drawn to print its aggregates rounded from their exact totals or
/// summed from its rounded leaf cells ([`Ledger::summed`]).
///
/// ```
/// use final_accounts::generate::{self, LedgerUnit};
/// use proptest::strategy::{Strategy, ValueTree};
/// let mut runner = proptest::test_runner::TestRunner::deterministic();
/// let ledger = generate::exact_ledger().new_tree(&mut runner).unwrap().current();
/// assert_eq!(ledger.unit, LedgerUnit::Fen);
/// assert!(ledger.disclosure(Vec::new()).is_ok());
/// ```
pub fn exact_ledger() -> impl Strategy<Value = Ledger> {
    use crate::disclosure::TableKind;
    let items = catalog_items();
    let max = items.len().min(5);
    let min = max.min(1);
    let classified = vec![
        TableKind::Income,
        TableKind::Expenditure,
        TableKind::GeneralBudget,
        TableKind::GovernmentFund,
    ];
    (
        proptest::sample::subsequence(items, min..=max),
        fen(),
        fen(),
        proptest::sample::subsequence(classified, 0..=4),
    )
        .prop_flat_map(|(codes, opening, closing, summed)| {
            let items: Vec<_> = codes
                .into_iter()
                .map(|code| {
                    (fen(), fen(), fen(), fen(), fen()).prop_map(
                        move |(personnel, public, project, fund_project, other_project)| {
                            LedgerItem {
                                code,
                                personnel,
                                public,
                                project,
                                fund_project,
                                other_project,
                            }
                        },
                    )
                })
                .collect();
            (items, Just(opening), Just(closing), Just(summed))
        })
        .prop_map(|(items, opening, closing, summed)| {
            Ledger::in_unit(LedgerUnit::Fen, items, opening, closing, summed)
        })
}

/// A valid 2023 disclosure: tables 公开01表 … 公开10表 built from a [`ledger`], and 0–3
/// self-evaluation [`form`]s.
pub fn disclosure() -> impl Strategy<Value = Disclosure> {
    (ledger(), proptest::collection::vec(form(), 0..=3))
        .prop_filter_map("the ledger's tables build", |(ledger, forms)| {
            ledger.disclosure(forms).ok()
        })
}
