//! A table as printed: header rows of spanning cells, then body rows of cells, each body cell
//! carrying the place it stands for and the names findings may give its row and column.

use crate::finding::{Key, Part, Place};

use super::marks::place_key;

/// A header cell: its text and how many columns and rows it spans.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Head {
    pub(super) text: String,
    pub(super) colspan: usize,
    pub(super) rowspan: usize,
}

impl Head {
    fn new(text: impl Into<String>, colspan: usize, rowspan: usize) -> Head {
        Head {
            text: text.into(),
            colspan: colspan.max(1),
            rowspan: rowspan.max(1),
        }
    }
}

/// What a body cell holds, for its alignment and style.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Role {
    /// A printed name (项目, 科目名称).
    Name,
    /// A classification code or a 行次.
    Code,
    /// A figure (amount, count, percentage, score).
    Figure,
    /// Running text (a form's goal, an analysis).
    Text,
    /// A section title printed across a table (公开10表).
    Section,
}

/// A body cell: the text as printed, and the place it stands for with the names findings use
/// for its row and column.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Body {
    pub(super) text: String,
    pub(super) role: Role,
    pub(super) colspan: usize,
    /// The cell's key ([`place_key`] of its canonical place), when findings can point at it.
    pub(super) key: Option<String>,
    /// What findings may call its row.
    pub(super) rows: Vec<String>,
    /// What findings may call its column.
    pub(super) columns: Vec<String>,
    /// Words shown beside the printed text (the formula's score beside the stated one).
    pub(super) beside: Option<String>,
}

impl Body {
    /// A cell with no place: a blank pad, a label.
    pub(super) fn plain(text: impl Into<String>, role: Role) -> Body {
        Body {
            text: text.into(),
            role,
            colspan: 1,
            key: None,
            rows: Vec::new(),
            columns: Vec::new(),
            beside: None,
        }
    }

    /// A cell at `part`, in the row named canonically `row` (also known as `rows`) and the
    /// column named canonically `column` (also known as `columns`).
    pub(super) fn at(
        text: impl Into<String>,
        role: Role,
        part: &Part,
        row: &Row,
        column: &str,
        columns: &[&str],
    ) -> Body {
        let place = Place::new(part.clone())
            .row(Key::Text(row.key.as_str().into()))
            .column(Key::Text(column.into()));
        let mut names: Vec<String> = columns.iter().map(|c| normal(c)).collect();
        names.push(normal(column));
        Body {
            text: text.into(),
            role,
            colspan: 1,
            key: Some(place_key(&place)),
            rows: row.names.clone(),
            columns: names,
            beside: None,
        }
    }

    /// The same cell spanning `n` columns.
    pub(super) fn span(mut self, n: usize) -> Body {
        self.colspan = n.max(1);
        self
    }

    /// The same cell with words shown beside its text.
    pub(super) fn beside(mut self, words: Option<String>) -> Body {
        self.beside = words;
        self
    }
}

/// A row's canonical key and every name a finding may give it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Row {
    pub(super) key: String,
    pub(super) names: Vec<String>,
}

impl Row {
    /// A row keyed `key`, also known as each of `names` (the key itself included).
    pub(super) fn new(key: impl Into<String>, names: impl IntoIterator<Item = String>) -> Row {
        let key = normal(&key.into());
        let mut all: Vec<String> = names.into_iter().map(|n| normal(&n)).collect();
        all.push(key.clone());
        all.retain(|n| !n.is_empty());
        all.sort();
        all.dedup();
        Row { key, names: all }
    }
}

/// A name as keys compare it: without white space.
pub(super) fn normal(name: &str) -> String {
    crate::printed::compact(name).into_owned()
}

/// A printed name without its enumeration: "一、一般公共服务支出" → "一般公共服务支出",
/// "(一) 行政单位" → "行政单位", "1. 主要负责人用车" → "主要负责人用车".
pub(super) fn bare(name: &str) -> String {
    crate::printed::strip_enumerator(&normal(name)).to_owned()
}

/// A printed table: header rows, then body rows.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub(super) struct Grid {
    pub(super) head: Vec<Vec<Head>>,
    pub(super) body: Vec<Vec<Body>>,
}

/// The columns left of the figures, printed under the header (项目 over 科目编码 and 科目名称,
/// or 项目 and 行次).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Stub {
    /// A heading over the stub columns (项目), printed above their names.
    pub(super) over: Option<String>,
    /// The names of the stub columns.
    pub(super) names: Vec<String>,
}

/// One side of a header: an optional title across it (收入, 支出, 人员经费), the stub, and the
/// figure columns as printed (levels of a header separated by a space, with their 栏次).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Side {
    pub(super) title: Option<String>,
    pub(super) stub: Stub,
    pub(super) columns: Vec<(String, Option<u16>)>,
}

impl Side {
    fn width(&self) -> usize {
        self.stub.names.len().saturating_add(self.columns.len())
    }
}

/// The header rows of the sides put next to each other: a title row when any side has a title
/// (adjacent equal titles merged), the column levels (a parent over its children, a leaf
/// spanning down to the last level), and the 栏次 row when any column prints one.
pub(super) fn header(sides: &[Side]) -> Vec<Vec<Head>> {
    let depth = sides
        .iter()
        .flat_map(|s| s.columns.iter().map(|(name, _)| levels(name).len()))
        .chain(sides.iter().map(|s| {
            if s.stub.over.is_some() && !s.stub.names.is_empty() {
                2
            } else {
                1
            }
        }))
        .max()
        .unwrap_or(1);
    let mut rows: Vec<Vec<Head>> = Vec::new();
    rows.extend(title_row(sides));
    let mut level_rows: Vec<Vec<Head>> = (0..depth).map(|_| Vec::new()).collect();
    for side in sides {
        stub_heads(side, depth, &mut level_rows);
        column_heads(side, depth, &mut level_rows);
    }
    rows.extend(level_rows);
    rows.extend(number_row(sides));
    rows
}

/// The levels of a column name ("本年支出 基本支出" has two).
fn levels(name: &str) -> Vec<String> {
    name.split_whitespace().map(str::to_owned).collect()
}

/// The title row, when any side has a title (adjacent equal titles merged).
fn title_row(sides: &[Side]) -> Option<Vec<Head>> {
    if !sides.iter().any(|s| s.title.is_some()) {
        return None;
    }
    let mut titles: Vec<Head> = Vec::new();
    for side in sides {
        let text = side.title.clone().unwrap_or_default();
        match titles.last_mut() {
            Some(last) if last.text == text && !text.is_empty() => {
                last.colspan = last.colspan.saturating_add(side.width());
            }
            _ => titles.push(Head::new(text, side.width(), 1)),
        }
    }
    Some(titles)
}

/// The heads of a side's stub: under a head over them when there are two levels or more.
fn stub_heads(side: &Side, depth: usize, level_rows: &mut [Vec<Head>]) {
    match (&side.stub.over, side.stub.names.is_empty()) {
        (_, true) => {}
        (Some(over), false) if depth >= 2 => {
            if let Some(row) = level_rows.first_mut() {
                row.push(Head::new(
                    over.clone(),
                    side.stub.names.len(),
                    depth.saturating_sub(1),
                ));
            }
            if let Some(row) = level_rows.last_mut() {
                row.extend(side.stub.names.iter().map(|n| Head::new(n.clone(), 1, 1)));
            }
        }
        _ => {
            if let Some(row) = level_rows.first_mut() {
                row.extend(
                    side.stub
                        .names
                        .iter()
                        .map(|n| Head::new(n.clone(), 1, depth)),
                );
            }
        }
    }
}

/// The heads of a side's figure columns, level by level: a parent over its children, a leaf
/// spanning down to the last level.
fn column_heads(side: &Side, depth: usize, level_rows: &mut [Vec<Head>]) {
    let names: Vec<Vec<String>> = side.columns.iter().map(|(n, _)| levels(n)).collect();
    for (level, row) in level_rows.iter_mut().enumerate() {
        let mut i = 0;
        while let Some(column) = names.get(i) {
            let Some(text) = column.get(level) else {
                i = i.saturating_add(1);
                continue;
            };
            let leaf = column.len() == level.saturating_add(1);
            if leaf {
                row.push(Head::new(text.clone(), 1, depth.saturating_sub(level)));
                i = i.saturating_add(1);
                continue;
            }
            let prefix = column.get(..=level).unwrap_or_default();
            let span = names
                .iter()
                .skip(i)
                .take_while(|other| {
                    other.len() > level.saturating_add(1)
                        && other.get(..=level).unwrap_or_default() == prefix
                })
                .count()
                .max(1);
            row.push(Head::new(text.clone(), span, 1));
            i = i.saturating_add(span);
        }
    }
}

/// The 栏次 row, when any column prints one.
fn number_row(sides: &[Side]) -> Option<Vec<Head>> {
    if !sides
        .iter()
        .any(|s| s.columns.iter().any(|(_, n)| n.is_some()))
    {
        return None;
    }
    let mut numbers = Vec::new();
    for side in sides {
        for (i, _) in side.stub.names.iter().enumerate() {
            numbers.push(Head::new(if i == 0 { "栏次" } else { "" }, 1, 1));
        }
        for (_, number) in &side.columns {
            numbers.push(Head::new(
                number.map(|n| n.to_string()).unwrap_or_default(),
                1,
                1,
            ));
        }
    }
    Some(numbers)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn levels_span_their_children() {
        let side = Side {
            title: None,
            stub: Stub {
                over: Some("项目".into()),
                names: vec!["科目编码".into(), "科目名称".into()],
            },
            columns: vec![
                ("本年支出 小计".into(), Some(1)),
                ("本年支出 基本支出".into(), Some(2)),
                ("年末结转和结余".into(), Some(3)),
            ],
        };
        let rows = header(&[side]);
        let texts: Vec<Vec<(&str, usize, usize)>> = rows
            .iter()
            .map(|r| {
                r.iter()
                    .map(|h| (h.text.as_str(), h.colspan, h.rowspan))
                    .collect()
            })
            .collect();
        assert_eq!(
            texts,
            [
                vec![("项目", 2, 1), ("本年支出", 2, 1), ("年末结转和结余", 1, 2)],
                vec![
                    ("科目编码", 1, 1),
                    ("科目名称", 1, 1),
                    ("小计", 1, 1),
                    ("基本支出", 1, 1)
                ],
                vec![
                    ("栏次", 1, 1),
                    ("", 1, 1),
                    ("1", 1, 1),
                    ("2", 1, 1),
                    ("3", 1, 1)
                ],
            ]
        );
    }

    #[test]
    fn enumerations_are_dropped_from_names() {
        assert_eq!(bare("一、一般公共服务支出"), "一般公共服务支出");
        assert_eq!(bare("十一、城乡社区支出"), "城乡社区支出");
        assert_eq!(bare("(一) 车辆数合计(辆)"), "车辆数合计(辆)");
        assert_eq!(bare("1. 主要负责人用车"), "主要负责人用车");
        assert_eq!(bare("本年收入合计"), "本年收入合计");
    }
}
