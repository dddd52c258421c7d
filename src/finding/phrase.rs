//! Fixed phrases a finding quotes as its expected or printed figure, worded in both languages,
//! so that a Chinese report never carries an English phrase and the reverse.

use super::Template;

/// A share or completion of a zero base: no percentage can be stated.
///
/// ```
/// use final_accounts::finding::{phrase, Figure, Lang};
/// let figure = Figure::Phrase(&phrase::NO_PERCENTAGE);
/// assert_eq!(figure.in_lang(Lang::Zh).to_string(), "不列百分比");
/// assert_eq!(figure.in_lang(Lang::En).to_string(), "no percentage");
/// ```
pub const NO_PERCENTAGE: Template = Template {
    zh: "不列百分比",
    en: "no percentage",
};

/// A change from a zero base, or an execution rate of a zero budget: no rate can be stated.
pub const NO_RATE: Template = Template {
    zh: "不列比率",
    en: "no rate",
};

/// A growth rate from a base that is not zero: a finite rate, never ∞%.
pub const FINITE_RATE: Template = Template {
    zh: "有限的增长率",
    en: "a finite rate",
};

/// A table printed empty without its explanation.
pub const NO_EXPLANATION: Template = Template {
    zh: "无说明",
    en: "no explanation",
};

/// A table with data carries no "本表无数据" note.
pub const NO_EMPTY_NOTE: Template = Template {
    zh: "有数据的表不注“本表无数据”",
    en: "no \"本表无数据\" note on a table with data",
};
