use core::fmt;

/// A place as printed: a table's printed label or title, a row's printed name, a column's
/// printed name. Structural errors raised while a table is built name their place this way;
/// findings use [`Place`](super::Place), which names things by what they are.
///
/// ```
/// use final_accounts::finding::Location;
/// let loc = Location::table("公开02表").row("22102").column("本年收入合计");
/// assert_eq!(loc.to_string(), "公开02表 row 22102 column 本年收入合计");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
pub struct Location {
    /// The table's printed label (公开01表) or, without one, its title; or a part of the
    /// document such as 说明 or a form's project name.
    pub table: Option<String>,
    /// The row: a classification code, a 行次, or a fixed item's printed name.
    pub row: Option<String>,
    /// The column: its printed name or 栏次.
    pub column: Option<String>,
}

impl Location {
    /// A location naming a table (or another part of the document).
    #[must_use]
    pub fn table(table: impl Into<String>) -> Location {
        Location {
            table: Some(table.into()),
            row: None,
            column: None,
        }
    }

    /// The same location narrowed to a row.
    #[must_use]
    pub fn row(mut self, row: impl Into<String>) -> Location {
        self.row = Some(row.into());
        self
    }

    /// The same location narrowed to a column.
    #[must_use]
    pub fn column(mut self, column: impl Into<String>) -> Location {
        self.column = Some(column.into());
        self
    }
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut sep = "";
        if let Some(table) = &self.table {
            write!(f, "{table}")?;
            sep = " ";
        }
        if let Some(row) = &self.row {
            write!(f, "{sep}row {row}")?;
            sep = " ";
        }
        if let Some(column) = &self.column {
            write!(f, "{sep}column {column}")?;
        }
        Ok(())
    }
}
