//! From printed tables ([`RawTable`]) to the typed tables and the disclosure.

use core::str::FromStr;

use super::grid::{Document, RawTable, Row};
use super::surround::year_in;
use super::text::{compact, figure_text, is_code, is_dash, is_figure, strip_enumerator};
use super::{DiagnosticKind, ImportError, ImportOptions, Imported};
use crate::classification::{Catalog, Level, builtin};
use crate::disclosure::{Disclosure, DisclosureBuilder, PrintedOutline, TableKind};
use crate::money::MoneyUnit;
use crate::profile::Profile;
use crate::tables::{
    BasicDetailTable, Cell, ClassLine, ClassifiedRow, ClassifiedSpec, ClassifiedTable,
    ColumnHeader, ColumnSet, CountCell, EconomicRow, ExpenditureItem, FiscalColumns,
    FiscalIncomeItem, FiscalTable, Fund, IncomeExpenditureTable, IncomeItem, InfoItem, InfoSection,
    InfoValue, Line, NamedCell, RelatedInfoTable, TableMeta, ThreePublicColumns, ThreePublicTable,
    VehicleCategory,
};

/// Assembles the disclosure from what a reader found.
pub(crate) fn disclosure(
    mut doc: Document,
    options: &ImportOptions<'_>,
) -> Result<Imported, ImportError> {
    if doc.tables.is_empty() && doc.forms.is_empty() {
        return Err(ImportError::NotADisclosure { lines: doc.lines });
    }
    let year = doc
        .tables
        .iter()
        .find_map(|t| t.period.as_deref().and_then(year_in))
        .or_else(|| doc.titles.iter().find_map(|t| year_in(t)))
        .or_else(|| doc.forms.iter().find_map(|f| f.year))
        .ok_or(ImportError::NoYear)?;
    let unit_name = doc
        .tables
        .iter()
        .find_map(|t| t.unit_name.as_ref().map(|(_, name)| name.clone()))
        .or_else(|| doc.titles.iter().find_map(|t| unit_from_title(t)))
        .ok_or(ImportError::NoUnitName)?;
    let catalogs = Catalogs {
        given: options.catalog,
        builtin: builtin::functional(year),
    };
    let mut tables = core::mem::take(&mut doc.tables);
    for table in &mut tables {
        table.rows = split_mixed_rows(core::mem::take(&mut table.rows));
    }
    let mut builder = Disclosure::builder(unit_name, year);
    let mut seen: Vec<TableKind> = Vec::new();
    let mut damaged: Vec<TableKind> = Vec::new();
    for raw in &tables {
        if seen.contains(&raw.kind) {
            doc.note(
                raw.line,
                &raw.title,
                DiagnosticKind::DuplicateTable { table: raw.place() },
            );
            continue;
        }
        let mut ctx = Ctx {
            doc: &mut doc,
            raw,
            catalogs,
        };
        if let Some(next) = ctx.add(builder.clone()) {
            builder = next;
            seen.push(raw.kind);
        } else if !damaged.contains(&raw.kind) {
            damaged.push(raw.kind);
        }
    }
    let blocks = core::mem::take(&mut doc.forms);
    let forms = blocks
        .iter()
        .filter_map(|block| super::forms::form(block, year, &mut doc))
        .collect();
    let outline = PrintedOutline::new(core::mem::take(&mut doc.outline));
    if let Some(profile) = profile_of(&tables, &seen) {
        builder = builder.profile(profile.id());
    }
    let mut disclosure = builder.forms(forms).outline(outline).build()?;
    let prose = core::mem::take(&mut doc.prose);
    let narrative = super::narrative::read(&prose, &disclosure, &mut doc.diagnostics);
    disclosure.set_narrative(narrative);
    let mut diagnostics = doc.diagnostics;
    diagnostics.sort_by_key(|d| d.line);
    damaged.retain(|kind| !seen.contains(kind));
    Ok(Imported {
        disclosure,
        diagnostics,
        damaged,
    })
}

/// The built-in template profile the tables follow: every table built prints the title of the
/// profile's slot for it, and a label exactly when the slot has one.
fn profile_of(tables: &[RawTable], built: &[TableKind]) -> Option<&'static Profile> {
    if built.is_empty() {
        return None;
    }
    Profile::builtins().iter().find(|profile| {
        built.iter().all(|kind| {
            let printed = tables.iter().find(|t| t.kind == *kind);
            match (profile.slot(*kind), printed) {
                (Some(slot), Some(t)) => {
                    compact(&slot.title) == t.title && slot.label.is_some() == t.label.is_some()
                }
                _ => false,
            }
        })
    })
}

/// The unit name a title prints before its year: "中共上海市普陀区委社会工作部2024年度部门决算".
fn unit_from_title(title: &str) -> Option<String> {
    let year = year_in(title)?.to_string();
    let (before, _) = title.split_once(&year)?;
    let name = before.trim();
    (!name.is_empty()).then(|| name.to_owned())
}

/// What building one table needs.
struct Ctx<'a, 'd> {
    doc: &'d mut Document,
    raw: &'a RawTable,
    catalogs: Catalogs<'a>,
}

/// Where the codes of 类 printed by name are looked up: the catalog given, then the built-in
/// one of the report year, then any built-in edition.
#[derive(Debug, Clone, Copy)]
struct Catalogs<'a> {
    given: Option<&'a Catalog>,
    builtin: Option<&'static Catalog>,
}

impl Catalogs<'_> {
    fn class(&self, name: &str) -> Option<crate::classification::FunctionCode> {
        let found = |catalog: &Catalog| {
            catalog
                .by_name(name)
                .find(|e| e.code().level() == Level::Class)
                .map(|e| e.code())
        };
        self.given
            .and_then(found)
            .or_else(|| self.builtin.and_then(found))
            .or_else(|| builtin::functional_catalogs().iter().rev().find_map(found))
    }
}

/// The header of a table: a name per column (group names joined by a space), the 栏次 numbers,
/// and where the data rows start.
#[derive(Debug, Default)]
struct Header {
    /// Per column, the names of each header level that covers it, top first.
    levels: Vec<Vec<String>>,
    numbers: Vec<Option<u16>>,
    data_start: usize,
}

impl Header {
    fn name(&self, column: usize) -> String {
        self.levels
            .get(column)
            .map(|parts| parts.join(" "))
            .unwrap_or_default()
    }

    fn leaf(&self, column: usize) -> String {
        self.levels
            .get(column)
            .and_then(|parts| parts.last().cloned())
            .unwrap_or_default()
    }

    fn number(&self, column: usize) -> Option<u16> {
        self.numbers.get(column).copied().flatten()
    }

    fn width(&self) -> usize {
        self.levels.len()
    }

    fn columns_where(&self, test: impl Fn(&str) -> bool) -> Vec<usize> {
        (0..self.width()).filter(|c| test(&self.name(*c))).collect()
    }
}

/// A row of 栏次 numbers: "栏次" first, or only the numbers 1, 2, 3 … in order.
fn is_numbering(row: &Row) -> bool {
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
fn is_data(row: &Row) -> bool {
    !is_numbering(row)
        && (row.filled().any(|(_, c)| is_code(c) || is_figure(c))
            || row
                .filled()
                .next()
                .is_some_and(|(_, c)| super::text::starts_with_chinese_enumerator(c))
            || row.filled().next().is_some_and(|(_, c)| is_total_name(c))
                && row
                    .filled()
                    .skip(1)
                    .all(|(_, c)| is_dash(c) || is_total_name(c)))
}

/// Whether a header cell names a label column (code, name, item), not a value column.
fn is_label_header(text: &str) -> bool {
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
fn is_sides(row: &Row) -> bool {
    let filled: Vec<String> = row.filled().map(|(_, c)| compact(c).into_owned()).collect();
    filled.len() == 2 && filled.iter().all(|c| c == "收入" || c == "支出")
}

/// How many rows a header may span.
const HEADER_REACH: usize = 6;

/// Reads the header rows at the top of `rows`; a level that only repeats (part of) the table's
/// `title` over every column ("财政拨款“三公”经费" above the 三公 table) is not a column group.
fn header(rows: &[Row], title: &str) -> Header {
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

fn cell(grid: &[Vec<String>], r: usize, c: usize) -> &str {
    grid.get(r)
        .and_then(|row| row.get(c))
        .map_or("", String::as_str)
}

/// The words that name each value column of a table, in the order they are tried: the first
/// entry one of whose words the printed header contains gives the column's key. Order matters
/// where one header contains another's words ("基本支出" inside "本年支出 基本支出").
type ColumnWords = &'static [(&'static [&'static str], &'static str)];

const INCOME_COLUMNS: ColumnWords = &[
    (&["附属单位"], "affiliated"),
    (&["上级补助"], "superior"),
    (&["事业收入"], "institution"),
    (&["经营收入"], "business"),
    (&["其他收入"], "other"),
    (&["财政拨款"], "fiscal"),
    (&["合计"], "total"),
];

const EXPENDITURE_COLUMNS: ColumnWords = &[
    (&["上缴上级"], "remit"),
    (&["经营支出"], "business"),
    (&["附属单位"], "subsidy"),
    (&["基本支出"], "basic"),
    (&["项目支出"], "project"),
    (&["合计"], "total"),
];

const GENERAL_BUDGET_COLUMNS: ColumnWords = &[
    (&["基本支出"], "basic"),
    (&["项目支出"], "project"),
    (&["小计", "合计", "本年支出"], "total"),
];

const FUND_COLUMNS: ColumnWords = &[
    (&["年初"], "opening"),
    (&["年末"], "closing"),
    (&["本年收入"], "income"),
    (&["基本支出"], "basic"),
    (&["项目支出"], "project"),
    (&["小计", "合计", "本年支出"], "expenditure"),
];

const FISCAL_COLUMNS: ColumnWords = &[
    (&["一般公共预算"], "general_budget"),
    (&["政府性基金"], "government_fund"),
    (&["国有资本"], "state_capital"),
    (&["合计"], "total"),
];

/// The key of a value column of a table, from its printed header.
fn column_key(kind: TableKind, name: &str) -> Option<&'static str> {
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
fn column_set<C: ColumnSet>(pairs: &[(&'static str, Cell)]) -> C {
    let mut set = C::default();
    for (spec, slot) in C::COLUMNS.iter().zip(set.cells_mut()) {
        if let Some((_, cell)) = pairs.iter().find(|(k, _)| *k == spec.key) {
            *slot = *cell;
        }
    }
    set
}

/// A value column: where it is printed, its key and header.
#[derive(Debug, Clone)]
struct ValueColumn {
    index: usize,
    key: &'static str,
}

impl Ctx<'_, '_> {
    fn place(&self) -> String {
        self.raw.place()
    }

    fn unit(&self) -> MoneyUnit {
        self.raw.money.as_ref().map_or(MoneyUnit::WanYuan, |m| m.1)
    }

    fn note(&mut self, line: usize, text: &str, kind: DiagnosticKind) {
        self.doc.note(line, text, kind);
    }

    fn unread_row(&mut self, row: &Row, reason: &str) {
        let table = self.place();
        self.note(
            row.line,
            &row.text(),
            DiagnosticKind::UnreadRow {
                table,
                reason: reason.to_owned(),
            },
        );
    }

    fn unread_cell(&mut self, row: &Row, column: usize, reason: String) {
        let table = self.place();
        self.note(
            row.line,
            &row.text(),
            DiagnosticKind::UnreadCell {
                table,
                column: column.saturating_add(1),
                reason,
            },
        );
    }

    /// Reads a cell of figures; a cell that is no figure is reported and read as blank.
    fn amount(&mut self, row: &Row, column: usize) -> Cell {
        let text = row.cell(column);
        match Cell::parse(&figure_text(text), self.unit()) {
            Ok(cell) => cell,
            Err(error) => {
                self.unread_cell(row, column, format!("\"{text}\" is not a figure: {error}"));
                Cell::Blank
            }
        }
    }

    /// Reports filled cells outside the columns read.
    fn leftovers(&mut self, row: &Row, read: &[usize]) {
        let extra: Vec<(usize, String)> = row
            .filled()
            .filter(|(i, _)| !read.contains(i))
            .map(|(i, c)| (i, c.to_owned()))
            .collect();
        for (i, text) in extra {
            self.unread_cell(
                row,
                i,
                format!("\"{text}\" is under no column of the table"),
            );
        }
    }

    /// The header of the table as its meta keeps it.
    fn meta(&mut self, columns: Vec<ColumnHeader>) -> TableMeta {
        let raw = self.raw;
        let (caption, unit) = match &raw.money {
            Some((caption, unit)) => (caption.clone(), *unit),
            None => {
                let table = self.place();
                self.note(
                    raw.line,
                    &raw.title,
                    DiagnosticKind::Assumed {
                        table,
                        what: "money unit line (金额单位：万元)".to_owned(),
                        value: "万元".to_owned(),
                    },
                );
                ("金额单位".to_owned(), MoneyUnit::WanYuan)
            }
        };
        let mut meta = TableMeta::new(raw.title.clone(), unit)
            .with_money_caption(caption)
            .with_columns(columns);
        if let Some(label) = &raw.label {
            meta = meta.with_label(label.clone());
        }
        if let Some((caption, name)) = &raw.unit_name {
            meta = meta.with_unit_name(caption.clone(), name.clone());
        }
        if let Some(period) = &raw.period {
            meta = meta.with_period(period.clone());
        }
        if let Some(note) = &raw.note {
            meta = meta.with_note(note.clone());
        }
        if let Some(explanation) = &raw.explanation {
            meta = meta.with_explanation(explanation.clone());
        }
        meta
    }

    fn rejected(&mut self, error: &dyn core::fmt::Display) {
        let table = self.place();
        let (line, title) = (self.raw.line, self.raw.title.clone());
        self.note(
            line,
            &title,
            DiagnosticKind::TableRejected {
                table,
                error: error.to_string(),
            },
        );
    }

    /// Builds the table and adds it to the builder; `None` when it could not be built.
    fn add(&mut self, builder: DisclosureBuilder) -> Option<DisclosureBuilder> {
        macro_rules! built {
            ($result:expr, $setter:ident) => {
                match $result {
                    Some(Ok(table)) => Some(builder.$setter(table)),
                    Some(Err(error)) => {
                        self.rejected(&error);
                        None
                    }
                    None => None,
                }
            };
        }
        match self.raw.kind {
            TableKind::IncomeExpenditure => built!(self.income_expenditure(), income_expenditure),
            TableKind::Income => built!(self.classified(), income),
            TableKind::Expenditure => built!(self.classified(), expenditure),
            TableKind::Fiscal => built!(self.fiscal(), fiscal),
            TableKind::GeneralBudget => built!(self.classified(), general_budget),
            TableKind::BasicDetail => built!(self.basic_detail(), basic_detail),
            TableKind::GovernmentFund => built!(self.classified(), government_fund),
            TableKind::StateCapital => built!(self.classified(), state_capital),
            TableKind::ThreePublic => built!(self.three_public(), three_public),
            TableKind::RelatedInfo => built!(self.related_info(), related_info),
        }
    }

    /// The value columns of a table, each header matched to a key; unmatched headers are
    /// reported.
    fn value_columns(&mut self, header: &Header, columns: &[usize]) -> Vec<ValueColumn> {
        let mut out: Vec<ValueColumn> = Vec::new();
        for &index in columns {
            let name = header.name(index);
            if name.is_empty() {
                continue;
            }
            match column_key(self.raw.kind, &name) {
                Some(key) if !out.iter().any(|v| v.key == key) => {
                    out.push(ValueColumn { index, key })
                }
                _ => {
                    let table = self.place();
                    let line = self.raw.rows.first().map_or(self.raw.line, |r| r.line);
                    self.note(
                        line,
                        &name,
                        DiagnosticKind::UnknownColumn {
                            table,
                            header: name.clone(),
                        },
                    );
                }
            }
        }
        out
    }

    fn headers(
        header: &Header,
        columns: &[ValueColumn],
        name: impl Fn(usize) -> String,
    ) -> Vec<ColumnHeader> {
        columns
            .iter()
            .map(|v| {
                let h = ColumnHeader::new(v.key, name(v.index));
                match header.number(v.index) {
                    Some(n) => h.numbered(n),
                    None => h,
                }
            })
            .collect()
    }

    /// 公开02/03/05/07/08表: 合计 and 类/款/项 rows.
    fn classified<S: ClassifiedSpec>(
        &mut self,
    ) -> Option<Result<ClassifiedTable<S>, crate::tables::TableError>> {
        let raw = self.raw;
        let header = header(&raw.rows, &raw.title);
        let code_col = header
            .columns_where(|n| n.contains("代码") || n.contains("编码"))
            .first()
            .copied()
            .unwrap_or(0);
        let name_col = header
            .columns_where(|n| n.contains("名称"))
            .first()
            .copied()
            .unwrap_or(code_col.saturating_add(1));
        let line_col = header
            .columns_where(|n| n.contains("行次"))
            .first()
            .copied();
        let others: Vec<usize> = (0..header.width())
            .filter(|c| *c != code_col && *c != name_col && Some(*c) != line_col)
            .collect();
        let values = self.value_columns(&header, &others);
        let columns = Self::headers(&header, &values, |i| header.name(i));
        let meta = self.meta(columns);
        let mut rows: Vec<ClassifiedRow<S::Columns>> = Vec::new();
        // How often each code is printed: a row printed a third time (and more) adds nothing
        // to what the table's constructor reports (the repeat, said once), so a text damaged
        // by a row repeated a million times is not read into a million rows.
        let mut printed: std::collections::BTreeMap<String, u8> = std::collections::BTreeMap::new();
        for row in raw.rows.iter().skip(header.data_start) {
            if row.is_empty() {
                continue;
            }
            let code = compact(row.cell(code_col));
            if is_code(&code) {
                let times = printed.entry(code.to_string()).or_insert(0);
                *times = times.saturating_add(1);
                if *times > 2 {
                    continue;
                }
            }
            let name = row.cell(name_col).to_owned();
            let cells: Vec<(&'static str, Cell)> = values
                .iter()
                .map(|v| (v.key, self.amount(row, v.index)))
                .collect();
            let mut read: Vec<usize> = values.iter().map(|v| v.index).collect();
            read.extend([code_col, name_col]);
            read.extend(line_col);
            self.leftovers(row, &read);
            let set: S::Columns = column_set(&cells);
            let built = if is_code(&code) {
                match ClassifiedRow::code(&code, name, set) {
                    Ok(r) => r,
                    Err(error) => {
                        self.unread_row(row, &format!("the code \"{code}\" is not valid: {error}"));
                        continue;
                    }
                }
            } else if is_total_name(&code) || is_total_name(&name) {
                let printed = if is_total_name(&code) {
                    code
                } else {
                    compact(&name)
                };
                ClassifiedRow::total(printed, set)
            } else {
                self.unread_row(row, "no classification code and not a 合计 row");
                continue;
            };
            let built = match line_col.and_then(|c| row.cell(c).parse::<u16>().ok()) {
                Some(n) => built.with_line(n),
                None => built,
            };
            rows.push(built);
        }
        Some(ClassifiedTable::new(meta, rows))
    }

    /// The two sides of a summary table (公开01表, 公开04表): for each, its item column, its
    /// 行次 column and its value columns.
    fn sides(&self, header: &Header) -> [(usize, Option<usize>, Vec<usize>); 2] {
        let items = header.columns_where(|n| n.contains("项目"));
        let first = items.first().copied().unwrap_or(0);
        let second = items
            .get(1)
            .copied()
            .unwrap_or_else(|| header.width().saturating_div(2));
        let side = |from: usize, to: usize| {
            let line = (from..to).find(|c| header.name(*c).contains("行次"));
            let values = (from..to)
                .filter(|c| *c != from && Some(*c) != line)
                .collect::<Vec<_>>();
            (from, line, values)
        };
        [side(first, second), side(second, header.width())]
    }

    /// Reads one side's lines of a summary table; `value` reads the side's cells.
    fn lines<K: Copy, V: Default + PartialEq>(
        &mut self,
        rows: &[Row],
        (item_col, line_col, _): &(usize, Option<usize>, Vec<usize>),
        mut item: impl FnMut(&str) -> Option<K>,
        mut value: impl FnMut(&mut Self, &Row) -> V,
    ) -> Vec<Line<K, V>> {
        let mut out = Vec::new();
        for row in rows {
            let name = row.cell(*item_col).to_owned();
            let number = line_col.and_then(|c| row.cell(c).parse::<u16>().ok());
            let v = value(self, row);
            let blank = v == V::default();
            let line = if name.is_empty() {
                if !blank {
                    self.unread_row(row, "a value without an item name");
                    continue;
                }
                match number {
                    Some(n) => Line::filler(n),
                    None => continue,
                }
            } else if let Some(k) = item(&name) {
                Line::new(k, name, v)
            } else if blank {
                self.unread_row(
                    row,
                    "the name is no item of the table; kept as an unnamed line",
                );
                Line::unnamed(name, v)
            } else {
                self.unread_row(row, "the name is no item of the table");
                continue;
            };
            out.push(match number {
                Some(n) => line.with_line(n),
                None => line,
            });
        }
        out
    }

    /// 公开01表.
    fn income_expenditure(
        &mut self,
    ) -> Option<Result<IncomeExpenditureTable, crate::tables::TableError>> {
        let raw = self.raw;
        let header = header(&raw.rows, &raw.title);
        let sides = self.sides(&header);
        let [income_side, expenditure_side] = &sides;
        let income_col = income_side.2.first().copied();
        let expenditure_col = expenditure_side.2.first().copied();
        let mut columns = Vec::new();
        for (key, col) in [("income", income_col), ("expenditure", expenditure_col)] {
            if let Some(c) = col {
                let h = ColumnHeader::new(key, header.leaf(c));
                columns.push(match header.number(c) {
                    Some(n) => h.numbered(n),
                    None => h,
                });
            }
        }
        let meta = self.meta(columns);
        let data = raw.rows.get(header.data_start..).unwrap_or_default();
        for row in data {
            let mut read: Vec<usize> = Vec::new();
            for (item, line, _) in &sides {
                read.push(*item);
                read.extend(*line);
            }
            read.extend(income_col);
            read.extend(expenditure_col);
            self.leftovers(row, &read);
        }
        let income = self.lines(data, income_side, income_item, |ctx, row| {
            income_col.map_or(Cell::Blank, |c| ctx.amount(row, c))
        });
        let catalogs = self.catalogs;
        let expenditure_lines = self.lines(
            data,
            expenditure_side,
            |n| self_item(catalogs, n),
            |ctx, row| expenditure_col.map_or(Cell::Blank, |c| ctx.amount(row, c)),
        );
        Some(IncomeExpenditureTable::new(meta, income, expenditure_lines))
    }

    /// 公开04表.
    fn fiscal(&mut self) -> Option<Result<FiscalTable, crate::tables::TableError>> {
        let raw = self.raw;
        let header = header(&raw.rows, &raw.title);
        let sides = self.sides(&header);
        let [income_side, expenditure_side] = &sides;
        let income_col = income_side.2.first().copied();
        let values = self.value_columns(&header, &expenditure_side.2);
        let mut columns = Vec::new();
        if let Some(c) = income_col {
            let h = ColumnHeader::new("income", header.leaf(c));
            columns.push(match header.number(c) {
                Some(n) => h.numbered(n),
                None => h,
            });
        }
        columns.extend(Self::headers(&header, &values, |i| header.leaf(i)));
        let meta = self.meta(columns);
        let data = raw.rows.get(header.data_start..).unwrap_or_default();
        for row in data {
            let mut read: Vec<usize> = Vec::new();
            for (item, line, _) in &sides {
                read.push(*item);
                read.extend(*line);
            }
            read.extend(income_col);
            read.extend(values.iter().map(|v| v.index));
            self.leftovers(row, &read);
        }
        let mut opening_seen = false;
        let income = self.lines(
            data,
            income_side,
            |name| {
                let item = fiscal_income_item(name, opening_seen);
                if item == Some(FiscalIncomeItem::OpeningBalance) {
                    opening_seen = true;
                }
                item
            },
            |ctx, row| income_col.map_or(Cell::Blank, |c| ctx.amount(row, c)),
        );
        let catalogs = self.catalogs;
        let expenditure = self.lines(
            data,
            expenditure_side,
            |n| self_item(catalogs, n),
            |ctx, row| {
                let cells: Vec<(&'static str, Cell)> = values
                    .iter()
                    .map(|v| (v.key, ctx.amount(row, v.index)))
                    .collect();
                column_set::<FiscalColumns>(&cells)
            },
        );
        Some(FiscalTable::new(meta, income, expenditure))
    }

    /// 公开06表: blocks of (code, name, amount) side by side, and the two 经费合计 cells.
    fn basic_detail(&mut self) -> Option<Result<BasicDetailTable, crate::tables::TableError>> {
        let raw = self.raw;
        let header = header(&raw.rows, &raw.title);
        let code_cols = header.columns_where(|n| {
            let leaf = n.rsplit(' ').next().unwrap_or(n);
            leaf.contains("代码") || leaf.contains("编码")
        });
        let blocks_at: Vec<(usize, usize, usize)> = code_cols
            .iter()
            .map(|c| (*c, c.saturating_add(1), c.saturating_add(2)))
            .collect();
        let amount_name = blocks_at
            .first()
            .map_or_else(|| "决算数".to_owned(), |(_, _, a)| header.leaf(*a));
        let meta = self.meta(vec![ColumnHeader::new("amount", amount_name)]);
        let mut blocks: Vec<Vec<EconomicRow>> = vec![Vec::new(); blocks_at.len()];
        let mut personnel: Option<NamedCell> = None;
        let mut public: Option<NamedCell> = None;
        for row in raw.rows.iter().skip(header.data_start) {
            let mut read: Vec<usize> = Vec::new();
            // The 经费合计 cells: a label, then its amount in the next filled cell.
            let filled: Vec<(usize, String)> =
                row.filled().map(|(i, c)| (i, c.to_owned())).collect();
            for (k, (i, text)) in filled.iter().enumerate() {
                let c = compact(text);
                let slot = if c.contains("人员经费") {
                    &mut personnel
                } else if c.contains("公用经费") {
                    &mut public
                } else {
                    continue;
                };
                read.push(*i);
                let amount = filled
                    .get(k.saturating_add(1))
                    .filter(|(_, t)| is_figure(t) || t.trim().is_empty());
                let cell = match amount {
                    Some((j, _)) => {
                        read.push(*j);
                        self.amount(row, *j)
                    }
                    None => Cell::Blank,
                };
                *slot = Some(NamedCell::new(c, cell));
            }
            for ((code_col, name_col, amount_col), block) in blocks_at.iter().zip(blocks.iter_mut())
            {
                let code = compact(row.cell(*code_col));
                if code.is_empty() || read.contains(code_col) {
                    continue;
                }
                read.extend([*code_col, *name_col, *amount_col]);
                let amount = self.amount(row, *amount_col);
                match EconomicRow::parse(&code, row.cell(*name_col), amount) {
                    Ok(r) => block.push(r),
                    Err(error) => {
                        self.unread_cell(
                            row,
                            *code_col,
                            format!("the code \"{code}\" is not valid: {error}"),
                        );
                    }
                }
            }
            self.leftovers(row, &read);
        }
        blocks.retain(|b| !b.is_empty());
        Some(BasicDetailTable::new(meta, blocks, personnel, public))
    }

    /// 公开09表: the 预算数 and 决算数 of each item.
    fn three_public(&mut self) -> Option<Result<ThreePublicTable, crate::tables::TableError>> {
        let raw = self.raw;
        let header = header(&raw.rows, &raw.title);
        let mut columns: Vec<(usize, bool, &'static str)> = Vec::new();
        for index in 0..header.width() {
            let name = header.name(index);
            if name.is_empty() {
                continue;
            }
            match three_public_key(&name) {
                Some((budget, key))
                    if !columns.iter().any(|(_, b, k)| *b == budget && *k == key) =>
                {
                    columns.push((index, budget, key));
                }
                _ => {
                    let table = self.place();
                    let line = raw.rows.first().map_or(raw.line, |r| r.line);
                    self.note(
                        line,
                        &name,
                        DiagnosticKind::UnknownColumn {
                            table,
                            header: name.clone(),
                        },
                    );
                }
            }
        }
        let headers = columns
            .iter()
            .map(|(index, budget, key)| {
                let prefix = if *budget { "budget" } else { "actual" };
                let h = ColumnHeader::new(format!("{prefix}_{key}"), header.name(*index));
                match header.number(*index) {
                    Some(n) => h.numbered(n),
                    None => h,
                }
            })
            .collect();
        let meta = self.meta(headers);
        let mut budget: Vec<(&'static str, Cell)> = Vec::new();
        let mut actual: Vec<(&'static str, Cell)> = Vec::new();
        let mut seen = false;
        for row in raw.rows.iter().skip(header.data_start) {
            if row.is_empty() {
                continue;
            }
            if seen {
                self.unread_row(
                    row,
                    "the table has one row of figures; a second one is not read",
                );
                continue;
            }
            seen = true;
            for (index, is_budget, key) in &columns {
                let cell = self.amount(row, *index);
                if *is_budget {
                    budget.push((key, cell));
                } else {
                    actual.push((key, cell));
                }
            }
            let read: Vec<usize> = columns.iter().map(|(i, _, _)| *i).collect();
            self.leftovers(row, &read);
        }
        Some(ThreePublicTable::new(
            meta,
            column_set::<ThreePublicColumns>(&budget),
            column_set::<ThreePublicColumns>(&actual),
        ))
    }

    /// 公开10表: sections of lines, amounts and counts.
    fn related_info(&mut self) -> Option<Result<RelatedInfoTable, crate::tables::TableError>> {
        let raw = self.raw;
        let mut name_col = 0_usize;
        let mut line_col: Option<usize> = Some(1);
        let mut value_col = 2_usize;
        let mut value_name: Option<String> = None;
        let mut sections: Vec<InfoSection> = Vec::new();
        for row in &raw.rows {
            let filled: Vec<(usize, String)> =
                row.filled().map(|(i, c)| (i, c.to_owned())).collect();
            let Some((first_at, first)) = filled.first().cloned() else {
                continue;
            };
            if compact(&first) == "项目" {
                name_col = first_at;
                line_col = (0..row.cells.len())
                    .find(|c| compact(row.cell(*c)) == "行次")
                    .or(line_col);
                if let Some((i, text)) = filled.iter().skip(1).rfind(|(_, t)| compact(t) != "行次")
                {
                    value_col = *i;
                    value_name.get_or_insert_with(|| compact(text).into_owned());
                }
                continue;
            }
            if filled.len() == 1 && super::text::starts_with_chinese_enumerator(&first) {
                sections.push(InfoSection {
                    title: first.trim().to_owned(),
                    lines: Vec::new(),
                });
                continue;
            }
            let name = row.cell(name_col).to_owned();
            let section_title = sections.last().map(|s| s.title.clone()).unwrap_or_default();
            let Some(item) = info_item(&section_title, &name) else {
                self.unread_row(row, "the name is no item of the table");
                continue;
            };
            let text = row.cell(value_col).to_owned();
            let value = if item.is_count() {
                let t = figure_text(&text);
                if t.is_empty() {
                    InfoValue::Count(CountCell::Blank)
                } else if t == crate::tables::NOT_APPLICABLE {
                    InfoValue::Count(CountCell::NotApplicable)
                } else if let Ok(n) = t.parse::<u32>() {
                    InfoValue::Count(CountCell::Count(n))
                } else {
                    self.unread_cell(row, value_col, format!("\"{text}\" is not a count"));
                    InfoValue::Count(CountCell::Blank)
                }
            } else {
                InfoValue::Amount(self.amount(row, value_col))
            };
            let mut read = vec![name_col, value_col];
            read.extend(line_col);
            self.leftovers(row, &read);
            let mut line = Line::new(item, name, value);
            if let Some(n) = line_col.and_then(|c| row.cell(c).parse::<u16>().ok()) {
                line = line.with_line(n);
            }
            match sections.last_mut() {
                Some(section) => section.lines.push(line),
                None => sections.push(InfoSection {
                    title: String::new(),
                    lines: vec![line],
                }),
            }
        }
        let meta = self.meta(vec![ColumnHeader::new(
            "value",
            value_name.unwrap_or_else(|| "统计数".to_owned()),
        )]);
        Some(RelatedInfoTable::new(meta, sections))
    }
}

fn self_item(catalogs: Catalogs<'_>, name: &str) -> Option<ExpenditureItem> {
    let c = compact(strip_enumerator(name));
    if c.contains("支出合计") {
        Some(ExpenditureItem::CurrentYearTotal)
    } else if c == "结余分配" {
        Some(ExpenditureItem::SurplusDistribution)
    } else if c.starts_with("年末") && c.contains("结转") {
        Some(ExpenditureItem::ClosingBalance)
    } else if c == "总计" {
        Some(ExpenditureItem::GrandTotal)
    } else {
        // A line of the template is read by its printed name: its code where a source gives
        // it, else the code a catalog names it by, else the line itself.
        match ClassLine::named(&c) {
            Some(line) => Some(
                line.code()
                    .or_else(|| catalogs.class(&c))
                    .map_or(ExpenditureItem::NamedClass(line), ExpenditureItem::Class),
            ),
            None => catalogs.class(&c).map(ExpenditureItem::Class),
        }
    }
}

fn is_total_name(text: &str) -> bool {
    matches!(compact(text).as_ref(), "合计" | "总计")
}

/// The fund a name speaks of, if any.
fn fund_of(c: &str) -> Option<Fund> {
    if c.contains("一般公共预算") {
        Some(Fund::GeneralBudget)
    } else if c.contains("政府性基金") {
        Some(Fund::GovernmentFund)
    } else if c.contains("国有资本经营") {
        Some(Fund::StateCapital)
    } else {
        None
    }
}

fn income_item(name: &str) -> Option<IncomeItem> {
    let c = compact(strip_enumerator(name));
    if let Some(fund) = fund_of(&c) {
        return Some(IncomeItem::Appropriation(fund));
    }
    Some(if c.contains("上级补助") {
        IncomeItem::SuperiorSubsidy
    } else if c.contains("事业收入") {
        IncomeItem::InstitutionRevenue
    } else if c.contains("经营收入") {
        IncomeItem::BusinessRevenue
    } else if c.contains("附属单位") {
        IncomeItem::AffiliatedRemittance
    } else if c.contains("其他收入") {
        IncomeItem::OtherRevenue
    } else if c.contains("收入合计") {
        IncomeItem::CurrentYearTotal
    } else if c.contains("非财政拨款结余") {
        IncomeItem::NonFiscalBalanceUsed
    } else if c.starts_with("年初") && c.contains("结转") {
        IncomeItem::OpeningBalance
    } else if c == "总计" {
        IncomeItem::GrandTotal
    } else {
        return None;
    })
}

/// An income item of 公开04表; after the 年初…结转和结余 line, fund names are its parts.
fn fiscal_income_item(name: &str, after_opening: bool) -> Option<FiscalIncomeItem> {
    let c = compact(strip_enumerator(name));
    if c.starts_with("年初") && c.contains("结转") {
        return Some(FiscalIncomeItem::OpeningBalance);
    }
    if let Some(fund) = fund_of(&c) {
        return Some(if after_opening {
            FiscalIncomeItem::OpeningBalanceOf(fund)
        } else {
            FiscalIncomeItem::Appropriation(fund)
        });
    }
    if c.contains("收入合计") {
        Some(FiscalIncomeItem::CurrentYearTotal)
    } else if c == "总计" {
        Some(FiscalIncomeItem::GrandTotal)
    } else {
        None
    }
}

/// The group (预算数: `true`) and item key of a 三公 column, from its header parts in either
/// nesting ("预算数 公务接待费" or "公务接待费 预算数").
fn three_public_key(name: &str) -> Option<(bool, &'static str)> {
    let budget = if name.contains("预算数") {
        true
    } else if name.contains("决算数") {
        false
    } else {
        return None;
    };
    let leaf = name
        .split(' ')
        .rfind(|p| !p.contains("预算数") && !p.contains("决算数"))?;
    let key = if leaf.contains("因公出国") {
        "overseas"
    } else if leaf.contains("接待") {
        "reception"
    } else if leaf == "小计" || leaf.contains("购置及运行") {
        "vehicles"
    } else if leaf.contains("购置") {
        "vehicle_purchase"
    } else if leaf.contains("运行") {
        "vehicle_operation"
    } else if leaf.contains("合计") {
        "total"
    } else {
        return None;
    };
    Some((budget, key))
}

/// An item of 公开10表 from its section title and printed name.
fn info_item(section: &str, name: &str) -> Option<InfoItem> {
    let c = compact(strip_enumerator(name));
    let s = compact(section);
    if s.contains("采购") {
        return Some(match c.as_ref() {
            "合计" => InfoItem::ProcurementTotal,
            _ if c.contains("货物") => InfoItem::ProcurementGoods,
            _ if c.contains("工程") => InfoItem::ProcurementWorks,
            _ if c.contains("服务") => InfoItem::ProcurementServices,
            _ => return None,
        });
    }
    if s.contains("运行经费") {
        return if c.contains("行政单位") {
            Some(InfoItem::RunningCostsAdministrative)
        } else if c.contains("参照公务员法") || c.contains("参公") {
            Some(InfoItem::RunningCostsCivilService)
        } else {
            None
        };
    }
    if c.contains("车辆") && c.contains("合计") {
        return Some(InfoItem::VehiclesTotal);
    }
    if c.contains("设备") {
        return Some(InfoItem::Equipment);
    }
    if c.contains("用车") {
        let bare = strip_enumerator(name).trim();
        return VehicleCategory::from_str(bare)
            .or_else(|_| VehicleCategory::from_str(&c))
            .ok()
            .map(InfoItem::Vehicles);
    }
    None
}
