//! Catalogs from their published text: code,name rows as CSV or TSV, the way a spreadsheet
//! export of the Ministry's 政府收支分类科目 writes them.

use std::borrow::Cow;

use super::catalog::CatalogCode;
use super::{
    Catalog, CatalogError, CatalogProblem, Completeness, EconomicCatalog, FunctionCatalog, Row,
};

/// What a line of catalog text must look like, in the errors.
const ROW_SHAPE: &str = "a code and a name separated by a comma (CSV) or a tab (TSV)";

/// What an unterminated quoted field lacks, in the errors.
const CLOSING_QUOTE: &str = "a closing quote \" before the end of the line";

/// The field separator of a text: a tab when its first non-empty line has one, else a comma.
fn separator(text: &str) -> char {
    let first = text.lines().find(|l| !l.trim().is_empty()).unwrap_or("");
    if first.contains('\t') { '\t' } else { ',' }
}

/// Splits one line into fields: `"…"` quotes a field (a doubled `""` inside is one quote), so
/// that a name may contain the separator. `None` for a quote left open.
fn fields(line: &str, sep: char) -> Option<Vec<String>> {
    let mut out = Vec::new();
    let mut field = String::new();
    let mut chars = line.chars().peekable();
    let mut quoted = false;
    let mut at_start = true;
    while let Some(c) = chars.next() {
        if quoted {
            if c == '"' {
                if chars.peek() == Some(&'"') {
                    chars.next();
                    field.push('"');
                } else {
                    quoted = false;
                }
            } else {
                field.push(c);
            }
        } else if c == '"' && at_start && field.trim().is_empty() {
            field.clear();
            quoted = true;
            at_start = false;
        } else if c == sep {
            out.push(core::mem::take(&mut field));
            at_start = true;
        } else {
            field.push(c);
            if !c.is_whitespace() {
                at_start = false;
            }
        }
    }
    if quoted {
        return None;
    }
    out.push(field);
    Some(out)
}

/// Whether a first line is a header: its first field has no digit (科目编码, code).
fn is_header(first_field: &str) -> bool {
    !first_field.chars().any(|c| c.is_ascii_digit())
}

/// The line as quoted in an error: its first 64 characters.
fn quoted(line: &str) -> String {
    line.chars().take(64).collect()
}

impl<C: CatalogCode> Catalog<C> {
    /// Builds a catalog from code,name text: CSV (comma-separated) or TSV (tab-separated), as
    /// a spreadsheet export of the official 政府收支分类科目 writes it.
    ///
    /// * The separator is a tab when the first non-empty line has one, a comma otherwise.
    /// * Fields may be quoted (`"…"`, with `""` for a quote inside), so a name may hold a
    ///   comma; white space around a field (indentation such as `　　行政运行`) is not part of
    ///   it. Columns after the name are ignored.
    /// * A byte order mark, empty lines and a header line (a first line whose first field has
    ///   no digit, such as `科目编码,科目名称`) are skipped.
    ///
    /// Every row then goes through the validation of [`CatalogBuilder::build`](super::CatalogBuilder::build)
    /// (well-formed codes, no duplicate, every 款 with its 类 and every 项 with its 款, names
    /// without inner white space), each problem naming its line. Pure: the text is given, not
    /// read.
    ///
    /// ```
    /// use final_accounts::classification::{Completeness, FunctionCatalog};
    /// let text = "\u{feff}科目编码,科目名称\n208,社会保障和就业支出\n20801,人力资源和社会保障管理事务\n2080101,\"行政运行\"\n";
    /// let catalog = FunctionCatalog::from_delimited(text, 2024, Completeness::Complete)?;
    /// assert_eq!(catalog.len(), 3);
    /// assert_eq!(catalog.resolve("2080101")?.name(), "行政运行");
    /// // Against a complete catalog an unknown code is an error.
    /// assert!(catalog.resolve("2080102").is_err());
    ///
    /// let err = FunctionCatalog::from_delimited("208\t社会保障和就业支出\n2080101\t行政运行\n", 2024, Completeness::Complete)
    ///     .unwrap_err();
    /// assert_eq!(
    ///     err.problems()[0].to_string(),
    ///     "row 2: \"2080101\" has no parent \"20801\" in the catalog (add the parent row, or declare the row orphaned by its source)"
    /// );
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    ///
    /// # Errors
    ///
    /// A [`CatalogError`] listing every problem, located by line:
    /// [`CatalogProblem::MalformedLine`] for a line without a code and a name or with a quote
    /// left open, and the problems of [`CatalogBuilder::build`](super::CatalogBuilder::build).
    pub fn from_delimited(
        text: &str,
        edition: u16,
        completeness: Completeness,
    ) -> Result<Catalog<C>, CatalogError> {
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        let sep = separator(text);
        let mut rows = Vec::new();
        let mut malformed = Vec::new();
        let mut first = true;
        for (index, line) in text.lines().enumerate() {
            let number = index.saturating_add(1);
            if line.trim().is_empty() {
                continue;
            }
            let Some(fields) = fields(line, sep) else {
                malformed.push(CatalogProblem::MalformedLine {
                    row: number,
                    line: quoted(line),
                    expected: CLOSING_QUOTE,
                });
                first = false;
                continue;
            };
            let code = fields.first().map_or("", |f| f.trim());
            let name = fields.get(1).map_or("", |f| f.trim());
            let header = first && is_header(code);
            first = false;
            if header || fields.iter().all(|f| f.trim().is_empty()) {
                continue;
            }
            if fields.len() < 2 || code.is_empty() {
                malformed.push(CatalogProblem::MalformedLine {
                    row: number,
                    line: quoted(line),
                    expected: ROW_SHAPE,
                });
                continue;
            }
            rows.push(
                Row::new(Cow::Owned(code.to_owned()), Cow::Owned(name.to_owned())).at(number),
            );
        }
        let built = Catalog::builder(edition, completeness)
            .title("catalog built from code,name text")
            .rows(rows)
            .build();
        match (built, malformed.is_empty()) {
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
}

/// A catalog of either classification, as read from a user's file: which one it is follows
/// from its codes (2 支出功能分类, 3 or 5 支出经济分类).
///
/// ```
/// use final_accounts::classification::{AnyCatalog, Completeness};
/// let catalog = AnyCatalog::from_delimited("301,工资福利支出\n30101,基本工资\n", 2018, Completeness::Partial)?;
/// assert!(matches!(catalog, AnyCatalog::Economic(_)));
/// assert_eq!(catalog.len(), 2);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AnyCatalog {
    /// 支出功能分类科目.
    Functional(FunctionCatalog),
    /// 支出经济分类科目 (部门 or 政府).
    Economic(EconomicCatalog),
}

impl AnyCatalog {
    /// Builds a catalog from code,name text as [`Catalog::from_delimited`] does, as a
    /// functional catalog when the first code starts with 2 and an economic one otherwise.
    ///
    /// # Errors
    ///
    /// As [`Catalog::from_delimited`]: the problems of the catalog the first code names.
    pub fn from_delimited(
        text: &str,
        edition: u16,
        completeness: Completeness,
    ) -> Result<AnyCatalog, CatalogError> {
        let body = text.strip_prefix('\u{feff}').unwrap_or(text);
        let sep = separator(body);
        let functional = body
            .lines()
            .filter_map(|line| fields(line, sep))
            .filter_map(|f| f.into_iter().next())
            .map(|code| code.trim().to_owned())
            .find(|code| !is_header(code))
            .is_none_or(|code| code.starts_with('2'));
        if functional {
            Catalog::from_delimited(text, edition, completeness).map(AnyCatalog::Functional)
        } else {
            Catalog::from_delimited(text, edition, completeness).map(AnyCatalog::Economic)
        }
    }

    /// How many rows.
    #[must_use]
    pub fn len(&self) -> usize {
        match self {
            AnyCatalog::Functional(c) => c.len(),
            AnyCatalog::Economic(c) => c.len(),
        }
    }

    /// Whether the catalog has no rows.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

#[cfg(test)]
mod tests {
    use super::fields;

    #[test]
    fn quoted_fields() {
        assert_eq!(
            fields("208,\"a,\"\"b\"\"\",x", ','),
            Some(vec!["208".into(), "a,\"b\"".into(), "x".into()])
        );
        assert_eq!(fields("208,\"open", ','), None);
        assert_eq!(
            fields(" \"208\" ,名", ','),
            Some(vec!["208 ".into(), "名".into()])
        );
    }
}
