//! From printed tables ([`RawTable`]) to the typed tables and the disclosure.

mod header;
mod items;
mod tables;

use header::{Header, column_key, split_mixed_rows};

use super::grid::{Document, RawTable, Row, figure_text};
use super::surround::year_in;
use super::{DiagnosticKind, ImportError, ImportOptions, Imported};
use crate::classification::{Catalog, Level, builtin};
use crate::disclosure::{Disclosure, DisclosureBuilder, PrintedOutline, TableKind};
use crate::money::MoneyUnit;
use crate::profile::{PrintedTable, Profile};
use crate::tables::{Cell, ColumnHeader, TableMeta};

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

/// The built-in template profile the tables follow: of the built-in profiles that fit the
/// tables built exactly (every table built prints the title of the profile's slot for it, and
/// a label exactly when the slot has one), the closest ([`Profile::closest_in`]).
fn profile_of(tables: &[RawTable], built: &[TableKind]) -> Option<&'static Profile> {
    let printed: Vec<PrintedTable<'_>> = built
        .iter()
        .filter_map(|kind| tables.iter().find(|t| t.kind == *kind))
        .map(|t| PrintedTable {
            kind: t.kind,
            label: t.label.as_deref(),
            title: &t.title,
        })
        .collect();
    let exact = Profile::builtins()
        .iter()
        .filter(|profile| profile.fit(&printed).is_exact());
    Profile::closest_in(&printed, exact).map(|(profile, _)| profile)
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

    /// Reports a header that names no column of the table.
    fn unknown_column(&mut self, name: &str) {
        let table = self.place();
        let line = self.raw.rows.first().map_or(self.raw.line, |r| r.line);
        self.note(
            line,
            name,
            DiagnosticKind::UnknownColumn {
                table,
                header: name.to_owned(),
            },
        );
    }

    /// Reports what a row of a two-sided table prints beyond the columns read: the item and
    /// line columns of each side and `values`.
    fn side_leftovers(
        &mut self,
        data: &[Row],
        sides: &[(usize, Option<usize>, Vec<usize>); 2],
        values: &[usize],
    ) {
        for row in data {
            let mut read: Vec<usize> = Vec::new();
            for (item, line, _) in sides {
                read.push(*item);
                read.extend(*line);
            }
            read.extend(values);
            self.leftovers(row, &read);
        }
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
                    self.unknown_column(&name);
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
}
