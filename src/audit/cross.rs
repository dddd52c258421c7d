//! Rules between tables (`x.*`): the same figure printed in two tables, and the relations the
//! template implies between them.

use crate::audit::{Finding, RuleInfo};
use crate::disclosure::Disclosure;

/// The rules of this module, listed in [`rules`](crate::audit::rules).
pub const RULES: &[RuleInfo] = &[];

/// Checks every relation between the tables of `disclosure`.
#[must_use]
pub fn check(_disclosure: &Disclosure) -> Vec<Finding> {
    Vec::new()
}
