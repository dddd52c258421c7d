//! What every table prints around its cells: label, title, unit name, year, money unit,
//! column headers, note and explanation.

use crate::finding::Location;
use crate::money::MoneyUnit;

use super::{Cell, ColumnSet, Problem, ProblemKind};

/// The unit line as printed: "部门名称：大同市人力资源和社会保障局" is caption 部门名称 and name
/// 大同市人力资源和社会保障局; 公开10表 prints 单位名称 instead.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(
    feature = "serde",
    serde(
        deny_unknown_fields,
        expecting = "the unit line: an object {\"caption\", \"name\"}"
    )
)]
pub struct UnitName {
    /// The caption printed before the name: 部门名称 or 单位名称.
    pub caption: String,
    /// The unit's name as printed.
    pub name: String,
}

/// The money-unit line as printed: "金额单位：万元" is caption 金额单位 and unit 万元;
/// 公开07表 and 公开08表 print "单位：万元".
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(
    feature = "serde",
    serde(
        deny_unknown_fields,
        expecting = "the money-unit line: an object {\"caption\", \"unit\"}"
    )
)]
pub struct MoneyHeader {
    /// The caption printed before the unit: 金额单位 or 单位.
    pub caption: String,
    /// The unit.
    pub unit: MoneyUnit,
}

/// A column as printed: its key in this crate, its printed name and its 栏次 when printed.
///
/// Which columns a table prints, their names and their 栏次 are layout, kept as data: the
/// spec's 公开08表 prints only 合计 / 基本支出 / 项目支出 of the fund columns, its 公开05表 names
/// the first column 小计, another template names it 合计 and prints no 栏次.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(
    feature = "serde",
    serde(
        deny_unknown_fields,
        expecting = "a column: an object {\"key\", \"name\", \"number\"}"
    )
)]
pub struct ColumnHeader {
    /// The column's key (see each table's column list, e.g. `total`, `fiscal`).
    pub key: String,
    /// The name as printed (header levels joined by a space, e.g. "决算数 合计").
    pub name: String,
    /// The 栏次 printed under the header, if any.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    pub number: Option<u16>,
}

impl ColumnHeader {
    /// A column header without 栏次.
    #[must_use]
    pub fn new(key: impl Into<String>, name: impl Into<String>) -> ColumnHeader {
        ColumnHeader {
            key: key.into(),
            name: name.into(),
            number: None,
        }
    }

    /// The same header with its 栏次.
    #[must_use]
    pub fn numbered(mut self, number: u16) -> ColumnHeader {
        self.number = Some(number);
        self
    }
}

/// A column a table type knows: its key and the name the 2023 template prints.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct ColumnSpec {
    /// The key, used in JSON and in [`ColumnHeader::key`].
    pub key: &'static str,
    /// The printed name in the spec's template (the default header).
    pub name: &'static str,
}

/// What a table prints around its cells.
///
/// Everything is kept as printed, so that the audit can check labels, unit names, years and
/// units across tables: a label may be missing (other templates print none) or wrong (the
/// spec prints its 支出决算表 as 公开09表).
///
/// ```
/// use final_accounts::money::MoneyUnit;
/// use final_accounts::tables::TableMeta;
///
/// let meta = TableMeta::new("收入决算表", MoneyUnit::WanYuan)
///     .with_label("公开02表")
///     .with_unit_name("部门名称", "大同市人力资源和社会保障局")
///     .with_period("2023年度")
///     .with_note("注：本表反映部门本年度取得的各项收入情况。");
/// assert_eq!(meta.year(), Some(2023));
/// assert_eq!(meta.place(), "公开02表");
/// assert_eq!(meta.money().caption, "金额单位");
/// assert_eq!(meta.decimals(), 2);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct TableMeta {
    label: Option<String>,
    title: String,
    unit_name: Option<UnitName>,
    period: Option<String>,
    money: MoneyHeader,
    decimals: u32,
    columns: Vec<ColumnHeader>,
    note: Option<String>,
    explanation: Option<String>,
}

impl TableMeta {
    /// A table titled `title` in `unit`, printed with two decimals and the caption 金额单位;
    /// no label, unit name, period, note or explanation; the default columns of its type.
    #[must_use]
    pub fn new(title: impl Into<String>, unit: MoneyUnit) -> TableMeta {
        TableMeta {
            label: None,
            title: title.into(),
            unit_name: None,
            period: None,
            money: MoneyHeader {
                caption: "金额单位".to_owned(),
                unit,
            },
            decimals: 2,
            columns: Vec::new(),
            note: None,
            explanation: None,
        }
    }

    /// With the printed label (公开01表 …).
    #[must_use]
    pub fn with_label(mut self, label: impl Into<String>) -> TableMeta {
        self.label = Some(label.into());
        self
    }

    /// With the unit line: caption (部门名称 / 单位名称) and name.
    #[must_use]
    pub fn with_unit_name(
        mut self,
        caption: impl Into<String>,
        name: impl Into<String>,
    ) -> TableMeta {
        self.unit_name = Some(UnitName {
            caption: caption.into(),
            name: name.into(),
        });
        self
    }

    /// With the period as printed ("2023年度").
    #[must_use]
    pub fn with_period(mut self, period: impl Into<String>) -> TableMeta {
        self.period = Some(period.into());
        self
    }

    /// With the caption of the money-unit line (金额单位 or 单位).
    #[must_use]
    pub fn with_money_caption(mut self, caption: impl Into<String>) -> TableMeta {
        self.money.caption = caption.into();
        self
    }

    /// With the number of decimals the table prints (2 in the disclosure templates).
    #[must_use]
    pub fn with_decimals(mut self, decimals: u32) -> TableMeta {
        self.decimals = decimals;
        self
    }

    /// With the column headers as printed (by default, the table type's columns without 栏次).
    #[must_use]
    pub fn with_columns(mut self, columns: Vec<ColumnHeader>) -> TableMeta {
        self.columns = columns;
        self
    }

    /// With the note printed under the table ("注：…").
    #[must_use]
    pub fn with_note(mut self, note: impl Into<String>) -> TableMeta {
        self.note = Some(note.into());
        self
    }

    /// With the explanation of an empty table ("说明：本表无数据").
    #[must_use]
    pub fn with_explanation(mut self, explanation: impl Into<String>) -> TableMeta {
        self.explanation = Some(explanation.into());
        self
    }

    /// The printed label (公开01表 …), if any.
    #[must_use]
    pub fn label(&self) -> Option<&str> {
        self.label.as_deref()
    }

    /// The printed title.
    #[must_use]
    pub fn title(&self) -> &str {
        &self.title
    }

    /// The unit line, if printed.
    #[must_use]
    pub fn unit_name(&self) -> Option<&UnitName> {
        self.unit_name.as_ref()
    }

    /// The period as printed ("2023年度"), if printed.
    #[must_use]
    pub fn period(&self) -> Option<&str> {
        self.period.as_deref()
    }

    /// The year the period starts with ("2023年度" → 2023), if it starts with four digits.
    #[must_use]
    pub fn year(&self) -> Option<u16> {
        let period = self.period.as_deref()?;
        let digits: String = period.chars().take_while(char::is_ascii_digit).collect();
        if digits.len() == 4 {
            digits.parse().ok()
        } else {
            None
        }
    }

    /// The money-unit line.
    #[must_use]
    pub fn money(&self) -> &MoneyHeader {
        &self.money
    }

    /// The money unit of every amount cell.
    #[must_use]
    pub fn unit(&self) -> MoneyUnit {
        self.money.unit
    }

    /// The decimals every amount is printed with.
    #[must_use]
    pub fn decimals(&self) -> u32 {
        self.decimals
    }

    /// The column headers as printed.
    #[must_use]
    pub fn columns(&self) -> &[ColumnHeader] {
        &self.columns
    }

    /// The note ("注：…"), if printed.
    #[must_use]
    pub fn note(&self) -> Option<&str> {
        self.note.as_deref()
    }

    /// The explanation of an empty table ("说明：本表无数据"), if printed.
    #[must_use]
    pub fn explanation(&self) -> Option<&str> {
        self.explanation.as_deref()
    }

    /// How findings and problems name this table: its printed label, or its title without
    /// one.
    #[must_use]
    pub fn place(&self) -> &str {
        self.label.as_deref().unwrap_or(&self.title)
    }

    /// A location naming this table.
    #[must_use]
    pub fn location(&self) -> Location {
        Location::table(self.place())
    }

    /// The printed name of the column `key`, if the table prints it.
    #[must_use]
    pub fn column_name(&self, key: &str) -> Option<&str> {
        self.columns
            .iter()
            .find(|c| c.key == key)
            .map(|c| c.name.as_str())
    }

    /// Whether the table prints the column `key`.
    #[must_use]
    pub fn prints(&self, key: &str) -> bool {
        self.columns.iter().any(|c| c.key == key)
    }

    /// Validates the header against the columns a table type knows; fills in the default
    /// columns when none are given.
    pub(crate) fn check(&mut self, known: &[ColumnSpec], problems: &mut Vec<Problem>) {
        let place = self.location();
        if self.title.trim().is_empty() {
            problems.push(Problem::new(
                place.clone(),
                ProblemKind::Empty { what: "the title" },
            ));
        }
        let max = self.money.unit.max_decimals();
        if self.decimals > max {
            problems.push(Problem::new(
                place.clone(),
                ProblemKind::DecimalsTooFine {
                    decimals: self.decimals,
                    unit: self.money.unit,
                    max,
                },
            ));
        }
        if self.columns.is_empty() {
            self.columns = known
                .iter()
                .map(|c| ColumnHeader::new(c.key, c.name))
                .collect();
            return;
        }
        let mut seen: Vec<&str> = Vec::with_capacity(self.columns.len());
        for column in &self.columns {
            if !known.iter().any(|k| k.key == column.key) {
                problems.push(Problem::new(
                    place.clone().column(column.key.clone()),
                    ProblemKind::UnknownColumn {
                        found: column.key.clone(),
                        expected: key_list(known),
                    },
                ));
            } else if seen.contains(&column.key.as_str()) {
                problems.push(Problem::new(
                    place.clone().column(column.key.clone()),
                    ProblemKind::DuplicateColumn {
                        key: column.key.clone(),
                    },
                ));
            }
            seen.push(&column.key);
        }
    }
}

/// The keys of `known`, comma separated.
pub(crate) fn key_list(known: &[ColumnSpec]) -> String {
    known.iter().map(|c| c.key).collect::<Vec<_>>().join(", ")
}

#[cfg(feature = "serde")]
pub(crate) use raw::RawMeta;

#[cfg(feature = "serde")]
mod raw {
    use super::{ColumnHeader, MoneyHeader, TableMeta, UnitName};

    /// The JSON shape of [`TableMeta`].
    #[derive(serde::Serialize, serde::Deserialize)]
    #[serde(
        deny_unknown_fields,
        expecting = "the table's header (meta): a JSON object"
    )]
    pub(crate) struct RawMeta {
        #[serde(default, skip_serializing_if = "Option::is_none")]
        label: Option<String>,
        title: String,
        #[serde(
            default,
            skip_serializing_if = "Option::is_none",
            deserialize_with = "crate::serde_util::optional_unit_name"
        )]
        unit_name: Option<UnitName>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        period: Option<String>,
        #[serde(deserialize_with = "crate::serde_util::money_line")]
        money: MoneyHeader,
        #[serde(deserialize_with = "crate::serde_util::decimals")]
        decimals: u32,
        #[serde(deserialize_with = "crate::serde_util::objects")]
        columns: Vec<ColumnHeader>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        note: Option<String>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        explanation: Option<String>,
    }

    impl From<RawMeta> for TableMeta {
        fn from(raw: RawMeta) -> TableMeta {
            TableMeta {
                label: raw.label,
                title: raw.title,
                unit_name: raw.unit_name,
                period: raw.period,
                money: raw.money,
                decimals: raw.decimals,
                columns: raw.columns,
                note: raw.note,
                explanation: raw.explanation,
            }
        }
    }

    impl From<TableMeta> for RawMeta {
        fn from(meta: TableMeta) -> RawMeta {
            RawMeta {
                label: meta.label,
                title: meta.title,
                unit_name: meta.unit_name,
                period: meta.period,
                money: meta.money,
                decimals: meta.decimals,
                columns: meta.columns,
                note: meta.note,
                explanation: meta.explanation,
            }
        }
    }
}

impl TableMeta {
    /// Brings a printed cell of column `key` to the table's unit and precision, and reports a
    /// value in a column the header does not print; `at` locates the cell.
    pub(crate) fn normalize_cell(
        &self,
        key: &str,
        cell: &mut Cell,
        at: impl Fn() -> Location,
        problems: &mut Vec<Problem>,
    ) {
        match cell.normalize(self.unit(), self.decimals()) {
            Ok(c) => *cell = c,
            Err(kind) => problems.push(Problem::new(at(), kind)),
        }
        if cell.has_amount() && !self.prints(key) {
            problems.push(Problem::new(
                at(),
                ProblemKind::ValueInUnprintedColumn {
                    value: cell.to_string(),
                },
            ));
        }
    }

    /// [`TableMeta::normalize_cell`] for every cell of a row's column set; `row` names the row.
    pub(crate) fn normalize_columns<C: ColumnSet>(
        &self,
        row: &str,
        columns: &mut C,
        problems: &mut Vec<Problem>,
    ) {
        let place = self.location();
        for (spec, cell) in C::COLUMNS.iter().zip(columns.cells_mut()) {
            let at = || place.clone().row(row).column(spec.key);
            self.normalize_cell(spec.key, cell, at, problems);
        }
    }
}

/// Names the table by its printed label or title, and its columns by their printed headers:
/// how the findings of a table checked on its own are shown.
///
/// ```
/// use final_accounts::finding::{Lang, Place, TableKind};
/// use final_accounts::money::MoneyUnit;
/// use final_accounts::tables::TableMeta;
/// let meta = TableMeta::new("收入决算表", MoneyUnit::WanYuan).with_label("公开02表");
/// let place = Place::table(TableKind::Income).column_key("total");
/// assert_eq!(place.display(&meta, Lang::En).to_string(), "公开02表 column total");
/// ```
impl crate::finding::Names for TableMeta {
    fn table(&self, _kind: crate::finding::TableKind) -> std::borrow::Cow<'_, str> {
        std::borrow::Cow::Borrowed(self.place())
    }

    fn column(
        &self,
        _kind: crate::finding::TableKind,
        key: &str,
    ) -> Option<std::borrow::Cow<'_, str>> {
        self.column_name(key).map(std::borrow::Cow::Borrowed)
    }
}
