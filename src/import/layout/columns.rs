//! Where a table's labels and values are printed, and how a data line is cut into cells.

use super::header::{Column, header_columns, is_label};
use super::names::{Geometry, block_starts, side_split};
use super::tokens::Token;
use super::{Body, Shape, is_value};
use crate::import::DiagnosticKind;
use crate::import::grid::{Document, Row, is_code};
use crate::printed::compact;

/// The columns of a table: where its labels and values are printed.
#[derive(Debug, Clone)]
pub(super) struct Columns {
    pub(super) shape: Shape,
    pub(super) geometry: Geometry,
    /// Per block (side of a summary table, block of 公开06表): where it starts and its value
    /// columns.
    pub(super) blocks: Vec<Block>,
}

#[derive(Debug, Clone)]
pub(super) struct Block {
    /// Where the block's label (code or item) starts.
    pub(super) start: usize,
    /// Where its name starts, when known from the rows.
    pub(super) values: Vec<Column>,
    /// The label header of the block (项目, or 科目编码 and 科目名称).
    pub(super) labels: Vec<String>,
}

/// Whether a column of the header holds values (its lowest name is no label).
fn is_value_column(c: &Column) -> bool {
    c.names.last().is_some_and(|n| !is_label(n))
}

/// The blocks of a table printing several blocks of code, name and values side by side: where
/// the codes start (else the columns named 编码 or 代码) and the value columns of each.
fn side_by_side(columns: &[Column], data: &[Body]) -> Vec<Block> {
    let code_starts = block_starts(data);
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
            .filter(|c| is_value_column(c))
            .filter(|c| c.end > *start && next.is_none_or(|nx| c.end <= nx.saturating_add(1)))
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

impl Columns {
    pub(super) fn from_header(shape: Shape, head: &[Body], data: &[Body]) -> Columns {
        let columns = header_columns(head);
        let item_starts: Vec<usize> = columns
            .iter()
            .filter(|c| c.names.last().is_some_and(|n| n.contains("项目")))
            .map(|c| c.start)
            .collect();
        let values = is_value_column;
        let blocks = match shape {
            Shape::Summary => {
                let split = side_split(data).or_else(|| item_starts.get(1).copied());
                // "收入" and "支出" head the sides; a narrow one centred over a side's name
                // column and its figures covers no cell of its own, and is never a column.
                let side_word = |c: &Column| {
                    c.names.len() == 1
                        && c.names
                            .iter()
                            .all(|n| matches!(n.as_str(), "收入" | "支出"))
                };
                let (left, right): (Vec<Column>, Vec<Column>) = columns
                    .iter()
                    .filter(|c| values(c) && !side_word(c))
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
            Shape::Blocks => side_by_side(&columns, data),
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
    pub(super) fn columns_from_figures(&mut self, data: &[Body]) {
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

    pub(super) fn values_count(&self) -> usize {
        self.blocks.iter().map(|b| b.values.len()).sum()
    }

    /// Where each block's columns start in the grid.
    pub(super) fn offsets(&self) -> Vec<usize> {
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

    pub(super) fn width(&self) -> usize {
        self.blocks
            .iter()
            .map(|b| b.labels.len().saturating_add(b.values.len()))
            .sum()
    }

    /// The header as rows of the grid: one row per level, a group's name over every column it
    /// covers; the label headers on the lowest row.
    pub(super) fn header_rows(&self, line: usize) -> Vec<Row> {
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
    pub(super) fn numbering_row(&self, line: &Body) -> Row {
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
    pub(super) fn block_of(&self, token: &Token) -> usize {
        self.geometry.block(token)
    }

    /// The same columns with the blocks starting where this page prints them (a page without
    /// header may place the sides of a summary table or the blocks of 公开06表 elsewhere).
    pub(super) fn starting_as(&self, data: &[Body]) -> Columns {
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
    pub(super) fn nearest(&self, token: &Token, block: Option<usize>) -> Option<(usize, usize)> {
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
    pub(super) fn row(
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
    pub(super) fn starts_block(&self, token: &Token, index: usize) -> bool {
        index == 0
            || self
                .blocks
                .get(self.block_of(token))
                .is_some_and(|b| token.start <= b.start.saturating_add(4))
    }

    /// Per block, the centres of the runs of figures on a page without header, left to right.
    pub(super) fn ordinal_columns(&self, segment: &[Body]) -> Vec<Vec<usize>> {
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
pub(super) fn is_value_position(columns: &Columns, token: &Token, block: usize) -> bool {
    columns
        .nearest(token, Some(block))
        .is_some_and(|(_, d)| d <= 2)
        && columns.blocks.get(block).is_some_and(|b| {
            b.values
                .first()
                .is_some_and(|c| token.start.saturating_add(2) >= c.start)
        })
}
