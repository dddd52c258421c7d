//! The rule list of the narrative checks; each rule is declared at the top of the check
//! that applies it, in [`check`](super::check).

use crate::finding::Rule;

pub(crate) use super::check::amount::AMOUNT;
use super::check::amount::{NIL, PART_OF_WHOLE};
use super::check::change::{
    CHANGE_AMOUNT, CHANGE_DIRECTION, GROWTH_INFINITE, GROWTH_RATE, GROWTH_ZERO_BASE, PRIOR_NEGATIVE,
};
use super::check::completion::{COMPLETION, COMPLETION_ZERO_BUDGET};
use super::check::counts::{COUNT, GRADE_COUNT, THREE_PUBLIC_DETAIL};
use super::check::coverage::DETAIL_COVERAGE;
use super::check::lines::{LINE_NAME, LISTED_ZERO};
use super::check::lists::LIST_SUM;
use super::check::placed::TEXT_FIGURE;
use super::check::share::{SHARE, SHARE_ZERO_BASE};
use super::check::sign::NEGATIVE;
use super::check::text::{CLAIM_NOT_IN_TEXT, CONTRADICTION, RESIDUE};
use super::check::versus::VERSUS_BUDGET;
use super::check::{MISSING_REASON, UNVERIFIABLE};

/// Every rule of the narrative checks ([`check`](super::check)), with its default severity.
/// A difference within the precision of the printed figures is always reported as info.
pub const RULES: &[&Rule] = &[
    &AMOUNT,
    &SHARE,
    &SHARE_ZERO_BASE,
    &CHANGE_DIRECTION,
    &CHANGE_AMOUNT,
    &PRIOR_NEGATIVE,
    &GROWTH_RATE,
    &GROWTH_INFINITE,
    &GROWTH_ZERO_BASE,
    &COMPLETION,
    &COMPLETION_ZERO_BUDGET,
    &VERSUS_BUDGET,
    &MISSING_REASON,
    &COUNT,
    &GRADE_COUNT,
    &NIL,
    &DETAIL_COVERAGE,
    &RESIDUE,
    &CONTRADICTION,
    &UNVERIFIABLE,
    &THREE_PUBLIC_DETAIL,
    &PART_OF_WHOLE,
    &CLAIM_NOT_IN_TEXT,
    &TEXT_FIGURE,
    &NEGATIVE,
    &LIST_SUM,
    &LINE_NAME,
    &LISTED_ZERO,
];
