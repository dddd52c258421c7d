use crate::kind::TableKind;

/// Why a profile cannot be built.
///
/// ```
/// use final_accounts::disclosure::TableKind;
/// use final_accounts::profile::{Profile, ProfileError};
/// let err = Profile::builder("x", "made up")
///     .labelled(TableKind::Income, Some("表一"), "收入决算表")
///     .labelled(TableKind::Expenditure, Some("表一"), "支出决算表")
///     .build()
///     .unwrap_err();
/// assert_eq!(err.to_string(), "profile \"x\" prints the label \"表一\" on two tables");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum ProfileError {
    /// The id is empty.
    #[error("a profile id must not be empty")]
    EmptyId,
    /// The profile lists no table.
    #[error("profile {id:?} lists no table")]
    NoTable {
        /// The profile.
        id: String,
    },
    /// A table is listed twice.
    #[error("profile {id:?} lists {kind} twice")]
    TableTwice {
        /// The profile.
        id: String,
        /// The table.
        kind: TableKind,
    },
    /// A label is used on two tables.
    #[error("profile {id:?} prints the label {label:?} on two tables")]
    LabelTwice {
        /// The profile.
        id: String,
        /// The label.
        label: String,
    },
    /// A table has an empty title.
    #[error("profile {id:?} gives {kind} an empty title")]
    EmptyTitle {
        /// The profile.
        id: String,
        /// The table.
        kind: TableKind,
    },
    /// The summary tables print no expenditure 类 line (or only lines printed when used).
    #[error("profile {id:?} prints no expenditure 类 line")]
    NoExpenditureClass {
        /// The profile.
        id: String,
    },
    /// A 类 line is named that is no [`ClassLine`](crate::tables::ClassLine).
    #[error(
        "profile {id:?} names the 类 line {name:?}, which is no expenditure 类 line of the summary tables"
    )]
    UnknownClassLine {
        /// The profile.
        id: String,
        /// The name given.
        name: String,
    },
    /// A 类 line is named twice.
    #[error("profile {id:?} names the 类 line {name:?} twice")]
    ClassLineTwice {
        /// The profile.
        id: String,
        /// The line's name.
        name: String,
    },
    /// A 类 line printed only when used is not among the lines the profile prints.
    #[error(
        "profile {id:?} prints the 类 line {name:?} only when used, but does not list it among its lines"
    )]
    OptionalClassLine {
        /// The profile.
        id: String,
        /// The line's name.
        name: String,
    },
    /// A count of 类 lines (the form before lines were named) that stands for no lines: only
    /// all 26 and the 24 without the debt lines do.
    #[error(
        "profile {id:?} prints {count} expenditure 类 lines: a count names the lines only for 26 (all) \
         or 24 (without 债务还本支出 and 债务付息支出); list the lines by name in class_lines"
    )]
    ClassCount {
        /// The profile.
        id: String,
        /// The count given.
        count: u16,
    },
    /// The 类 lines are given both by name and by count.
    #[error(
        "profile {id:?} gives its 类 lines both by name (class_lines) and by count (expenditure_classes)"
    )]
    ClassLinesAndCounts {
        /// The profile.
        id: String,
    },
    /// The body's part numbers are not 1 to 10 in increasing order.
    #[error(
        "profile {id:?} lists the body's part headings as {parts:?}: expected numbers 1 to 10, increasing"
    )]
    BodyParts {
        /// The profile.
        id: String,
        /// The numbers given.
        parts: Vec<u8>,
    },
    /// A section of the 说明 has an empty label or heading, or its label is used twice.
    #[error("profile {id:?} lists the 说明 section {label:?} twice, or without a label or heading")]
    NarrativeSection {
        /// The profile.
        id: String,
        /// The section's label.
        label: String,
    },
}
