#![doc = include_str!("../README.md")]
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
pub mod localize;
pub mod money;
mod names;
pub mod narrative;
pub mod profile;
pub mod tables;

#[cfg(feature = "serde")]
mod serde_util;

pub use error::Error;
pub use names::{Printed, UnknownName};
