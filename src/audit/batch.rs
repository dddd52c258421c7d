//! Auditing many disclosures at once, on every core (feature `rayon`).

use super::{AuditOptions, Report, audit_with};
use crate::disclosure::Disclosure;
use rayon::prelude::*;

/// Audits every disclosure with the same options, in parallel on rayon's global thread pool,
/// and returns the reports in the order of `disclosures`.
///
/// Each audit is the one [`audit_with`] runs: pure, sharing nothing but the options, so the
/// reports are those a loop would give, and throughput grows with the cores.
///
/// ```
/// # #[cfg(feature = "serde")] {
/// use final_accounts::audit::{AuditOptions, audit_batch, audit};
/// use final_accounts::disclosure::Disclosure;
/// let json = include_str!("../../tests/fixtures/datong-hrss-2023.json");
/// let disclosure: Disclosure = serde_json::from_str(json).unwrap();
/// let batch = vec![disclosure.clone(), disclosure];
/// let reports = audit_batch(&batch, &AuditOptions::new());
/// assert_eq!(reports.len(), 2);
/// assert_eq!(reports[0].findings, audit(&batch[0]).findings);
/// # }
/// ```
#[must_use]
pub fn audit_batch<'a>(
    disclosures: &'a [Disclosure],
    options: &AuditOptions<'a>,
) -> Vec<Report<'a>> {
    disclosures
        .par_iter()
        .map(|disclosure| audit_with(disclosure, options))
        .collect()
}
