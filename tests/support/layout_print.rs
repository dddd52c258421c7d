//! A disclosure printed as `pdftotext -layout` text, for tests that read it back.
//!
//! The printer knows nothing of the layout reader. It takes the tables as the crate prints them
//! (the header rows with the columns and rows each cell spans, the body rows with every cell as
//! printed: blank, 0.00 and —— kept apart) from `html::disclosure_page`, and lays them out the
//! way a PDF table comes out of `pdftotext -layout`: one glyph a character cell (pdftotext
//! prints a full-width character in one cell, as the Putuo text shows), every column as wide as
//! its widest cell, a header cell centred horizontally over the columns it spans and vertically
//! over the header rows it spans, names and codes starting at their column's left edge, figures
//! ending at its right edge. The 说明 follows under its headings, each statement a paragraph
//! justified to a text width counted as a reader sees it (a full-width character is two
//! columns wide): every line of a paragraph but its last is as wide as the text allows.

use final_accounts::disclosure::{Disclosure, LineRole};
use final_accounts::finding::Lang;
use final_accounts::html::disclosure_page;

/// Where things go on the printed page.
#[derive(Debug, Clone, Copy)]
pub struct Geometry {
    /// Spaces between two columns (at least two: one space joins words).
    pub gap: usize,
    /// The width of a 说明 line, full-width characters counting two.
    pub text_width: usize,
    /// Spaces before a paragraph's first line.
    pub indent: usize,
    /// Spaces before a table's first column.
    pub margin: usize,
    /// Lines from one header row to the next (a PDF header row is a box taller than its
    /// text; a cell spanning rows is centred between them).
    pub head_rows: usize,
    /// Whether a header cell spanning rows is printed on the middle line of its span (else on
    /// its first line, beside the groups of its row, as the Shanxi tables print it).
    pub middle: bool,
    /// The narrowest a column is printed (a PDF table's columns are boxes of a set width,
    /// wider than a short figure).
    pub min_width: usize,
    /// Body rows a page holds: a longer table goes on over the next page under its header
    /// printed again (none: every table on one page).
    pub page_rows: Option<usize>,
}

impl Default for Geometry {
    fn default() -> Geometry {
        Geometry {
            gap: 4,
            text_width: 80,
            indent: 4,
            margin: 0,
            head_rows: 4,
            middle: false,
            min_width: 10,
            page_rows: None,
        }
    }
}

/// A piece of the HTML page: a tag opened (name, attributes), closed, or text.
#[derive(Debug, Clone)]
enum Piece {
    Open(String, String),
    Close(String),
    Text(String),
}

fn unescape(text: &str) -> String {
    text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
}

fn pieces(html: &str) -> Vec<Piece> {
    let mut out = Vec::new();
    let mut rest = html;
    while let Some(at) = rest.find('<') {
        if at > 0 {
            out.push(Piece::Text(unescape(&rest[..at])));
        }
        let end = rest[at..].find('>').map_or(rest.len(), |e| at + e);
        let tag = &rest[at + 1..end];
        if let Some(name) = tag.strip_prefix('/') {
            out.push(Piece::Close(name.trim().to_owned()));
        } else {
            let (name, attrs) = tag.split_once(' ').unwrap_or((tag, ""));
            out.push(Piece::Open(name.to_owned(), attrs.to_owned()));
        }
        rest = rest.get(end + 1..).unwrap_or("");
    }
    out
}

fn attr(attrs: &str, name: &str) -> Option<String> {
    let key = format!("{name}=\"");
    let at = attrs.find(&key)? + key.len();
    let end = attrs[at..].find('"')? + at;
    Some(unescape(&attrs[at..end]))
}

fn number(attrs: &str, name: &str) -> usize {
    attr(attrs, name)
        .and_then(|v| v.parse().ok())
        .unwrap_or(1)
        .max(1)
}

/// A cell of the printed grid.
#[derive(Debug, Clone, Default)]
struct Cell {
    text: String,
    /// "name", "code", "figure", "section", "text" for a body cell; "head" for a header cell.
    role: String,
    colspan: usize,
    rowspan: usize,
    /// The first column it covers (filled in by `place`).
    column: usize,
}

/// A table as the crate prints it.
#[derive(Debug, Clone, Default)]
struct Table {
    title: String,
    label: Option<String>,
    meta: Vec<String>,
    head: Vec<Vec<Cell>>,
    body: Vec<Vec<Cell>>,
    after: Vec<String>,
}

/// The text inside the piece at `at` up to its closing tag; the index after it.
fn inner_text(pieces: &[Piece], at: usize, name: &str) -> (String, usize) {
    let mut text = String::new();
    let mut depth = 0_usize;
    for (i, piece) in pieces.iter().enumerate().skip(at) {
        match piece {
            Piece::Open(n, _) if n == name => depth += 1,
            Piece::Close(n) if n == name => {
                depth -= 1;
                if depth == 0 {
                    return (text, i + 1);
                }
            }
            Piece::Text(t) => text.push_str(t),
            _ => {}
        }
    }
    (text, pieces.len())
}

fn class(attrs: &str) -> String {
    attr(attrs, "class").unwrap_or_default()
}

/// The tables of the page, in order, and the 说明's headings and paragraphs.
fn read_page(html: &str) -> (Vec<Table>, Vec<(String, String)>) {
    let pieces = pieces(html);
    let mut tables = Vec::new();
    let mut narrative = Vec::new();
    let mut i = 0;
    let mut table: Option<Table> = None;
    let mut in_narrative = false;
    let mut in_head = false;
    while i < pieces.len() {
        match &pieces[i] {
            Piece::Open(name, attrs) if name == "section" => {
                if let Some(t) = table.take() {
                    tables.push(t);
                }
                let c = class(attrs);
                in_narrative = c.starts_with("narrative");
                if c.starts_with("table") {
                    table = Some(Table::default());
                }
                i += 1;
            }
            Piece::Close(name) if name == "section" => {
                if let Some(t) = table.take() {
                    tables.push(t);
                }
                in_narrative = false;
                i += 1;
            }
            Piece::Open(name, _) if name == "thead" => {
                in_head = true;
                i += 1;
            }
            Piece::Close(name) if name == "thead" => {
                in_head = false;
                i += 1;
            }
            Piece::Open(name, attrs) if table.is_some() && name == "div" => {
                let c = class(attrs);
                let (text, next) = inner_text(&pieces, i, "div");
                let t = table.as_mut().unwrap();
                if c.starts_with("table-title") {
                    t.title = text;
                    i = next;
                } else if c.starts_with("table-label") {
                    t.label = Some(text);
                    i = next;
                } else {
                    i += 1;
                }
            }
            Piece::Open(name, _) if table.is_some() && name == "span" => {
                let (text, next) = inner_text(&pieces, i, "span");
                table.as_mut().unwrap().meta.push(text);
                i = next;
            }
            Piece::Open(name, _) if table.is_some() && name == "tr" => {
                let t = table.as_mut().unwrap();
                if in_head {
                    t.head.push(Vec::new());
                } else {
                    t.body.push(Vec::new());
                }
                i += 1;
            }
            Piece::Open(name, attrs) if table.is_some() && (name == "th" || name == "td") => {
                let (text, next) = inner_text(&pieces, i, name);
                let role = if name == "th" {
                    "head".to_owned()
                } else {
                    class(attrs).split(' ').next().unwrap_or("").to_owned()
                };
                let cell = Cell {
                    text: text.trim().to_owned(),
                    role,
                    colspan: number(attrs, "colspan"),
                    rowspan: number(attrs, "rowspan"),
                    column: 0,
                };
                let t = table.as_mut().unwrap();
                let rows = if in_head { &mut t.head } else { &mut t.body };
                if let Some(row) = rows.last_mut() {
                    row.push(cell);
                }
                i = next;
            }
            Piece::Open(name, _) if table.is_some() && name == "p" => {
                let (text, next) = inner_text(&pieces, i, "p");
                table.as_mut().unwrap().after.push(text);
                i = next;
            }
            Piece::Open(name, _)
                if in_narrative && (name == "h3" || name == "h4" || name == "p") =>
            {
                let tag = name.clone();
                let (text, next) = inner_text(&pieces, i, &tag);
                narrative.push((tag, text));
                i = next;
            }
            _ => i += 1,
        }
    }
    if let Some(t) = table.take() {
        tables.push(t);
    }
    (tables, narrative)
}

/// Places each cell of `rows` in its first column, rows spanning down taking their columns on
/// the rows below; returns the number of columns.
fn place(rows: &mut [Vec<Cell>]) -> usize {
    let mut taken: Vec<Vec<bool>> = vec![Vec::new(); rows.len()];
    let mut columns = 0;
    for r in 0..rows.len() {
        let mut c = 0;
        for cell in &mut rows[r] {
            while taken[r].get(c).copied().unwrap_or(false) {
                c += 1;
            }
            cell.column = c;
            for down in r..(r + cell.rowspan).min(taken.len()) {
                let line = &mut taken[down];
                if line.len() < c + cell.colspan {
                    line.resize(c + cell.colspan, false);
                }
                for taken in &mut line[c..c + cell.colspan] {
                    *taken = true;
                }
            }
            c += cell.colspan;
            columns = columns.max(c);
        }
    }
    columns
}

/// How many character cells a string takes in layout text: one a glyph.
fn cells(text: &str) -> usize {
    text.chars().count()
}

/// How wide a reader of prose counts a string: a full-width character is two columns.
fn display(text: &str) -> usize {
    text.chars()
        .map(|c| if (c as u32) < 0x1100 { 1 } else { 2 })
        .sum()
}

/// A line being laid out, one character a cell.
struct Line(Vec<char>);

impl Line {
    fn put(&mut self, at: usize, text: &str) {
        let end = at + cells(text);
        if self.0.len() < end {
            self.0.resize(end, ' ');
        }
        for (i, c) in text.chars().enumerate() {
            self.0[at + i] = c;
        }
    }

    fn text(&self) -> String {
        let s: String = self.0.iter().collect();
        s.trim_end().to_owned()
    }
}

fn print_table(out: &mut Vec<String>, table: &Table, g: &Geometry) {
    let mut head = table.head.clone();
    let mut body = table.body.clone();
    let columns = place(&mut head).max(place(&mut body));
    let mut widths = vec![g.min_width.max(1); columns];
    // The cells of one column first, then the spanning ones widen the last column they cover.
    for span in [false, true] {
        for cell in head.iter().chain(&body).flatten() {
            if (cell.colspan > 1) != span || cell.column >= columns {
                continue;
            }
            let last = (cell.column + cell.colspan).min(columns);
            let have: usize =
                widths[cell.column..last].iter().sum::<usize>() + g.gap * (last - cell.column - 1);
            let need = cells(&cell.text);
            if need > have {
                widths[last - 1] += need - have;
            }
        }
    }
    let mut x = Vec::with_capacity(columns);
    let mut at = g.margin;
    for w in &widths {
        x.push(at);
        at += w + g.gap;
    }
    let right = at.saturating_sub(g.gap);
    let span_of = |cell: &Cell| {
        let last = (cell.column + cell.colspan).min(columns) - 1;
        (x[cell.column], x[last] + widths[last])
    };
    let centred =
        |from: usize, to: usize, text: &str| from + (to - from).saturating_sub(cells(text)) / 2;
    // Each table starts a page (pdftotext ends a page with a form feed).
    let mut title = Line(Vec::new());
    title.put(centred(g.margin, right, &table.title), &table.title);
    out.push(format!("\u{c}{}", title.text()));
    if let Some(label) = &table.label {
        let mut line = Line(Vec::new());
        line.put(right.saturating_sub(cells(label)), label);
        out.push(line.text());
    }
    for meta in &table.meta {
        out.push(meta.clone());
    }
    // Header rows `head_rows` lines apart, a cell spanning rows on the middle line of its span.
    let step = g.head_rows.max(1);
    let mut lines: Vec<Line> = (0..(step * head.len()).saturating_sub(step - 1))
        .map(|_| Line(Vec::new()))
        .collect();
    for (r, row) in head.iter().enumerate() {
        for cell in row.iter().filter(|c| !c.text.is_empty()) {
            let (from, to) = span_of(cell);
            let down = if g.middle {
                step * (cell.rowspan - 1) / 2
            } else {
                0
            };
            let line = (step * r + down).min(lines.len() - 1);
            lines[line].put(centred(from, to, &cell.text), &cell.text);
        }
    }
    let head_lines: Vec<String> = lines.iter().map(Line::text).collect();
    out.extend(head_lines.iter().cloned());
    for (n, row) in body.iter().enumerate() {
        if g.page_rows
            .is_some_and(|rows| n > 0 && n % rows.max(1) == 0)
        {
            out.push("\u{c}".to_owned());
            out.extend(head_lines.iter().cloned());
        }
        let mut line = Line(Vec::new());
        for cell in row.iter().filter(|c| !c.text.is_empty()) {
            let (from, to) = span_of(cell);
            let start = match cell.role.as_str() {
                "figure" => to - cells(&cell.text),
                _ => from,
            };
            line.put(start, &cell.text);
        }
        out.push(line.text());
    }
    out.extend(table.after.iter().cloned());
}

/// Splits a paragraph into lines of at most `width` display columns, each but the last as
/// full as the characters allow.
fn wrap(text: &str, first_indent: usize, width: usize) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = " ".repeat(first_indent);
    let mut used = first_indent;
    for c in text.chars() {
        let w = display(&c.to_string());
        if used + w > width {
            lines.push(std::mem::take(&mut line));
            used = 0;
        }
        line.push(c);
        used += w;
    }
    if !line.trim().is_empty() {
        lines.push(line);
    }
    lines
}

/// The document's title, printed when its outline has no line outside the 说明 and no table
/// prints the unit's name.
pub fn title(disclosure: &Disclosure) -> String {
    format!(
        "{}{}年度部门决算",
        disclosure.unit_name(),
        disclosure.year()
    )
}

/// Whether an outline line is a chapter heading of the 说明 ("一、…", "二．…"), printed over
/// its statements.
fn is_chapter(line: &str) -> bool {
    LineRole::of(line) == LineRole::Section
        || line
            .split_once(['、', '．', '.'])
            .is_some_and(|(numeral, _)| {
                !numeral.is_empty() && numeral.chars().all(|c| "一二三四五六七八九十".contains(c))
            })
}

/// The part heading printed over the 说明 when the outline has no part heading (a document
/// prints one, or the 说明 would continue the last table).
pub fn narrative_heading(disclosure: &Disclosure) -> Option<String> {
    let parts = disclosure.outline().part_headings().count();
    let statements = disclosure.narrative().statements.len();
    (parts == 0 && statements > 0)
        .then(|| format!("第一部分 {}年度部门决算情况说明", disclosure.year()))
}

/// The lines the printer prints outside the 说明 and the tables: the outline's lines but the
/// 说明's headings, the title when there are none, the part heading over the 说明.
pub fn outline(disclosure: &Disclosure) -> Vec<String> {
    let mut lines: Vec<String> = disclosure
        .outline()
        .lines()
        .iter()
        .filter(|line| !is_chapter(line))
        .cloned()
        .collect();
    // A title names the unit and the year when no table does.
    let named = disclosure
        .metas()
        .any(|(_, meta)| meta.unit_name().is_some());
    if lines.is_empty() && !named {
        lines.push(title(disclosure));
    }
    lines.extend(narrative_heading(disclosure));
    lines
}

/// The disclosure as `pdftotext -layout` would print it.
pub fn print(disclosure: &Disclosure, g: &Geometry) -> String {
    let html = disclosure_page(disclosure, Lang::Zh);
    let (tables, narrative) = read_page(&html);
    let sections: Vec<String> = disclosure
        .outline()
        .lines()
        .iter()
        .filter(|line| is_chapter(line))
        .cloned()
        .collect();
    let mut out: Vec<String> = outline(disclosure);
    let heading = narrative_heading(disclosure);
    if heading.is_some() {
        out.pop();
    }
    out.push(String::new());
    for table in &tables {
        print_table(&mut out, table, g);
        out.push(String::new());
    }
    // The 说明 starts a page, under a part heading when the outline has none.
    out.push("\u{c}".to_owned());
    out.extend(heading);
    let mut next = 0;
    for (tag, text) in &narrative {
        match tag.as_str() {
            "h3" => {
                let label = text.trim_end_matches(['、', '．', '.']);
                let numbered = |h: &&String| {
                    h.strip_prefix(label)
                        .is_some_and(|rest| rest.starts_with(['、', '．', '.']))
                };
                match sections.iter().skip(next).position(|h| numbered(&h)) {
                    Some(at) => {
                        next += at + 1;
                        out.push(sections[next - 1].clone());
                    }
                    None => out.push(text.clone()),
                }
            }
            "h4" => out.push(text.clone()),
            _ => out.extend(wrap(text, g.indent, g.text_width)),
        }
    }
    let mut text = out.join("\n");
    text.push('\n');
    text
}
