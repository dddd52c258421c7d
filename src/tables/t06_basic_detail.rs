//! 公开06表 一般公共预算财政拨款基本支出决算明细表: basic expenditure by economic 类/款, split
//! into 人员经费 and 公用经费.

use super::check::{Checker, Placed, RowName};

/// The key of the one amount column.
const AMOUNT: &str = "amount";

fn placed_row(row: &EconomicRow) -> Placed<'_> {
    (&row.amount, Some(row as &dyn RowName), Some(AMOUNT))
}

impl RowName for EconomicRow {
    fn key(&self) -> Key {
        Key::Economic(self.code)
    }
}

impl RowName for NamedCell {
    fn key(&self) -> Key {
        Key::Text(self.name.clone().into_boxed_str())
    }
}
use super::{Cell, ColumnSpec, Problem, ProblemKind, SOURCE, TableError, TableMeta};
use crate::classification::{EconomicCode, EconomicLevel, EconomicScheme};
use crate::finding::{Area, Key, TableKind, Template};
use crate::finding::{Finding, Location, Rule, Severity};

/// The 类 whose amounts are 人员经费: 301 工资福利支出 and 303 对个人和家庭的补助. Everything
/// else in the table is 公用经费. \[D\]\[V\]: follows from the template's two totals; the spec
/// document adds up this way (999.16 = 998.08 + 1.08).
pub const PERSONNEL_CLASSES: &[&str] = &["301", "303"];

/// The 类 the template marks "——" in a 基本支出 table: 309 资本性支出（基本建设） and 311 对企业
/// 补助（基本建设）, which are never 基本支出. A value in such a row is a structural error.
pub const NOT_APPLICABLE_CLASSES: &[&str] = &["309", "311"];

/// The one column of 公开06表: 决算数 (printed once per block).
pub const COLUMNS: &[ColumnSpec] = &[ColumnSpec {
    key: "amount",
    name: "决算数",
}];

/// A row of 公开06表: an economic 类 or 款, its printed name and its 决算数.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct EconomicRow {
    code: EconomicCode,
    name: String,
    amount: Cell,
}

impl EconomicRow {
    /// A row for `code`.
    #[must_use]
    pub fn new(code: EconomicCode, name: impl Into<String>, amount: Cell) -> EconomicRow {
        EconomicRow {
            code,
            name: name.into(),
            amount,
        }
    }

    /// A row for the code written `code`.
    ///
    /// # Errors
    ///
    /// [`CodeError`](crate::classification::CodeError) when `code` is not a well-formed
    /// economic code.
    pub fn parse(
        code: &str,
        name: impl Into<String>,
        amount: Cell,
    ) -> Result<EconomicRow, crate::classification::CodeError> {
        Ok(Self::new(EconomicCode::parse(code)?, name, amount))
    }

    /// The code.
    #[must_use]
    pub fn code(&self) -> EconomicCode {
        self.code
    }

    /// The printed name.
    #[must_use]
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The 决算数.
    #[must_use]
    pub fn amount(&self) -> &Cell {
        &self.amount
    }

    /// Whether this row's 类 is one of the [`PERSONNEL_CLASSES`].
    #[must_use]
    pub fn is_personnel(&self) -> bool {
        let class = self.code.class().to_string();
        PERSONNEL_CLASSES.contains(&class.as_str())
    }
}

/// A total line with its printed name (人员经费合计, 公用经费合计).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct NamedCell {
    /// The printed name.
    pub name: String,
    /// The amount.
    pub amount: Cell,
}

impl NamedCell {
    /// A named cell.
    #[must_use]
    pub fn new(name: impl Into<String>, amount: Cell) -> NamedCell {
        NamedCell {
            name: name.into(),
            amount,
        }
    }
}

/// 公开06表 一般公共预算财政拨款基本支出决算明细表.
///
/// The rows are kept in their printed blocks (the spec prints four side-by-side blocks:
/// 301/303 | 302 | 307/309/310 | 310 continued/311/312/313/399; another template prints two).
/// Reading the blocks in order gives the hierarchy: a 款 follows its 类, possibly in the next
/// block.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BasicDetailTable {
    meta: TableMeta,
    blocks: Vec<Vec<EconomicRow>>,
    personnel_total: Option<NamedCell>,
    public_total: Option<NamedCell>,
}

impl BasicDetailTable {
    /// Builds the table from its header, its blocks of rows in printed order and its two
    /// totals.
    ///
    /// # Errors
    ///
    /// [`TableError::Invalid`] listing every structural problem: a code printed twice, a code
    /// of the government scheme (5xx), a 款 without its 类 row or printed under another 类, a
    /// value in a row of a [`NOT_APPLICABLE_CLASSES`] 类, an amount in another unit or with
    /// more decimals than the table prints, a bad header.
    pub fn new(
        meta: TableMeta,
        blocks: Vec<Vec<EconomicRow>>,
        personnel_total: Option<NamedCell>,
        public_total: Option<NamedCell>,
    ) -> Result<BasicDetailTable, TableError> {
        Self::build(meta, blocks, personnel_total, public_total, Vec::new())
    }

    fn build(
        mut meta: TableMeta,
        mut blocks: Vec<Vec<EconomicRow>>,
        mut personnel_total: Option<NamedCell>,
        mut public_total: Option<NamedCell>,
        mut problems: Vec<Problem>,
    ) -> Result<BasicDetailTable, TableError> {
        meta.check(COLUMNS, &mut problems);
        let place = meta.location();
        let unit = meta.unit();
        let decimals = meta.decimals();
        let column = meta.column_name("amount").unwrap_or("决算数").to_owned();
        let prints = meta.prints("amount");
        let normalize = |cell: &mut Cell, at: Location, problems: &mut Vec<Problem>| {
            match cell.normalize(unit, decimals) {
                Ok(c) => *cell = c,
                Err(kind) => problems.push(Problem::new(at.clone(), kind)),
            }
            if cell.has_amount() && !prints {
                problems.push(Problem::new(
                    at,
                    ProblemKind::ValueInUnprintedColumn {
                        value: cell.to_string(),
                    },
                ));
            }
        };
        for row in blocks.iter_mut().flatten() {
            let at = place
                .clone()
                .row(row.code.to_string())
                .column(column.clone());
            normalize(&mut row.amount, at, &mut problems);
        }
        for total in [&mut personnel_total, &mut public_total]
            .into_iter()
            .flatten()
        {
            let at = place.clone().row(total.name.clone()).column(column.clone());
            normalize(&mut total.amount, at, &mut problems);
        }
        check_rows(&place, &column, blocks.iter().flatten(), &mut problems);
        if !problems.is_empty() {
            return Err(TableError::Invalid {
                table: meta.place().to_owned(),
                problems,
            });
        }
        Ok(BasicDetailTable {
            meta,
            blocks,
            personnel_total,
            public_total,
        })
    }

    /// The findings of the table's own arithmetic (`t06.*`): rounding tails as info, breaks
    /// as errors. Computed on each call; building the table checks structure only.
    #[must_use]
    pub fn check(&self) -> Vec<Finding> {
        self.checked_with(false).0
    }

    /// The findings of the table's arithmetic; with `record`, every relation it checks as an
    /// edit too (`Table::checked` calls it so).
    pub(super) fn checked_with(&self, record: bool) -> (Vec<Finding>, Vec<crate::finding::Edit>) {
        let mut checker = Checker::new(TableKind::BasicDetail, &self.meta).recording(record);
        let placed = placed_row;
        let rows: Vec<&EconomicRow> = self.rows().collect();
        let classes: Vec<&EconomicRow> = rows
            .iter()
            .copied()
            .filter(|r| r.code.level() == EconomicLevel::Class)
            .collect();
        for class in &classes {
            let parts: Vec<Placed<'_>> = rows
                .iter()
                .filter(|r| r.code.parent() == Some(class.code))
                .map(|r| placed(r))
                .collect();
            if parts.is_empty() {
                continue;
            }
            checker.sum(
                &HIERARCHY,
                placed(class),
                &parts,
                &[],
                &Template {
                    zh: "类 = 所属各款之和",
                    en: "the 类 equals the sum of its 款",
                },
            );
        }
        let totals = [
            (
                &self.personnel_total,
                true,
                &PERSONNEL_TOTAL,
                &Template {
                    zh: "人员经费合计 = 301 + 303",
                    en: "人员经费合计 equals 301 plus 303",
                },
            ),
            (
                &self.public_total,
                false,
                &PUBLIC_TOTAL,
                &Template {
                    zh: "公用经费合计 = 301、303以外各类之和",
                    en: "公用经费合计 equals the sum of the 类 other than 301 and 303",
                },
            ),
        ];
        for (total, personnel, rule, what) in totals {
            let Some(total) = total else {
                continue;
            };
            let parts: Vec<Placed<'_>> = classes
                .iter()
                .filter(|r| r.is_personnel() == personnel)
                .map(|r| placed(r))
                .collect();
            checker.sum(
                rule,
                (&total.amount, Some(total as &dyn RowName), Some(AMOUNT)),
                &parts,
                &[],
                what,
            );
        }
        checker.finish()
    }

    /// The header.
    #[must_use]
    pub fn meta(&self) -> &TableMeta {
        &self.meta
    }

    /// The printed blocks of rows.
    #[must_use]
    pub fn blocks(&self) -> &[Vec<EconomicRow>] {
        &self.blocks
    }

    /// Every row in reading order (block after block).
    pub fn rows(&self) -> impl Iterator<Item = &EconomicRow> {
        self.blocks.iter().flatten()
    }

    /// The row of `code`, if printed.
    #[must_use]
    pub fn row(&self, code: EconomicCode) -> Option<&EconomicRow> {
        self.rows().find(|r| r.code == code)
    }

    /// The 人员经费合计 line, if printed.
    #[must_use]
    pub fn personnel_total(&self) -> Option<&NamedCell> {
        self.personnel_total.as_ref()
    }

    /// The 公用经费合计 line, if printed.
    #[must_use]
    pub fn public_total(&self) -> Option<&NamedCell> {
        self.public_total.as_ref()
    }
}

fn check_rows<'a>(
    place: &Location,
    column: &str,
    rows: impl Iterator<Item = &'a EconomicRow> + Clone,
    problems: &mut Vec<Problem>,
) {
    // Sets, not vectors: many rows stay O(n log n).
    let all: std::collections::BTreeSet<EconomicCode> = rows.clone().map(|r| r.code).collect();
    let mut seen: std::collections::BTreeSet<EconomicCode> = std::collections::BTreeSet::new();
    let mut class: Option<EconomicCode> = None;
    for row in rows {
        let at = || place.clone().row(row.code.to_string());
        if row.code.scheme() != EconomicScheme::Departmental {
            problems.push(Problem::new(
                at(),
                ProblemKind::WrongCode {
                    expected: "a code of the 部门预算支出经济分类 (3xx)",
                    found: row.code.to_string(),
                },
            ));
        }
        if !seen.insert(row.code) {
            problems.push(Problem::new(at(), ProblemKind::DuplicateRow));
            continue;
        }
        let own_class = row.code.class().to_string();
        if NOT_APPLICABLE_CLASSES.contains(&own_class.as_str()) && row.amount.has_amount() {
            problems.push(Problem::new(
                at().column(column),
                ProblemKind::ValueInNotApplicableCell {
                    value: row.amount.to_string(),
                },
            ));
        }
        match row.code.parent() {
            None => class = Some(row.code),
            Some(parent) if class != Some(parent) => {
                let kind = if all.contains(&parent) {
                    ProblemKind::Misplaced {
                        parent: parent.to_string(),
                        found: class.map_or_else(|| "nothing".to_owned(), |c| c.to_string()),
                    }
                } else {
                    ProblemKind::MissingParent {
                        parent: parent.to_string(),
                    }
                };
                problems.push(Problem::new(at(), kind));
            }
            Some(_) => {}
        }
    }
}

/// The rules of 公开06表.
/// `t06.hierarchy`: see [`RULES`].
pub const HIERARCHY: Rule = Rule::new(
    "t06.hierarchy",
    Area::Table(TableKind::BasicDetail),
    Severity::Error,
)
.titled("economic class sums", "基本支出明细表类款汇总")
.described("Each economic 类 equals the sum of its 款.")
.sourced(SOURCE);

/// `t06.personnel-total`: see [`RULES`].
pub const PERSONNEL_TOTAL: Rule = Rule::new(
    "t06.personnel-total",
    Area::Table(TableKind::BasicDetail),
    Severity::Error,
)
.titled("personnel cost total", "人员经费合计")
.described("人员经费合计 equals 301 工资福利支出 + 303 对个人和家庭的补助.")
.sourced(SOURCE);

/// `t06.public-total`: see [`RULES`].
pub const PUBLIC_TOTAL: Rule = Rule::new(
    "t06.public-total",
    Area::Table(TableKind::BasicDetail),
    Severity::Error,
)
.titled("public cost total", "公用经费合计")
.described("公用经费合计 equals the sum of the other 类 (302, 307, 309, 310, 311, 312, 313, 399).")
.sourced(SOURCE);

pub(crate) const RULES: &[&Rule] = &[&HIERARCHY, &PERSONNEL_TOTAL, &PUBLIC_TOTAL];

#[cfg(feature = "serde")]
mod serde_impl {
    use serde::{Deserialize, Deserializer, Serialize, Serializer};

    use super::{BasicDetailTable, EconomicRow, NamedCell};
    use crate::classification::EconomicCode;
    use crate::finding::Location;
    use crate::money::MoneyUnit;
    use crate::tables::meta::RawMeta;
    use crate::tables::raw::RawRow;
    use crate::tables::{Cell, Problem, ProblemKind, TableMeta};

    const AMOUNT: &str = "amount";

    #[derive(Serialize, Deserialize)]
    #[serde(deny_unknown_fields)]
    struct Raw {
        #[serde(deserialize_with = "crate::serde_util::table_meta")]
        meta: RawMeta,
        blocks: Vec<Vec<RawRow>>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        personnel_total: Option<RawRow>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        public_total: Option<RawRow>,
    }

    fn write(code: Option<String>, name: &str, cell: Cell) -> RawRow {
        RawRow {
            line: None,
            code,
            item: None,
            name: Some(name.to_owned()).filter(|n| !n.is_empty()),
            cells: Option::from(cell)
                .map(|raw| vec![(AMOUNT.to_owned(), raw)])
                .unwrap_or_default(),
        }
    }

    fn read_amount(
        place: &Location,
        raw: &RawRow,
        unit: MoneyUnit,
        problems: &mut Vec<Problem>,
    ) -> Cell {
        if raw.line.is_some() || raw.item.is_some() {
            problems.push(Problem::new(
                place.clone().row(raw.label()),
                ProblemKind::UnknownItem {
                    found: raw.item.clone().unwrap_or_else(|| "line".to_owned()),
                    expected: "only code, name and amount in 公开06表 rows".to_owned(),
                },
            ));
        }
        let mut cell = Cell::Blank;
        raw.read_cells(place, &[AMOUNT], unit, &mut [&mut cell], problems);
        cell
    }

    impl Serialize for BasicDetailTable {
        fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
            Raw {
                meta: self.meta.clone().into(),
                blocks: self
                    .blocks
                    .iter()
                    .map(|block| {
                        block
                            .iter()
                            .map(|r| write(Some(r.code.to_string()), &r.name, r.amount))
                            .collect()
                    })
                    .collect(),
                personnel_total: self
                    .personnel_total
                    .as_ref()
                    .map(|t| write(None, &t.name, t.amount)),
                public_total: self
                    .public_total
                    .as_ref()
                    .map(|t| write(None, &t.name, t.amount)),
            }
            .serialize(serializer)
        }
    }

    impl<'de> Deserialize<'de> for BasicDetailTable {
        fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
            let raw: Raw =
                crate::serde_util::object(deserializer, "table 公开06表 (basic_detail)")?;
            let meta = TableMeta::from(raw.meta);
            let place = meta.location();
            let unit = meta.unit();
            let mut problems = Vec::new();
            let mut blocks = Vec::with_capacity(raw.blocks.len());
            for raw_block in &raw.blocks {
                let mut block = Vec::with_capacity(raw_block.len());
                for raw_row in raw_block {
                    let amount = read_amount(&place, raw_row, unit, &mut problems);
                    let Some(code) = &raw_row.code else {
                        problems.push(Problem::new(
                            place.clone().row(raw_row.label()),
                            ProblemKind::WrongCode {
                                expected: "an economic code",
                                found: String::new(),
                            },
                        ));
                        continue;
                    };
                    match EconomicCode::parse(code) {
                        Ok(code) => block.push(EconomicRow::new(
                            code,
                            raw_row.name.clone().unwrap_or_default(),
                            amount,
                        )),
                        Err(error) => problems.push(Problem::new(
                            place.clone().row(raw_row.label()),
                            ProblemKind::InvalidCode { error },
                        )),
                    }
                }
                blocks.push(block);
            }
            let mut total = |raw: &Option<RawRow>| {
                raw.as_ref().map(|r| {
                    NamedCell::new(
                        r.name.clone().unwrap_or_default(),
                        read_amount(&place, r, unit, &mut problems),
                    )
                })
            };
            let personnel_total = total(&raw.personnel_total);
            let public_total = total(&raw.public_total);
            BasicDetailTable::build(meta, blocks, personnel_total, public_total, problems)
                .map_err(serde::de::Error::custom)
        }
    }
}
