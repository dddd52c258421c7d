//! The chart of accounts (政府收支分类科目): functional and economic classification codes, their
//! catalogs per edition year, and the small closed sets of official terms.
//!
//! Codes come in two tiers, as IBANs do: a *well-formed* code ([`FunctionCode`],
//! [`EconomicCode`]) is only checked for its shape; an [`Entry`] *known to a [`Catalog`]* of a
//! given edition year also has a name and a place in the hierarchy. Looking up an unknown code
//! returns [`CodeError::UnknownFunctionCode`] / [`CodeError::UnknownEconomicCode`], which hand
//! back the parsed code.
//!
//! The [`builtin`] catalogs are partial and cite their sources; users can build a complete
//! catalog of their own edition ([`Catalog::from_rows`], or [`Catalog::from_delimited`] from the
//! CSV or TSV text a spreadsheet export gives) with the same validation.
//!
//! ```
//! use final_accounts::classification::{builtin, CodeError};
//! let catalog = builtin::functional(2023).unwrap();
//! let entry = catalog.resolve("2080505")?;
//! let lineage: Vec<String> = catalog
//!     .lineage(&entry.code())
//!     .filter_map(|(_, e)| e.map(ToString::to_string))
//!     .collect();
//! assert_eq!(lineage, ["20805 行政事业单位养老支出", "208 社会保障和就业支出"]);
//! assert!(matches!(catalog.resolve("2080599"), Err(CodeError::UnknownFunctionCode { .. })));
//! # Ok::<(), final_accounts::Error>(())
//! ```

pub mod builtin;
mod catalog;
mod data;
mod delimited;
mod economic;
mod error;
mod function;
mod level;
mod mapping;
mod sets;

pub use catalog::{
    Catalog, CatalogBuilder, CatalogCode, Completeness, Coverage, EconomicCatalog, Entry,
    FunctionCatalog, Row, Source,
};
pub use delimited::AnyCatalog;
pub use economic::{EconomicCode, EconomicLevel, EconomicScheme};
pub use error::{CatalogError, CatalogProblem, CodeError};
pub use function::FunctionCode;
pub use level::Level;
pub use mapping::{Mapping, UnitType};
pub use sets::{
    Attestation, CostCategory, ExpenditureNature, FundType, IncomeSource, ThreePublicExpense,
};
