//! Shared test support.
#![allow(dead_code)]

#[cfg(feature = "serde")]
pub mod claims;
pub mod datong;
pub mod forms;
pub mod mutate;
#[path = "../narrative_support/mod.rs"]
pub mod narrative;
pub mod putuo;
#[cfg(feature = "serde")]
pub mod tables;
