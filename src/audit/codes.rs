//! Rules on classification codes (`code.*`): every row code known to the catalog of the report
//! year, with the name printed there.

use crate::audit::{Finding, RuleInfo};
use crate::classification::{EconomicCatalog, FunctionCatalog};
use crate::disclosure::Disclosure;

/// The rules of this module, listed in [`rules`](crate::audit::rules).
pub const RULES: &[RuleInfo] = &[];

/// Checks the codes and names of every classified row of `disclosure` against the catalogs.
#[must_use]
pub fn check(
    _disclosure: &Disclosure,
    _functional: Option<&FunctionCatalog>,
    _economic: Option<&EconomicCatalog>,
) -> Vec<Finding> {
    Vec::new()
}
