//! Compiling a unit's [`Accounts`] into a [`Disclosure`] that is consistent by construction.
//!
//! # Overview
//!
//! [`compile`] prints every table of a profile from one set of accounts in exact 元: the
//! `shanxi-2023` layout (公开01表 … 公开10表) by default, or another profile set with
//! [`CompileOptions::with_profile`] (`shanghai-2024`: nine unlabelled tables, the 三公 table
//! before the fund tables, no 行次). The profile decides the layout only; the figures are the
//! same under every profile. Every printed figure is derived from the same source, so the
//! tables agree with each other; how they are rounded to 0.01 万元 is the
//! [`TableRounding`] policy of the [`CompileOptions`]:
//!
//! * [`TableRounding::Independent`] rounds every printed figure on its own (四舍五入), as
//!   publishers do: totals may differ from the sums of their printed parts by rounding tails,
//!   and the audit reports them as info.
//! * [`TableRounding::Controlled`] prints every identity exactly.
//!
//! The accounts' projects are printed as self-evaluation forms (项目支出绩效自评表) under the
//! same policy, with the report year's formula: see [`compile_form`]; the 说明 states their
//! [`Rollup`](crate::evaluation::Rollup).
//!
//! # What controlled rounding guarantees
//!
//! The *base figures* are the flows of one [`Circulation`](crate::money::Circulation), printed
//! each within one unit (0.01 万元) of its exact value with every node balanced:
//!
//! * for each pool (一般公共预算 / 政府性基金 / 国有资本经营 appropriations, non-fiscal money)
//!   and each row (合计, 类, 款, 项) the opening and closing balances, the income by source and
//!   the spending by nature; each 项 balances (年初 + 收入 = 支出 + 年末) and each aggregate
//!   row is the sum of its rows;
//! * the 一般公共预算 basic spending continues through its economic 类 and 款 (公开06表), so
//!   the detail adds up to the 基本支出 the other tables print;
//! * the 三公 budget and actual, 政府采购 and 机关运行经费.
//!
//! Every other printed figure is a sum of printed base figures: a row's 合计 across its
//! columns, a figure over several pools (公开03表 over all funds, the 财政拨款 column of
//! 公开02表), 人员经费 and 公用经费. Every printed identity therefore holds exactly, and a figure
//! summed from k base figures is within k units of its exact value (strictly less). Where only
//! the 一般公共预算 is spent, the figures of 公开05表 are base figures or sums of two.
//!
//! # Examples
//!
//! ```
//! use final_accounts::accounts::{Accounts, ItemAccounts, Nature, Pool, Source};
//! use final_accounts::audit::{audit, Severity};
//! use final_accounts::classification::{builtin, EconomicCode, EconomicScheme, FunctionCode};
//! use final_accounts::compile::{compile, CompileOptions};
//! use final_accounts::money::{Amount, TableRounding};
//! use final_accounts::tables::Fund;
//! use rust_decimal::Decimal;
//!
//! let yuan = |fen: i64| Amount::from_yuan(Decimal::new(fen, 2));
//! let gb = Fund::GeneralBudget;
//! let items = vec![
//!     ItemAccounts::new(FunctionCode::parse("2080101")?, Pool::Appropriation(gb))
//!         .income(Source::Appropriation(gb), yuan(1_234_567_89)?)
//!         .spending(Nature::Basic, yuan(1_034_567_89)?)
//!         .spending(Nature::Project, yuan(200_000_00)?),
//!     ItemAccounts::new(FunctionCode::parse("2080505")?, Pool::Appropriation(gb))
//!         .income(Source::Appropriation(gb), yuan(333_333_33)?)
//!         .spending(Nature::Basic, yuan(333_333_33)?),
//! ];
//! let detail = vec![
//!     (EconomicCode::parse("30101")?, yuan(1_000_000_00)?),
//!     (EconomicCode::parse("30201")?, yuan(367_901_22)?),
//! ];
//! let accounts = Accounts::new("示例市某某局", 2023, items, detail)?;
//! let functional = builtin::functional_in_force(2023);
//! let economic = builtin::economic_in_force(EconomicScheme::Departmental, 2023);
//! let options = CompileOptions::new(&functional, &economic, TableRounding::Controlled);
//! let disclosure = compile(&accounts, &options)?;
//! let report = audit(&disclosure);
//! // No finding above info, on the tables or in the 说明 compiled with them, and not even a
//! // rounding tail.
//! assert!(report.findings.iter().all(|f| f.severity < Severity::Warning && !f.is_tail()));
//! assert!(!disclosure.narrative().statements.is_empty());
//! let t05 = disclosure.general_budget().expect("compiled");
//! assert_eq!(t05.rows()[0].cells().total.to_string(), "156.79");
//! # Ok::<(), final_accounts::Error>(())
//! ```

pub(crate) mod fixed_lines;
mod forms;
mod narrative;
mod print;
mod rounded;
mod template;

use crate::accounts::Accounts;
use crate::classification::{Catalog, EconomicCatalog};
use crate::disclosure::Disclosure;
use crate::money::{MoneyError, TableRounding, TableRoundingError};
use crate::narrative::RenderOptions;
use crate::profile::Profile;

pub use forms::{compile_form, compile_forms};

/// How to compile: the catalogs that name the rows, the rounding policy and the profile whose
/// tables are printed.
#[derive(Debug, Clone, Copy)]
pub struct CompileOptions<'a> {
    /// Name the 类, 款 and 项 rows, the first catalog that has a code naming it; every code
    /// of the accounts must be in one of them.
    pub functional: &'a [&'a Catalog],
    /// Name the economic 类 and 款 of 公开06表 (部门预算支出经济分类), in the same way.
    pub economic: &'a [&'a EconomicCatalog],
    /// How figures are rounded to 0.01 万元.
    pub rounding: TableRounding,
    /// The profile whose tables are printed, in its order, with its titles, labels, 行次 and
    /// 类 lines; [`Profile::shanxi_2023`] unless set with [`CompileOptions::with_profile`].
    pub profile: &'a Profile,
    /// How the standard 说明 paragraphs are written, or `None` to compile the tables only.
    pub narrative: Option<RenderOptions<'a>>,
}

impl<'a> CompileOptions<'a> {
    /// Options with the catalogs and a rounding policy, printing the tables of
    /// [`Profile::shanxi_2023`].
    #[must_use]
    pub fn new(
        functional: &'a [&'a Catalog],
        economic: &'a [&'a EconomicCatalog],
        rounding: TableRounding,
    ) -> CompileOptions<'a> {
        CompileOptions {
            functional,
            economic,
            rounding,
            profile: Profile::shanxi_2023(),
            narrative: Some(RenderOptions::default()),
        }
    }

    /// The same options writing the 说明 with `render` (how a zero prior year is worded …), or
    /// none at all with `None`.
    ///
    /// ```
    /// use final_accounts::classification::{builtin, EconomicScheme};
    /// use final_accounts::compile::CompileOptions;
    /// use final_accounts::money::TableRounding;
    /// use final_accounts::narrative::{RenderOptions, ZeroBase};
    ///
    /// let functional = builtin::functional_in_force(2023);
    /// let economic = builtin::economic_in_force(EconomicScheme::Departmental, 2023);
    /// let options = CompileOptions::new(&functional, &economic, TableRounding::Controlled)
    ///     .with_narrative(Some(RenderOptions::default().with_zero_base(ZeroBase::Infinity)));
    /// assert_eq!(options.narrative.map(|r| r.zero_base), Some(ZeroBase::Infinity));
    /// ```
    #[must_use]
    pub fn with_narrative(self, narrative: Option<RenderOptions<'a>>) -> CompileOptions<'a> {
        CompileOptions { narrative, ..self }
    }

    /// The same options printing the tables of `profile`.
    ///
    /// ```
    /// use final_accounts::classification::{builtin, EconomicScheme};
    /// use final_accounts::compile::CompileOptions;
    /// use final_accounts::money::TableRounding;
    /// use final_accounts::profile::Profile;
    ///
    /// let functional = builtin::functional_in_force(2024);
    /// let economic = builtin::economic_in_force(EconomicScheme::Departmental, 2024);
    /// let options = CompileOptions::new(&functional, &economic, TableRounding::Controlled)
    ///     .with_profile(Profile::shanghai_2024());
    /// assert_eq!(options.profile.id(), "shanghai-2024");
    /// ```
    #[must_use]
    pub fn with_profile(self, profile: &'a Profile) -> CompileOptions<'a> {
        CompileOptions { profile, ..self }
    }
}

/// Why accounts could not be compiled.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum CompileError {
    /// A 项 of the accounts, or its 类 or 款, is not in the catalog, so its row cannot be named.
    #[error(
        "项 {item} cannot be named: {code} is in no functional catalog given (edition {edition})"
    )]
    UnknownCode {
        /// The 项 of the accounts.
        item: String,
        /// The code missing from the catalog (the 项 itself, its 款 or its 类).
        code: String,
        /// The catalog's edition.
        edition: u16,
    },
    /// An economic 款 of the basic detail, or its 类, is not in the economic catalog.
    #[error(
        "economic code {code} is in no economic catalog given (edition {edition}): its row cannot be named"
    )]
    UnknownEconomicCode {
        /// The code.
        code: String,
        /// The catalog's edition.
        edition: u16,
    },
    /// The accounts spend under a 类 that no 类 line of the summary tables stands for (no line
    /// of the profile's [`class_lines`](crate::profile::Profile::class_lines) by code, or by the
    /// name a catalog given gives the code): 本年支出合计 would not be the sum of its lines.
    #[error(
        "the accounts spend under 类 {code}, but no 类 line of the summary tables stands for it \
         (no line has that code, and no catalog given names it as a line is printed)"
    )]
    ClassWithoutLine {
        /// The 类 code.
        code: String,
    },
    /// A 年初预算 is given for a line of 公开05表 the accounts print no row for (no
    /// 一般公共预算 spending under it): the 说明 lists the budgets of the table's lines against
    /// their total, and a budget no line carries would make the list fall short of it.
    #[error(
        "年初预算 is given for {code}, but 公开05表 prints no line {code} (no 一般公共预算 spending \
         under it): give its budget with a line that has spending, or leave it out"
    )]
    BudgetWithoutLine {
        /// The code of the line.
        code: String,
    },
    /// A reason (主要原因) or a purpose is keyed to a line of 公开05表 the accounts print no row
    /// for: the 说明 would never state it.
    #[error(
        "{what} is given for {key}, but 公开05表 prints no line {code} (no 一般公共预算 spending \
         under it): key it to a line that has spending, or leave it out"
    )]
    KeyedToNoLine {
        /// What is keyed: "a reason" or "a purpose".
        what: &'static str,
        /// The key as given (the section label or the figure).
        key: String,
        /// The code of the line.
        code: String,
    },
    /// The accounts hold nothing to compile: no 项 and no project.
    #[error(
        "the accounts hold no 项 and no project: there is nothing to compile (give at least one \
         item, such as {{\"item\": \"2080101\", \"pool\": \"general_budget\", …}})"
    )]
    Empty,
    /// A 三公 item's spending is so small that 公开09表 prints it as 0.00, yet the accounts give
    /// it details (团组, vehicles bought, 接待批次): the 说明 would state them against a zero.
    #[error(
        "{detail} is {count}, but the 三公 决算数 of {item} prints as 0.00 万元: its spending is \
         under half a unit of the table"
    )]
    DetailOnZero {
        /// The detail.
        detail: &'static str,
        /// Its count.
        count: u32,
        /// The 三公 item.
        item: String,
    },
    /// The figures could not be rounded (a sum out of range).
    #[error(transparent)]
    Rounding(#[from] TableRoundingError),
    /// A figure could not be built.
    #[error(transparent)]
    Money(#[from] MoneyError),
    /// A table refused its rows; a defect of the compiler, reported rather than hidden.
    #[error("compiling produced a table the crate refuses: {0}")]
    Table(#[from] crate::tables::TableError),
    /// The disclosure refused its tables; a defect of the compiler, reported rather than hidden.
    #[error("compiling produced a disclosure the crate refuses: {0}")]
    Disclosure(#[from] crate::disclosure::DisclosureError),
    /// A code could not be read; a defect of the compiler, reported rather than hidden.
    #[error("compiling read a code the crate refuses: {0}")]
    Code(#[from] crate::classification::CodeError),
    /// A project's accounts cannot be compiled into a self-evaluation form.
    #[error(transparent)]
    Accounts(#[from] crate::accounts::AccountsError),
    /// The forms cannot be scored (no scoring parameters for the year), or a compiled form
    /// was refused (a defect of the compiler, reported rather than hidden).
    #[error(transparent)]
    Evaluation(#[from] crate::evaluation::EvaluationError),
    /// An internal lookup failed; a defect of the compiler, reported rather than hidden.
    #[error("internal error while compiling: {0} not found")]
    Internal(&'static str),
}

/// Compiles accounts into a disclosure of the options' profile (every table it prints, in its
/// order); see the
/// [module documentation](self).
///
/// # Errors
///
/// [`CompileError::Empty`] for accounts with no 项 and no project,
/// [`CompileError::UnknownCode`] for a code the catalog does not name,
/// [`CompileError::BudgetWithoutLine`] and [`CompileError::KeyedToNoLine`] for a 年初预算, a
/// reason or a purpose keyed to a line 公开05表 does not print; the other variants for figures
/// beyond the supported range.
pub fn compile(
    accounts: &Accounts,
    options: &CompileOptions<'_>,
) -> Result<Disclosure, CompileError> {
    if accounts.items().is_empty() && accounts.projects().is_empty() {
        return Err(CompileError::Empty);
    }
    for item in accounts.items() {
        let code = item.item();
        let lineage = code.ancestors().chain([code]);
        for missing in lineage {
            if options.functional.iter().all(|c| c.get(&missing).is_none()) {
                return Err(CompileError::UnknownCode {
                    item: code.to_string(),
                    code: missing.to_string(),
                    edition: options.functional.first().map_or(0, |c| c.edition()),
                });
            }
        }
    }
    let figures = rounded::RoundedFigures::build(accounts, options.rounding)?;
    let mut disclosure = print::disclosure(
        accounts,
        &figures,
        options.functional,
        options.economic,
        options.profile,
    )?;
    disclosure.set_forms(forms::compile_forms(accounts, options.rounding)?);
    if let Some(render_options) = options.narrative {
        let render_options = render_options
            .with_detail_level(options.profile.detail_level())
            .with_template(options.profile.narrative());
        let (narrative, headings) =
            narrative::narrative(accounts, &disclosure, render_options, options.rounding)?;
        disclosure.set_narrative(narrative);
        disclosure.set_outline(crate::disclosure::PrintedOutline::new(headings));
    }
    Ok(disclosure)
}
