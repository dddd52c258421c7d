//! `final-accounts` models Chinese government departmental final accounts (部门决算) and
//! their public disclosure (部门决算公开) as pure Rust types, and audits a published disclosure:
//! the chart of accounts (政府收支分类科目), exact money with the precision it was printed to,
//! the disclosure tables 公开01表 … 公开10表, the figures of the 说明, the project
//! self-evaluation forms, and every finding with its rule, place and both figures. It reads a
//! published document's text ([`import`]), compiles a unit's accounts into a consistent
//! disclosure ([`compile`]), and does no I/O: finance tools and reporting crates embed it.
//!
//! ```
//! # #[cfg(feature = "serde")] {
//! use final_accounts::audit::{Severity, audit};
//! use final_accounts::disclosure::Disclosure;
//! use final_accounts::finding::Lang;
//!
//! let json = include_str!("../tests/fixtures/datong-hrss-2023.json");
//! let disclosure: Disclosure = serde_json::from_str(json)?;
//! let report = audit(&disclosure);
//! for finding in report.at_least(Severity::Error) {
//!     println!("{}", report.display(finding, Lang::Zh)); // or Lang::En
//! }
//! assert_eq!(report.count(Severity::Error), 9);
//! # }
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! # Commands
//!
//! From a clone of the repository:
//!
//! ```sh
//! cargo run --example audit     # audit the bundled real disclosure (大同市人社局 2023): exit status 1, it has errors
//! cargo run --example audit -- my-disclosure.json   # or a published document's text, or - for stdin
//! cargo run --example compile -- --tables tests/fixtures/datong-hrss-2023-accounts.json
//! cargo test --all-features     # every test, doctests included
//! ```
//!
//! # Guides
//!
//! * [`guide::format`]: the disclosure JSON the audit reads, key by key;
//! * [`guide::accounts`]: the accounts JSON the compiler reads, key by key;
//! * [`guide::design`]: why the crate is the way it is (intervals, controlled rounding,
//!   profiles, findings as data), and how to add a rule, a table or a province's template.
//!
//! # Modules
//!
//! | module | what it models |
//! |---|---|
//! | [`money`] | exact amounts (元 to the 分), printed figures and their precision, precision-aware sums and rates |
//! | [`classification`] | functional (类/款/项) and economic codes, catalogs per edition with their sources |
//! | [`tables`] | the ten disclosure tables, with invariant-checking constructors |
//! | [`disclosure`] | a whole disclosure: tables in published order, narrative, forms, profile, outline |
//! | [`narrative`] | the claims of the 说明, checked against the tables; the standard paragraphs rendered from data |
//! | [`evaluation`] | self-evaluation forms, their scoring formula, grades, the roll-up |
//! | [`profile`] | template profiles: the layout of a province's disclosure as data |
//! | [`accounts`] | a unit's accounts in exact 元, what [`compile`] prints a disclosure from |
//! | [`import`] | a disclosure read from a published document's text, bytes decoded ([`import::decode`]) |
//! | [`finding`] | findings as data: rule, severity, places, figures, rendered in either language |
//! | [`audit`] | the audit of a disclosure: every rule, the report |
//! | `generate` | proptest strategies for valid disclosures and forms (feature `proptest`) |
//!
//! # Features
//!
//! * `serde` (default): `Serialize` and `Deserialize` for every type, through the same
//!   validating constructors; amounts are strings, never floats; unknown keys are rejected.
//! * `proptest`: `final_accounts::generate`, strategies producing valid disclosures and forms.
#![forbid(unsafe_code)]
#![deny(missing_docs)]
#![cfg_attr(
    not(test),
    deny(
        clippy::unwrap_used,
        clippy::expect_used,
        clippy::panic,
        clippy::indexing_slicing,
        clippy::arithmetic_side_effects
    )
)]

pub mod accounts;
pub mod audit;
pub mod classification;
pub mod compile;
pub mod disclosure;
mod error;
pub mod evaluation;
pub mod finding;
#[cfg(feature = "proptest")]
pub mod generate;
pub mod import;
mod kind;
mod listing;
pub mod money;
mod names;
pub mod narrative;
pub mod profile;
pub mod tables;

#[cfg(feature = "serde")]
mod serde_util;

/// The guides of the repository, included so that they read on docs.rs as they do beside the
/// code.
pub mod guide {
    #[doc = include_str!("../docs/FORMAT.md")]
    pub mod format {}
    #[doc = include_str!("../docs/ACCOUNTS.md")]
    pub mod accounts {}
    #[doc = include_str!("../DESIGN.md")]
    pub mod design {}
}

/// The README's examples, run as doctests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;

pub use error::Error;
pub use names::{Printed, UnknownName};
