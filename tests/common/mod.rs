//! Shared test support.
#![allow(dead_code)]

pub mod datong;
pub mod mutate;
pub mod putuo;
