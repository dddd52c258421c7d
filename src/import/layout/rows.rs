//! The rows of a table: its header rows and one row per printed row, as a grid.

use super::columns::Columns;
use super::names::{Geometry, names_of};
use super::tokens::Token;
use super::{Body, Shape, is_data_line, is_numbering, is_total, is_value, shape};
use crate::disclosure::TableKind;
use crate::import::DiagnosticKind;
use crate::import::grid::{Document, Row, is_code};

/// The body of a table cut at page breaks.
fn page_segments(body: &[Body]) -> Vec<&[Body]> {
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
    segments
}

/// A page's lines split into its header and its data lines.
fn head_and_data(shape: Shape, segment: &[Body]) -> (Vec<Body>, Vec<Body>) {
    // A line "合计 … 基本支出 项目支出" is the first row (its 合计 under the labels, the rest a
    // header level) only when rows or nothing follow it; else it is a header line.
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
    (head, data)
}

/// The rows of a table, as a grid the builder reads: header rows naming every column, then one
/// row per printed row.
pub(super) fn rows(kind: TableKind, body: &[Body], place: &str, doc: &mut Document) -> Vec<Row> {
    let shape = shape(kind);
    let mut layout: Option<Columns> = None;
    let mut out: Vec<Row> = Vec::new();
    // A header read from no line of its own (a page without rows) is placed on the table's
    // first line: every diagnostic names a line of the text.
    let first_line = body.first().map_or(1, |l| l.number.max(1));
    for segment in page_segments(body) {
        let (mut head, data) = head_and_data(shape, segment);
        // Wrapped names above the first row belong to it, not to the header.
        let names = names_of(shape, &mut head, &data, doc, place);
        let numbering: Vec<Body> = head.iter().filter(|l| is_numbering(l)).cloned().collect();
        head.retain(|l| !is_numbering(l));
        let header_here = !head.is_empty();
        if header_here {
            let built = Columns::from_header(shape, &head, &data);
            if layout.is_none() {
                out.extend(built.header_rows(head.first().map_or(first_line, |l| l.number)));
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
            out.extend(built.header_rows(data.first().map_or(first_line, |l| l.number)));
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

/// Joins a code printed alone on its line to the name and figures printed on the next line
/// (pdftotext sets a code a little higher than the rest of its row).
pub(super) fn join_lone_codes(shape: Shape, mut data: Vec<Body>) -> Vec<Body> {
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
