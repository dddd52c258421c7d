//! The printed-text helpers the 说明 readers use: the crate's printed-text module's.

pub(crate) use crate::printed::{compact, compact_len_at_most};
