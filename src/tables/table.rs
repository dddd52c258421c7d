//! What the ten tables have in common.

use super::columns::private::Sealed;
use super::{
    BasicDetailTable, ClassifiedSpec, ClassifiedTable, FiscalTable, IncomeExpenditureTable,
    RelatedInfoTable, TableMeta, ThreePublicTable,
};
use crate::finding::{Edit, Finding};
use crate::kind::TableKind;

/// One of the ten disclosure tables: which one it is, what is printed around it and the
/// check of its own arithmetic. Sealed: the ten types are the crate's.
///
/// Building a table checks its structure only; [`Table::check`] is the pure function that
/// returns the findings of its arithmetic, run by the audit.
///
/// ```
/// use final_accounts::money::MoneyUnit;
/// use final_accounts::tables::{IncomeTable, Table, TableKind, TableMeta};
/// let table = IncomeTable::new(TableMeta::new("收入决算表", MoneyUnit::WanYuan), vec![])?;
/// assert_eq!(IncomeTable::KIND, TableKind::Income);
/// assert_eq!(Table::meta(&table).title(), "收入决算表");
/// assert!(Table::check(&table).is_empty());
/// # Ok::<(), final_accounts::tables::TableError>(())
/// ```
pub trait Table: Sealed {
    /// Which of the ten tables this type is.
    const KIND: TableKind;
    /// What is printed around the cells.
    fn meta(&self) -> &TableMeta;
    /// The findings of the table's own arithmetic: rounding tails as info, breaks at the
    /// rule's severity.
    fn check(&self) -> Vec<Finding>;
    /// The findings of [`Table::check`] and every relation the check tests, as edits (each
    /// naming the index of its finding among the findings, if it has one).
    fn checked(&self) -> (Vec<Finding>, Vec<Edit>);
}

macro_rules! table {
    ($($ty:ty => $kind:ident),+ $(,)?) => {
        $(
            impl Sealed for $ty {}

            impl Table for $ty {
                const KIND: TableKind = TableKind::$kind;
                fn meta(&self) -> &TableMeta {
                    <$ty>::meta(self)
                }
                fn check(&self) -> Vec<Finding> {
                    <$ty>::check(self)
                }
                fn checked(&self) -> (Vec<Finding>, Vec<Edit>) {
                    <$ty>::checked_with(self, true)
                }
            }
        )+
    };
}

table! {
    IncomeExpenditureTable => IncomeExpenditure,
    FiscalTable => Fiscal,
    BasicDetailTable => BasicDetail,
    ThreePublicTable => ThreePublic,
    RelatedInfoTable => RelatedInfo,
}

impl<S: ClassifiedSpec> Sealed for ClassifiedTable<S> {}

impl<S: ClassifiedSpec> Table for ClassifiedTable<S> {
    const KIND: TableKind = S::KIND;
    fn meta(&self) -> &TableMeta {
        ClassifiedTable::meta(self)
    }
    fn check(&self) -> Vec<Finding> {
        ClassifiedTable::check(self)
    }
    fn checked(&self) -> (Vec<Finding>, Vec<Edit>) {
        ClassifiedTable::checked(self)
    }
}
