//! The reader-independent shape of a printed table: what was printed around it and its rows of
//! cells, each row with the line it came from. Every reader (tab-separated text, page data)
//! produces this; [`super::build`] turns it into the typed tables. What a cell prints (a figure,
//! a code, a dash) is read here too.

use crate::disclosure::TableKind;
use crate::money::MoneyUnit;
use crate::printed::compact;

/// One printed row: its cells in column order, and the line (1-based) it came from.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub(crate) struct Row {
    pub(crate) line: usize,
    pub(crate) cells: Vec<String>,
}

impl Row {
    pub(crate) fn new(line: usize, cells: Vec<String>) -> Row {
        Row { line, cells }
    }

    /// The cell at `index`, trimmed ("" past the end: trailing blank cells are often dropped).
    pub(crate) fn cell(&self, index: usize) -> &str {
        self.cells.get(index).map_or("", |c| c.trim())
    }

    /// The non-blank cells with their index.
    pub(crate) fn filled(&self) -> impl Iterator<Item = (usize, &str)> {
        self.cells
            .iter()
            .enumerate()
            .map(|(i, c)| (i, c.trim()))
            .filter(|(_, c)| !c.is_empty())
    }

    /// Whether no cell prints anything.
    pub(crate) fn is_empty(&self) -> bool {
        self.filled().next().is_none()
    }

    /// The row as printed, cells joined by tabs (for diagnostics).
    pub(crate) fn text(&self) -> String {
        self.cells.join("\t").trim_end().to_owned()
    }
}

/// A table as printed, before it is typed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct RawTable {
    pub(crate) kind: TableKind,
    pub(crate) title: String,
    pub(crate) line: usize,
    pub(crate) label: Option<String>,
    pub(crate) unit_name: Option<(String, String)>,
    pub(crate) period: Option<String>,
    pub(crate) money: Option<(String, MoneyUnit)>,
    pub(crate) rows: Vec<Row>,
    pub(crate) note: Option<String>,
    pub(crate) explanation: Option<String>,
}

impl RawTable {
    pub(crate) fn new(kind: TableKind, title: String, line: usize) -> RawTable {
        RawTable {
            kind,
            title,
            line,
            label: None,
            unit_name: None,
            period: None,
            money: None,
            rows: Vec::new(),
            note: None,
            explanation: None,
        }
    }

    /// How the table is named in diagnostics: its label, else its title.
    pub(crate) fn place(&self) -> String {
        self.label.clone().unwrap_or_else(|| self.title.clone())
    }
}

/// A self-evaluation form as printed: its title, year and rows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct RawFormBlock {
    pub(crate) title: String,
    pub(crate) line: usize,
    pub(crate) year: Option<u16>,
    pub(crate) rows: Vec<Row>,
}

/// What a reader found in a document, before typing.
#[derive(Debug, Clone, Default)]
pub(crate) struct Document {
    /// How many lines the text has.
    pub(crate) lines: usize,
    pub(crate) tables: Vec<RawTable>,
    pub(crate) forms: Vec<RawFormBlock>,
    /// Cover and page titles, normalized.
    pub(crate) titles: Vec<String>,
    /// Part headings, normalized.
    pub(crate) headings: Vec<String>,
    /// The titles and part headings in the order the document prints them: the outline.
    pub(crate) outline: Vec<String>,
    /// The prose of the document in text order (paragraphs, with the part headings and the
    /// tables and forms that interrupt it), for the 说明 reader.
    pub(crate) prose: Vec<Prose>,
    /// Printed prose lines (with their indentation) not yet joined into paragraphs, `None` for a
    /// break: what [`Document::prose_line`] collects for [`Document::join_prose`].
    pub(crate) prose_lines: Vec<Option<(usize, String)>>,
    pub(crate) diagnostics: Vec<super::Diagnostic>,
}

/// A piece of the document's prose, as a reader hands it to [`super::narrative`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Prose {
    /// A paragraph (or line) of prose, with the line it starts on.
    Paragraph {
        /// The line (1-based).
        line: usize,
        /// The text as printed.
        text: String,
    },
    /// Something that ends a run of prose: a part heading, a table or a form.
    Break,
}

impl Document {
    /// Records a title, in print order; `once` leaves out a title already recorded.
    pub(crate) fn add_title(&mut self, title: String, once: bool) {
        if once && self.titles.contains(&title) {
            return;
        }
        self.outline.push(title.clone());
        self.titles.push(title);
    }

    /// Records a part heading, in print order; `once` leaves out a heading already recorded.
    pub(crate) fn add_heading(&mut self, heading: String, once: bool) {
        if once && self.headings.contains(&heading) {
            return;
        }
        self.outline.push(heading.clone());
        self.headings.push(heading);
    }

    /// Hands a paragraph of prose to the 说明 reader.
    pub(crate) fn paragraph(&mut self, line: usize, text: &str) {
        self.prose.push(Prose::Paragraph {
            line,
            text: text.trim().to_owned(),
        });
    }

    /// Collects a printed line of prose (a paragraph wrapped over lines, as layout text and page
    /// texts print it), for [`Document::join_prose`].
    pub(crate) fn prose_line(&mut self, line: usize, text: &str) {
        self.prose_lines
            .push(Some((line, text.trim_end().to_owned())));
    }

    /// Ends a run of printed prose lines: a part heading, a title, a table or a form.
    pub(crate) fn prose_break(&mut self) {
        if self.prose_lines.last().is_some_and(Option::is_some) {
            self.prose_lines.push(None);
        }
    }

    /// Joins the collected prose lines into paragraphs (see [`super::paragraphs`]) and hands
    /// them, with the breaks between runs, to the 说明 reader.
    pub(crate) fn join_prose(&mut self) {
        let lines = core::mem::take(&mut self.prose_lines);
        let full = super::paragraphs::full_width(lines.iter().flatten().map(|(_, t)| t.as_str()));
        for run in lines.split(Option::is_none) {
            let run: Vec<(usize, &str)> = run
                .iter()
                .flatten()
                .map(|(n, t)| (*n, t.as_str()))
                .collect();
            if run.is_empty() {
                continue;
            }
            for (line, text) in super::paragraphs::join(&run, full) {
                self.prose.push(Prose::Paragraph { line, text });
            }
            self.prose.push(Prose::Break);
        }
    }

    pub(crate) fn note(&mut self, line: usize, text: &str, kind: super::DiagnosticKind) {
        self.diagnostics.push(super::Diagnostic {
            line,
            text: text.trim().to_owned(),
            kind,
        });
    }
}

/// Whether a cell prints a figure: digits with an optional sign, thousands separators and
/// decimals ("1,735.92", "0.16", "4").
pub(crate) fn is_figure(text: &str) -> bool {
    let t = text.trim();
    let t = t.strip_prefix(['-', '－']).unwrap_or(t);
    !t.is_empty()
        && t.starts_with(|c: char| c.is_ascii_digit())
        && t.chars()
            .all(|c| c.is_ascii_digit() || c == '.' || c == ',')
        && t.chars().filter(|c| *c == '.').count() <= 1
}

/// Whether a cell prints a classification code (digits only, 3 to 7 of them, possibly split
/// by spaces into 类/款/项 as "208 05 05").
pub(crate) fn is_code(text: &str) -> bool {
    let mut digits = 0_usize;
    for ch in text.chars().filter(|c| !c.is_whitespace()) {
        if !ch.is_ascii_digit() {
            return false;
        }
        digits = digits.saturating_add(1);
    }
    (3..=7).contains(&digits)
}

/// Whether a cell prints "——" (or a variant of it): not applicable.
pub(crate) fn is_dash(text: &str) -> bool {
    let t = compact(text);
    !t.is_empty() && t.chars().all(|c| matches!(c, '—' | '－' | '-' | '─' | '–'))
}

/// The text of a figure cell as the tables store it: without thousands separators and white
/// space; a dash variant becomes "——".
pub(crate) fn figure_text(text: &str) -> String {
    if is_dash(text) {
        return crate::tables::NOT_APPLICABLE.to_owned();
    }
    compact(text).chars().filter(|c| *c != ',').collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells() {
        assert!(is_figure("1,735.92") && !is_figure("=2人") && is_code("208 05 05"));
    }
}
