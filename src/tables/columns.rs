//! Column sets: the named amount columns of the tables keyed by classification code, and the
//! relations that hold inside one row.

use core::fmt;

use super::{Cell, ColumnSpec};

pub(crate) mod private {
    /// Only this crate defines column sets and table specs.
    pub trait Sealed {}
}

/// The amount columns of a table, as named fields of [`Cell`]s.
///
/// Implemented by the column structs of this module ([`IncomeColumns`](super::IncomeColumns),
/// [`ExpenditureColumns`](super::ExpenditureColumns), …); sealed.
pub trait ColumnSet: Clone + PartialEq + Eq + fmt::Debug + Default + private::Sealed {
    /// The columns in the spec's printed order, with their keys and default printed names.
    const COLUMNS: &'static [ColumnSpec];

    /// The cells, in the order of [`ColumnSet::COLUMNS`].
    fn cells(&self) -> Vec<&Cell>;

    /// The cells, mutable, in the order of [`ColumnSet::COLUMNS`].
    fn cells_mut(&mut self) -> Vec<&mut Cell>;

    /// The cell of the column `key`, if this set has it.
    fn cell(&self, key: &str) -> Option<&Cell> {
        let index = Self::COLUMNS.iter().position(|c| c.key == key)?;
        self.cells().get(index).copied()
    }

    /// Whether any cell holds an amount (blank and "——" do not).
    fn has_amount(&self) -> bool {
        self.cells().iter().any(|c| c.has_amount())
    }
}

/// A relation inside one row: `total = Σ plus − Σ minus`, between columns named by key.
///
/// A relation is checked only when the table prints all its columns.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct RowRule {
    /// The rule (`t02.row-total`).
    pub rule: &'static crate::finding::Rule,
    /// The column that must equal the others' sum.
    pub total: &'static str,
    /// Columns added.
    pub plus: &'static [&'static str],
    /// Columns subtracted.
    pub minus: &'static [&'static str],
    /// The relation, in words.
    pub what: &'static crate::finding::Template,
}

/// Declares a column set: a struct of public [`Cell`] fields with their printed names.
macro_rules! column_set {
    (
        $(#[$meta:meta])*
        pub struct $name:ident {
            $( $(#[$fmeta:meta])* $field:ident => $zh:literal, )+
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
        pub struct $name {
            $( $(#[$fmeta])* pub $field: $crate::tables::Cell, )+
        }

        impl $crate::tables::columns::private::Sealed for $name {}

        impl $crate::tables::ColumnSet for $name {
            const COLUMNS: &'static [$crate::tables::ColumnSpec] = &[
                $( $crate::tables::ColumnSpec { key: stringify!($field), name: $zh }, )+
            ];

            fn cells(&self) -> Vec<&$crate::tables::Cell> {
                vec![ $( &self.$field, )+ ]
            }

            fn cells_mut(&mut self) -> Vec<&mut $crate::tables::Cell> {
                vec![ $( &mut self.$field, )+ ]
            }

            fn cell(&self, key: &str) -> Option<&$crate::tables::Cell> {
                match key {
                    $( stringify!($field) => Some(&self.$field), )+
                    _ => None,
                }
            }

            fn has_amount(&self) -> bool {
                false $( || self.$field.has_amount() )+
            }
        }
    };
}

pub(crate) use column_set;
