//! Reading a published document: a [`Disclosure`] from the text of a 部门决算公开, with a
//! [`Diagnostic`] for everything the importer skipped or could not place.
//!
//! # Overview
//!
//! [`import_text`] takes the text of a whole document and returns an [`Imported`]: the
//! disclosure built through the tables' own constructors (so an imported table obeys every
//! invariant a hand-written one does, and carries the same findings), and the diagnostics.
//! The importer does no I/O: the caller reads the file.
//!
//! What it reads, in this version:
//!
//! * **tab-separated text**, as exported from Word or Excel or extracted from a PDF that way
//!   ([`InputKind::TabSeparated`]): the tables by their titles (公开NN表 labels optional, before
//!   or after the title), what is printed around them (unit name, period, money unit, 注 and
//!   说明 notes), the header rows (groups spanning their columns, 栏次 numbers) and the rows;
//!   the outline (cover titles, part headings); the project self-evaluation forms
//!   (项目支出绩效自评表);
//! * the 说明, split into statements (one per paragraph, each with its section "五（三）" and
//!   its reason) with the claims each makes, read from a vocabulary of subject phrases (收入总计,
//!   财政拨款收入, 基本支出, the 类/款/项 names the tables print, 因公出国（境）费, 机关运行经费,
//!   政府采购, 车辆 …) and the sentence shapes of the templates (X万元; 占比 Y%; 增加 Z万元,
//!   增长 W%; 完成年初预算的 V%; 小于全年预算数; counts in 个, 人次, 辆, 台（套）). A figure no
//!   shape reads is not claimed and is reported ([`DiagnosticKind::ClaimNotRead`]): the reader
//!   never guesses a claim;
//! * page breaks and running headers (a short line printed on many pages, such as
//!   "仅供内部审核") are skipped and reported;
//! * **`pdftotext -layout` text** ([`InputKind::Layout`]): columns aligned by spaces, found
//!   from the header lines (a header cell wrapped over lines is one cell; a group covers the
//!   columns it is centred on), names wrapped over two or three lines put back together (a PDF
//!   cell is centred vertically on its row, so a row takes as many wrapped lines above its code
//!   line as below it), codes printed whole, against their name or in 类/款/项 parts, tables
//!   continued over page breaks, notes under the tables, the contents pages;
//! * **page data** ([`InputKind::PageData`], [`PageData`], [`import_pages`]): each page's text
//!   and its tables as grids of cells, as pdfplumber-based tools produce them. Tables come from
//!   the grids (blank cells kept, a grid continuing a table on the next page joined to it),
//!   everything else from the page texts.
//!
//! Layout text and page texts print a paragraph wrapped over lines and pages: their prose is
//! joined back into paragraphs (a line clearly shorter than the text width ends one, an
//! enumerator or a paragraph indent starts one) before the 说明 reader reads it, as it reads
//! the paragraphs of tab-separated text.
//!
//! Not read yet, and reported as such: prose outside the 说明 (概况, 名词解释).
//!
//! Columns are recognised by the words of their printed headers ("基本支出", "本年支出 小计",
//! "预算数 公务接待费"), rows by their codes or the names the templates print, and the 类 lines
//! of the summary tables by the catalog of the report year; nothing depends on a line number or
//! a figure of a particular document.
//!
//! # Diagnostics
//!
//! Every line the importer skipped or could not place is a [`Diagnostic`] with its 1-based line
//! number and text: a running header ([`DiagnosticKind::RunningHeader`], info), a prose line not
//! read ([`DiagnosticKind::ProseNotRead`], info), a 说明 figure no claim reads
//! ([`DiagnosticKind::ClaimNotRead`], info), a row or cell that could not be read, a header
//! that names no known column, a table the constructors rejected (warnings). A partial document
//! yields what was found; a text with no table and no form at all is
//! [`ImportError::NotADisclosure`].
//!
//! # Examples
//!
//! ```
//! use final_accounts::disclosure::TableKind;
//! use final_accounts::import::{import_text, DiagnosticKind};
//!
//! let text = "收入决算表\n公开02表\n部门名称：某局\n2023年度\n金额单位：万元\n\
//!     项目\t\t本年收入合计\t财政拨款收入\n\
//!     科目代码\t科目名称\t\t\n\
//!     栏次\t\t1\t2\n\
//!     合计\t\t109.61\t109.61\n\
//!     221\t住房保障支出\t109.61\t109.61\n\
//!     22102\t住房改革支出\t109.61\t109.61\n\
//!     2210201\t住房公积金\t109.61\t109.61\n\
//!     注：本表反映部门本年度取得的各项收入情况。\n\
//!     仅供内部审核\n仅供内部审核\n仅供内部审核\n";
//! let imported = import_text(text)?;
//! let d = &imported.disclosure;
//! assert_eq!((d.unit_name(), d.year()), ("某局", 2023));
//! assert_eq!(d.order(), [TableKind::Income]);
//! let income = d.income().unwrap();
//! assert_eq!(income.rows().len(), 4);
//! assert_eq!(income.meta().columns()[1].name, "财政拨款收入");
//! assert_eq!(income.rows()[3].cells().fiscal.to_string(), "109.61");
//! assert!(imported
//!     .diagnostics
//!     .iter()
//!     .all(|d| d.kind == DiagnosticKind::RunningHeader && d.line >= 14));
//! # Ok::<(), final_accounts::Error>(())
//! ```

use core::fmt;

use crate::classification::FunctionCatalog;
use crate::disclosure::{Disclosure, DisclosureError, TableKind};

mod build;
mod decode;
mod forms;
mod grid;
mod layout;
mod narrative;
mod pages;
mod paragraphs;
mod surround;
mod text;
mod tsv;

pub use decode::{DecodeError, decode, is_pdf};

#[cfg(all(test, feature = "serde"))]
pub(crate) use grid::Prose;
#[cfg(all(test, feature = "serde"))]
pub(crate) use narrative::read as read_narrative;

/// The form a document's text comes in, detected from its content by [`detect`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum InputKind {
    /// Cells separated by tabs (Word/Excel export, PDF extraction to TSV).
    TabSeparated,
    /// Columns aligned by spaces, as `pdftotext -layout` prints them.
    Layout,
    /// Page data as JSON: `{"page_count", "page_texts", "page_tables"}`.
    PageData,
}

impl fmt::Display for InputKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            InputKind::TabSeparated => "tab-separated text",
            InputKind::Layout => "layout text (pdftotext -layout)",
            InputKind::PageData => "page data (JSON)",
        })
    }
}

/// Detects the form of a document's text from its content: page data is a JSON object with
/// `page_texts`; text where tabs separate cells on a good share of its lines is tab-separated;
/// anything else is layout text.
///
/// ```
/// use final_accounts::import::{detect, InputKind};
/// assert_eq!(detect("项目\t行次\t金额\n总计\t31\t2,076.12\n"), InputKind::TabSeparated);
/// assert_eq!(detect("  项目      决算数\n总计      307.82\n"), InputKind::Layout);
/// assert_eq!(detect(r#"{"page_count": 1, "page_texts": [""], "page_tables": [[]]}"#), InputKind::PageData);
/// ```
#[must_use]
pub fn detect(text: &str) -> InputKind {
    let trimmed = text.trim_start_matches('\u{feff}').trim_start();
    if trimmed.starts_with('{') && trimmed.contains("\"page_texts\"") {
        return InputKind::PageData;
    }
    let mut lines = 0_usize;
    let mut tabbed = 0_usize;
    for line in text.lines().filter(|l| !l.trim().is_empty()) {
        lines = lines.saturating_add(1);
        if line.trim().contains('\t') {
            tabbed = tabbed.saturating_add(1);
        }
    }
    // One line in twenty carrying tabs is far more than stray tabs in layout text.
    if tabbed > 0 && tabbed.saturating_mul(20) >= lines {
        InputKind::TabSeparated
    } else {
        InputKind::Layout
    }
}

/// How much a diagnostic matters.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum DiagnosticLevel {
    /// Skipped by design (a running header, a contents entry, prose not read yet).
    Info,
    /// Printed content that did not reach the disclosure: check it by hand.
    Warning,
}

/// What the importer did with a line it did not import.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(tag = "kind", rename_all = "snake_case"))]
#[non_exhaustive]
pub enum DiagnosticKind {
    /// A short line printed on many pages (such as "仅供内部审核"): a PDF artefact, skipped.
    RunningHeader,
    /// A table-of-contents entry, skipped.
    Contents,
    /// A line of prose outside the 说明 (概况, 名词解释), not read into the disclosure.
    ProseNotRead,
    /// A figure of a 说明 statement that no sentence shape reads: the statement keeps its text,
    /// and no claim is made for the figure (the text is the clause that prints it).
    ClaimNotRead {
        /// The statement's section ("五（三）").
        section: String,
    },
    /// A rate of a 说明 statement printed without "%" after its word ("增长13.95，"): read as
    /// the percentage it can only be and claimed, and reported so the document can be
    /// corrected (the text is the clause that prints it).
    PercentMissing {
        /// The statement's section ("五（三）").
        section: String,
    },
    /// A note under a self-evaluation form (备注), not part of the form's data.
    FormNote,
    /// A line inside a table that is neither a header, a row nor a note.
    UnplacedLine {
        /// The table (label or title).
        table: String,
    },
    /// A row the importer could not read; it is not in the table.
    UnreadRow {
        /// The table (label or title).
        table: String,
        /// Why.
        reason: String,
    },
    /// A cell that could not be assigned to a column or read as a figure; it is not in the
    /// table.
    UnreadCell {
        /// The table (label or title).
        table: String,
        /// The column, counted from 1 as printed.
        column: usize,
        /// Why.
        reason: String,
    },
    /// A column header that names no column of the table; its cells are not imported.
    UnknownColumn {
        /// The table (label or title).
        table: String,
        /// The header as printed.
        header: String,
    },
    /// The table's constructor rejected what was read: the table is left out.
    TableRejected {
        /// The table (label or title).
        table: String,
        /// The constructor's error, every problem listed.
        error: String,
    },
    /// The same table printed a second time: the second is left out.
    DuplicateTable {
        /// The table (label or title).
        table: String,
    },
    /// Something a table should print is missing; the importer assumed a value.
    Assumed {
        /// The table (label or title).
        table: String,
        /// What was missing.
        what: String,
        /// The value assumed.
        value: String,
    },
    /// A field of a self-evaluation form could not be read.
    FormField {
        /// The form's title.
        form: String,
        /// The field.
        field: String,
    },
    /// A self-evaluation form the constructor rejected: the form is left out.
    FormRejected {
        /// The form's title.
        form: String,
        /// The constructor's error.
        error: String,
    },
}

impl DiagnosticKind {
    /// How much it matters.
    #[must_use]
    pub fn level(&self) -> DiagnosticLevel {
        match self {
            DiagnosticKind::RunningHeader
            | DiagnosticKind::Contents
            | DiagnosticKind::ProseNotRead
            | DiagnosticKind::ClaimNotRead { .. }
            | DiagnosticKind::FormNote => DiagnosticLevel::Info,
            _ => DiagnosticLevel::Warning,
        }
    }
}

impl fmt::Display for DiagnosticKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DiagnosticKind::RunningHeader => {
                f.write_str("skipped: a running header printed on many pages")
            }
            DiagnosticKind::Contents => f.write_str("skipped: a table-of-contents entry"),
            DiagnosticKind::ProseNotRead => f.write_str("prose not read into the disclosure"),
            DiagnosticKind::ClaimNotRead { section } => write!(
                f,
                "说明 {section}: a figure no sentence shape reads; the statement keeps its text, no claim is made"
            ),
            DiagnosticKind::PercentMissing { section } => write!(
                f,
                "说明 {section}: a rate printed without \"%\"; read as a percentage, the document should print it"
            ),
            DiagnosticKind::FormNote => f.write_str("skipped: a note under a self-evaluation form"),
            DiagnosticKind::UnplacedLine { table } => {
                write!(
                    f,
                    "{table}: a line that is neither header, row nor note; not imported"
                )
            }
            DiagnosticKind::UnreadRow { table, reason } => {
                write!(f, "{table}: row not imported: {reason}")
            }
            DiagnosticKind::UnreadCell {
                table,
                column,
                reason,
            } => write!(f, "{table}, column {column}: cell not imported: {reason}"),
            DiagnosticKind::UnknownColumn { table, header } => write!(
                f,
                "{table}: the header \"{header}\" names no column of this table; its cells are not imported"
            ),
            DiagnosticKind::TableRejected { table, error } => {
                write!(f, "{table}: the table is left out: {error}")
            }
            DiagnosticKind::DuplicateTable { table } => {
                write!(f, "{table}: printed a second time; the second is left out")
            }
            DiagnosticKind::Assumed { table, what, value } => {
                write!(f, "{table}: no {what} printed; assumed {value}")
            }
            DiagnosticKind::FormField { form, field } => {
                write!(f, "{form}: the field {field} could not be read")
            }
            DiagnosticKind::FormRejected { form, error } => {
                write!(f, "{form}: the form is left out: {error}")
            }
        }
    }
}

/// A line the importer skipped or could not place: where, what was printed, and why.
///
/// ```
/// use final_accounts::import::{Diagnostic, DiagnosticKind, DiagnosticLevel};
/// let d = Diagnostic { line: 431, text: "仅供内部审核".into(), kind: DiagnosticKind::RunningHeader };
/// assert_eq!(d.kind.level(), DiagnosticLevel::Info);
/// assert_eq!(d.to_string(), "line 431: 仅供内部审核 — skipped: a running header printed on many pages");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Diagnostic {
    /// The line (1-based) in the text.
    pub line: usize,
    /// The line (or row) as printed.
    pub text: String,
    /// What the importer did, and why.
    #[cfg_attr(feature = "serde", serde(flatten))]
    pub kind: DiagnosticKind,
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "line {}: {} — {}", self.line, self.text, self.kind)
    }
}

/// Why a text could not be imported at all.
///
/// ```
/// use final_accounts::import::{import_text, ImportError};
/// assert!(matches!(import_text("一段文字\t不是决算"), Err(ImportError::NotADisclosure { .. })));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum ImportError {
    /// The text holds no table and no self-evaluation form of a 部门决算公开.
    #[error(
        "not a final-accounts disclosure: no table title (such as 收入支出决算总表) followed by its rows, and no 绩效自评表, was found in {lines} lines"
    )]
    NotADisclosure {
        /// How many lines were read.
        lines: usize,
    },
    /// Neither the tables nor the document's titles print the unit's name.
    #[error("the document prints no unit name (部门名称/单位名称 above a table, or a cover title)")]
    NoUnitName,
    /// Neither the tables nor the document's titles print the report year.
    #[error("the document prints no report year (such as 2023年度)")]
    NoYear,
    /// This form of input is recognised but not read by this version.
    #[error("{kind} is not read by this version; export the document as tab-separated text")]
    Unsupported {
        /// The form detected.
        kind: InputKind,
    },
    /// The tables read cannot make a disclosure.
    #[error(transparent)]
    Disclosure(#[from] DisclosureError),
    /// Page data whose JSON does not have the expected shape.
    #[error("invalid page data: {reason}")]
    InvalidPageData {
        /// What is wrong, and where.
        reason: String,
    },
}

/// A disclosure read from a document's text, with everything the importer skipped.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Imported {
    /// The disclosure: the tables, the outline and the forms read.
    pub disclosure: Disclosure,
    /// Every line skipped or not placed, in text order.
    pub diagnostics: Vec<Diagnostic>,
    /// The tables the document prints whose rows could not make the table (a row printed
    /// twice …: [`DiagnosticKind::TableRejected`]): damaged, not missing.
    pub damaged: Vec<TableKind>,
}

impl Imported {
    /// The diagnostics at warning level: printed content that did not reach the disclosure.
    pub fn warnings(&self) -> impl Iterator<Item = &Diagnostic> {
        self.diagnostics
            .iter()
            .filter(|d| d.kind.level() == DiagnosticLevel::Warning)
    }
}

/// What the importer may use beyond the text.
///
/// ```
/// use final_accounts::classification::{Completeness, FunctionCatalog};
/// use final_accounts::import::ImportOptions;
/// let catalog = FunctionCatalog::from_rows(2023, Completeness::Partial, [("222", "粮油物资储备支出")])?;
/// let options = ImportOptions { catalog: Some(&catalog) };
/// assert!(options.catalog.is_some());
/// # Ok::<(), final_accounts::Error>(())
/// ```
#[derive(Debug, Clone, Copy, Default)]
pub struct ImportOptions<'a> {
    /// The functional classification (支出功能分类) of the report year, to find the codes of
    /// the 类 that 公开01表 and 公开04表 print by name only. Looked up first, before the built-in
    /// catalogs (which are partial: a 类 none of them lists stays an unnamed line, reported).
    pub catalog: Option<&'a FunctionCatalog>,
}

/// Imports the text of a published disclosure (the form is detected with [`detect`]), with
/// the default [`ImportOptions`].
///
/// # Errors
///
/// [`ImportError::NotADisclosure`] when no table and no form is found,
/// [`ImportError::NoUnitName`] / [`ImportError::NoYear`] when the document prints neither,
/// [`ImportError::InvalidPageData`] for page data that is not JSON of the expected shape,
/// [`ImportError::Unsupported`] for page data when the `serde` feature (which reads JSON) is
/// off, and [`ImportError::Disclosure`] if the tables read cannot be assembled.
pub fn import_text(text: &str) -> Result<Imported, ImportError> {
    import_text_with(text, &ImportOptions::default())
}

/// Imports the text of a published disclosure with `options` (such as a complete catalog).
///
/// # Errors
///
/// As [`import_text`].
pub fn import_text_with(text: &str, options: &ImportOptions<'_>) -> Result<Imported, ImportError> {
    match detect(text) {
        InputKind::TabSeparated => build::disclosure(tsv::read(text), options),
        InputKind::Layout => build::disclosure(layout::read(text), options),
        #[cfg(feature = "serde")]
        InputKind::PageData => import_pages(&PageData::from_json(text)?, options),
        #[cfg(not(feature = "serde"))]
        kind @ InputKind::PageData => Err(ImportError::Unsupported { kind }),
    }
}

/// A document as page data, the form pdfplumber-based tools hand over: each page's text (cells
/// separated by single spaces, blank cells lost) and its tables as grids of cells (blank cells
/// kept as empty strings).
///
/// ```
/// use final_accounts::import::{import_pages, ImportOptions, PageData};
/// let pages = PageData {
///     page_count: 1,
///     page_texts: vec!["某局2024年度部门决算表\n支出决算表\n单位：万元\n注：本表反映部门本年度各项支出情况。".into()],
///     page_tables: vec![vec![vec![
///         vec!["科目编码".into(), "科目名称".into(), "本年支出合计".into(), "基本支出".into()],
///         vec!["合计".into(), "".into(), "2.71".into(), "2.71".into()],
///         vec!["210".into(), "卫生健康支出".into(), "2.71".into(), "2.71".into()],
///     ]]],
/// };
/// let imported = import_pages(&pages, &ImportOptions::default())?;
/// let table = imported.disclosure.expenditure().unwrap();
/// assert_eq!(table.rows().len(), 2);
/// assert_eq!(table.meta().note(), Some("注：本表反映部门本年度各项支出情况。"));
/// # Ok::<(), final_accounts::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct PageData {
    /// How many pages the document has (as the producer reports it; the pages read are those
    /// of `page_texts`).
    pub page_count: usize,
    /// Each page's text.
    pub page_texts: Vec<String>,
    /// Per page, its tables; each table rows of cell texts.
    pub page_tables: Vec<Vec<Vec<Vec<String>>>>,
}

impl PageData {
    /// Reads page data from its JSON form `{"page_count", "page_texts", "page_tables"}`; a
    /// `null` cell is blank.
    ///
    /// ```
    /// use final_accounts::import::PageData;
    /// let pages = PageData::from_json(r#"{"page_count": 1, "page_texts": ["收入决算表"], "page_tables": [[[["项目", null]]]]}"#)?;
    /// assert_eq!(pages.page_tables[0][0][0], ["项目", ""]);
    /// assert!(PageData::from_json("[1, 2]").is_err());
    /// # Ok::<(), final_accounts::import::ImportError>(())
    /// ```
    ///
    /// # Errors
    ///
    /// [`ImportError::InvalidPageData`] when the text is not JSON of that shape.
    #[cfg(feature = "serde")]
    pub fn from_json(text: &str) -> Result<PageData, ImportError> {
        pages::from_json(text)
    }
}

/// Imports a document given as page data: the tables from the grids (a grid continuing a
/// table on the next page is joined to it), everything else from the page texts.
///
/// # Errors
///
/// As [`import_text`].
pub fn import_pages(
    pages: &PageData,
    options: &ImportOptions<'_>,
) -> Result<Imported, ImportError> {
    build::disclosure(pages::read(pages), options)
}
