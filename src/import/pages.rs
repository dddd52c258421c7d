//! The page-data reader: each page's text and its tables as grids of cells, as pdfplumber-based
//! tools hand them over.
//!
//! Tables come from the grids: a grid is the table whose title the page prints before it (the
//! n-th grid of a page belongs to the n-th title), and a grid on a page that prints no title
//! before it continues the table of the page before, whose rows it joins (a header repeated at
//! its top is left out). Everything else — titles, money units, notes, the outline, prose —
//! comes from the page text, where the grid's own lines are recognised by their words.

use super::DiagnosticKind;
#[cfg(feature = "serde")]
use super::ImportError;
use super::PageData;
use super::grid::{Document, RawTable, Row};
use super::surround::{
    Outside, document_title, is_note, is_toc_entry, label_line, money_line, part_heading,
    read_banner, read_notes, table_kind, wrapped_title,
};
use crate::printed::{compact, is_blank, same_printed};

/// A cell as the builder reads it: lines wrapped inside the cell joined (without a space
/// between two CJK characters), white space trimmed.
fn cell_text(cell: &str) -> String {
    let mut out = String::new();
    for part in cell.split('\n').map(str::trim).filter(|p| !p.is_empty()) {
        let joins_words = out
            .chars()
            .last()
            .is_some_and(|c| c.is_ascii_alphanumeric())
            && part
                .chars()
                .next()
                .is_some_and(|c| c.is_ascii_alphanumeric());
        if joins_words {
            out.push(' ');
        }
        out.push_str(part);
    }
    out
}

/// Whether a page-text line prints only words of the grid (each of its space-separated words
/// is part of some cell).
fn in_grid(line: &str, words: &[String]) -> bool {
    let mut any = false;
    for word in line.split_whitespace() {
        any = true;
        if !words.iter().any(|w| w.contains(word)) {
            return false;
        }
    }
    any
}

/// The words of a grid: every cell, compacted, and every line of a wrapped cell.
fn grid_words(grid: &[Vec<String>]) -> Vec<String> {
    let mut words: Vec<String> = Vec::new();
    for cell in grid.iter().flatten() {
        let c = compact(cell).into_owned();
        if !c.is_empty() {
            words.push(c);
        }
    }
    words
}

/// A grid of cells, rows first.
type Grid = Vec<Vec<String>>;

/// The grids of page `page`, their cells as the builder reads them.
fn page_grids(pages: &PageData, page: usize) -> Vec<Grid> {
    pages
        .page_tables
        .get(page)
        .map(|tables| {
            tables
                .iter()
                .map(|g| {
                    g.iter()
                        .map(|r| r.iter().map(|c| cell_text(c)).collect())
                        .collect()
                })
                .collect()
        })
        .unwrap_or_default()
}

/// What the reader knows across pages.
struct Reader<'a> {
    doc: Document,
    outside: Outside<'a>,
    /// The table a grid on the next page may continue (index in doc.tables), until notes close
    /// it.
    open: Option<usize>,
    /// Whether the reader is in the contents.
    contents: bool,
}

/// One page being read: its lines, its grids, the next grid a title takes, the words of the
/// grid last read (its lines in the page text are skipped) and a label waiting for its title.
struct Page<'a> {
    lines: Vec<(usize, &'a str)>,
    grids: Vec<Grid>,
    next_grid: usize,
    words: Vec<String>,
    pending_label: Option<String>,
}

/// Reads page data.
pub(crate) fn read(pages: &PageData) -> Document {
    let all: Vec<(usize, &str)> = pages
        .page_texts
        .iter()
        .flat_map(|t| t.split('\n'))
        .map(|l| l.trim_end_matches('\r'))
        .zip(1_usize..)
        .map(|(l, n)| (n, l))
        .collect();
    let mut reader = Reader {
        doc: Document {
            lines: all.len(),
            ..Document::default()
        },
        outside: Outside::new(all.iter().map(|(_, t)| *t)),
        open: None,
        contents: false,
    };
    let mut base = 0_usize;
    for (page, text) in pages.page_texts.iter().enumerate() {
        let lines: Vec<(usize, &str)> = text
            .split('\n')
            .map(|l| l.trim_end_matches('\r'))
            .zip(base.saturating_add(1)..)
            .map(|(l, n)| (n, l))
            .collect();
        base = base.saturating_add(lines.len());
        let mut page = Page {
            lines,
            grids: page_grids(pages, page),
            next_grid: 0,
            words: Vec::new(),
            pending_label: None,
        };
        reader.start(text, &mut page);
        let mut i = 0_usize;
        while i < page.lines.len() {
            i = reader.line(&mut page, i);
        }
        reader.unclaimed(&page);
    }
    reader.doc.join_prose();
    reader.doc
}

impl Reader<'_> {
    /// The start of a page: the contents end at prose or a table; a grid printed before any
    /// title continues the open table.
    fn start(&mut self, text: &str, page: &mut Page<'_>) {
        let lines = &page.lines;
        if self.contents
            && (text.contains('。') || lines.iter().any(|(_, l)| money_line(l).is_some()))
        {
            self.contents = false;
        }
        let first_title = lines.iter().position(|(_, l)| table_kind(l).is_some());
        let first_grid_line = page.grids.first().and_then(|g| {
            let w = grid_words(g);
            lines
                .iter()
                .position(|(_, l)| !is_blank(l) && in_grid(l, &w))
        });
        if let (Some(at), Some(grid)) = (self.open, page.grids.first())
            && first_grid_line.is_some_and(|g| first_title.is_none_or(|t| g < t))
        {
            page.words = grid_words(grid);
            if let Some(table) = self.doc.tables.get_mut(at) {
                join(table, grid, lines, &mut self.doc.diagnostics);
            }
            page.next_grid = 1;
        } else if first_grid_line.is_some() && first_title.is_none() {
            self.open = None;
        }
    }

    /// Reads line `i` of the page (and the lines that go with it); returns the index after.
    fn line(&mut self, page: &mut Page<'_>, i: usize) -> usize {
        let Some((number, line)) = page.lines.get(i).copied() else {
            return i.saturating_add(1);
        };
        let doc = &mut self.doc;
        if is_blank(line) {
            return i.saturating_add(1);
        }
        if compact(line) == "目录" {
            self.contents = true;
        }
        if self.contents {
            doc.note(number, line, DiagnosticKind::Contents);
            return i.saturating_add(1);
        }
        if let Some(label) = label_line(line) {
            page.pending_label = Some(label);
            return i.saturating_add(1);
        }
        if let Some(kind) = table_kind(line).filter(|_| !is_toc_entry(line))
            && let Some(grid) = page.grids.get(page.next_grid)
        {
            let mut table = RawTable::new(kind, compact(line).into_owned(), number);
            table.label = page.pending_label.take();
            doc.prose_break();
            let i = read_banner(&page.lines, i.saturating_add(1), &mut table, |l| {
                l.split_whitespace().map(str::to_owned).collect()
            });
            page.words = grid_words(grid);
            table.rows = grid_rows(grid, &page.lines, i);
            page.next_grid = page.next_grid.saturating_add(1);
            doc.tables.push(table);
            self.open = doc.tables.len().checked_sub(1);
            return i;
        }
        if table_kind(line).is_some() && !is_toc_entry(line) && part_heading(line).is_none() {
            // A table title with no grid on its page to read the table from.
            let table = compact(line).into_owned();
            doc.prose_break();
            doc.note(number, line, DiagnosticKind::UnplacedLine { table });
            return i.saturating_add(1);
        }
        if !page.words.is_empty() && in_grid(line, &page.words) {
            // A line of the grid, read from the grid.
            return i.saturating_add(1);
        }
        if is_note(line)
            && let Some(table) = self.open.and_then(|at| doc.tables.get_mut(at))
        {
            let stop = |t: &str| {
                table_kind(t).is_some() || part_heading(t).is_some() || document_title(t).is_some()
            };
            let i = read_notes(&page.lines, i, table, stop);
            doc.prose_break();
            self.open = None;
            page.words.clear();
            return i;
        }
        if part_heading(line).is_none()
            && document_title(line).is_none()
            && let Some((taken, title)) = wrapped_title(page.lines.iter().skip(i).map(|(_, t)| *t))
        {
            doc.add_title(title, true);
            doc.prose_break();
            return i.saturating_add(taken);
        }
        let printed = |l: &&(usize, &str)| !is_blank(l.1);
        let edge = page
            .lines
            .iter()
            .find(printed)
            .is_some_and(|(n, _)| *n == number)
            || page
                .lines
                .iter()
                .rfind(printed)
                .is_some_and(|(n, _)| *n == number);
        self.outside.file(doc, number, line, edge);
        i.saturating_add(1)
    }

    /// Grids no title claimed: their rows reported as unplaced.
    fn unclaimed(&mut self, page: &Page<'_>) {
        for grid in page.grids.iter().skip(page.next_grid) {
            for row in grid_rows(grid, &page.lines, 0) {
                if !row.is_empty() {
                    let text = row.text();
                    self.doc.note(
                        row.line,
                        &text,
                        DiagnosticKind::UnplacedLine {
                            table: "(no table)".to_owned(),
                        },
                    );
                }
            }
        }
    }
}

/// The rows of a grid, each with the page-text line (from index `from`) that prints its first
/// cell.
fn grid_rows(grid: &[Vec<String>], lines: &[(usize, &str)], from: usize) -> Vec<Row> {
    let mut at = from;
    let fallback = lines
        .get(from)
        .or_else(|| lines.last())
        .map_or(0, |(n, _)| *n);
    let mut last = fallback;
    grid.iter()
        .map(|cells| {
            let first = cells.iter().find(|c| !c.trim().is_empty());
            let found = first.and_then(|c| {
                let probe: String = c.split_whitespace().next().unwrap_or_default().to_owned();
                let probe = compact(&probe).chars().take(6).collect::<String>();
                lines
                    .iter()
                    .enumerate()
                    .skip(at)
                    .find(|(_, (_, l))| !probe.is_empty() && compact(l).contains(&probe))
                    .map(|(k, (n, _))| (k, *n))
            });
            if let Some((k, n)) = found {
                at = k.saturating_add(1);
                last = n;
            }
            Row::new(last, cells.clone())
        })
        .collect()
}

/// Joins a grid continuing `table` from the page before; a header repeated at its top is left
/// out and reported.
fn join(
    table: &mut RawTable,
    grid: &[Vec<String>],
    lines: &[(usize, &str)],
    diagnostics: &mut Vec<super::Diagnostic>,
) {
    let rows = grid_rows(grid, lines, 0);
    let mut repeating = true;
    for (k, row) in rows.into_iter().enumerate() {
        let same = table.rows.get(k).is_some_and(|top| {
            top.cells.len() == row.cells.len()
                && top
                    .cells
                    .iter()
                    .zip(&row.cells)
                    .all(|(a, b)| same_printed(a, b))
        });
        if repeating && same && !row.is_empty() {
            diagnostics.push(super::Diagnostic {
                line: row.line,
                text: row.text(),
                kind: DiagnosticKind::RunningHeader,
            });
            continue;
        }
        repeating = false;
        table.rows.push(row);
    }
}

/// Parses page data from its JSON form: `{"page_count", "page_texts", "page_tables"}`, cells
/// as strings (`null` reads as a blank cell, a number as its text).
#[cfg(feature = "serde")]
pub(crate) fn from_json(text: &str) -> Result<PageData, ImportError> {
    use serde_json::Value;
    let invalid = |reason: String| ImportError::InvalidPageData { reason };
    let value: Value = serde_json::from_str(text.trim_start_matches('\u{feff}'))
        .map_err(|e| invalid(format!("not JSON: {e}")))?;
    let object = value
        .as_object()
        .ok_or_else(|| invalid("the page data is not a JSON object".to_owned()))?;
    let texts = object
        .get("page_texts")
        .and_then(Value::as_array)
        .ok_or_else(|| invalid("\"page_texts\" is missing or not a list".to_owned()))?;
    let page_texts = texts
        .iter()
        .enumerate()
        .map(|(n, v)| match v {
            Value::String(s) => Ok(s.clone()),
            Value::Null => Ok(String::new()),
            _ => Err(invalid(format!(
                "page {} of \"page_texts\" is not a string",
                n.saturating_add(1)
            ))),
        })
        .collect::<Result<Vec<String>, ImportError>>()?;
    let cell = |v: &Value| match v {
        Value::String(s) => Some(s.clone()),
        Value::Null => Some(String::new()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    };
    let page_tables = match object.get("page_tables") {
        None | Some(Value::Null) => Vec::new(),
        Some(Value::Array(pages)) => pages
            .iter()
            .enumerate()
            .map(|(p, tables)| {
                let page = p.saturating_add(1);
                let tables = match tables {
                    Value::Null => return Ok(Vec::new()),
                    Value::Array(t) => t,
                    _ => {
                        return Err(invalid(format!(
                            "page {page} of \"page_tables\" is not a list of tables"
                        )));
                    }
                };
                tables
                    .iter()
                    .map(|grid| {
                        grid.as_array()
                            .ok_or_else(|| {
                                invalid(format!("a table on page {page} is not a list of rows"))
                            })?
                            .iter()
                            .map(|row| {
                                row.as_array()
                                    .ok_or_else(|| {
                                        invalid(format!(
                                            "a row of a table on page {page} is not a list of cells"
                                        ))
                                    })?
                                    .iter()
                                    .map(|c| {
                                        cell(c).ok_or_else(|| {
                                            invalid(format!(
                                                "a cell of a table on page {page} is not a string"
                                            ))
                                        })
                                    })
                                    .collect::<Result<Vec<String>, ImportError>>()
                            })
                            .collect::<Result<Vec<Vec<String>>, ImportError>>()
                    })
                    .collect::<Result<Vec<Vec<Vec<String>>>, ImportError>>()
            })
            .collect::<Result<Vec<_>, ImportError>>()?,
        Some(_) => return Err(invalid("\"page_tables\" is not a list".to_owned())),
    };
    let page_count = match object.get("page_count") {
        Some(Value::Number(n)) => n
            .as_u64()
            .and_then(|n| usize::try_from(n).ok())
            .ok_or_else(|| invalid(format!("\"page_count\" {n} is not a count")))?,
        None | Some(Value::Null) => page_texts.len(),
        Some(_) => return Err(invalid("\"page_count\" is not a number".to_owned())),
    };
    Ok(PageData {
        page_count,
        page_texts,
        page_tables,
    })
}
