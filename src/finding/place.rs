use core::fmt;
use std::borrow::Cow;

use crate::classification::{EconomicCode, FunctionCode};

use super::{Lang, TableKind};

/// The part of a disclosure a place is in.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Part {
    /// A table, by what it is (its printed label and title come from the document).
    Table(TableKind),
    /// The document around the tables: banners, titles and headings (部门决算公开).
    Document,
    /// The narrative (说明).
    Narrative,
    /// The self-evaluation forms taken together (项目支出绩效自评表).
    Forms,
    /// One self-evaluation form, by its project name as printed.
    Form(Box<str>),
}

/// A row or column of a place.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Key {
    /// A functional classification code (类/款/项).
    Function(FunctionCode),
    /// A departmental economic classification code.
    Economic(EconomicCode),
    /// A column of a table by its key (`total`, `basic` …), named by the table's header.
    Column(&'static str),
    /// A fixed name, the same in both languages.
    Static(&'static str),
    /// A name as printed: a row's printed name with its 行次, a section of the 说明, an
    /// indicator of a form.
    Text(Box<str>),
}

/// Where a finding is: a part of the disclosure, optionally narrowed to a row and a column.
///
/// ```
/// use final_accounts::finding::{Key, Lang, Place, TableKind, Unnamed};
/// let place = Place::table(TableKind::Income).row_code("22102".parse()?).column_key("total");
/// assert_eq!(place.display(&Unnamed, Lang::En).to_string(), "收入决算表 row 22102 column total");
/// assert_eq!(place.display(&Unnamed, Lang::Zh).to_string(), "收入决算表 · 22102 · total");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Place {
    /// The part.
    pub part: Part,
    /// The row, if any.
    pub row: Option<Key>,
    /// The column, if any.
    pub column: Option<Key>,
}

impl Place {
    /// A place in a part of the disclosure.
    #[must_use]
    pub fn new(part: Part) -> Place {
        Place {
            part,
            row: None,
            column: None,
        }
    }

    /// A table.
    #[must_use]
    pub fn table(kind: TableKind) -> Place {
        Place::new(Part::Table(kind))
    }

    /// The narrative, at a section (一（二）…).
    #[must_use]
    pub fn narrative(section: impl Into<Box<str>>) -> Place {
        Place::new(Part::Narrative).row(Key::Text(section.into()))
    }

    /// The same place narrowed to a row.
    #[must_use]
    pub fn row(mut self, row: Key) -> Place {
        self.row = Some(row);
        self
    }

    /// The same place narrowed to a row named as printed.
    #[must_use]
    pub fn row_text(self, row: impl Into<Box<str>>) -> Place {
        self.row(Key::Text(row.into()))
    }

    /// The same place narrowed to the row of a functional code.
    #[must_use]
    pub fn row_code(self, code: FunctionCode) -> Place {
        self.row(Key::Function(code))
    }

    /// The same place narrowed to a column.
    #[must_use]
    pub fn column(mut self, column: Key) -> Place {
        self.column = Some(column);
        self
    }

    /// The same place narrowed to a table column by its key.
    #[must_use]
    pub fn column_key(self, key: &'static str) -> Place {
        self.column(Key::Column(key))
    }

    /// The table of the place, if it is in one.
    #[must_use]
    pub fn table_kind(&self) -> Option<TableKind> {
        match self.part {
            Part::Table(kind) => Some(kind),
            _ => None,
        }
    }

    /// Shows the place with the names `names` gives, in `lang`.
    #[must_use]
    pub fn display<'a>(&'a self, names: &'a dyn Names, lang: Lang) -> PlaceDisplay<'a> {
        PlaceDisplay {
            place: self,
            names,
            lang,
        }
    }
}

/// How the parts of a disclosure are named when a place is shown: the labels and titles a
/// document prints. The disclosure implements it; [`Unnamed`] names tables by their content.
pub trait Names {
    /// The name of a table as printed in this document (公开09表（支出决算表）, or its title).
    fn table(&self, kind: TableKind) -> Cow<'_, str> {
        Cow::Borrowed(kind.name_zh())
    }

    /// The printed name of a table column by its key.
    fn column(&self, kind: TableKind, key: &str) -> Option<Cow<'_, str>> {
        let _ = (kind, key);
        None
    }
}

/// Names tables by their content (收入决算表), columns by their keys.
#[derive(Debug, Clone, Copy, Default)]
pub struct Unnamed;

impl Names for Unnamed {}

/// A place shown with names: see [`Place::display`].
pub struct PlaceDisplay<'a> {
    place: &'a Place,
    names: &'a dyn Names,
    lang: Lang,
}

impl PlaceDisplay<'_> {
    fn key(&self, f: &mut fmt::Formatter<'_>, key: &Key) -> fmt::Result {
        match key {
            Key::Function(code) => write!(f, "{code}"),
            Key::Economic(code) => write!(f, "{code}"),
            Key::Column(column) => match self.place.table_kind() {
                Some(kind) => match self.names.column(kind, column) {
                    Some(name) => f.write_str(&name),
                    None => f.write_str(column),
                },
                None => f.write_str(column),
            },
            Key::Static(s) => f.write_str(s),
            Key::Text(t) => f.write_str(t),
        }
    }
}

impl fmt::Display for PlaceDisplay<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.place.part {
            Part::Table(kind) => f.write_str(&self.names.table(*kind))?,
            Part::Document => f.write_str("部门决算公开")?,
            Part::Narrative => f.write_str("说明")?,
            Part::Forms => f.write_str("项目支出绩效自评表")?,
            Part::Form(name) => f.write_str(name)?,
        }
        let (row, column) = match self.lang {
            Lang::En => (" row ", " column "),
            Lang::Zh => (" · ", " · "),
        };
        if let Some(key) = &self.place.row {
            f.write_str(row)?;
            self.key(f, key)?;
        }
        if let Some(key) = &self.place.column {
            f.write_str(column)?;
            self.key(f, key)?;
        }
        Ok(())
    }
}
