//! The header of a printed table: its rows above the data, the name of each column, and the
//! key each value column has in the typed table.

use super::items::is_total_name;
use crate::disclosure::TableKind;
use crate::import::grid::{Row, is_code, is_dash, is_figure};
use crate::printed::{compact, starts_with_chinese_enumerator};
use crate::tables::{Cell, ColumnSet};

/// The header of a table: a name per column (group names joined by a space), the 栏次 numbers,
/// and where the data rows start.
#[derive(Debug, Default)]
pub(super) struct Header {
    /// Per column, the names of each header level that covers it, top first.
    pub(super) levels: Vec<Vec<String>>,
    pub(super) numbers: Vec<Option<u16>>,
    pub(super) data_start: usize,
}

impl Header {
    pub(super) fn name(&self, column: usize) -> String {
        self.levels
            .get(column)
            .map(|parts| parts.join(" "))
            .unwrap_or_default()
    }

    pub(super) fn leaf(&self, column: usize) -> String {
        self.levels
            .get(column)
            .and_then(|parts| parts.last().cloned())
            .unwrap_or_default()
    }

    pub(super) fn number(&self, column: usize) -> Option<u16> {
        self.numbers.get(column).copied().flatten()
    }

    pub(super) fn width(&self) -> usize {
        self.levels.len()
    }

    pub(super) fn columns_where(&self, test: impl Fn(&str) -> bool) -> Vec<usize> {
        (0..self.width()).filter(|c| test(&self.name(*c))).collect()
    }
}

/// A row of 栏次 numbers: "栏次" first, or only the numbers 1, 2, 3 … in order.
pub(super) fn is_numbering(row: &Row) -> bool {
    let filled: Vec<&str> = row.filled().map(|(_, c)| c).collect();
    if filled.first().is_some_and(|c| compact(c) == "栏次") {
        return true;
    }
    filled.len() >= 2
        && filled
            .iter()
            .zip(1_u16..)
            .all(|(c, n)| c.parse::<u16>().ok() == Some(n))
}

/// Whether a row carries data: a code, a figure, an enumerated item ("一、一般公共服务支出",
/// which a blank summary table prints without figures), or a 合计/总计 name (with nothing but
/// blanks, dashes or other totals beside it: "合计 … 因公出国（境）费" is a header row).
pub(super) fn is_data(row: &Row) -> bool {
    !is_numbering(row)
        && (row.filled().any(|(_, c)| is_code(c) || is_figure(c))
            || row
                .filled()
                .next()
                .is_some_and(|(_, c)| starts_with_chinese_enumerator(c))
            || row.filled().next().is_some_and(|(_, c)| is_total_name(c))
                && row
                    .filled()
                    .skip(1)
                    .all(|(_, c)| is_dash(c) || is_total_name(c)))
}

/// Whether a header cell names a label column (code, name, item), not a value column.
pub(super) fn is_label_header(text: &str) -> bool {
    ["编码", "代码", "名称", "科目", "功能分类", "经济分类"]
        .iter()
        .any(|w| text.contains(w))
        || text == "项目"
}

/// Splits a row printed across a header and the first data row — "合计" under the label
/// columns beside the last header level ("合计 … 合计 基本支出 项目支出", where a merged header
/// cell ends on the 合计 row) — into a header row and a data row holding only the label.
pub(crate) fn split_mixed_rows(rows: Vec<Row>) -> Vec<Row> {
    let mut out: Vec<Row> = Vec::with_capacity(rows.len());
    let mut in_header = true;
    for row in rows {
        if !in_header {
            out.push(row);
            continue;
        }
        let first = row.filled().next().map(|(i, c)| (i, c.to_owned()));
        let mixed = first.as_ref().is_some_and(|(at, text)| {
            is_total_name(text)
                && row.filled().skip(1).count() > 0
                && row.filled().skip(1).all(|(_, c)| {
                    !is_figure(c) && !is_dash(c) && !is_code(c) && !is_total_name(c)
                        || compact(c) == "合计"
                })
                && row.filled().skip(1).any(|(_, c)| !is_total_name(c))
                && out
                    .iter()
                    .any(|above| is_label_header(&compact(above.cell(*at))))
        });
        match first {
            Some((at, text)) if mixed => {
                let mut header = row.clone();
                if let Some(cell) = header.cells.get_mut(at) {
                    cell.clear();
                }
                let mut data = Row::new(row.line, vec![String::new(); row.cells.len()]);
                if let Some(cell) = data.cells.get_mut(at) {
                    *cell = text;
                }
                out.push(header);
                out.push(data);
                in_header = false;
            }
            _ => {
                if is_data(&row) {
                    in_header = false;
                }
                out.push(row);
            }
        }
    }
    out
}

/// A header row naming only the two sides of a summary table: "收入 … 支出".
pub(super) fn is_sides(row: &Row) -> bool {
    let filled: Vec<String> = row.filled().map(|(_, c)| compact(c).into_owned()).collect();
    filled.len() == 2 && filled.iter().all(|c| c == "收入" || c == "支出")
}

/// How many rows a header may span.
pub(super) const HEADER_REACH: usize = 6;

/// Reads the header rows at the top of `rows`; a level that only repeats (part of) the table's
/// `title` over every column ("财政拨款“三公”经费" above the 三公 table) is not a column group.
pub(super) fn header(rows: &[Row], title: &str) -> Header {
    let mut levels: Vec<&Row> = Vec::new();
    let mut numbers: Vec<Option<u16>> = Vec::new();
    let mut data_start = rows.len();
    // With a 栏次 row, the header is everything above it (a header cell may read 合计).
    let numbered = rows.iter().take(HEADER_REACH).position(is_numbering);
    for (i, row) in rows.iter().enumerate() {
        if numbered.is_some_and(|n| i < n) {
            if !is_sides(row) && !row.is_empty() {
                levels.push(row);
            }
            continue;
        }
        if is_numbering(row) {
            numbers = row
                .cells
                .iter()
                .map(|c| c.trim().parse::<u16>().ok())
                .collect();
            data_start = i.saturating_add(1);
            break;
        }
        if is_data(row) {
            data_start = i;
            break;
        }
        if !is_sides(row) && !row.is_empty() {
            levels.push(row);
        }
    }
    let width = rows.iter().map(|r| r.cells.len()).max().unwrap_or(0);
    let texts: Vec<Vec<String>> = levels
        .iter()
        .map(|r| {
            (0..width)
                .map(|c| compact(r.cell(c)).into_owned())
                .collect()
        })
        .collect();
    // Spread a group name over the blank cells to its right that its parent also covers and
    // that a deeper level subdivides.
    let mut spread = texts.clone();
    for r in 0..spread.len() {
        for c in 1..width {
            let own_blank = cell(&texts, r, c).is_empty();
            let left = cell(&spread, r, c.saturating_sub(1)).to_owned();
            let parent_continues = r == 0 || cell(&texts, r.saturating_sub(1), c).is_empty();
            let deeper = (r.saturating_add(1)..texts.len()).any(|d| !cell(&texts, d, c).is_empty());
            if own_blank
                && !left.is_empty()
                && parent_continues
                && deeper
                && let Some(slot) = spread.get_mut(r).and_then(|row| row.get_mut(c))
            {
                *slot = left;
            }
        }
    }
    let title = compact(title);
    spread.retain(|row| {
        let banner = row
            .first()
            .filter(|t| !t.is_empty() && title.contains(t.as_str()));
        !banner.is_some_and(|b| row.len() > 1 && row.iter().all(|t| t == b))
    });
    let levels = (0..width)
        .map(|c| {
            let mut parts: Vec<String> = Vec::new();
            for row in &spread {
                let part = row.get(c).cloned().unwrap_or_default();
                if !part.is_empty() && parts.last() != Some(&part) {
                    parts.push(part);
                }
            }
            parts
        })
        .collect();
    Header {
        levels,
        numbers,
        data_start,
    }
}

pub(super) fn cell(grid: &[Vec<String>], r: usize, c: usize) -> &str {
    grid.get(r)
        .and_then(|row| row.get(c))
        .map_or("", String::as_str)
}

/// The words that name each value column of a table, in the order they are tried: the first
/// entry one of whose words the printed header contains gives the column's key. Order matters
/// where one header contains another's words ("基本支出" inside "本年支出 基本支出").
pub(super) type ColumnWords = &'static [(&'static [&'static str], &'static str)];

pub(super) const INCOME_COLUMNS: ColumnWords = &[
    (&["附属单位"], "affiliated"),
    (&["上级补助"], "superior"),
    (&["事业收入"], "institution"),
    (&["经营收入"], "business"),
    (&["其他收入"], "other"),
    (&["财政拨款"], "fiscal"),
    (&["合计"], "total"),
];

pub(super) const EXPENDITURE_COLUMNS: ColumnWords = &[
    (&["上缴上级"], "remit"),
    (&["经营支出"], "business"),
    (&["附属单位"], "subsidy"),
    (&["基本支出"], "basic"),
    (&["项目支出"], "project"),
    (&["合计"], "total"),
];

pub(super) const GENERAL_BUDGET_COLUMNS: ColumnWords = &[
    (&["基本支出"], "basic"),
    (&["项目支出"], "project"),
    (&["小计", "合计", "本年支出"], "total"),
];

pub(super) const FUND_COLUMNS: ColumnWords = &[
    (&["年初"], "opening"),
    (&["年末"], "closing"),
    (&["本年收入"], "income"),
    (&["基本支出"], "basic"),
    (&["项目支出"], "project"),
    (&["小计", "合计", "本年支出"], "expenditure"),
];

pub(super) const FISCAL_COLUMNS: ColumnWords = &[
    (&["一般公共预算"], "general_budget"),
    (&["政府性基金"], "government_fund"),
    (&["国有资本"], "state_capital"),
    (&["合计"], "total"),
];

/// The key of a value column of a table, from its printed header.
pub(super) fn column_key(kind: TableKind, name: &str) -> Option<&'static str> {
    let words = match kind {
        TableKind::Income => INCOME_COLUMNS,
        TableKind::Expenditure => EXPENDITURE_COLUMNS,
        TableKind::GeneralBudget => GENERAL_BUDGET_COLUMNS,
        TableKind::GovernmentFund | TableKind::StateCapital => FUND_COLUMNS,
        TableKind::Fiscal => FISCAL_COLUMNS,
        _ => return None,
    };
    words
        .iter()
        .find(|(phrases, _)| phrases.iter().any(|w| name.contains(w)))
        .map(|(_, key)| *key)
}

/// The cells of a column set from (key, cell) pairs.
pub(super) fn column_set<C: ColumnSet>(pairs: &[(&'static str, Cell)]) -> C {
    let mut set = C::default();
    for (spec, slot) in C::COLUMNS.iter().zip(set.cells_mut()) {
        if let Some((_, cell)) = pairs.iter().find(|(k, _)| *k == spec.key) {
            *slot = *cell;
        }
    }
    set
}
