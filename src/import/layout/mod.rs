//! The `pdftotext -layout` reader: text where columns are aligned by spaces and pages are
//! separated by form feeds.
//!
//! A table is found by its title followed by a money-unit line. Its lines are split into the
//! header (the lines above the first row of data) and the rows. Column positions come from the
//! header: printed words are grouped into cells (a header cell wrapped over two or three lines
//! is one cell), the lowest cells are the columns, and every cell above covers the columns it
//! is centred on. A figure belongs to the column whose centre is nearest. A page that continues
//! a table without repeating its header gives no positions: its figures are placed in the order
//! of the columns, and the importer says so.
//!
//! Names wrapped over several lines are put back together from how PDF cells are printed: a
//! cell is centred vertically on its row, so a row's code and figures stand on the middle line
//! of its name, or between its two halves. Every row therefore takes as many wrapped lines
//! above its code line as below it, which decides, line by line, which row a wrapped line
//! belongs to.

use super::DiagnosticKind;
use super::grid::{Document, RawTable, is_code, is_dash, is_figure};
use super::surround::{
    Outside, contents_entry, document_title, is_note, is_toc_entry, label_line, money_line,
    part_heading, read_banner, read_notes, table_kind, unplaced_label, wrapped_title,
};
use crate::disclosure::TableKind;
use crate::printed::{compact, is_blank, same_printed, starts_with_chinese_enumerator};

mod columns;
mod header;
mod names;
mod rows;
mod tokens;

use rows::rows;
use tokens::{Token, row_tokens, tokenize};

/// How far (in non-blank lines) a table title may be from its money-unit line.
const TITLE_REACH: usize = 6;

/// Twice the tolerance (in characters) within which a header cell counts as centred over a
/// run of columns.
const CENTRE_TOLERANCE: usize = 4;

/// A line of the text: its number (1-based), its page (0-based) and its text without form
/// feeds.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Line<'a> {
    pub(crate) number: usize,
    pub(crate) page: usize,
    pub(crate) text: &'a str,
}

/// Splits a text into lines, counting pages at form feeds.
pub(crate) fn lines(text: &str) -> Vec<Line<'_>> {
    let mut page = 0_usize;
    let mut out = Vec::new();
    for (line, number) in text.split('\n').zip(1_usize..) {
        let feeds = line.matches('\u{c}').count();
        page = page.saturating_add(feeds);
        let text = line.trim_end_matches('\r').trim_start_matches('\u{c}');
        out.push(Line { number, page, text });
    }
    out
}

/// The contents pages: whether the reader is in them, on which page, and the entries read.
#[derive(Default)]
struct Contents {
    on: bool,
    page: usize,
    entries: Vec<String>,
}

impl Contents {
    /// Whether line `i` (not blank) is part of the contents; follows the contents over pages.
    fn takes(&mut self, lines: &[Line<'_>], i: usize) -> bool {
        let Some(line) = lines.get(i) else {
            return false;
        };
        let text = line.text;
        if self.on && line.page != self.page {
            // The contents go on to the next page unless it prints prose or a table.
            let page_lines = lines.iter().filter(|l| l.page == line.page);
            let ends = page_lines
                .clone()
                .any(|l| l.text.contains('。') || money_line(l.text).is_some())
                || page_lines.clone().count() == 0;
            if ends {
                self.on = false;
            } else {
                self.page = line.page;
            }
        }
        // The body starts with a line the contents listed, a table or prose.
        if self.on
            && (self.entries.contains(&contents_entry(text))
                || table_start(lines, i).is_some()
                || text.contains('。'))
        {
            self.on = false;
        }
        if compact(text) == "目录" {
            self.on = true;
            self.page = line.page;
            self.entries.clear();
        } else if self.on {
            self.entries.push(contents_entry(text));
        }
        self.on
    }
}

/// Reads a layout text.
pub(crate) fn read(text: &str) -> Document {
    let lines = lines(text);
    let outside = Outside::new(lines.iter().map(|l| l.text));
    let mut doc = Document {
        lines: lines.len(),
        ..Document::default()
    };
    let mut pending_label: Option<(usize, String)> = None;
    let mut contents = Contents::default();
    let mut i = 0_usize;
    while let Some(line) = lines.get(i).copied() {
        let text = line.text;
        if is_blank(text) {
            i = i.saturating_add(1);
            continue;
        }
        if contents.takes(&lines, i) {
            doc.note(line.number, text, DiagnosticKind::Contents);
            i = i.saturating_add(1);
            continue;
        }
        if let Some(label) = label_line(text) {
            pending_label = Some((line.number, label));
            i = i.saturating_add(1);
            continue;
        }
        if let Some(kind) = table_start(&lines, i) {
            let mut table = RawTable::new(kind, compact(text).into_owned(), line.number);
            if let Some((at, label)) = pending_label.take()
                && line.number.saturating_sub(at) <= 4
            {
                table.label = Some(label);
            }
            doc.prose_break();
            i = read_table(&lines, i.saturating_add(1), table, &outside, &mut doc);
            continue;
        }
        if let Some((at, label)) = pending_label.take() {
            unplaced_label(&mut doc, at, &label);
        }
        if part_heading(text).is_none()
            && document_title(text).is_none()
            && let Some((taken, title)) = wrapped_title(
                lines
                    .iter()
                    .skip(i)
                    .take_while(|l| l.page == line.page)
                    .map(|l| l.text),
            )
        {
            doc.add_title(title, true);
            doc.prose_break();
            i = i.saturating_add(taken);
            continue;
        }
        if table_kind(text).is_some() && !is_toc_entry(text) {
            // A table title with nothing laid out in columns under it.
            let table = compact(text).into_owned();
            doc.prose_break();
            doc.note(line.number, text, DiagnosticKind::UnplacedLine { table });
        } else {
            outside.file(&mut doc, line.number, text, page_edge(&lines, i));
        }
        i = i.saturating_add(1);
    }
    doc.join_prose();
    doc
}

/// The table a line titles, when a money-unit line follows within a few lines on the same
/// page, before any other title or heading.
fn table_start(lines: &[Line<'_>], i: usize) -> Option<TableKind> {
    let line = lines.get(i)?;
    if is_toc_entry(line.text) {
        return None;
    }
    let kind = table_kind(line.text)?;
    let mut seen = 0_usize;
    for next in lines.iter().skip(i.saturating_add(1)) {
        if next.page != line.page {
            return None;
        }
        if is_blank(next.text) {
            continue;
        }
        if tokenize(next.text)
            .iter()
            .any(|t| money_line(&t.text).is_some())
            || money_line(next.text).is_some()
        {
            return Some(kind);
        }
        if table_kind(next.text).is_some() || part_heading(next.text).is_some() {
            return None;
        }
        // No money-unit line, but a header or row laid out in columns.
        if wide_gaps(next.text) >= 2 && !next.text.contains('。') {
            return Some(kind);
        }
        seen = seen.saturating_add(1);
        if seen > TITLE_REACH {
            return None;
        }
    }
    None
}

/// How many runs of two spaces or more separate what a line prints: columns, not prose.
fn wide_gaps(text: &str) -> usize {
    let mut gaps = 0_usize;
    let mut run = 0_usize;
    let mut seen_text = false;
    for c in text.chars() {
        if c.is_whitespace() {
            run = run.saturating_add(1);
        } else {
            if seen_text && run >= 2 {
                gaps = gaps.saturating_add(1);
            }
            run = 0;
            seen_text = true;
        }
    }
    gaps
}

/// Whether a line ends a table's body: a new table, a part heading, a title or prose.
fn ends_body(lines: &[Line<'_>], i: usize) -> bool {
    let Some(line) = lines.get(i) else {
        return true;
    };
    table_start(lines, i).is_some()
        || part_heading(line.text).is_some()
        || document_title(line.text).is_some()
        || line.text.contains('。') && compact(line.text).chars().count() > 6
        || compact(line.text) == "目录"
}

/// Whether the line at `i` is the first or last printed line of its page.
fn page_edge(lines: &[Line<'_>], i: usize) -> bool {
    let Some(line) = lines.get(i) else {
        return false;
    };
    let same_page = |l: &&Line<'_>| l.page == line.page;
    let printed = |l: &Line<'_>| !is_blank(l.text);
    let before = !lines
        .iter()
        .take(i)
        .rev()
        .take_while(same_page)
        .any(printed);
    let after = !lines
        .iter()
        .skip(i.saturating_add(1))
        .take_while(same_page)
        .any(printed);
    before || after
}

/// A line of a table's body, tokenized.
#[derive(Debug, Clone)]
struct Body {
    number: usize,
    page: usize,
    text: String,
    tokens: Vec<Token>,
}

/// Reads a table from the line after its title; returns the index after it.
fn read_table(
    lines: &[Line<'_>],
    mut i: usize,
    mut table: RawTable,
    outside: &Outside,
    doc: &mut Document,
) -> usize {
    // What is printed between the title and the header: every token must be one of these
    // ("部门名称：某局      单位：万元" is two lines in one).
    let texts: Vec<(usize, &str)> = lines.iter().map(|l| (l.number, l.text)).collect();
    i = read_banner(&texts, i, &mut table, |l| {
        tokenize(l).into_iter().map(|t| t.text).collect()
    });
    // The body: header and rows, across page breaks.
    let mut body: Vec<Body> = Vec::new();
    while let Some(line) = lines.get(i) {
        if is_blank(line.text) {
            i = i.saturating_add(1);
            continue;
        }
        if is_note(line.text) || ends_body(lines, i) {
            break;
        }
        if same_printed(line.text, &table.title) {
            // The title printed again above a continued table.
            doc.note(line.number, line.text, DiagnosticKind::RunningHeader);
        } else if outside.is_running(line.text, page_edge(lines, i))
            && row_tokens(line.text).len() == 1
        {
            doc.note(line.number, line.text, DiagnosticKind::RunningHeader);
        } else {
            body.push(Body {
                number: line.number,
                page: line.page,
                text: line.text.trim().to_owned(),
                tokens: row_tokens(line.text),
            });
        }
        i = i.saturating_add(1);
    }
    // The notes under it.
    let stop = |t: &str| {
        table_kind(t).is_some() || part_heading(t).is_some() || document_title(t).is_some()
    };
    i = read_notes(&texts, i, &mut table, stop);
    table.rows = rows(table.kind, &body, &table.place(), doc);
    doc.tables.push(table);
    i
}

/// The shape of a table's rows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Shape {
    /// Code, name and values (公开02/03/05/07/08表).
    Classified,
    /// Two sides of item and values (公开01/04表).
    Summary,
    /// Blocks of code, name and amount side by side (公开06表).
    Blocks,
    /// Only values (公开09表).
    Values,
    /// Items, 行次 and a value, in sections (公开10表).
    Info,
}

fn shape(kind: TableKind) -> Shape {
    match kind {
        TableKind::IncomeExpenditure | TableKind::Fiscal => Shape::Summary,
        TableKind::BasicDetail => Shape::Blocks,
        TableKind::ThreePublic => Shape::Values,
        TableKind::RelatedInfo => Shape::Info,
        _ => Shape::Classified,
    }
}

fn is_total(text: &str) -> bool {
    matches!(compact(text).as_ref(), "合计" | "总计")
}

/// A placeholder row of a template ("…", "。。").
fn is_placeholder(text: &str) -> bool {
    let c = compact(text);
    !c.is_empty() && c.chars().all(|ch| matches!(ch, '…' | '。' | '.' | '·'))
}

fn is_value(text: &str) -> bool {
    is_figure(text) || is_dash(text)
}

/// Whether a body line starts the rows of data.
fn is_data_line(shape: Shape, line: &Body) -> bool {
    let first = line.tokens.first().map_or("", |t| t.text.as_str());
    if is_numbering(line) {
        return false;
    }
    let any_value = line.tokens.iter().any(|t| is_value(&t.text));
    match shape {
        Shape::Summary | Shape::Info => {
            any_value
                || line
                    .tokens
                    .iter()
                    .any(|t| starts_with_chinese_enumerator(&t.text))
                || is_total(first)
        }
        Shape::Values => any_value,
        Shape::Classified | Shape::Blocks => {
            any_value
                || is_code(first)
                || is_total(first)
                || is_placeholder(first)
                || compact(first).ends_with("经费合计")
        }
    }
}

/// A line of 栏次 numbers: "栏次" first, or small whole numbers rising from 1 (a column may
/// print none).
fn is_numbering(line: &Body) -> bool {
    let first = line.tokens.first().map_or("", |t| t.text.as_str());
    let numbers: Vec<Option<u16>> = line
        .tokens
        .iter()
        .map(|t| t.text.parse::<u16>().ok().filter(|n| *n <= 99))
        .collect();
    compact(first) == "栏次"
        || numbers.len() >= 2
            && numbers.first() == Some(&Some(1))
            && numbers.windows(2).all(|w| match w {
                [Some(a), Some(b)] => b > a,
                _ => false,
            })
}
