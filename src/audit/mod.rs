//! The audit of a disclosure: findings, severities, locations and the rule catalog.
//!
//! Every rule has a stable id, a default severity, a description and a source; [`rules`]
//! lists them all, like a lint list. A [`Finding`] names the rule, the places involved, the
//! expected and printed figures and, for precision-aware rules, the difference rounding could
//! explain: a rounding tail (尾数误差) is reported as [`Severity::Info`], never as an error.
//!
//! ```
//! use final_accounts::audit::{rules, Severity};
//! let ids: Vec<&str> = rules().map(|r| r.id).collect();
//! let mut sorted = ids.clone();
//! sorted.sort_unstable();
//! sorted.dedup();
//! assert_eq!(ids.len(), sorted.len(), "rule ids are unique");
//! ```

#[cfg(feature = "rayon")]
mod batch;
pub mod codes;
pub mod cross;
mod culprit;
pub mod document;
pub mod forms_text;
mod report;
mod run;

pub use crate::finding::{Finding, Location, Place, Rule, Severity};
#[cfg(feature = "rayon")]
pub use batch::audit_batch;
pub use report::{Report, counts_summary};
pub use run::{AuditOptions, Context, audit, audit_imported, audit_with, edits};

/// Every rule of the audit, grouped by area.
pub fn rules() -> impl Iterator<Item = &'static Rule> {
    CATALOG.iter().flat_map(|group| group.iter().copied())
}

/// The rule with this id, if any.
///
/// ```
/// // Ids are listed in `rules()`; unknown ids give `None`.
/// assert!(final_accounts::audit::rule("no.such-rule").is_none());
/// ```
#[must_use]
pub fn rule(id: &str) -> Option<&'static Rule> {
    rules().find(|r| r.id == id)
}

/// The rule groups, one per area. Each area's module owns its list.
const CATALOG: &[&[&Rule]] = &[
    crate::tables::RULES,
    document::RULES,
    cross::RULES,
    codes::RULES,
    crate::narrative::RULES,
    crate::evaluation::RULES,
    forms_text::RULES,
];
