//! Lines of the tables with fixed items (公开01表, 公开04表, 公开10表): a 行次, an item of the
//! template, the printed name and a value. A line without an item is a filler line: the
//! template prints its 行次 and nothing else.

use crate::classification::{FunctionCode, Level};
use crate::finding::Location;

use super::{ClassLine, Problem, ProblemKind, row_label};

/// The three kinds of fiscal appropriation (财政拨款), one per budget.
///
/// ```
/// use final_accounts::tables::Fund;
/// assert_eq!(Fund::GovernmentFund.name_zh(), "政府性基金预算财政拨款");
/// assert_eq!(Fund::ALL.len(), 3);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Fund {
    /// 一般公共预算财政拨款.
    GeneralBudget,
    /// 政府性基金预算财政拨款.
    GovernmentFund,
    /// 国有资本经营预算财政拨款.
    StateCapital,
}

impl Fund {
    /// The three funds in template order.
    pub const ALL: [Fund; 3] = [
        Fund::GeneralBudget,
        Fund::GovernmentFund,
        Fund::StateCapital,
    ];

    /// The key used in JSON and in column keys: `general_budget`, `government_fund`,
    /// `state_capital`.
    #[must_use]
    pub fn key(self) -> &'static str {
        match self {
            Fund::GeneralBudget => "general_budget",
            Fund::GovernmentFund => "government_fund",
            Fund::StateCapital => "state_capital",
        }
    }

    /// The Chinese name.
    #[must_use]
    pub fn name_zh(self) -> &'static str {
        match self {
            Fund::GeneralBudget => "一般公共预算财政拨款",
            Fund::GovernmentFund => "政府性基金预算财政拨款",
            Fund::StateCapital => "国有资本经营预算财政拨款",
        }
    }

    fn from_key(key: &str) -> Option<Fund> {
        Fund::ALL.into_iter().find(|f| f.key() == key)
    }
}

/// An item of a fixed-item table ([`ExpenditureItem`], [`IncomeItem`](super::IncomeItem), …):
/// how it is written in JSON and read back. Sealed.
pub trait ItemKey: Sized + Copy + PartialEq + super::columns::private::Sealed {
    /// The JSON key (`current_year_total`, or a 类 code such as `208`).
    fn key(&self) -> String;
    /// Reads a JSON key.
    ///
    /// # Errors
    ///
    /// [`ProblemKind::UnknownItem`] for a key the table does not have, and the code errors
    /// for a malformed code.
    fn parse_key(key: &str) -> Result<Self, ProblemKind>;
    /// The code, for items keyed by a classification code.
    fn code(&self) -> Option<FunctionCode> {
        None
    }
}

/// An item of the expenditure side of 公开01表 and 公开04表.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ExpenditureItem {
    /// A 类 of the functional classification ("八、社会保障和就业支出" is 208; the code is the
    /// key, the printed name is kept beside it).
    Class(FunctionCode),
    /// A 类 line of the template known by its printed name only: no source at hand gives its
    /// code, and no catalog given names it ("二十、粮油物资储备支出"). Its JSON key is the name.
    NamedClass(ClassLine),
    /// 本年支出合计.
    CurrentYearTotal,
    /// 结余分配.
    SurplusDistribution,
    /// 年末结转和结余 (公开04表: 年末财政拨款结转和结余).
    ClosingBalance,
    /// 总计.
    GrandTotal,
}

impl ExpenditureItem {
    /// Whether it is a 类 line, by code or by name.
    ///
    /// ```
    /// use final_accounts::tables::{ClassLine, ExpenditureItem};
    /// let grain = ClassLine::named("粮油物资储备支出").unwrap();
    /// assert!(ExpenditureItem::NamedClass(grain).is_class());
    /// assert!(!ExpenditureItem::GrandTotal.is_class());
    /// ```
    #[must_use]
    pub fn is_class(self) -> bool {
        matches!(
            self,
            ExpenditureItem::Class(_) | ExpenditureItem::NamedClass(_)
        )
    }

    /// Whether it is the 类 line of a classified table's 类 row printed with `code` and
    /// `name`: the same code, or, for a line known by name only, the same name.
    ///
    /// ```
    /// use final_accounts::tables::{ClassLine, ExpenditureItem};
    /// let grain = ExpenditureItem::NamedClass(ClassLine::named("粮油物资储备支出").unwrap());
    /// let code = "222".parse()?;
    /// assert!(grain.is_class_of(code, "粮油物资储备支出"));
    /// assert!(!grain.is_class_of(code, "其他支出"));
    /// assert!(ExpenditureItem::Class(code).is_class_of(code, "any name"));
    /// # Ok::<(), final_accounts::Error>(())
    /// ```
    #[must_use]
    pub fn is_class_of(self, code: FunctionCode, name: &str) -> bool {
        match self {
            ExpenditureItem::Class(c) => c == code,
            ExpenditureItem::NamedClass(line) => ClassLine::named(name) == Some(line),
            _ => false,
        }
    }
}

const EXPENDITURE_KEYS: &[(&str, ExpenditureItem)] = &[
    ("current_year_total", ExpenditureItem::CurrentYearTotal),
    ("surplus_distribution", ExpenditureItem::SurplusDistribution),
    ("closing_balance", ExpenditureItem::ClosingBalance),
    ("grand_total", ExpenditureItem::GrandTotal),
];

impl super::columns::private::Sealed for ExpenditureItem {}

impl ItemKey for ExpenditureItem {
    fn key(&self) -> String {
        match self {
            ExpenditureItem::Class(code) => code.to_string(),
            ExpenditureItem::NamedClass(line) => line.name().to_owned(),
            other => key_of(EXPENDITURE_KEYS, other),
        }
    }

    fn parse_key(key: &str) -> Result<Self, ProblemKind> {
        if key.starts_with(|c: char| c.is_ascii_digit()) {
            let code =
                FunctionCode::parse(key).map_err(|error| ProblemKind::InvalidCode { error })?;
            if code.level() != Level::Class {
                return Err(ProblemKind::WrongCode {
                    expected: "a 类 code of 3 digits",
                    found: key.to_owned(),
                });
            }
            return Ok(ExpenditureItem::Class(code));
        }
        if let Some(line) = ClassLine::named(key) {
            return Ok(line
                .code()
                .map_or(ExpenditureItem::NamedClass(line), ExpenditureItem::Class));
        }
        lookup(EXPENDITURE_KEYS, key, "a 类 code or a 类 line's name")
    }

    fn code(&self) -> Option<FunctionCode> {
        match self {
            ExpenditureItem::Class(code) => Some(*code),
            _ => None,
        }
    }
}

/// The key of `item` in a key table (empty for an item the table does not list).
pub(crate) fn key_of<T: PartialEq>(table: &[(&str, T)], item: &T) -> String {
    table
        .iter()
        .find(|(_, listed)| listed == item)
        .map(|(k, _)| (*k).to_owned())
        .unwrap_or_default()
}

/// Finds `key` in a key table, or reports the keys allowed.
pub(crate) fn lookup<T: Copy>(
    table: &[(&str, T)],
    key: &str,
    extra: &str,
) -> Result<T, ProblemKind> {
    table
        .iter()
        .find(|(k, _)| *k == key)
        .map(|(_, v)| *v)
        .ok_or_else(|| {
            let mut expected: Vec<&str> = table.iter().map(|(k, _)| *k).collect();
            if !extra.is_empty() {
                expected.push(extra);
            }
            ProblemKind::UnknownItem {
                found: key.to_owned(),
                expected: expected.join(", "),
            }
        })
}

/// A key table with the three fund keys in front.
pub(crate) fn fund_key<T: Copy>(key: &str, wrap: fn(Fund) -> T) -> Option<T> {
    Fund::from_key(key).map(wrap)
}

/// One printed line of a fixed-item table.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Line<K, V> {
    line: Option<u16>,
    item: Option<K>,
    name: String,
    value: V,
}

impl<K: Copy, V> Line<K, V> {
    /// A line for `item` with its printed name and value.
    #[must_use]
    pub fn new(item: K, name: impl Into<String>, value: V) -> Line<K, V> {
        Line {
            line: None,
            item: Some(item),
            name: name.into(),
            value,
        }
    }

    /// A filler line: only its 行次 is printed.
    #[must_use]
    pub fn filler(line: u16) -> Line<K, V>
    where
        V: Default,
    {
        Line {
            line: Some(line),
            item: None,
            name: String::new(),
            value: V::default(),
        }
    }

    /// A line without an item but with a printed name (a heading, or a line the template
    /// leaves unnamed), and a value (which must be blank).
    #[must_use]
    pub fn unnamed(name: impl Into<String>, value: V) -> Line<K, V> {
        Line {
            line: None,
            item: None,
            name: name.into(),
            value,
        }
    }

    /// The same line with its 行次.
    #[must_use]
    pub fn with_line(mut self, line: u16) -> Line<K, V> {
        self.line = Some(line);
        self
    }

    /// The 行次, if printed.
    #[must_use]
    pub fn line(&self) -> Option<u16> {
        self.line
    }

    /// The item, `None` for a filler line.
    #[must_use]
    pub fn item(&self) -> Option<K> {
        self.item
    }

    /// The printed name.
    #[must_use]
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The value.
    #[must_use]
    pub fn value(&self) -> &V {
        &self.value
    }

    pub(crate) fn value_mut(&mut self) -> &mut V {
        &mut self.value
    }

    #[cfg_attr(not(feature = "serde"), allow(dead_code))]
    pub(crate) fn from_parts(
        line: Option<u16>,
        item: Option<K>,
        name: String,
        value: V,
    ) -> Line<K, V> {
        Line {
            line,
            item,
            name,
            value,
        }
    }
}

impl<K: ItemKey, V> Line<K, V> {
    /// How locations name this line: a class code, else the printed name, else the item's
    /// key; with the 行次 when printed ("本年收入合计（行次27）", "208（行次39）", "行次9").
    #[must_use]
    pub fn label(&self) -> String {
        let key = match self.item {
            Some(item) => match item.code() {
                Some(code) => Some(code.to_string()),
                None if !self.name.is_empty() => Some(self.name.clone()),
                None => Some(item.key()),
            },
            None if !self.name.is_empty() => Some(self.name.clone()),
            None => None,
        };
        row_label(key.as_deref(), self.line)
    }
}

/// Rejects repeated items and values on lines without an item.
pub(crate) fn check_lines<K: ItemKey, V>(
    place: &Location,
    lines: &[Line<K, V>],
    value_of: impl Fn(&V) -> Option<String>,
    problems: &mut Vec<Problem>,
) {
    let mut seen: Vec<K> = Vec::with_capacity(lines.len());
    for line in lines {
        let at = || place.clone().row(line.label());
        match line.item {
            Some(item) => {
                if seen.contains(&item) {
                    problems.push(Problem::new(at(), ProblemKind::DuplicateRow));
                } else {
                    seen.push(item);
                }
            }
            None => {
                if let Some(value) = value_of(&line.value) {
                    problems.push(Problem::new(at(), ProblemKind::ValueInFillerLine { value }));
                }
            }
        }
    }
}

/// The first line carrying `item`.
pub(crate) fn find<K: PartialEq + Copy, V>(lines: &[Line<K, V>], item: K) -> Option<&Line<K, V>> {
    lines.iter().find(|l| l.item == Some(item))
}

/// Re-expresses the amount of each line in the table's unit and precision; a value on a line
/// of a column the table does not print is a problem.
pub(crate) fn normalize_amount_lines<K: ItemKey>(
    meta: &super::TableMeta,
    column: &str,
    lines: &mut [Line<K, super::Cell>],
    problems: &mut Vec<Problem>,
) {
    let place = meta.location();
    for line in lines {
        let label = line.label();
        let at = || place.clone().row(label.clone()).column(column);
        meta.normalize_cell(column, &mut line.value, at, problems);
    }
}

#[cfg(feature = "serde")]
pub(crate) mod raw_lines {
    use super::{ItemKey, Line};
    use crate::finding::Location;
    use crate::money::MoneyUnit;
    use crate::tables::raw::RawRow;
    use crate::tables::{Cell, Problem, ProblemKind};

    /// The key of the one amount cell of a line.
    pub(crate) const AMOUNT: &str = "amount";

    /// Reads the item of a raw line; `Err(())` when it is invalid (the problem is recorded).
    pub(crate) fn read_item<K: ItemKey>(
        place: &Location,
        raw: &RawRow,
        problems: &mut Vec<Problem>,
    ) -> Result<Option<K>, ()> {
        let at = || place.clone().row(raw.label());
        if let Some(code) = &raw.code {
            problems.push(Problem::new(
                at(),
                ProblemKind::UnknownItem {
                    found: code.clone(),
                    expected: "an \"item\" key, not \"code\"".to_owned(),
                },
            ));
            return Err(());
        }
        match &raw.item {
            None => Ok(None),
            Some(key) => match K::parse_key(key) {
                Ok(item) => Ok(Some(item)),
                Err(kind) => {
                    problems.push(Problem::new(at(), kind));
                    Err(())
                }
            },
        }
    }

    /// Reads lines with one amount cell (key `amount`).
    pub(crate) fn read_amount_lines<K: ItemKey>(
        place: &Location,
        rows: &[RawRow],
        unit: MoneyUnit,
        problems: &mut Vec<Problem>,
    ) -> Vec<Line<K, Cell>> {
        let mut lines = Vec::with_capacity(rows.len());
        for raw in rows {
            let Ok(item) = read_item::<K>(place, raw, problems) else {
                continue;
            };
            let mut cell = Cell::Blank;
            raw.read_cells(place, &[AMOUNT], unit, &mut [&mut cell], problems);
            lines.push(Line::from_parts(
                raw.line,
                item,
                raw.name.clone().unwrap_or_default(),
                cell,
            ));
        }
        lines
    }

    /// The raw shape of a line with cells `cells`.
    pub(crate) fn write_line<K: ItemKey, V>(
        line: &Line<K, V>,
        cells: Vec<(String, crate::tables::raw::RawCell)>,
    ) -> RawRow {
        RawRow {
            line: line.line(),
            code: None,
            item: line.item().map(|i| i.key()),
            name: Some(line.name().to_owned()).filter(|n| !n.is_empty()),
            cells,
        }
    }

    /// The raw shape of a line with one amount cell.
    pub(crate) fn write_amount_line<K: ItemKey>(line: &Line<K, Cell>) -> RawRow {
        let cells = Option::from(*line.value())
            .map(|raw| vec![(AMOUNT.to_owned(), raw)])
            .unwrap_or_default();
        write_line(line, cells)
    }
}
