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
use super::grid::{Document, RawTable, Row};
use super::surround::{
    Outside, contents_entry, document_title, is_note, is_period, is_toc_entry, label_line,
    money_line, part_heading, read_notes, table_kind, unit_name_line, wrapped_title,
};
use super::text::{compact, is_blank, is_code, is_dash, is_figure, starts_with_chinese_enumerator};
use crate::disclosure::TableKind;

/// How far (in non-blank lines) a table title may be from its money-unit line.
const TITLE_REACH: usize = 6;

/// Twice the tolerance (in characters) within which a header cell counts as centred over a
/// run of columns.
const CENTRE_TOLERANCE: usize = 4;

/// A run of printed characters on a line: where it starts and ends (in characters) and its
/// text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Token {
    pub(crate) start: usize,
    pub(crate) end: usize,
    pub(crate) text: String,
}

impl Token {
    /// Twice the centre (to stay in whole numbers).
    fn centre2(&self) -> usize {
        self.start.saturating_add(self.end)
    }
}

/// Whether a word is a number of some kind (figure, code, dash) that stands on its own even
/// when a single space separates it from the next word.
fn is_numeric_word(word: &str) -> bool {
    !word.is_empty()
        && word
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, ',' | '.' | '-' | '－' | '%'))
}

/// Splits a line into tokens: words separated by two spaces or more, or by one space when one
/// side is a number. Positions are counted in characters.
pub(crate) fn tokenize(line: &str) -> Vec<Token> {
    let mut words: Vec<Token> = Vec::new();
    let mut current: Option<Token> = None;
    for (i, c) in line.chars().enumerate() {
        if c.is_whitespace() {
            if let Some(word) = current.take() {
                words.push(word);
            }
        } else {
            match current.as_mut() {
                Some(word) => {
                    word.text.push(c);
                    word.end = i.saturating_add(1);
                }
                None => {
                    current = Some(Token {
                        start: i,
                        end: i.saturating_add(1),
                        text: c.to_string(),
                    });
                }
            }
        }
    }
    if let Some(word) = current {
        words.push(word);
    }
    let mut tokens: Vec<Token> = Vec::new();
    for word in words {
        match tokens.last_mut() {
            Some(last)
                if word.start.saturating_sub(last.end) <= 1
                    && !is_numeric_word(&word.text)
                    && !is_numeric_word(last.text.rsplit(' ').next().unwrap_or_default()) =>
            {
                last.text.push(' ');
                last.text.push_str(&word.text);
                last.end = word.end;
            }
            _ => tokens.push(word),
        }
    }
    tokens
}

/// Splits a code printed against its name ("310资本性支出", "30207邮电费") into two tokens.
fn split_glued(token: Token) -> Vec<Token> {
    let digits = token.text.chars().take_while(char::is_ascii_digit).count();
    let rest: String = token.text.chars().skip(digits).collect();
    if (3..=7).contains(&digits)
        && rest
            .chars()
            .next()
            .is_some_and(|c| !c.is_ascii() && !c.is_whitespace())
    {
        let code: String = token.text.chars().take(digits).collect();
        let at = token.start.saturating_add(digits);
        vec![
            Token {
                start: token.start,
                end: at,
                text: code,
            },
            Token {
                start: at,
                end: token.end,
                text: rest.trim().to_owned(),
            },
        ]
    } else {
        vec![token]
    }
}

/// The tokens of a line inside a table: glued codes split, and a code printed in 类/款/项
/// parts ("208 05 05") joined into one token.
fn row_tokens(line: &str) -> Vec<Token> {
    let mut tokens: Vec<Token> = tokenize(line).into_iter().flat_map(split_glued).collect();
    if let Some(first) = tokens.first()
        && first.text.len() == 3
        && first.text.chars().all(|c| c.is_ascii_digit())
    {
        // 款 and 项 parts: two digits each, printed close after the 类.
        let mut end = first.end;
        let parts = tokens
            .iter()
            .skip(1)
            .take(2)
            .take_while(|t| {
                let part = t.text.len() == 2
                    && t.text.chars().all(|c| c.is_ascii_digit())
                    && t.start.saturating_sub(end) <= 4;
                end = t.end;
                part
            })
            .count();
        // What follows is a name, a figure with decimals or separators, or nothing.
        let then = tokens.get(parts.saturating_add(1)).map(|t| t.text.as_str());
        let fits = then.is_none_or(|t| !is_numeric_word(t) || t.contains(['.', ',']));
        if parts > 0 && fits {
            let joined: Vec<Token> = tokens.drain(..=parts).collect();
            let text = joined
                .iter()
                .map(|t| t.text.as_str())
                .collect::<Vec<_>>()
                .join(" ");
            let start = joined.first().map_or(0, |t| t.start);
            let end = joined.last().map_or(start, |t| t.end);
            tokens.insert(0, Token { start, end, text });
        }
    }
    tokens
}

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

/// Reads a layout text.
pub(crate) fn read(text: &str) -> Document {
    let lines = lines(text);
    let outside = Outside::new(lines.iter().map(|l| l.text));
    let mut doc = Document {
        lines: lines.len(),
        ..Document::default()
    };
    let mut pending_label: Option<(usize, String)> = None;
    let mut contents = false;
    let mut contents_page = 0_usize;
    let mut entries: Vec<String> = Vec::new();
    let mut i = 0_usize;
    while let Some(line) = lines.get(i).copied() {
        let text = line.text;
        if is_blank(text) {
            i = i.saturating_add(1);
            continue;
        }
        if contents && line.page != contents_page {
            // The contents go on to the next page unless it prints prose or a table.
            let page_lines = lines.iter().filter(|l| l.page == line.page);
            let ends = page_lines
                .clone()
                .any(|l| l.text.contains('。') || money_line(l.text).is_some())
                || page_lines.clone().count() == 0;
            if ends {
                contents = false;
            } else {
                contents_page = line.page;
            }
        }
        // The body starts with a line the contents listed, a table or prose.
        if contents
            && (entries.contains(&contents_entry(text))
                || table_start(&lines, i).is_some()
                || text.contains('。'))
        {
            contents = false;
        }
        if compact(text) == "目录" {
            contents = true;
            contents_page = line.page;
            entries.clear();
        } else if contents {
            entries.push(contents_entry(text));
        }
        if contents {
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
            doc.note(
                at,
                &label,
                DiagnosticKind::UnplacedLine {
                    table: label.clone(),
                },
            );
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
    // What is printed between the title and the header: every token must be one of these.
    while let Some(line) = lines.get(i) {
        if is_blank(line.text) {
            i = i.saturating_add(1);
            continue;
        }
        let tokens = tokenize(line.text);
        let known = |t: &str| {
            label_line(t).is_some()
                || money_line(t).is_some()
                || unit_name_line(t).is_some()
                || is_period(t)
        };
        let whole = line.text.trim();
        // Token by token first: "部门名称：某局      单位：万元" is two lines in one.
        let parts: Vec<String> = if tokens.len() > 1 && tokens.iter().all(|t| known(&t.text)) {
            tokens.into_iter().map(|t| t.text).collect()
        } else if known(whole) {
            vec![whole.to_owned()]
        } else {
            break;
        };
        for part in parts {
            if let Some(label) = label_line(&part) {
                table.label = Some(label);
            } else if let Some(money) = money_line(&part) {
                table.money = Some(money);
            } else if let Some(unit) = unit_name_line(&part) {
                table.unit_name = Some(unit);
            } else if is_period(&part) {
                table.period = Some(compact(&part).into_owned());
            }
        }
        i = i.saturating_add(1);
    }
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
        if compact(line.text) == table.title {
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
    let texts: Vec<(usize, &str)> = lines.iter().map(|l| (l.number, l.text)).collect();
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

/// The rows of a table, as a grid the builder reads: header rows naming every column, then one
/// row per printed row.
fn rows(kind: TableKind, body: &[Body], place: &str, doc: &mut Document) -> Vec<Row> {
    let shape = shape(kind);
    // Page segments.
    let mut segments: Vec<&[Body]> = Vec::new();
    let mut start = 0_usize;
    for k in 1..=body.len() {
        let split = k == body.len()
            || body.get(k).map(|b| b.page) != body.get(k.saturating_sub(1)).map(|b| b.page);
        if split {
            if let Some(segment) = body.get(start..k)
                && !segment.is_empty()
            {
                segments.push(segment);
            }
            start = k;
        }
    }
    let mut layout: Option<Columns> = None;
    let mut out: Vec<Row> = Vec::new();
    for segment in segments {
        // A line "合计 … 基本支出 项目支出" is the first row (its 合计 under the labels, the
        // rest a header level) only when rows or nothing follow it; else it is a header line.
        let first_data = (0..segment.len())
            .find(|k| {
                let Some(line) = segment.get(*k) else {
                    return false;
                };
                if !is_data_line(shape, line) {
                    return false;
                }
                let only_words = line.tokens.len() > 1
                    && line
                        .tokens
                        .iter()
                        .all(|t| !is_value(&t.text) && !is_code(&t.text));
                !only_words
                    || segment
                        .get(k.saturating_add(1))
                        .is_none_or(|next| is_data_line(shape, next))
            })
            .unwrap_or(segment.len());
        let (head, data) = segment.split_at(first_data);
        let mut head: Vec<Body> = head.to_vec();
        let mut data: Vec<Body> = join_lone_codes(shape, data.to_vec());
        // A first row that also ends the header: "合计 … 合计 基本支出 项目支出".
        if let Some(first) = data.first_mut()
            && first.tokens.first().is_some_and(|t| is_total(&t.text))
            && first.tokens.len() > 1
            && first
                .tokens
                .iter()
                .skip(1)
                .all(|t| !is_value(&t.text) && !is_code(&t.text))
        {
            let words: Vec<Token> = first.tokens.drain(1..).collect();
            head.push(Body {
                number: first.number,
                page: first.page,
                text: first.text.clone(),
                tokens: words,
            });
        }
        // Wrapped names above the first row belong to it, not to the header.
        let names = names_of(shape, &mut head, &data, doc, place);
        let numbering: Vec<Body> = head.iter().filter(|l| is_numbering(l)).cloned().collect();
        head.retain(|l| !is_numbering(l));
        let header_here = !head.is_empty();
        if header_here {
            let built = Columns::from_header(shape, &head, &data);
            if layout.is_none() {
                out.extend(built.header_rows(head.first().map_or(0, |l| l.number)));
                for line in &numbering {
                    out.push(built.numbering_row(line));
                }
            } else {
                for line in &head {
                    doc.note(line.number, &line.text, DiagnosticKind::RunningHeader);
                }
            }
            layout = Some(built);
        } else if let Some(columns) = layout.as_ref() {
            if let Some(first) = data.first()
                && columns.values_count() > 1
                && shape != Shape::Blocks
            {
                doc.note(
                    first.number,
                    &first.text,
                    DiagnosticKind::Assumed {
                        table: place.to_owned(),
                        what: "column header on this page".to_owned(),
                        value: "its figures in the order of the columns above".to_owned(),
                    },
                );
            }
        } else {
            // Rows without any header: columns from the figures themselves.
            let built = Columns::from_header(shape, &[], &data);
            out.extend(built.header_rows(data.first().map_or(0, |l| l.number)));
            layout = Some(built);
        }
        let Some(columns) = layout.as_ref() else {
            continue;
        };
        let ordinal = !header_here;
        let columns = if ordinal {
            columns.starting_as(&data)
        } else {
            columns.clone()
        };
        for (line, name) in data.iter().zip(names) {
            if let Some(row) = columns.row(line, name, ordinal, &data, place, doc) {
                out.push(row);
            }
        }
    }
    out
}

/// A cell of the header: its text (wrapped lines joined), extent and lines.
#[derive(Debug, Clone)]
struct Cell {
    start: usize,
    end: usize,
    top: usize,
    bottom: usize,
    text: String,
}

impl Cell {
    fn centre2(&self) -> usize {
        self.start.saturating_add(self.end)
    }

    fn overlaps(&self, start: usize, end: usize) -> bool {
        self.start < end && start < self.end
    }
}

/// Groups the header's tokens into cells: a token continues the cell above it when it is on
/// the next line or the one after, starts or is centred at the same place, and nothing printed
/// between them overlaps.
fn header_cells(head: &[Body]) -> Vec<Cell> {
    let mut cells: Vec<Cell> = Vec::new();
    for line in head {
        for token in &line.tokens {
            let found = cells.iter().rposition(|cell| {
                let gap = line.number.saturating_sub(cell.bottom);
                let aligned = cell.start.abs_diff(token.start) <= 1
                    || cell.centre2().abs_diff(token.centre2()) <= 3;
                // One line between them: it must print something (another cell centred
                // beside this one), and nothing over this cell.
                let between = head
                    .iter()
                    .filter(|l| l.number > cell.bottom && l.number < line.number)
                    .collect::<Vec<_>>();
                let between_ok = gap == 1
                    || gap == 2
                        && !between.is_empty()
                        && between.iter().all(|l| {
                            l.tokens.iter().all(|t| {
                                !(t.start < cell.end.max(token.end)
                                    && cell.start.min(token.start) < t.end)
                            })
                        });
                // A word of two characters or fewer (收入, 支出, 合计) never wraps.
                let wraps = cell.text.chars().count() > 2;
                wraps && aligned && cell.overlaps(token.start, token.end) && between_ok
            });
            match found.and_then(|k| cells.get_mut(k)) {
                Some(cell) => {
                    cell.text.push_str(&compact(&token.text));
                    cell.start = cell.start.min(token.start);
                    cell.end = cell.end.max(token.end);
                    cell.bottom = line.number;
                }
                None => cells.push(Cell {
                    start: token.start,
                    end: token.end,
                    top: line.number,
                    bottom: line.number,
                    text: compact(&token.text).into_owned(),
                }),
            }
        }
    }
    cells
}

/// A column of the header: where it is printed and its names, top level first.
#[derive(Debug, Clone)]
struct Column {
    start: usize,
    end: usize,
    names: Vec<String>,
}

impl Column {
    fn centre2(&self) -> usize {
        self.start.saturating_add(self.end)
    }
}

/// Whether a header cell names a label column.
fn is_label(text: &str) -> bool {
    ["编码", "代码", "名称", "科目", "功能分类", "经济分类"]
        .iter()
        .any(|w| text.contains(w))
        || ["项目", "类", "款", "项"].contains(&text)
}

/// The columns of the header, lowest cells first, each with the cells above it that cover it.
fn header_columns(head: &[Body]) -> Vec<Column> {
    let cells = header_cells(head);
    let mut order: Vec<usize> = (0..cells.len()).collect();
    order.sort_by_key(|k| core::cmp::Reverse(cells.get(*k).map_or(0, |c| c.bottom)));
    // The lowest cells: nothing below them overlaps them or is split around their centre.
    let mut leaves: Vec<usize> = Vec::new();
    let mut parents: Vec<usize> = Vec::new();
    let mut k = 0_usize;
    while let Some(first) = order.get(k).and_then(|i| cells.get(*i)) {
        let bottom = first.bottom;
        let group: Vec<usize> = order
            .iter()
            .skip(k)
            .take_while(|i| cells.get(**i).is_some_and(|c| c.bottom == bottom))
            .copied()
            .collect();
        k = k.saturating_add(group.len());
        let mut new_leaves = Vec::new();
        for index in group {
            let Some(cell) = cells.get(index) else {
                continue;
            };
            let below: Vec<&Cell> = leaves
                .iter()
                .filter_map(|l| cells.get(*l))
                .filter(|l| l.top > cell.bottom)
                .collect();
            let over = below.iter().any(|l| cell.overlaps(l.start, l.end));
            let left = below
                .iter()
                .filter(|l| l.end <= cell.start)
                .max_by_key(|l| l.end);
            let right = below
                .iter()
                .filter(|l| l.start >= cell.end)
                .min_by_key(|l| l.start);
            let bracketed = match (left, right) {
                (Some(l), Some(r)) => {
                    l.start.saturating_add(r.end).abs_diff(cell.centre2()) <= CENTRE_TOLERANCE
                }
                _ => false,
            };
            if over || bracketed {
                parents.push(index);
            } else {
                new_leaves.push(index);
            }
        }
        leaves.extend(new_leaves);
    }
    leaves.sort_by_key(|l| cells.get(*l).map_or(0, |c| c.start));
    // Units: runs of leaves covered by one cell so far.
    #[derive(Clone)]
    struct Unit {
        first: usize,
        last: usize,
        start: usize,
        end: usize,
        top: usize,
    }
    let mut units: Vec<Unit> = leaves
        .iter()
        .enumerate()
        .filter_map(|(n, l)| {
            cells.get(*l).map(|c| Unit {
                first: n,
                last: n,
                start: c.start,
                end: c.end,
                top: c.top,
            })
        })
        .collect();
    let mut paths: Vec<Vec<String>> = leaves
        .iter()
        .map(|l| vec![cells.get(*l).map(|c| c.text.clone()).unwrap_or_default()])
        .collect();
    // The leaves a parent must cover: those it overlaps, else the two around it.
    let must_of = |cell: &Cell| -> Vec<usize> {
        let below: Vec<(usize, &Cell)> = leaves
            .iter()
            .enumerate()
            .filter_map(|(n, l)| cells.get(*l).map(|c| (n, c)))
            .filter(|(_, c)| c.top > cell.bottom)
            .collect();
        let over: Vec<usize> = below
            .iter()
            .filter(|(_, c)| cell.overlaps(c.start, c.end))
            .map(|(n, _)| *n)
            .collect();
        if !over.is_empty() {
            return over;
        }
        let left = below
            .iter()
            .filter(|(_, c)| c.end <= cell.start)
            .max_by_key(|(_, c)| c.end)
            .map(|(n, _)| *n);
        let right = below
            .iter()
            .filter(|(_, c)| c.start >= cell.end)
            .min_by_key(|(_, c)| c.start)
            .map(|(n, _)| *n);
        left.into_iter().chain(right).collect()
    };
    let label_leaf: Vec<bool> = leaves
        .iter()
        .map(|l| cells.get(*l).is_some_and(|c| is_label(&c.text)))
        .collect();
    for index in parents.clone() {
        let Some(cell) = cells.get(index) else {
            continue;
        };
        let below = |u: &Unit| u.top > cell.bottom;
        // Leaves claimed by the other parents printed beside this one.
        let claimed: Vec<usize> = parents
            .iter()
            .filter(|p| **p != index)
            .filter_map(|p| cells.get(*p))
            .filter(|p| p.top <= cell.bottom && cell.top <= p.bottom)
            .flat_map(&must_of)
            .collect();
        let must_leaves = must_of(cell);
        let kinds: Vec<bool> = must_leaves
            .iter()
            .filter_map(|l| label_leaf.get(*l).copied())
            .collect();
        let mixed = kinds.iter().any(|k| *k) && kinds.iter().any(|k| !*k);
        let free = |u: &Unit| {
            below(u)
                && (u.first..=u.last).all(|l| {
                    must_leaves.contains(&l)
                        || !claimed.contains(&l)
                            && (mixed || kinds.first().is_none_or(|k| label_leaf.get(l) == Some(k)))
                })
        };
        let must: Vec<usize> = (0..units.len())
            .filter(|u| {
                units
                    .get(*u)
                    .is_some_and(|u| (u.first..=u.last).any(|l| must_leaves.contains(&l)))
            })
            .collect();
        let (Some(&lo), Some(&hi)) = (must.iter().min(), must.iter().max()) else {
            continue;
        };
        if (lo..=hi).any(|u| !units.get(u).is_some_and(below)) {
            continue;
        }
        // The widest run centred under the cell (else the best centred).
        let mut best: Option<(usize, usize, usize)> = None;
        let mut a = lo;
        loop {
            let mut b = hi;
            loop {
                if let (Some(ua), Some(ub)) = (units.get(a), units.get(b)) {
                    let diff = ua.start.saturating_add(ub.end).abs_diff(cell.centre2());
                    let width = b.saturating_sub(a);
                    let better = match best {
                        None => true,
                        Some((_, _, d)) if d > CENTRE_TOLERANCE => diff < d,
                        Some((ba, bb, _)) => {
                            diff <= CENTRE_TOLERANCE && width > bb.saturating_sub(ba)
                        }
                    };
                    if better {
                        best = Some((a, b, diff));
                    }
                }
                if !units.get(b.saturating_add(1)).is_some_and(free) {
                    break;
                }
                b = b.saturating_add(1);
            }
            if a == 0 || !units.get(a.saturating_sub(1)).is_some_and(free) {
                break;
            }
            a = a.saturating_sub(1);
        }
        let Some((a, b, _)) = best else {
            continue;
        };
        let (Some(ua), Some(ub)) = (units.get(a).cloned(), units.get(b).cloned()) else {
            continue;
        };
        for leaf in ua.first..=ub.last {
            if let Some(path) = paths.get_mut(leaf) {
                path.insert(0, cell.text.clone());
            }
        }
        let merged = Unit {
            first: ua.first,
            last: ub.last,
            start: ua.start,
            end: ub.end,
            top: cell.top,
        };
        units.splice(a..=b, [merged]);
    }
    leaves
        .iter()
        .zip(paths)
        .filter_map(|(l, names)| {
            cells.get(*l).map(|c| Column {
                start: c.start,
                end: c.end,
                names,
            })
        })
        .collect()
}

/// The columns of a table: where its labels and values are printed.
#[derive(Debug, Clone)]
struct Columns {
    shape: Shape,
    geometry: Geometry,
    /// Per block (side of a summary table, block of 公开06表): where it starts and its value
    /// columns.
    blocks: Vec<Block>,
}

#[derive(Debug, Clone)]
struct Block {
    /// Where the block's label (code or item) starts.
    start: usize,
    /// Where its name starts, when known from the rows.
    values: Vec<Column>,
    /// The label header of the block (项目, or 科目编码 and 科目名称).
    labels: Vec<String>,
}

impl Columns {
    fn from_header(shape: Shape, head: &[Body], data: &[Body]) -> Columns {
        let columns = header_columns(head);
        let item_starts: Vec<usize> = columns
            .iter()
            .filter(|c| c.names.last().is_some_and(|n| n.contains("项目")))
            .map(|c| c.start)
            .collect();
        let code_starts = block_starts(data);
        let values = |c: &Column| c.names.last().is_some_and(|n| !is_label(n));
        let blocks = match shape {
            Shape::Summary => {
                let split = side_split(data).or_else(|| item_starts.get(1).copied());
                let (left, right): (Vec<Column>, Vec<Column>) = columns
                    .iter()
                    .filter(|c| values(c))
                    .cloned()
                    .partition(|c| split.is_none_or(|s| c.end <= s));
                vec![
                    Block {
                        start: 0,
                        values: left,
                        labels: vec!["项目".to_owned()],
                    },
                    Block {
                        start: split.unwrap_or(usize::MAX),
                        values: right,
                        labels: vec!["项目".to_owned()],
                    },
                ]
            }
            Shape::Blocks => {
                let starts = if code_starts.len() > 1 {
                    code_starts
                } else {
                    let mut s: Vec<usize> = columns
                        .iter()
                        .filter(|c| {
                            c.names
                                .iter()
                                .any(|n| n.contains("编码") || n.contains("代码"))
                        })
                        .map(|c| c.start)
                        .collect();
                    s.dedup();
                    if s.is_empty() { vec![0] } else { s }
                };
                let mut blocks: Vec<Block> = Vec::new();
                for (n, start) in starts.iter().enumerate() {
                    let next = starts.get(n.saturating_add(1)).copied();
                    let values: Vec<Column> = columns
                        .iter()
                        .filter(|c| values(c))
                        .filter(|c| {
                            c.end > *start && next.is_none_or(|nx| c.end <= nx.saturating_add(1))
                        })
                        .cloned()
                        .collect();
                    blocks.push(Block {
                        start: *start,
                        values,
                        labels: vec!["科目编码".to_owned(), "科目名称".to_owned()],
                    });
                }
                blocks
            }
            Shape::Values => vec![Block {
                start: 0,
                values: columns.iter().filter(|c| values(c)).cloned().collect(),
                labels: Vec::new(),
            }],
            Shape::Info => vec![Block {
                start: 0,
                values: columns.iter().filter(|c| values(c)).cloned().collect(),
                labels: vec!["项目".to_owned()],
            }],
            Shape::Classified => vec![Block {
                start: 0,
                values: columns.iter().filter(|c| values(c)).cloned().collect(),
                labels: vec!["科目编码".to_owned(), "科目名称".to_owned()],
            }],
        };
        let geometry = match shape {
            Shape::Summary => Geometry::of_sides(blocks.get(1).map(|b| b.start)),
            Shape::Blocks => {
                let mut g = Geometry::of_codes(data);
                g.code_x = blocks.iter().map(|b| b.start).collect();
                if g.name_x.len() != g.code_x.len() {
                    g.name_x = vec![None; g.code_x.len()];
                }
                g
            }
            _ => Geometry::default(),
        };
        let mut columns = Columns {
            shape,
            geometry,
            blocks,
        };
        if head.is_empty() {
            columns.columns_from_figures(data);
        }
        columns
    }

    /// Without a header: one column per run of figures, named by its position.
    fn columns_from_figures(&mut self, data: &[Body]) {
        let starts: Vec<usize> = self.blocks.iter().map(|b| b.start).collect();
        for (n, block) in self.blocks.iter_mut().enumerate() {
            let next = starts.get(n.saturating_add(1)).copied();
            let mut centres: Vec<(usize, usize)> = data
                .iter()
                .flat_map(|l| l.tokens.iter())
                .filter(|t| is_value(&t.text))
                .filter(|t| t.start >= block.start && next.is_none_or(|nx| t.start < nx))
                .map(|t| (t.start, t.end))
                .collect();
            centres.sort_by_key(|(s, e)| s.saturating_add(*e));
            let mut columns: Vec<Column> = Vec::new();
            for (s, e) in centres {
                match columns.last_mut() {
                    Some(last) if last.centre2().abs_diff(s.saturating_add(e)) <= 6 => {
                        last.start = last.start.min(s);
                        last.end = last.end.max(e);
                    }
                    _ => columns.push(Column {
                        start: s,
                        end: e,
                        names: Vec::new(),
                    }),
                }
            }
            block.values = columns;
        }
    }

    fn values_count(&self) -> usize {
        self.blocks.iter().map(|b| b.values.len()).sum()
    }

    /// Where each block's columns start in the grid.
    fn offsets(&self) -> Vec<usize> {
        let mut at = 0_usize;
        self.blocks
            .iter()
            .map(|b| {
                let here = at;
                at = at
                    .saturating_add(b.labels.len())
                    .saturating_add(b.values.len());
                here
            })
            .collect()
    }

    fn width(&self) -> usize {
        self.blocks
            .iter()
            .map(|b| b.labels.len().saturating_add(b.values.len()))
            .sum()
    }

    /// The header as rows of the grid: one row per level, a group's name over every column it
    /// covers; the label headers on the lowest row.
    fn header_rows(&self, line: usize) -> Vec<Row> {
        let depth = self
            .blocks
            .iter()
            .flat_map(|b| b.values.iter())
            .map(|c| c.names.len())
            .max()
            .unwrap_or(0)
            .max(1);
        let width = self.width();
        let mut rows: Vec<Row> = (0..depth)
            .map(|_| Row::new(0, vec![String::new(); width]))
            .collect();
        for (block, offset) in self.blocks.iter().zip(self.offsets()) {
            for (n, label) in block.labels.iter().enumerate() {
                if let Some(cell) = rows
                    .last_mut()
                    .and_then(|r| r.cells.get_mut(offset.saturating_add(n)))
                {
                    label.clone_into(cell);
                }
            }
            let first_value = offset.saturating_add(block.labels.len());
            for (n, column) in block.values.iter().enumerate() {
                let names: Vec<&String> = column
                    .names
                    .iter()
                    .filter(|name| {
                        self.shape != Shape::Summary || !matches!(name.as_str(), "收入" | "支出")
                    })
                    .collect();
                for (level, name) in names.iter().enumerate() {
                    if let Some(cell) = rows
                        .get_mut(level)
                        .and_then(|r| r.cells.get_mut(first_value.saturating_add(n)))
                    {
                        (*name).clone_into(cell);
                    }
                }
            }
        }
        rows.into_iter()
            .map(|r| Row::new(line, r.cells))
            .filter(|r| !r.is_empty())
            .collect()
    }

    /// A 栏次 line as a row of the grid.
    fn numbering_row(&self, line: &Body) -> Row {
        let mut cells = vec![String::new(); self.width()];
        for token in &line.tokens {
            if compact(&token.text) == "栏次" {
                if let Some(cell) = cells.first_mut() {
                    "栏次".clone_into(cell);
                }
            } else if let Some((at, _)) = self.nearest(token, None)
                && let Some(cell) = cells.get_mut(at)
            {
                token.text.clone_into(cell);
            }
        }
        Row::new(line.number, cells)
    }

    /// The block a token belongs to.
    fn block_of(&self, token: &Token) -> usize {
        self.geometry.block(token)
    }

    /// The same columns with the blocks starting where this page prints them (a page without
    /// header may place the sides of a summary table or the blocks of 公开06表 elsewhere).
    fn starting_as(&self, data: &[Body]) -> Columns {
        let mut columns = self.clone();
        let starts: Vec<usize> = match self.shape {
            Shape::Summary => side_split(data).map(|s| vec![0, s]).unwrap_or_default(),
            Shape::Blocks => block_starts(data),
            _ => Vec::new(),
        };
        if starts.len() == columns.blocks.len() {
            for (block, start) in columns.blocks.iter_mut().zip(starts) {
                block.start = start;
            }
            columns.geometry = match self.shape {
                Shape::Summary => Geometry::of_sides(columns.blocks.get(1).map(|b| b.start)),
                _ => Geometry::of_codes(data),
            };
        }
        columns
    }

    /// The grid column nearest to a figure (within its block, or `block` if given), and the
    /// distance.
    fn nearest(&self, token: &Token, block: Option<usize>) -> Option<(usize, usize)> {
        let block = block.unwrap_or_else(|| self.block_of(token));
        let offset = self.offsets().get(block).copied()?;
        let b = self.blocks.get(block)?;
        b.values
            .iter()
            .enumerate()
            .map(|(n, c)| {
                (
                    offset.saturating_add(b.labels.len()).saturating_add(n),
                    c.centre2().abs_diff(token.centre2()),
                )
            })
            .min_by_key(|(_, d)| *d)
    }

    /// One printed row as a row of the grid; what cannot be placed is reported.
    fn row(
        &self,
        line: &Body,
        names: Vec<String>,
        ordinal: bool,
        segment: &[Body],
        place: &str,
        doc: &mut Document,
    ) -> Option<Row> {
        let mut cells = vec![String::new(); self.width()];
        let offsets = self.offsets();
        let mut placed_any = false;
        // Names first (wrapped lines already joined, per block).
        for ((block, name), offset) in self.blocks.iter().zip(&names).zip(&offsets) {
            if name.is_empty() {
                continue;
            }
            let at = if block.labels.len() > 1 {
                offset.saturating_add(1)
            } else {
                *offset
            };
            if let Some(cell) = cells.get_mut(at) {
                name.clone_into(cell);
                placed_any = true;
            }
        }
        // Codes and figures.
        let mut ordinal_next: Vec<usize> = vec![0; self.blocks.len()];
        let ordinal_columns: Vec<Vec<usize>> = if ordinal {
            self.ordinal_columns(segment)
        } else {
            Vec::new()
        };
        for (index, token) in line.tokens.iter().enumerate() {
            let block = self.block_of(token);
            let offset = offsets.get(block).copied().unwrap_or(0);
            let labels = self.blocks.get(block).map_or(0, |b| b.labels.len());
            if is_code(&token.text)
                && labels > 1
                && !is_value_position(self, token, block)
                && let Some(cell) = cells.get_mut(offset).filter(|c| c.is_empty())
            {
                token.text.clone_into(cell);
                placed_any = true;
                continue;
            }
            if !is_value(&token.text) && self.shape == Shape::Values {
                doc.note(
                    line.number,
                    &line.text,
                    DiagnosticKind::UnreadCell {
                        table: place.to_owned(),
                        column: index.saturating_add(1),
                        reason: format!("\"{}\" is no figure of the table", token.text),
                    },
                );
                continue;
            }
            if is_value(&token.text) {
                let target = if ordinal {
                    let k = ordinal_next.get(block).copied().unwrap_or(0);
                    let cluster = ordinal_columns
                        .get(block)
                        .and_then(|clusters| {
                            clusters
                                .iter()
                                .position(|c| c.abs_diff(token.centre2()) <= 6)
                        })
                        .unwrap_or(k);
                    if let Some(next) = ordinal_next.get_mut(block) {
                        *next = cluster.saturating_add(1);
                    }
                    (cluster < self.blocks.get(block).map_or(0, |b| b.values.len()))
                        .then(|| offset.saturating_add(labels).saturating_add(cluster))
                } else {
                    self.nearest(token, Some(block)).map(|(at, _)| at)
                };
                match target.and_then(|at| cells.get_mut(at).map(|c| (at, c))) {
                    Some((_, cell)) if cell.is_empty() => {
                        token.text.clone_into(cell);
                        placed_any = true;
                    }
                    _ => doc.note(
                        line.number,
                        &line.text,
                        DiagnosticKind::UnreadCell {
                            table: place.to_owned(),
                            column: index.saturating_add(1),
                            reason: format!(
                                "\"{}\" lies under no free column of the table",
                                token.text
                            ),
                        },
                    ),
                }
            }
        }
        placed_any.then(|| Row::new(line.number, cells))
    }

    /// Whether a code-like token is the code of its block's row (first on the line, or where the
    /// block starts).
    fn starts_block(&self, token: &Token, index: usize) -> bool {
        index == 0
            || self
                .blocks
                .get(self.block_of(token))
                .is_some_and(|b| token.start <= b.start.saturating_add(4))
    }

    /// Per block, the centres of the runs of figures on a page without header, left to right.
    fn ordinal_columns(&self, segment: &[Body]) -> Vec<Vec<usize>> {
        (0..self.blocks.len())
            .map(|block| {
                let mut centres: Vec<usize> = segment
                    .iter()
                    .flat_map(|l| l.tokens.iter().enumerate())
                    .filter(|(k, t)| {
                        is_value(&t.text)
                            && self.block_of(t) == block
                            && !(is_code(&t.text) && self.starts_block(t, *k))
                    })
                    .map(|(_, t)| t.centre2())
                    .collect();
                centres.sort_unstable();
                let mut runs: Vec<usize> = Vec::new();
                for c in centres {
                    match runs.last_mut() {
                        Some(last) if last.abs_diff(c) <= 6 => {}
                        _ => runs.push(c),
                    }
                }
                runs
            })
            .collect()
    }
}

/// Whether a code-like token stands where the block's values are (an integer figure).
fn is_value_position(columns: &Columns, token: &Token, block: usize) -> bool {
    columns
        .nearest(token, Some(block))
        .is_some_and(|(_, d)| d <= 2)
        && columns.blocks.get(block).is_some_and(|b| {
            b.values
                .first()
                .is_some_and(|c| token.start.saturating_add(2) >= c.start)
        })
}

/// Joins a code printed alone on its line to the name and figures printed on the next line
/// (pdftotext sets a code a little higher than the rest of its row).
fn join_lone_codes(shape: Shape, mut data: Vec<Body>) -> Vec<Body> {
    if !matches!(shape, Shape::Classified | Shape::Blocks) {
        return data;
    }
    let geometry = if shape == Shape::Blocks {
        Geometry::of_codes(&data)
    } else {
        Geometry::default()
    };
    let blocks = geometry.code_x.len().max(1);
    let mut n = 0_usize;
    while n.saturating_add(1) < data.len() {
        for block in 0..blocks {
            let in_block = |l: &Body| -> Vec<usize> {
                (0..l.tokens.len())
                    .filter(|k| l.tokens.get(*k).is_some_and(|t| geometry.block(t) == block))
                    .collect()
            };
            let (Some(this), Some(next)) = (data.get(n), data.get(n.saturating_add(1))) else {
                break;
            };
            let mine = in_block(this);
            let theirs = in_block(next);
            let lone_code = mine.len() == 1
                && mine
                    .first()
                    .and_then(|k| this.tokens.get(*k))
                    .is_some_and(|t| is_code(&t.text));
            let next_tokens: Vec<&Token> =
                theirs.iter().filter_map(|k| next.tokens.get(*k)).collect();
            let completes = !next_tokens.is_empty()
                && next_tokens.iter().all(|t| !is_code(&t.text))
                && next_tokens.iter().any(|t| is_value(&t.text))
                && next_tokens.iter().any(|t| !is_value(&t.text));
            if lone_code && completes {
                let moved: Vec<Token> = theirs
                    .iter()
                    .filter_map(|k| next.tokens.get(*k).cloned())
                    .collect();
                if let Some(next) = data.get_mut(n.saturating_add(1)) {
                    let mut k = 0_usize;
                    next.tokens.retain(|_| {
                        let keep = !theirs.contains(&k);
                        k = k.saturating_add(1);
                        keep
                    });
                }
                if let Some(this) = data.get_mut(n) {
                    this.tokens.extend(moved);
                    this.tokens.sort_by_key(|t| t.start);
                }
            }
        }
        n = n.saturating_add(1);
    }
    data.retain(|l| !l.tokens.is_empty());
    data
}

/// The block a token belongs to, given where the blocks start.
fn block_index(starts: &[usize], token: &Token) -> usize {
    starts
        .iter()
        .rposition(|s| token.start.saturating_add(1) >= *s)
        .unwrap_or(0)
}

/// Where the blocks of a table side by side are printed: each block's code position and the
/// position of its names. A code belongs to the block whose code position is nearest, a name
/// to the block whose names start nearest, a figure to the block it follows.
#[derive(Debug, Clone, Default)]
struct Geometry {
    code_x: Vec<usize>,
    name_x: Vec<Option<usize>>,
    /// Whether codes and names are placed by nearness (blocks of 公开06表), not by where the
    /// block starts (the sides of a summary table).
    by_kind: bool,
}

impl Geometry {
    /// The blocks of a table with codes, from its data lines.
    fn of_codes(data: &[Body]) -> Geometry {
        let code_x = block_starts(data);
        let mut geometry = Geometry {
            name_x: vec![None; code_x.len()],
            code_x,
            by_kind: true,
        };
        let mut xs: Vec<Vec<usize>> = vec![Vec::new(); geometry.code_x.len()];
        for line in data {
            for pair in line.tokens.windows(2) {
                if let [code, name] = pair
                    && is_code(&code.text)
                    && !is_value(&name.text)
                    && let Some(x) = xs.get_mut(geometry.nearest_code(code))
                {
                    x.push(name.start);
                }
            }
        }
        for (slot, mut x) in geometry.name_x.iter_mut().zip(xs) {
            x.sort_unstable();
            *slot = x.get(x.len() / 2).copied();
        }
        geometry
    }

    /// The two sides of a summary table, split where the right side's names start.
    fn of_sides(split: Option<usize>) -> Geometry {
        let code_x = match split {
            Some(s) => vec![0, s],
            None => vec![0],
        };
        Geometry {
            name_x: vec![None; code_x.len()],
            code_x,
            by_kind: false,
        }
    }

    fn nearest_code(&self, token: &Token) -> usize {
        (0..self.code_x.len())
            .min_by_key(|b| {
                self.code_x
                    .get(*b)
                    .map_or(usize::MAX, |x| x.abs_diff(token.start))
            })
            .unwrap_or(0)
    }

    fn following(&self, token: &Token) -> usize {
        block_index(&self.code_x, token)
    }

    /// The block a token belongs to.
    fn block(&self, token: &Token) -> usize {
        if self.code_x.len() <= 1 {
            return 0;
        }
        if !self.by_kind || is_value(&token.text) && !is_code(&token.text) {
            return self.following(token);
        }
        if is_code(&token.text) {
            return self.nearest_code(token);
        }
        if self.name_x.iter().all(Option::is_some) {
            return (0..self.name_x.len())
                .min_by_key(|b| {
                    self.name_x
                        .get(*b)
                        .copied()
                        .flatten()
                        .map_or(usize::MAX, |x| x.abs_diff(token.start))
                })
                .unwrap_or(0);
        }
        self.following(token)
    }
}

/// Where the blocks of codes start: the position of the first and of each further code on lines
/// printing several codes.
fn block_starts(data: &[Body]) -> Vec<usize> {
    let mut positions: Vec<Vec<usize>> = Vec::new();
    for line in data {
        let codes = line
            .tokens
            .iter()
            .filter(|t| is_code(&t.text))
            .map(|t| t.start);
        for (n, at) in codes.enumerate() {
            match positions.get_mut(n) {
                Some(p) => p.push(at),
                None => positions.push(vec![at]),
            }
        }
    }
    let mut out: Vec<usize> = Vec::new();
    for mut p in positions {
        p.sort_unstable();
        let Some(median) = p.get(p.len() / 2).copied() else {
            continue;
        };
        // A later block must start right of the one before it.
        if out
            .last()
            .is_none_or(|last| median > last.saturating_add(4))
        {
            out.push(median);
        }
    }
    if out.is_empty() {
        out.push(0);
    }
    out
}

/// Where the right side of a summary table starts: the leftmost name printed after something
/// else on its line.
fn side_split(data: &[Body]) -> Option<usize> {
    data.iter()
        .filter_map(|l| {
            l.tokens
                .iter()
                .skip(1)
                .find(|t| !is_value(&t.text))
                .map(|t| t.start)
        })
        .min()
}

/// The names of each data line, per block: the name printed on the line with the wrapped
/// lines that belong to it; wrapped lines are taken out of `data`'s reach (they are not rows)
/// and, above the first row, out of the header.
fn names_of(
    shape: Shape,
    head: &mut Vec<Body>,
    data: &[Body],
    doc: &mut Document,
    place: &str,
) -> Vec<Vec<String>> {
    match shape {
        Shape::Summary => summary_names(data),
        Shape::Values => data.iter().map(|_| Vec::new()).collect(),
        Shape::Info => data
            .iter()
            .map(|l| {
                vec![
                    l.tokens
                        .iter()
                        .filter(|t| !is_value(&t.text))
                        .map(|t| compact(&t.text).into_owned())
                        .collect::<String>(),
                ]
            })
            .collect(),
        Shape::Classified | Shape::Blocks => {
            let (names, unplaced) = coded_names(shape, head, data);
            for n in unplaced {
                if let Some(line) = data.get(n) {
                    doc.note(
                        line.number,
                        &line.text,
                        DiagnosticKind::UnplacedLine {
                            table: place.to_owned(),
                        },
                    );
                }
            }
            names
        }
    }
}

/// Names of a summary table: per side, the text before its figures; a short word without
/// enumerator and without figures beside it ("出") ends the name above it.
fn summary_names(data: &[Body]) -> Vec<Vec<String>> {
    let split = side_split(data).unwrap_or(usize::MAX);
    let side_of = |t: &Token| usize::from(t.start.saturating_add(1) >= split);
    let mut names: Vec<Vec<String>> = data
        .iter()
        .map(|l| {
            let mut sides = vec![String::new(), String::new()];
            for t in l.tokens.iter().filter(|t| !is_value(&t.text)) {
                if let Some(s) = sides.get_mut(side_of(t)) {
                    s.push_str(&compact(&t.text));
                }
            }
            sides
        })
        .collect();
    for side in 0..2_usize {
        let mut last: Option<usize> = None;
        for (n, line) in data.iter().enumerate() {
            let text = names
                .get(n)
                .and_then(|s| s.get(side))
                .cloned()
                .unwrap_or_default();
            if text.is_empty() {
                continue;
            }
            let values_here = line
                .tokens
                .iter()
                .any(|t| is_value(&t.text) && side_of(t) == side);
            let other_side_empty = names
                .get(n)
                .and_then(|s| s.get(1_usize.saturating_sub(side)))
                .is_none_or(String::is_empty);
            let continues = other_side_empty
                && text.chars().count() <= 4
                && !starts_with_chinese_enumerator(&text)
                && !text.contains("合计")
                && !text.contains("总计")
                && !values_here;
            match last {
                Some(above) if continues => {
                    if let Some(slot) = names.get_mut(above).and_then(|s| s.get_mut(side)) {
                        slot.push_str(&text);
                    }
                    if let Some(slot) = names.get_mut(n).and_then(|s| s.get_mut(side)) {
                        slot.clear();
                    }
                }
                _ => last = Some(n),
            }
        }
    }
    names
}

/// Names of the rows of a table with codes, per block, with wrapped lines put back; and the
/// data lines holding a wrapped piece that no row could take.
fn coded_names(
    shape: Shape,
    head: &mut Vec<Body>,
    data: &[Body],
) -> (Vec<Vec<String>>, Vec<usize>) {
    let mut unplaced: Vec<usize> = Vec::new();
    let geometry = if shape == Shape::Blocks {
        Geometry::of_codes(data)
    } else {
        Geometry::default()
    };
    let starts: Vec<usize> = if geometry.code_x.is_empty() {
        vec![0]
    } else {
        geometry.code_x.clone()
    };
    let block_of = |t: &Token| geometry.block(t);
    let mut names: Vec<Vec<String>> = data
        .iter()
        .map(|_| vec![String::new(); starts.len()])
        .collect();
    // Where names start in each block, from the rows printing code and name.
    let name_x: Vec<Option<usize>> = (0..starts.len())
        .map(|b| {
            let mut xs: Vec<usize> = data
                .iter()
                .filter_map(|l| {
                    let mut in_block = l.tokens.iter().filter(|t| block_of(t) == b);
                    let first = in_block.next()?;
                    let second = in_block.next()?;
                    (is_code(&first.text) && !is_value(&second.text)).then_some(second.start)
                })
                .collect();
            xs.sort_unstable();
            xs.get(xs.len() / 2).copied()
        })
        .collect();
    for (b, x) in name_x.iter().enumerate() {
        // Per block: each line is an anchor (code, total, figures), a wrapped piece of a name,
        // or nothing in this block.
        #[derive(Clone, Copy, PartialEq)]
        enum Kind {
            Anchor,
            Piece,
            Empty,
        }
        let in_block = |l: &Body| -> Vec<Token> {
            l.tokens
                .iter()
                .filter(|t| block_of(t) == b)
                .cloned()
                .collect()
        };
        let mut kinds: Vec<Kind> = Vec::new();
        let mut texts: Vec<String> = Vec::new();
        let mut has_name: Vec<bool> = Vec::new();
        for line in data {
            let tokens = in_block(line);
            let code = tokens.first().is_some_and(|t| is_code(&t.text));
            let values = tokens.iter().any(|t| is_value(&t.text));
            let words: String = tokens
                .iter()
                .filter(|t| !(is_value(&t.text) || is_code(&t.text) && code))
                .map(|t| compact(&t.text).into_owned())
                .collect();
            let anchor = code
                || values
                || tokens.first().is_some_and(|t| {
                    is_total(&t.text)
                        || is_placeholder(&t.text)
                        || compact(&t.text).ends_with("经费合计")
                });
            let piece = !anchor && !words.is_empty();
            kinds.push(if anchor {
                Kind::Anchor
            } else if piece {
                Kind::Piece
            } else {
                Kind::Empty
            });
            has_name.push(anchor && !words.is_empty());
            texts.push(words);
        }
        // Pieces above the first anchor, from the end of the header.
        let mut head_pieces: Vec<usize> = Vec::new();
        if b == 0 || shape == Shape::Blocks {
            for (n, line) in head.iter().enumerate().rev() {
                let tokens = in_block(line);
                let fits = tokens.len() == 1
                    && tokens.first().is_some_and(|t| {
                        !is_value(&t.text)
                            && x.is_some_and(|x| {
                                t.start.saturating_add(3) >= x && t.start <= x.saturating_add(3)
                            })
                    })
                    && line.tokens.len() == 1;
                if !fits {
                    break;
                }
                head_pieces.insert(0, n);
            }
        }
        let anchors: Vec<usize> = (0..kinds.len())
            .filter(|n| kinds.get(*n) == Some(&Kind::Anchor))
            .collect();
        if anchors.is_empty() {
            unplaced.extend((0..kinds.len()).filter(|n| kinds.get(*n) == Some(&Kind::Piece)));
            continue;
        }
        // Runs of pieces: before the first anchor, between anchors, after the last.
        let pieces_between = |from: Option<usize>, to: Option<usize>| -> Vec<usize> {
            let lo = from.map_or(0, |f| f.saturating_add(1));
            let hi = to.unwrap_or(kinds.len());
            (lo..hi)
                .filter(|n| kinds.get(*n) == Some(&Kind::Piece))
                .collect()
        };
        let mut runs: Vec<Vec<usize>> = Vec::new();
        runs.push(pieces_between(None, anchors.first().copied()));
        for w in anchors.windows(2) {
            if let [a, c] = w {
                runs.push(pieces_between(Some(*a), Some(*c)));
            }
        }
        runs.push(pieces_between(anchors.last().copied(), None));
        let count = |r: Option<&Vec<usize>>| i64::try_from(r.map_or(0, Vec::len)).unwrap_or(0);
        let m0 = count(runs.first()).saturating_add(i64::try_from(head_pieces.len()).unwrap_or(0));
        // a_k = c_k + s_k t, with t the pieces above the first anchor.
        let mut lo = 0_i64;
        let mut hi = m0;
        let mut c = 0_i64;
        let mut s = 1_i64;
        let mut coeffs: Vec<(i64, i64)> = Vec::new();
        for (k, anchor) in anchors.iter().enumerate() {
            if k > 0 {
                let m = count(runs.get(k));
                c = m.saturating_sub(c);
                s = s.saturating_neg();
            }
            coeffs.push((c, s));
            let need = i64::from(!has_name.get(*anchor).copied().unwrap_or(true));
            if s > 0 {
                lo = lo.max(need.saturating_sub(c));
            } else {
                hi = hi.min(c.saturating_sub(need));
            }
        }
        let last_run = count(runs.last());
        if let Some((c, s)) = coeffs.last() {
            if *s > 0 {
                hi = hi.min(last_run.saturating_sub(*c));
            } else {
                lo = lo.max(c.saturating_sub(last_run));
            }
        }
        let above_below: Vec<(usize, usize)> = if lo <= hi {
            coeffs
                .iter()
                .map(|(c, s)| {
                    let a = usize::try_from(c.saturating_add(s.saturating_mul(lo))).unwrap_or(0);
                    (a, a)
                })
                .collect()
        } else {
            // Not centred: each run goes to the row below it if that prints no name, else to
            // the row above.
            let mut ab = vec![(0_usize, 0_usize); anchors.len()];
            for (k, run) in runs.iter().enumerate() {
                let below_anchor = anchors.get(k);
                let lower_lacks =
                    below_anchor.is_some_and(|a| !has_name.get(*a).copied().unwrap_or(true));
                if (lower_lacks || k == 0) && k < anchors.len() {
                    if let Some(slot) = ab.get_mut(k) {
                        slot.0 =
                            run.len()
                                .saturating_add(if k == 0 { head_pieces.len() } else { 0 });
                    }
                } else if let Some(slot) = ab.get_mut(k.saturating_sub(1)) {
                    slot.1 = run.len();
                }
            }
            ab
        };
        // Assign.
        let mut used_head = 0_usize;
        let mut assigned: Vec<usize> = Vec::new();
        for (k, anchor) in anchors.iter().enumerate() {
            let (above, below) = above_below.get(k).copied().unwrap_or((0, 0));
            let mut parts: Vec<String> = Vec::new();
            // Above: the last `above` pieces of the run before it (and of the header).
            let run_above = runs.get(k).cloned().unwrap_or_default();
            let from_run = above.min(run_above.len());
            let from_head = if k == 0 {
                above.saturating_sub(from_run).min(head_pieces.len())
            } else {
                0
            };
            if from_head > 0 {
                let skip = head_pieces.len().saturating_sub(from_head);
                for n in head_pieces.iter().skip(skip) {
                    if let Some(line) = head.get(*n) {
                        parts.extend(in_block(line).iter().map(|t| compact(&t.text).into_owned()));
                    }
                }
                used_head = from_head;
            }
            for n in run_above
                .iter()
                .skip(run_above.len().saturating_sub(from_run))
            {
                parts.push(texts.get(*n).cloned().unwrap_or_default());
                assigned.push(*n);
            }
            parts.push(texts.get(*anchor).cloned().unwrap_or_default());
            let run_below = runs.get(k.saturating_add(1)).cloned().unwrap_or_default();
            for n in run_below.iter().take(below) {
                parts.push(texts.get(*n).cloned().unwrap_or_default());
                assigned.push(*n);
            }
            if let Some(slot) = names.get_mut(*anchor).and_then(|v| v.get_mut(b)) {
                *slot = parts.concat();
            }
        }
        if used_head > 0 {
            let keep = head_pieces.len().saturating_sub(used_head);
            let drop: Vec<usize> = head_pieces.iter().skip(keep).copied().collect();
            let mut n = 0_usize;
            head.retain(|_| {
                let keep = !drop.contains(&n);
                n = n.saturating_add(1);
                keep
            });
        }
        for (n, kind) in kinds.iter().enumerate() {
            if *kind == Kind::Piece && !assigned.contains(&n) {
                unplaced.push(n);
            }
        }
    }
    (names, unplaced)
}
