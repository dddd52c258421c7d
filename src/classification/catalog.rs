//! Catalogs: the second tier of validity, a code known to the catalog of an edition year.

use core::fmt;
use core::hash::Hash;
use core::marker::PhantomData;
use std::borrow::Cow;

use super::{CatalogError, CatalogProblem, CodeError, EconomicCode, FunctionCode};

mod sealed {
    pub trait Sealed {}
    impl Sealed for super::FunctionCode {}
    impl Sealed for super::EconomicCode {}
}

/// A code a [`Catalog`] can hold: [`FunctionCode`] or [`EconomicCode`] (sealed).
///
/// ```
/// use final_accounts::classification::{CatalogCode, EconomicCode, FunctionCode};
/// let code = FunctionCode::parse_code("2080505")?;
/// assert_eq!(code.depth(), 2);
/// assert_eq!(EconomicCode::parse_code("30217")?.depth(), 1);
/// # Ok::<(), final_accounts::Error>(())
/// ```
pub trait CatalogCode:
    sealed::Sealed + Copy + Ord + Hash + fmt::Debug + fmt::Display + Send + Sync + 'static
{
    /// The classification, in words, for messages ("functional", "economic").
    const KIND: &'static str;

    /// Parses a code with the type's own parser.
    ///
    /// # Errors
    ///
    /// The type's first-tier [`CodeError`].
    fn parse_code(code: &str) -> Result<Self, CodeError>;

    /// The code one level up (`None` for a 类).
    fn parent_code(&self) -> Option<Self>;

    /// Depth in the hierarchy: 0 for a 类, 1 for a 款, 2 for a 项.
    fn depth(&self) -> usize;

    /// The second-tier error for this code, unknown to a catalog.
    fn unknown(self, edition: u16, completeness: Completeness) -> CodeError;
}

impl CatalogCode for FunctionCode {
    const KIND: &'static str = "functional";
    fn parse_code(code: &str) -> Result<Self, CodeError> {
        FunctionCode::parse(code)
    }
    fn parent_code(&self) -> Option<Self> {
        self.parent()
    }
    fn depth(&self) -> usize {
        match self.level() {
            super::Level::Class => 0,
            super::Level::Section => 1,
            super::Level::Item => 2,
        }
    }
    fn unknown(self, edition: u16, completeness: Completeness) -> CodeError {
        CodeError::UnknownFunctionCode {
            code: self,
            edition,
            completeness,
        }
    }
}

impl CatalogCode for EconomicCode {
    const KIND: &'static str = "economic";
    fn parse_code(code: &str) -> Result<Self, CodeError> {
        EconomicCode::parse(code)
    }
    fn parent_code(&self) -> Option<Self> {
        self.parent()
    }
    fn depth(&self) -> usize {
        match self.level() {
            super::EconomicLevel::Class => 0,
            super::EconomicLevel::Section => 1,
        }
    }
    fn unknown(self, edition: u16, completeness: Completeness) -> CodeError {
        CodeError::UnknownEconomicCode {
            code: self,
            edition,
            completeness,
        }
    }
}

/// Whether a catalog claims to list every code of its edition.
///
/// Against a complete catalog an unknown code is an error; against a partial one (every
/// built-in catalog) it may be a real code the catalog does not carry.
///
/// ```
/// use final_accounts::classification::Completeness;
/// assert_eq!(Completeness::Partial.to_string(), "partial");
/// assert_eq!("complete".parse::<Completeness>()?, Completeness::Complete);
/// # Ok::<(), final_accounts::Error>(())
/// ```
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    strum::Display,
    strum::EnumIter,
    strum::IntoStaticStr,
    strum::VariantNames,
)]
#[cfg_attr(
    feature = "serde",
    derive(serde::Serialize, serde::Deserialize),
    serde(try_from = "String", into = "&'static str")
)]
pub enum Completeness {
    /// Every code of the edition is listed (e.g. transcribed from the official publication).
    #[strum(serialize = "complete")]
    Complete,
    /// Only some codes are listed.
    #[strum(serialize = "partial")]
    Partial,
}

crate::names::closed_set!(Completeness, "catalog completeness");

/// How many rows a catalog has per level, and how many are orphans (declared by their source
/// without their parent).
///
/// ```
/// use final_accounts::classification::builtin;
/// let coverage = builtin::functional(2023).unwrap().coverage();
/// assert_eq!((coverage.classes(), coverage.sections(), coverage.items()), (21, 6, 9));
/// assert_eq!(coverage.orphans(), 0);
/// assert_eq!(coverage.to_string(), "36 rows: 类 21, 款 6, 项 9, orphans 0");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Coverage {
    classes: usize,
    sections: usize,
    items: usize,
    orphans: usize,
}

impl Coverage {
    /// Rows at the 类 level.
    #[must_use]
    pub fn classes(&self) -> usize {
        self.classes
    }
    /// Rows at the 款 level.
    #[must_use]
    pub fn sections(&self) -> usize {
        self.sections
    }
    /// Rows at the 项 level (always 0 for economic catalogs).
    #[must_use]
    pub fn items(&self) -> usize {
        self.items
    }
    /// Rows declared orphaned: listed without their parent.
    #[must_use]
    pub fn orphans(&self) -> usize {
        self.orphans
    }
    /// All rows.
    #[must_use]
    pub fn total(&self) -> usize {
        self.classes
            .saturating_add(self.sections)
            .saturating_add(self.items)
    }
}

impl fmt::Display for Coverage {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} rows: 类 {}, 款 {}, 项 {}, orphans {}",
            self.total(),
            self.classes,
            self.sections,
            self.items,
            self.orphans
        )
    }
}

/// A source a catalog's rows come from: a short id the rows cite, and the citation.
///
/// ```
/// use final_accounts::classification::Source;
/// let source = Source::new("gov-2024", "财政部《2024年政府收支分类科目》");
/// assert_eq!(source.id(), "gov-2024");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Source {
    id: Cow<'static, str>,
    citation: Cow<'static, str>,
}

impl Source {
    /// A source with its id and citation.
    pub fn new(id: impl Into<Cow<'static, str>>, citation: impl Into<Cow<'static, str>>) -> Source {
        Source {
            id: id.into(),
            citation: citation.into(),
        }
    }
    /// The short id rows cite.
    #[must_use]
    pub fn id(&self) -> &str {
        &self.id
    }
    /// The full citation.
    #[must_use]
    pub fn citation(&self) -> &str {
        &self.citation
    }
}

impl fmt::Display for Source {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "[{}] {}", self.id, self.citation)
    }
}

/// The published document a catalog was transcribed from.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
struct Transcription {
    unit: Cow<'static, str>,
    year: u16,
}

/// A row given to a [`CatalogBuilder`]: a code and a name as text, not yet validated.
///
/// ```
/// use final_accounts::classification::Row;
/// let row = Row::new("2010101", "行政运行").orphaned().cited("govbudgetchecker");
/// # let _ = row;
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    code: Cow<'static, str>,
    name: Cow<'static, str>,
    orphan: bool,
    source: Option<Cow<'static, str>>,
    position: Option<usize>,
}

impl Row {
    /// A row with a code and a name.
    pub fn new(code: impl Into<Cow<'static, str>>, name: impl Into<Cow<'static, str>>) -> Row {
        Row {
            code: code.into(),
            name: name.into(),
            orphan: false,
            source: None,
            position: None,
        }
    }

    /// Declares the row orphaned by its source: the source shows it without its parent.
    #[must_use]
    pub fn orphaned(mut self) -> Row {
        self.orphan = true;
        self
    }

    /// Cites the id of one of the catalog's [`Source`]s.
    #[must_use]
    pub fn cited(mut self, source_id: impl Into<Cow<'static, str>>) -> Row {
        self.source = Some(source_id.into());
        self
    }

    pub(super) fn at(mut self, position: usize) -> Row {
        self.position = Some(position);
        self
    }
}

/// A code known to a catalog: the code, its name in that edition, and where the row comes from.
///
/// ```
/// use final_accounts::classification::builtin;
/// let entry = builtin::functional(2023).unwrap().resolve("2080505")?;
/// assert_eq!(entry.name(), "机关事业单位基本养老保险缴费支出");
/// assert_eq!(entry.to_string(), "2080505 机关事业单位基本养老保险缴费支出");
/// assert_eq!(entry.source(), Some("datong-2023"));
/// # Ok::<(), final_accounts::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Entry<C> {
    code: C,
    name: Cow<'static, str>,
    orphan: bool,
    source: Option<Cow<'static, str>>,
}

impl<C: Copy> Entry<C> {
    /// The code.
    #[must_use]
    pub fn code(&self) -> C {
        self.code
    }
    /// The name in this edition.
    #[must_use]
    pub fn name(&self) -> &str {
        &self.name
    }
    /// Whether the source shows the row without its parent.
    #[must_use]
    pub fn is_orphan(&self) -> bool {
        self.orphan
    }
    /// The id of the source the row comes from, if the catalog cites one (see
    /// [`Catalog::source`]).
    #[must_use]
    pub fn source(&self) -> Option<&str> {
        self.source.as_deref()
    }
}

impl<C: fmt::Display> fmt::Display for Entry<C> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.code, self.name)
    }
}

/// Builds a [`Catalog`] from rows, validating all of them at once in [`CatalogBuilder::build`].
///
/// ```
/// use final_accounts::classification::{Catalog, Completeness, FunctionCode, Row, Source};
/// let catalog = Catalog::<FunctionCode>::builder(2024, Completeness::Partial)
///     .title("our rows")
///     .source(Source::new("own", "our own transcription"))
///     .row(Row::new("208", "社会保障和就业支出").cited("own"))
///     .row(Row::new("2080101", "行政运行").orphaned().cited("own"))
///     .build()?;
/// assert_eq!(catalog.coverage().orphans(), 1);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone)]
#[must_use]
pub struct CatalogBuilder<C> {
    edition: u16,
    completeness: Completeness,
    title: Cow<'static, str>,
    sources: Vec<Source>,
    rows: Vec<Row>,
    document: Option<Transcription>,
    code: PhantomData<C>,
}

impl<C: CatalogCode> CatalogBuilder<C> {
    /// Sets a one-line description of the catalog.
    pub fn title(mut self, title: impl Into<Cow<'static, str>>) -> Self {
        self.title = title.into();
        self
    }

    /// Declares a source rows may cite.
    pub fn source(mut self, source: Source) -> Self {
        self.sources.push(source);
        self
    }

    /// Declares that every row was transcribed from one published document (its unit and
    /// report year): the catalog is then no evidence about that document's own codes (see
    /// [`Catalog::vouches_for`]).
    pub fn transcribed_from(mut self, unit: impl Into<Cow<'static, str>>, year: u16) -> Self {
        self.document = Some(Transcription {
            unit: unit.into(),
            year,
        });
        self
    }

    /// Adds a row.
    pub fn row(mut self, row: Row) -> Self {
        self.rows.push(row);
        self
    }

    /// Adds rows.
    pub fn rows(mut self, rows: impl IntoIterator<Item = Row>) -> Self {
        self.rows.extend(rows);
        self
    }

    /// Validates every row and builds the catalog.
    ///
    /// # Errors
    ///
    /// A [`CatalogError`] listing every [`CatalogProblem`]: malformed codes, duplicate codes, a
    /// 款 without its 类 or a 项 without its 款 (unless declared orphaned), needless orphan
    /// declarations, orphans in a complete catalog, empty names, names with whitespace and
    /// citations of undeclared sources.
    pub fn build(self) -> Result<Catalog<C>, CatalogError> {
        let CatalogBuilder {
            edition,
            completeness,
            title,
            sources,
            rows,
            document,
            ..
        } = self;
        let mut problems = Vec::new();
        let mut parsed = parse_rows(rows, &sources, &mut problems);
        parsed.sort_by_key(|(position, entry)| (entry.code, *position));
        let (entries, positions) = without_repeats(parsed, &mut problems);
        let coverage = hierarchy(&entries, &positions, completeness, &mut problems);

        if !problems.is_empty() {
            problems.sort_by_key(CatalogProblem::row);
            return Err(CatalogError::new(edition, problems));
        }
        let mut by_name: Vec<usize> = (0..entries.len()).collect();
        by_name.sort_by(|a, b| {
            let name = |i: &usize| entries.get(*i).map(|e| (&e.name, e.code));
            name(a).cmp(&name(b))
        });
        Ok(Catalog {
            edition,
            completeness,
            title,
            sources,
            document,
            entries,
            by_name,
            coverage,
        })
    }
}

/// Each row parsed into an entry, with its position (1-based, or as declared): a malformed
/// code, an empty name, a name with whitespace and an undeclared source are problems.
fn parse_rows<C: CatalogCode>(
    rows: Vec<Row>,
    sources: &[Source],
    problems: &mut Vec<CatalogProblem>,
) -> Vec<(usize, Entry<C>)> {
    let mut parsed: Vec<(usize, Entry<C>)> = Vec::with_capacity(rows.len());
    for (index, row) in rows.into_iter().enumerate() {
        let position = row.position.unwrap_or(index.saturating_add(1));
        let code = match C::parse_code(&row.code) {
            Ok(code) => code,
            Err(error) => {
                problems.push(CatalogProblem::MalformedCode {
                    row: position,
                    error,
                });
                continue;
            }
        };
        let shown = code.to_string();
        if row.name.is_empty() {
            problems.push(CatalogProblem::EmptyName {
                row: position,
                code: shown.clone(),
            });
        } else if row.name.chars().any(char::is_whitespace) {
            problems.push(CatalogProblem::StrayWhitespace {
                row: position,
                code: shown.clone(),
                name: row.name.to_string(),
            });
        }
        if let Some(id) = row
            .source
            .as_ref()
            .filter(|id| !sources.iter().any(|s| s.id == **id))
        {
            problems.push(CatalogProblem::UnknownSource {
                row: position,
                code: shown.clone(),
                source_id: id.to_string(),
            });
        }
        parsed.push((
            position,
            Entry {
                code,
                name: row.name,
                orphan: row.orphan,
                source: row.source,
            },
        ));
    }
    parsed
}

/// The entries in code order, each code once: a repeated code is a problem naming the row that
/// printed it first. Returns the entries and their positions.
fn without_repeats<C: CatalogCode>(
    parsed: Vec<(usize, Entry<C>)>,
    problems: &mut Vec<CatalogProblem>,
) -> (Vec<Entry<C>>, Vec<usize>) {
    let mut entries: Vec<Entry<C>> = Vec::with_capacity(parsed.len());
    let mut positions: Vec<usize> = Vec::with_capacity(parsed.len());
    for (position, entry) in parsed {
        let repeated = entries
            .last()
            .zip(positions.last())
            .filter(|(last, _)| last.code == entry.code)
            .map(|(_, first)| *first);
        if let Some(first_row) = repeated {
            problems.push(CatalogProblem::DuplicateCode {
                row: position,
                code: entry.code.to_string(),
                first_row,
            });
        } else {
            entries.push(entry);
            positions.push(position);
        }
    }
    (entries, positions)
}

/// Counts the entries by level and checks the hierarchy: a 款 without its 类 or a 项 without
/// its 款 (unless declared orphaned), a needless orphan declaration, an orphan in a complete
/// catalog.
fn hierarchy<C: CatalogCode>(
    entries: &[Entry<C>],
    positions: &[usize],
    completeness: Completeness,
    problems: &mut Vec<CatalogProblem>,
) -> Coverage {
    let mut coverage = Coverage::default();
    for (entry, position) in entries.iter().zip(positions) {
        let position = *position;
        match entry.code.depth() {
            0 => coverage.classes = coverage.classes.saturating_add(1),
            1 => coverage.sections = coverage.sections.saturating_add(1),
            _ => coverage.items = coverage.items.saturating_add(1),
        }
        let parent = entry.code.parent_code();
        let parent_known =
            parent.is_some_and(|p| entries.binary_search_by(|probe| probe.code.cmp(&p)).is_ok());
        match (entry.orphan, parent) {
            (false, Some(parent)) if !parent_known => {
                problems.push(CatalogProblem::MissingParent {
                    row: position,
                    code: entry.code.to_string(),
                    parent: parent.to_string(),
                });
            }
            (true, None) => problems.push(CatalogProblem::NeedlessOrphan {
                row: position,
                code: entry.code.to_string(),
                reason: "a 类 has no parent".to_owned(),
            }),
            (true, Some(parent)) if parent_known => {
                problems.push(CatalogProblem::NeedlessOrphan {
                    row: position,
                    code: entry.code.to_string(),
                    reason: format!("its parent {:?} is in the catalog", parent.to_string()),
                });
            }
            (true, Some(_)) => {
                coverage.orphans = coverage.orphans.saturating_add(1);
                if completeness == Completeness::Complete {
                    problems.push(CatalogProblem::OrphanInCompleteCatalog {
                        row: position,
                        code: entry.code.to_string(),
                    });
                }
            }
            _ => {}
        }
    }
    coverage
}

/// The catalog of a classification for one edition year: the second tier of validity.
///
/// `Catalog` (with the default parameter) holds functional codes; [`EconomicCatalog`] holds
/// economic ones. Entries are kept sorted in catalog order, so lookup by code is a binary search
/// and iteration is in code order; lookup by name uses a name index built at construction.
/// Neither allocates.
///
/// The built-in catalogs ([`builtin`](super::builtin)) are partial; build a complete one of your
/// own edition with [`Catalog::from_rows`] or [`Catalog::builder`] to make unknown codes errors.
///
/// ```
/// use final_accounts::classification::{builtin, FunctionCode};
/// let catalog = builtin::functional(2023).unwrap();
/// let code: FunctionCode = "20805".parse()?;
/// let children: Vec<String> = catalog.children(&code).map(|e| e.to_string()).collect();
/// assert_eq!(children, ["2080505 机关事业单位基本养老保险缴费支出", "2080506 机关事业单位职业年金缴费支出"]);
/// let codes: Vec<String> = catalog.by_name("行政运行").map(|e| e.code().to_string()).collect();
/// assert_eq!(codes, ["2080101"]);
/// # Ok::<(), final_accounts::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Catalog<C = FunctionCode> {
    edition: u16,
    completeness: Completeness,
    title: Cow<'static, str>,
    sources: Vec<Source>,
    document: Option<Transcription>,
    entries: Vec<Entry<C>>,
    by_name: Vec<usize>,
    coverage: Coverage,
}

/// A catalog of economic classification codes (部门 3xx or 政府 5xx).
pub type EconomicCatalog = Catalog<EconomicCode>;

/// A catalog of functional classification codes: `Catalog` with its default parameter, named so
/// that constructors can be called without annotations (`FunctionCatalog::from_rows(…)`).
pub type FunctionCatalog = Catalog<FunctionCode>;

impl<C: CatalogCode> Catalog<C> {
    /// Starts a catalog of an edition year.
    pub fn builder(edition: u16, completeness: Completeness) -> CatalogBuilder<C> {
        CatalogBuilder {
            edition,
            completeness,
            title: Cow::Borrowed(""),
            sources: Vec::new(),
            rows: Vec::new(),
            document: None,
            code: PhantomData,
        }
    }

    /// Builds a catalog from `(code, name)` rows, e.g. transcribed from the official
    /// publication of an edition.
    ///
    /// ```
    /// use final_accounts::classification::{Completeness, FunctionCatalog};
    /// let catalog = FunctionCatalog::from_rows(2023, Completeness::Complete, [
    ///     ("208", "社会保障和就业支出"),
    ///     ("20801", "人力资源和社会保障管理事务"),
    ///     ("2080101", "行政运行"),
    /// ])?;
    /// assert!(catalog.is_complete());
    /// // Against a complete catalog, an unknown code is an error worth reporting.
    /// assert!(catalog.resolve("2080102").is_err());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    ///
    /// # Errors
    ///
    /// As [`CatalogBuilder::build`]: every problem, located by its 1-based row.
    pub fn from_rows<K, N>(
        edition: u16,
        completeness: Completeness,
        rows: impl IntoIterator<Item = (K, N)>,
    ) -> Result<Catalog<C>, CatalogError>
    where
        K: Into<Cow<'static, str>>,
        N: Into<Cow<'static, str>>,
    {
        Catalog::builder(edition, completeness)
            .rows(rows.into_iter().map(|(code, name)| Row::new(code, name)))
            .build()
    }

    /// Parses a catalog in the text format of the built-in data files: one row per line,
    /// `code|name|flag|source` (flag empty or `orphan`, source empty or a declared id), sources
    /// declared on lines `#@source <id> <citation>`, the document every row was transcribed from
    /// (if any) on a line `#@document <year> <unit>` (see [`Catalog::vouches_for`]), other lines
    /// starting with `#` and empty lines ignored.
    ///
    /// ```
    /// use final_accounts::classification::{Completeness, FunctionCatalog};
    /// let text = "#@source s1 my transcription\n208|社会保障和就业支出||s1\n2080101|行政运行|orphan|s1\n";
    /// let catalog = FunctionCatalog::parse_text(text, 2024, Completeness::Partial)?;
    /// assert_eq!(catalog.len(), 2);
    /// assert_eq!(catalog.sources()[0].citation(), "my transcription");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    ///
    /// # Errors
    ///
    /// As [`CatalogBuilder::build`], plus [`CatalogProblem::MalformedLine`], located by line.
    pub fn parse_text<T>(
        text: T,
        edition: u16,
        completeness: Completeness,
    ) -> Result<Catalog<C>, CatalogError>
    where
        T: Into<Cow<'static, str>>,
    {
        match text.into() {
            Cow::Borrowed(text) => parse_lines(text, edition, completeness, Cow::Borrowed),
            Cow::Owned(text) => {
                parse_lines(&text, edition, completeness, |s| Cow::Owned(s.to_owned()))
            }
        }
    }

    /// The edition year.
    #[must_use]
    pub fn edition(&self) -> u16 {
        self.edition
    }

    /// Whether the catalog claims to list every code of its edition.
    #[must_use]
    pub fn completeness(&self) -> Completeness {
        self.completeness
    }

    /// Shorthand for `completeness() == Completeness::Complete`.
    #[must_use]
    pub fn is_complete(&self) -> bool {
        self.completeness == Completeness::Complete
    }

    /// A one-line description (may be empty for user catalogs).
    #[must_use]
    pub fn title(&self) -> &str {
        &self.title
    }

    /// The sources the rows cite.
    #[must_use]
    pub fn sources(&self) -> &[Source] {
        &self.sources
    }

    /// The source with this id.
    #[must_use]
    pub fn source(&self, id: &str) -> Option<&Source> {
        self.sources.iter().find(|s| s.id == id)
    }

    /// The published document every row was transcribed from, if the catalog declares one:
    /// its unit and report year.
    ///
    /// ```
    /// use final_accounts::classification::{builtin, EconomicScheme};
    /// let from_seed = builtin::economic_catalogs(EconomicScheme::Departmental)
    ///     .iter()
    ///     .find_map(|c| c.transcribed_from());
    /// assert_eq!(from_seed, Some(("大同市人力资源和社会保障局", 2023)));
    /// ```
    #[must_use]
    pub fn transcribed_from(&self) -> Option<(&str, u16)> {
        self.document.as_ref().map(|d| (d.unit.as_ref(), d.year))
    }

    /// Whether the catalog is evidence about the codes of the document of `unit` and `year`:
    /// not when it was transcribed from that very document (its rows are then the document's
    /// own codes and names, and would confirm them whatever they are).
    ///
    /// ```
    /// use final_accounts::classification::builtin;
    /// let catalog = builtin::functional(2023).unwrap();
    /// assert!(!catalog.vouches_for("大同市人力资源和社会保障局", 2023));
    /// assert!(catalog.vouches_for("大同市财政局", 2023));
    /// ```
    #[must_use]
    pub fn vouches_for(&self, unit: &str, year: u16) -> bool {
        self.document.as_ref().is_none_or(|d| {
            let compact = |s: &str| s.chars().filter(|c| !c.is_whitespace()).collect::<String>();
            d.year != year || compact(&d.unit) != compact(unit)
        })
    }

    /// Rows per level and orphans.
    #[must_use]
    pub fn coverage(&self) -> Coverage {
        self.coverage
    }

    /// How many rows.
    #[must_use]
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Whether the catalog has no rows.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Every entry, in code order (a 类, its first 款 and that 款's 项, the next 款, …).
    pub fn iter(&self) -> core::slice::Iter<'_, Entry<C>> {
        self.entries.iter()
    }

    /// The entry of a code, if listed (binary search, no allocation).
    #[must_use]
    pub fn get(&self, code: &C) -> Option<&Entry<C>> {
        self.entries
            .binary_search_by(|probe| probe.code.cmp(code))
            .ok()
            .and_then(|i| self.entries.get(i))
    }

    /// Whether the code is listed.
    #[must_use]
    pub fn contains(&self, code: &C) -> bool {
        self.get(code).is_some()
    }

    /// The entry of a well-formed code.
    ///
    /// # Errors
    ///
    /// [`CodeError::UnknownFunctionCode`] or [`CodeError::UnknownEconomicCode`], carrying the
    /// code, the edition and the catalog's completeness.
    pub fn entry(&self, code: C) -> Result<&Entry<C>, CodeError> {
        self.get(&code)
            .ok_or_else(|| code.unknown(self.edition, self.completeness))
    }

    /// Parses a code and looks it up: both tiers at once.
    ///
    /// ```
    /// use final_accounts::classification::{builtin, CodeError};
    /// let catalog = builtin::functional(2023).unwrap();
    /// assert_eq!(catalog.resolve("22102")?.name(), "住房改革支出");
    /// assert!(matches!(catalog.resolve("22１02"), Err(CodeError::NonDigit { .. })));
    /// assert!(matches!(catalog.resolve("22199"), Err(CodeError::UnknownFunctionCode { .. })));
    /// # Ok::<(), final_accounts::Error>(())
    /// ```
    ///
    /// # Errors
    ///
    /// The first-tier [`CodeError`] of a malformed code, or the second-tier one of an unknown
    /// code (which hands back the parsed code).
    pub fn resolve(&self, code: &str) -> Result<&Entry<C>, CodeError> {
        self.entry(C::parse_code(code)?)
    }

    /// Every entry with this exact name, in code order: a name can be shared by several codes
    /// (行政运行 is the first 项 of many 款).
    pub fn by_name<'a>(&'a self, name: &'a str) -> impl Iterator<Item = &'a Entry<C>> + 'a {
        let start = self
            .by_name
            .partition_point(|i| self.entries.get(*i).is_some_and(|e| e.name.as_ref() < name));
        self.by_name
            .get(start..)
            .unwrap_or_default()
            .iter()
            .filter_map(|i| self.entries.get(*i))
            .take_while(move |e| e.name == name)
    }

    /// The listed direct children of a code (its 款, or its 项), in code order. The code itself
    /// need not be listed; orphans are children of their (absent) parent only.
    pub fn children<'a>(&'a self, code: &C) -> impl Iterator<Item = &'a Entry<C>> + 'a {
        let code = *code;
        let start = self.entries.partition_point(|e| e.code <= code);
        self.entries
            .get(start..)
            .unwrap_or_default()
            .iter()
            .take_while(move |e| is_descendant(code, e.code))
            .filter(move |e| e.code.parent_code() == Some(code))
    }

    /// The ancestors of a code, nearest first, each with its entry when listed.
    pub fn lineage<'a>(&'a self, code: &C) -> impl Iterator<Item = (C, Option<&'a Entry<C>>)> + 'a {
        core::iter::successors(code.parent_code(), |c| c.parent_code()).map(|c| (c, self.get(&c)))
    }
}

impl<'a, C: CatalogCode> IntoIterator for &'a Catalog<C> {
    type Item = &'a Entry<C>;
    type IntoIter = core::slice::Iter<'a, Entry<C>>;
    fn into_iter(self) -> Self::IntoIter {
        self.iter()
    }
}

impl<C: CatalogCode> Catalog<C> {
    /// An empty catalog: the (unreachable, see the tests) fallback of a built-in catalog.
    pub(crate) fn empty(edition: u16, title: &'static str) -> Catalog<C> {
        Catalog {
            edition,
            completeness: Completeness::Partial,
            title: Cow::Borrowed(title),
            sources: Vec::new(),
            document: None,
            entries: Vec::new(),
            by_name: Vec::new(),
            coverage: Coverage::default(),
        }
    }

    pub(crate) fn with_title(mut self, title: &'static str) -> Catalog<C> {
        self.title = Cow::Borrowed(title);
        self
    }
}

fn is_descendant<C: CatalogCode>(ancestor: C, code: C) -> bool {
    core::iter::successors(code.parent_code(), |c| c.parent_code()).any(|c| c == ancestor)
}

const DOCUMENT_SHAPE: &str = "#@document <year> <unit> naming the document transcribed";

const LINE_SHAPE: &str = "code|name|flag|source with flag empty or \"orphan\"";

fn parse_lines<'t, C: CatalogCode>(
    text: &'t str,
    edition: u16,
    completeness: Completeness,
    own: impl Fn(&'t str) -> Cow<'static, str>,
) -> Result<Catalog<C>, CatalogError> {
    let mut builder = Catalog::<C>::builder(edition, completeness);
    let mut malformed = Vec::new();
    for (index, line) in text.lines().enumerate() {
        let number = index.saturating_add(1);
        if let Some(declaration) = line.strip_prefix("#@source ") {
            let (id, citation) = declaration
                .trim()
                .split_once(char::is_whitespace)
                .unwrap_or((declaration.trim(), ""));
            builder = builder.source(Source::new(own(id), own(citation.trim())));
            continue;
        }
        if let Some(declaration) = line.strip_prefix("#@document ") {
            let (year, unit) = declaration
                .trim()
                .split_once(char::is_whitespace)
                .unwrap_or((declaration.trim(), ""));
            match year.parse::<u16>() {
                Ok(year) if !unit.trim().is_empty() => {
                    builder = builder.transcribed_from(own(unit.trim()), year);
                }
                _ => malformed.push(CatalogProblem::MalformedLine {
                    row: number,
                    line: line.chars().take(64).collect(),
                    expected: DOCUMENT_SHAPE,
                }),
            }
            continue;
        }
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let fields: Vec<&str> = line.split('|').collect();
        let row = match fields.as_slice() {
            [code, name, flag, source] if flag.is_empty() || *flag == "orphan" => {
                let row = Row::new(own(code), own(name)).at(number);
                let row = if flag.is_empty() { row } else { row.orphaned() };
                if source.is_empty() {
                    row
                } else {
                    row.cited(own(source))
                }
            }
            _ => {
                malformed.push(CatalogProblem::MalformedLine {
                    row: number,
                    line: line.chars().take(64).collect(),
                    expected: LINE_SHAPE,
                });
                continue;
            }
        };
        builder = builder.row(row);
    }
    match (builder.build(), malformed.is_empty()) {
        (Ok(catalog), true) => Ok(catalog),
        (Ok(_), false) => Err(CatalogError::new(edition, malformed)),
        (Err(error), _) => {
            let mut problems = error.problems().to_vec();
            problems.extend(malformed);
            problems.sort_by_key(CatalogProblem::row);
            Err(CatalogError::new(edition, problems))
        }
    }
}
