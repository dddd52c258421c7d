// The front page: what the library is, an example, the commands, the guides (docs/CRATE.md).
// Doctests run the README's examples instead, the front page's among them.
#![cfg_attr(not(doctest), doc = include_str!("../docs/CRATE.md"))]
#![cfg_attr(doctest, doc = include_str!("../README.md"))]
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
#[cfg(feature = "html")]
pub mod html;
pub mod import;
mod kind;
mod listing;
pub mod localize;
pub mod money;
mod names;
pub mod narrative;
mod printed;
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

pub use error::Error;
pub use names::{Printed, UnknownName};
