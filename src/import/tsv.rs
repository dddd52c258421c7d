//! The tab-separated reader: splits the text into tables, forms, outline lines and the rest.

use super::DiagnosticKind;
use super::grid::{Document, Prose, RawFormBlock, RawTable, Row};
use super::surround::{
    Repeats, append, document_title, file_banner, is_period, is_toc_entry, label_line,
    part_heading, table_kind, unplaced_label, year_in,
};
use crate::printed::{compact, is_blank};

/// How far (in non-blank lines) a table title may be from its first row.
const TITLE_REACH: usize = 12;

/// The lines of a text, numbered from 1, and how often each short line is printed.
struct Lines<'a> {
    lines: Vec<(usize, &'a str)>,
    repeats: Repeats<'a>,
}

impl<'a> Lines<'a> {
    fn new(text: &'a str) -> Lines<'a> {
        let lines: Vec<(usize, &str)> = text.lines().zip(1_usize..).map(|(l, n)| (n, l)).collect();
        // A row of cells is never a running header.
        let repeats = Repeats::new(lines.iter().map(|(_, l)| *l).filter(|l| !has_tab(l)));
        Lines { lines, repeats }
    }

    fn get(&self, i: usize) -> Option<(usize, &'a str)> {
        self.lines.get(i).copied()
    }

    /// A running header or footer ([`Repeats::is_running`]).
    fn is_running(&self, text: &str) -> bool {
        self.repeats.is_running(text)
    }
}

/// Whether a line is a row of cells: it prints something and separates cells by tabs
/// (trailing empty cells included: "合计\t\t\t").
fn has_tab(line: &str) -> bool {
    line.contains('\t') && !is_blank(line)
}

fn row(line: usize, text: &str) -> Row {
    let mut cells = Vec::with_capacity(
        text.bytes()
            .filter(|b| *b == b'\t')
            .count()
            .saturating_add(1),
    );
    cells.extend(text.split('\t').map(str::to_owned));
    Row::new(line, cells)
}

/// A self-evaluation form's title line ("…项目支出绩效自评表", possibly followed by its year
/// "(2023年度)"): a short line whose next row, after at most a year line, is the form's
/// 项目名称 row. Some forms print a truncated title; a line that only names the forms
/// ("附件：二级项目绩效自评表") has no such row.
fn form_title(lines: &Lines<'_>, i: usize, text: &str) -> Option<(String, Option<u16>)> {
    // A title prints no sentence punctuation (the year after it none either).
    if text.contains(['，', '。', '；', '：']) || is_toc_entry(text) {
        return None;
    }
    let c = compact(text);
    let (title, year) = match c.rfind(['(', '（']) {
        Some(at) if at > 0 && is_year_line(c.get(at..).unwrap_or_default()) => {
            let (title, year) = c.split_at(at);
            (title.to_owned(), year_in(year))
        }
        _ => (c.into_owned(), None),
    };
    if title.contains(['，', '。', '；', '：']) || title.chars().count() > 80 {
        return None;
    }
    next_row_starts(lines, i, "项目名称").then_some((title, year))
}

/// Whether the first row after line index `i` (within a few lines) starts with `label`.
fn next_row_starts(lines: &Lines<'_>, mut i: usize, label: &str) -> bool {
    let mut seen = 0_usize;
    while let Some((_, line)) = lines.get(i) {
        i = i.saturating_add(1);
        if is_blank(line) {
            continue;
        }
        if has_tab(line) {
            return line
                .split('\t')
                .map(compact)
                .find(|c| !c.is_empty())
                .is_some_and(|c| c == label);
        }
        seen = seen.saturating_add(1);
        if seen > 1 || !is_year_line(&compact(line)) {
            return false;
        }
    }
    false
}

/// A page title run into the prose that follows it ("…2022年单位决算公开报告比达标表彰工作。"):
/// the leading part up to 决算公开报告 or 决算公开, when it carries a year and no punctuation.
fn merged_title(text: &str) -> Option<String> {
    if !text.contains('决') {
        return None;
    }
    let c = compact(text);
    let end = ["决算公开报告", "决算公开"]
        .iter()
        .find_map(|e| c.find(e).map(|at| at.saturating_add(e.len())))?;
    let head = c.get(..end)?;
    (end < c.len()
        && head.chars().count() <= 40
        && !head.contains(['，', '。', '；', '：', '、'])
        && year_in(head).is_some())
    .then(|| head.to_owned())
}

/// Reads a tab-separated document.
pub(crate) fn read(text: &str) -> Document {
    let lines = Lines::new(text);
    let mut doc = Document {
        lines: lines.lines.len(),
        ..Document::default()
    };
    let mut pending_label: Option<(usize, String)> = None;
    let mut i = 0_usize;
    while let Some((number, line)) = lines.get(i) {
        i = i.saturating_add(1);
        if is_blank(line) {
            continue;
        }
        if !has_tab(line) {
            if let Some(label) = label_line(line) {
                pending_label = Some((number, label));
                continue;
            }
            if let Some(kind) = table_kind(line).filter(|_| !is_toc_entry(line))
                && starts_grid(&lines, i)
            {
                let mut table = RawTable::new(kind, compact(line).into_owned(), number);
                if let Some((at, label)) = pending_label.take()
                    && number.saturating_sub(at) <= 4
                {
                    table.label = Some(label);
                }
                doc.prose.push(Prose::Break);
                i = read_table(&lines, i, table, &mut doc);
                continue;
            }
            if let Some((title, year)) =
                form_title(&lines, i, line).filter(|_| part_heading(line).is_none())
            {
                let mut form = RawFormBlock {
                    title,
                    line: number,
                    year,
                    rows: Vec::new(),
                };
                doc.prose.push(Prose::Break);
                i = read_form(&lines, i, &mut form, &mut doc);
                doc.forms.push(form);
                continue;
            }
        }
        if let Some((at, label)) = pending_label.take() {
            unplaced_label(&mut doc, at, &label);
        }
        if is_toc_entry(line) {
            doc.note(number, line, DiagnosticKind::Contents);
        } else if let Some(heading) = part_heading(line) {
            doc.add_heading(heading, false);
            doc.prose.push(Prose::Break);
        } else if let Some(title) = document_title(line) {
            doc.add_title(title, false);
        } else if let Some(title) = merged_title(line) {
            // A page header that text extraction ran into the line below it.
            doc.add_title(title, false);
            doc.note(number, line, DiagnosticKind::ProseNotRead);
        } else if lines.is_running(line) {
            doc.note(number, line, DiagnosticKind::RunningHeader);
        } else if has_tab(line) {
            doc.note(
                number,
                line,
                DiagnosticKind::UnplacedLine {
                    table: "(no table)".to_owned(),
                },
            );
        } else {
            // The 说明 reader reads it, or reports it as not read.
            doc.paragraph(number, line);
        }
    }
    doc
}

/// Whether a row follows the title at `i` before another title or a part heading.
fn starts_grid(lines: &Lines<'_>, mut i: usize) -> bool {
    let mut seen = 0_usize;
    while let Some((_, line)) = lines.get(i) {
        i = i.saturating_add(1);
        if is_blank(line) {
            continue;
        }
        if has_tab(line) {
            return true;
        }
        if table_kind(line).is_some() || part_heading(line).is_some() {
            return false;
        }
        seen = seen.saturating_add(1);
        if seen > TITLE_REACH {
            return false;
        }
    }
    false
}

/// Reads a table from the line after its title; returns the index of the first line after it.
fn read_table(lines: &Lines<'_>, mut i: usize, mut table: RawTable, doc: &mut Document) -> usize {
    let place = |t: &RawTable| t.place();
    // What is printed between the title and the first row.
    while let Some((number, line)) = lines.get(i) {
        if has_tab(line) {
            break;
        }
        i = i.saturating_add(1);
        if is_blank(line) {
            continue;
        }
        if file_banner(&mut table, line) {
            continue;
        }
        if lines.is_running(line) {
            doc.note(number, line, DiagnosticKind::RunningHeader);
        } else {
            doc.note(
                number,
                line,
                DiagnosticKind::UnplacedLine {
                    table: place(&table),
                },
            );
        }
    }
    // The rows, across page breaks and running headers. A code row printed word for word a
    // third time (and more) is not kept: two printings make the table's repeat, which its
    // constructor reports; the rest is said once, with the count, so that a text damaged by a
    // row repeated a million times is not held a million times.
    let mut repeats: std::collections::BTreeMap<&str, (usize, usize)> =
        std::collections::BTreeMap::new();
    while let Some((number, line)) = lines.get(i) {
        if has_tab(line) {
            let coded = line.split('\t').next().is_some_and(|c| {
                matches!(c.trim().len(), 3 | 5 | 7) && c.trim().bytes().all(|b| b.is_ascii_digit())
            });
            let seen = if coded {
                let entry = repeats.entry(line).or_insert((number, 0));
                entry.1 = entry.1.saturating_add(1);
                entry.1
            } else {
                1
            };
            if seen <= 2 {
                table.rows.push(row(number, line));
            }
        } else if is_blank(line) {
        } else if lines.is_running(line) {
            doc.note(number, line, DiagnosticKind::RunningHeader);
        } else {
            break;
        }
        i = i.saturating_add(1);
    }
    for (text, (first, times)) in repeats {
        if times > 2 {
            doc.note(
                first,
                text,
                DiagnosticKind::UnreadRow {
                    table: place(&table),
                    reason: format!(
                        "the row is printed {times} times; read twice (the table cannot hold \
                         a row twice), the other {} printings are left out",
                        times.saturating_sub(2)
                    ),
                },
            );
        }
    }
    // Notes under the table.
    while let Some((number, line)) = lines.get(i) {
        let c = compact(line);
        if is_blank(line) {
        } else if c.starts_with("注：") || c.starts_with("注:") {
            append(&mut table.note, line.trim());
        } else if c.starts_with("说明：") || c.starts_with("说明:") || c.contains("本表无数据")
        {
            append(&mut table.explanation, line.trim());
        } else if lines.is_running(line) {
            doc.note(number, line, DiagnosticKind::RunningHeader);
        } else {
            break;
        }
        i = i.saturating_add(1);
    }
    doc.tables.push(table);
    i
}

/// Reads a form's rows from the line after its title; returns the index after the form.
fn read_form(
    lines: &Lines<'_>,
    mut i: usize,
    form: &mut RawFormBlock,
    doc: &mut Document,
) -> usize {
    let mut in_notes = false;
    while let Some((number, line)) = lines.get(i) {
        if is_blank(line) {
            i = i.saturating_add(1);
            continue;
        }
        if has_tab(line) {
            if in_notes {
                break;
            }
            form.rows.push(row(number, line));
            i = i.saturating_add(1);
            continue;
        }
        let c = compact(line);
        if form.rows.is_empty() && form.year.is_none() && is_year_line(&c) {
            form.year = year_in(&c);
        } else if c.starts_with("备注") {
            in_notes = true;
            doc.note(number, line, DiagnosticKind::FormNote);
        } else if in_notes && c.starts_with(|ch: char| ch.is_ascii_digit()) {
            doc.note(number, line, DiagnosticKind::FormNote);
        } else if lines.is_running(line) {
            doc.note(number, line, DiagnosticKind::RunningHeader);
        } else {
            break;
        }
        i = i.saturating_add(1);
    }
    i
}

/// "(2023年度)" or "（2023年度）".
fn is_year_line(c: &str) -> bool {
    let inner = c
        .trim_start_matches(['(', '（'])
        .trim_end_matches([')', '）']);
    is_period(inner)
}
