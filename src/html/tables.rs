//! Each of the ten tables laid out as its template prints it: the header with its spanning
//! cells and 栏次, the stub (科目代码 and 科目名称, or 项目 and 行次), the two sides of 公开01表
//! and 公开04表, the blocks of 公开06表 side by side, the one row of 公开09表 and the sections of
//! 公开10表. Every figure cell keeps its printed text (blank, 0.00 and —— as printed).

use crate::disclosure::{Disclosure, TableKind};
use crate::finding::Part;
use crate::profile::Profile;
use crate::tables::{
    BasicDetailTable, Cell, ClassifiedSpec, ClassifiedTable, ColumnSet, ColumnSpec,
    ExpenditureItem, FiscalIncomeItem, FiscalTable, Fund, IncomeExpenditureTable, IncomeItem,
    InfoItem, InfoValue, ItemKey, Line, RelatedInfoTable, RowKey, TableMeta, ThreePublicColumns,
    ThreePublicTable,
};

use super::grid::{Body, Grid, Role, Row, Side, Stub, bare, header, normal};

/// The grid of the table `kind` of the disclosure, if it has it.
pub(super) fn grid(disclosure: &Disclosure, kind: TableKind) -> Option<Grid> {
    let code = code_heading(disclosure);
    Some(match kind {
        TableKind::IncomeExpenditure => income_expenditure(disclosure.income_expenditure()?),
        TableKind::Income => classified(disclosure.income()?, code),
        TableKind::Expenditure => classified(disclosure.expenditure()?, code),
        TableKind::Fiscal => fiscal(disclosure.fiscal()?),
        TableKind::GeneralBudget => classified(disclosure.general_budget()?, code),
        TableKind::BasicDetail => basic_detail(disclosure.basic_detail()?, code),
        TableKind::GovernmentFund => classified(disclosure.government_fund()?, code),
        TableKind::StateCapital => classified(disclosure.state_capital()?, code),
        TableKind::ThreePublic => three_public(disclosure.three_public()?),
        TableKind::RelatedInfo => related_info(disclosure.related_info()?),
    })
}

/// The heading of the code column, as the disclosure's built-in profile prints it (科目编码 in
/// the Shanghai template), else 科目代码 (the Shanxi one's).
fn code_heading(disclosure: &Disclosure) -> &'static str {
    disclosure
        .profile()
        .and_then(Profile::builtin)
        .map_or("科目代码", Profile::code_heading)
}

/// A cell as printed: blank, "——" or the amount with its thousands separators.
fn printed(cell: &Cell) -> String {
    format!("{cell:#}")
}

/// The names a finding may give the column `key` of a table: its key, its printed name, each
/// level of the printed name, and the name its type gives it.
fn column_names(meta: &TableMeta, defaults: &[ColumnSpec], key: &str) -> Vec<String> {
    let mut names = vec![key.to_owned()];
    if let Some(name) = meta.column_name(key) {
        names.push(normal(name));
        names.extend(name.split_whitespace().map(str::to_owned));
    }
    if let Some(spec) = defaults.iter().find(|s| s.key == key) {
        names.push(normal(spec.name));
        names.extend(spec.name.split_whitespace().map(str::to_owned));
    }
    names
}

/// The printed figure columns of a table: name and 栏次.
fn printed_columns(meta: &TableMeta) -> Vec<(String, Option<u16>)> {
    meta.columns()
        .iter()
        .map(|c| (c.name.clone(), c.number))
        .collect()
}

fn project_stub(names: &[&str]) -> Stub {
    Stub {
        over: Some("项目".to_owned()),
        names: names.iter().map(|n| (*n).to_owned()).collect(),
    }
}

/// 合计 and 类/款/项 rows: code, name (the 合计 row's name across both), 行次 when printed,
/// then the printed columns.
fn classified<S: ClassifiedSpec>(table: &ClassifiedTable<S>, code: &str) -> Grid {
    let meta = table.meta();
    let part = Part::Table(S::KIND);
    let lines = table.rows().iter().any(|r| r.line().is_some());
    let mut stub = vec![code, "科目名称"];
    if lines {
        stub.push("行次");
    }
    let head = header(&[Side {
        title: None,
        stub: project_stub(&stub),
        columns: printed_columns(meta),
    }]);
    let body = table
        .rows()
        .iter()
        .map(|r| {
            let row = match r.key() {
                RowKey::Code(c) => Row::new(c.to_string(), [r.label()]),
                RowKey::Total => {
                    Row::new("合计", [r.label(), r.name().to_owned(), "合计".to_owned()])
                }
            };
            let mut cells = match r.code_of() {
                Some(c) => vec![
                    Body::at(c.to_string(), Role::Code, &part, &row, "code", &[]),
                    Body::at(r.name(), Role::Name, &part, &row, "name", &[]),
                ],
                None => vec![Body::at(r.name(), Role::Name, &part, &row, "name", &[]).span(2)],
            };
            if lines {
                let line = r.line().map(|l| l.to_string()).unwrap_or_default();
                cells.push(Body::at(line, Role::Code, &part, &row, "line", &["行次"]));
            }
            for column in meta.columns() {
                let text = r.cells().cell(&column.key).map(printed).unwrap_or_default();
                let names = column_names(meta, S::Columns::COLUMNS, &column.key);
                let names: Vec<&str> = names.iter().map(String::as_str).collect();
                cells.push(Body::at(
                    text,
                    Role::Figure,
                    &part,
                    &row,
                    &column.key,
                    &names,
                ));
            }
            cells
        })
        .collect();
    Grid { head, body }
}

/// The names of a line of a fixed-item table: its label (with 行次), its printed name with and
/// without its enumeration, its item's key, its 行次, and `extra`.
fn line_row<K: ItemKey, V>(line: &Line<K, V>, extra: &[&str]) -> Row {
    let key = match (line.item(), line.line()) {
        (Some(item), _) => item.key(),
        (None, Some(n)) => format!("行次{n}"),
        (None, None) => line.name().to_owned(),
    };
    let mut names = vec![line.label(), line.name().to_owned(), bare(line.name())];
    if let Some(item) = line.item() {
        names.push(item.key());
        if let Some(code) = item.code() {
            names.push(code.to_string());
        }
    }
    if let Some(n) = line.line() {
        names.push(format!("行次{n}"));
    }
    names.extend(extra.iter().map(|e| (*e).to_owned()));
    Row::new(key, names)
}

/// The names the 说明 gives lines of the expenditure side by their item.
fn expenditure_names(item: Option<ExpenditureItem>) -> &'static [&'static str] {
    match item {
        Some(ExpenditureItem::GrandTotal) => &["支出总计", "总计"],
        Some(ExpenditureItem::CurrentYearTotal) => &["本年支出合计"],
        Some(ExpenditureItem::ClosingBalance) => &["年末结转和结余"],
        _ => &[],
    }
}

/// One side of a two-sided table, row by row: name, 行次 when the side prints them, figures.
struct SideCells {
    width: usize,
    rows: Vec<Vec<Body>>,
}

fn side_cells<K: ItemKey, V>(
    part: &Part,
    side: &str,
    lines: &[Line<K, V>],
    numbered: bool,
    names: impl Fn(Option<K>) -> Vec<&'static str>,
    figures: &dyn Fn(&V, &Row) -> Vec<Body>,
    figure_columns: usize,
) -> SideCells {
    let rows = lines
        .iter()
        .map(|line| {
            let row = line_row(line, &names(line.item()));
            // Both sides have lines of the same items (本年收入合计 and 本年支出合计 are both
            // current_year_total): the name and 行次 columns are named by their side.
            let name = format!("{side}_name");
            let number = format!("{side}_line");
            let mut cells = vec![Body::at(
                line.name(),
                Role::Name,
                part,
                &row,
                &name,
                &["name"],
            )];
            if numbered {
                let n = line.line().map(|l| l.to_string()).unwrap_or_default();
                cells.push(Body::at(
                    n,
                    Role::Code,
                    part,
                    &row,
                    &number,
                    &["line", "行次"],
                ));
            }
            cells.extend(figures(line.value(), &row));
            cells
        })
        .collect();
    SideCells {
        width: figure_columns.saturating_add(if numbered { 2 } else { 1 }),
        rows,
    }
}

/// Two sides next to each other, line by line; a side with fewer lines is padded with blank
/// cells.
fn two_sided(head: Vec<Vec<crate::html::grid::Head>>, left: SideCells, right: SideCells) -> Grid {
    let n = left.rows.len().max(right.rows.len());
    let pad =
        |width: usize| -> Vec<Body> { (0..width).map(|_| Body::plain("", Role::Figure)).collect() };
    let mut l = left.rows.into_iter();
    let mut r = right.rows.into_iter();
    let body = (0..n)
        .map(|_| {
            let mut cells = l.next().unwrap_or_else(|| pad(left.width));
            cells.extend(r.next().unwrap_or_else(|| pad(right.width)));
            cells
        })
        .collect();
    Grid { head, body }
}

/// The header of a two-sided table: 收入 and 支出 across their sides.
fn two_sided_head(
    meta: &TableMeta,
    left: (&[&str], &str),
    right: (&[&str], Vec<&str>),
) -> Vec<Vec<crate::html::grid::Head>> {
    let column = |key: &str| {
        meta.columns()
            .iter()
            .find(|c| c.key == key)
            .map(|c| (c.name.clone(), c.number))
    };
    header(&[
        Side {
            title: Some("收入".to_owned()),
            stub: Stub {
                over: None,
                names: left.0.iter().map(|n| (*n).to_owned()).collect(),
            },
            columns: column(left.1).into_iter().collect(),
        },
        Side {
            title: Some("支出".to_owned()),
            stub: Stub {
                over: None,
                names: right.0.iter().map(|n| (*n).to_owned()).collect(),
            },
            columns: right.1.iter().filter_map(|k| column(k)).collect(),
        },
    ])
}

/// A two-sided table (公开01表, 公开04表): the income lines with their one amount column
/// `income`, the expenditure lines with the printed columns `right`, each read by `cell_of`.
/// `income_names` and `expenditure_names` give the names the 说明 uses for lines by item.
struct TwoSided<'a, KI, KE, VE> {
    kind: TableKind,
    meta: &'a TableMeta,
    defaults: &'a [ColumnSpec],
    income: &'a [Line<KI, Cell>],
    income_names: fn(Option<KI>) -> &'static [&'static str],
    expenditure: &'a [Line<KE, VE>],
    expenditure_names: fn(Option<KE>) -> &'static [&'static str],
    cell_of: fn(&VE, &str) -> Option<Cell>,
}

impl<KI: ItemKey, KE: ItemKey, VE> TwoSided<'_, KI, KE, VE> {
    fn grid(&self) -> Grid {
        let part = Part::Table(self.kind);
        let left_numbered = self.income.iter().any(|l| l.line().is_some());
        let right_numbered = self.expenditure.iter().any(|l| l.line().is_some());
        let stub = |numbered: bool| -> &'static [&'static str] {
            if numbered {
                &["项目", "行次"]
            } else {
                &["项目"]
            }
        };
        let right: Vec<&str> = self
            .meta
            .columns()
            .iter()
            .map(|c| c.key.as_str())
            .filter(|k| *k != "income")
            .collect();
        let head = two_sided_head(
            self.meta,
            (stub(left_numbered), "income"),
            (stub(right_numbered), right.clone()),
        );
        let figure = |key: &str, side: &str, text: String, row: &Row| {
            let mut names = column_names(self.meta, self.defaults, key);
            names.push(side.to_owned());
            let names: Vec<&str> = names.iter().map(String::as_str).collect();
            Body::at(text, Role::Figure, &part, row, key, &names)
        };
        let income_amount =
            |cell: &Cell, row: &Row| vec![figure("income", "收入", printed(cell), row)];
        let expenditure_amounts = |value: &VE, row: &Row| {
            right
                .iter()
                .map(|key| {
                    let text = (self.cell_of)(value, key)
                        .map(|c| printed(&c))
                        .unwrap_or_default();
                    figure(key, "支出", text, row)
                })
                .collect()
        };
        let left = side_cells(
            &part,
            "income",
            self.income,
            left_numbered,
            |item| (self.income_names)(item).to_vec(),
            &income_amount,
            1,
        );
        let right_side = side_cells(
            &part,
            "expenditure",
            self.expenditure,
            right_numbered,
            |item| (self.expenditure_names)(item).to_vec(),
            &expenditure_amounts,
            right.len(),
        );
        two_sided(head, left, right_side)
    }
}

/// 公开01表: the income side and the expenditure side, one 金额 column each.
fn income_expenditure(table: &IncomeExpenditureTable) -> Grid {
    TwoSided {
        kind: TableKind::IncomeExpenditure,
        meta: table.meta(),
        defaults: crate::tables::INCOME_EXPENDITURE_COLUMNS,
        income: table.income(),
        income_names,
        expenditure: table.expenditure(),
        expenditure_names,
        cell_of: |cell: &Cell, _| Some(*cell),
    }
    .grid()
}

/// The names the 说明 gives lines of 公开01表's income side by their item.
fn income_names(item: Option<IncomeItem>) -> &'static [&'static str] {
    match item {
        Some(IncomeItem::GrandTotal) => &["收入总计", "总计"],
        Some(IncomeItem::CurrentYearTotal) => &["本年收入合计"],
        Some(IncomeItem::OpeningBalance) => &["年初结转和结余"],
        Some(IncomeItem::Appropriation(Fund::GeneralBudget)) => &["一般公共预算财政拨款收入"],
        Some(IncomeItem::Appropriation(Fund::GovernmentFund)) => &["政府性基金预算财政拨款收入"],
        Some(IncomeItem::Appropriation(Fund::StateCapital)) => &["国有资本经营预算财政拨款收入"],
        _ => &[],
    }
}

/// The names the 说明 gives lines of 公开04表's income side by their item.
fn fiscal_income_names(item: Option<FiscalIncomeItem>) -> &'static [&'static str] {
    match item {
        Some(FiscalIncomeItem::GrandTotal) => &["收入总计", "总计", "财政拨款收入总计"],
        Some(FiscalIncomeItem::CurrentYearTotal) => &["本年收入合计"],
        Some(FiscalIncomeItem::OpeningBalance) => &["年初财政拨款结转和结余"],
        Some(FiscalIncomeItem::Appropriation(Fund::GeneralBudget)) => &["一般公共预算财政拨款收入"],
        Some(FiscalIncomeItem::Appropriation(Fund::GovernmentFund)) => {
            &["政府性基金预算财政拨款收入"]
        }
        Some(FiscalIncomeItem::Appropriation(Fund::StateCapital)) => {
            &["国有资本经营预算财政拨款收入"]
        }
        _ => &[],
    }
}

/// 公开04表: the income side with one 金额 column, the expenditure side with 合计 and one
/// column per fund.
fn fiscal(table: &FiscalTable) -> Grid {
    TwoSided {
        kind: TableKind::Fiscal,
        meta: table.meta(),
        defaults: crate::tables::FISCAL_COLUMNS,
        income: table.income(),
        income_names: fiscal_income_names,
        expenditure: table.expenditure(),
        expenditure_names,
        cell_of: |columns: &crate::tables::FiscalColumns, key| columns.cell(key).copied(),
    }
    .grid()
}

/// 公开06表: its blocks side by side (人员经费, then 公用经费), each 科目代码, 科目名称, 决算数;
/// then the 人员经费合计 under the personnel blocks and the 公用经费合计 under the others.
fn basic_detail(table: &BasicDetailTable, code: &str) -> Grid {
    use crate::tables::BASIC_DETAIL_COLUMNS as COLUMNS;
    let meta = table.meta();
    let part = Part::Table(TableKind::BasicDetail);
    let personnel = |block: &[crate::tables::EconomicRow]| {
        block
            .first()
            .is_some_and(crate::tables::EconomicRow::is_personnel)
    };
    let column = meta
        .columns()
        .first()
        .map(|c| (c.name.clone(), c.number))
        .unwrap_or_else(|| ("决算数".to_owned(), None));
    let sides: Vec<Side> = table
        .blocks()
        .iter()
        .map(|block| Side {
            title: Some(
                if personnel(block) {
                    "人员经费"
                } else {
                    "公用经费"
                }
                .to_owned(),
            ),
            stub: Stub {
                over: None,
                names: vec![code.to_owned(), "科目名称".to_owned()],
            },
            columns: vec![column.clone()],
        })
        .collect();
    let head = header(&sides);
    let names = column_names(meta, COLUMNS, "amount");
    let names: Vec<&str> = names.iter().map(String::as_str).collect();
    let height = table.blocks().iter().map(Vec::len).max().unwrap_or(0);
    let mut body: Vec<Vec<Body>> = (0..height)
        .map(|i| {
            table
                .blocks()
                .iter()
                .flat_map(|block| match block.get(i) {
                    Some(r) => {
                        let row = Row::new(r.code().to_string(), []);
                        vec![
                            Body::at(r.code().to_string(), Role::Code, &part, &row, "code", &[]),
                            Body::at(r.name(), Role::Name, &part, &row, "name", &[]),
                            Body::at(
                                printed(r.amount()),
                                Role::Figure,
                                &part,
                                &row,
                                "amount",
                                &names,
                            ),
                        ]
                    }
                    None => (0..3).map(|_| Body::plain("", Role::Figure)).collect(),
                })
                .collect()
        })
        .collect();
    let personnel_width = table
        .blocks()
        .iter()
        .filter(|b| personnel(b))
        .count()
        .saturating_mul(3);
    body.extend(basic_detail_totals(table, &part, &names, personnel_width));
    Grid { head, body }
}

/// The 人员经费合计 under the personnel blocks of 公开06表 and the 公用经费合计 under the others,
/// in one row; `None` when the table prints neither.
fn basic_detail_totals(
    table: &BasicDetailTable,
    part: &Part,
    names: &[&str],
    personnel_width: usize,
) -> Option<Vec<Body>> {
    let total_width = table.blocks().len().saturating_mul(3);
    let mut totals = Vec::new();
    let mut used = 0_usize;
    for (total, width) in [
        (table.personnel_total(), personnel_width),
        (
            table.public_total(),
            total_width.saturating_sub(personnel_width),
        ),
    ] {
        let Some(total) = total else { continue };
        let row = Row::new(total.name.clone(), []);
        let span = width.saturating_sub(1).max(1);
        totals.push(Body::at(total.name.clone(), Role::Name, part, &row, "name", &[]).span(span));
        totals.push(Body::at(
            printed(&total.amount),
            Role::Figure,
            part,
            &row,
            "amount",
            names,
        ));
        used = used.saturating_add(span).saturating_add(1);
    }
    if !totals.is_empty() {
        if used < total_width {
            totals.push(Body::plain("", Role::Figure).span(total_width.saturating_sub(used)));
        }
        return Some(totals);
    }
    None
}

/// 公开09表: the one row of 预算数 and 决算数 figures under the printed header.
fn three_public(table: &ThreePublicTable) -> Grid {
    let meta = table.meta();
    let part = Part::Table(TableKind::ThreePublic);
    let head = header(&[Side {
        title: None,
        stub: Stub {
            over: None,
            names: Vec::new(),
        },
        columns: printed_columns(meta),
    }]);
    let cells = meta
        .columns()
        .iter()
        .map(|column| {
            let (stage, group, key) = match column.key.split_once('_') {
                Some(("budget", rest)) => ("预算数", table.budget(), rest),
                Some((_, rest)) => ("决算数", table.actual(), rest),
                None => ("决算数", table.actual(), column.key.as_str()),
            };
            let row = Row::new(stage, []);
            let mut names = column_names(meta, &[], &column.key);
            names.extend(column_names(meta, ThreePublicColumns::COLUMNS, key));
            let names: Vec<&str> = names.iter().map(String::as_str).collect();
            let text = group.cell(key).map(printed).unwrap_or_default();
            Body::at(text, Role::Figure, &part, &row, &column.key, &names)
        })
        .collect();
    Grid {
        head,
        body: vec![cells],
    }
}

/// The names the 说明 gives lines of 公开10表 by their item.
fn info_names(item: Option<InfoItem>) -> Vec<String> {
    let fixed: &[&str] = match item {
        Some(InfoItem::ProcurementTotal) => &["政府采购合计"],
        Some(InfoItem::ProcurementGoods) => &["政府采购货物"],
        Some(InfoItem::ProcurementWorks) => &["政府采购工程"],
        Some(InfoItem::ProcurementServices) => &["政府采购服务"],
        Some(InfoItem::VehiclesTotal) => &["车辆数合计"],
        _ => &[],
    };
    let mut names: Vec<String> = fixed.iter().map(|n| (*n).to_owned()).collect();
    if let Some(InfoItem::Vehicles(category)) = item {
        names.push(category.to_string());
    }
    names
}

/// 公开10表: each section's title across the table, then its lines: 项目, 行次, 统计数.
fn related_info(table: &RelatedInfoTable) -> Grid {
    use crate::tables::RELATED_INFO_COLUMNS as COLUMNS;
    let meta = table.meta();
    let part = Part::Table(TableKind::RelatedInfo);
    let numbered = table.lines().any(|l| l.line().is_some());
    let stub: &[&str] = if numbered {
        &["项目", "行次"]
    } else {
        &["项目"]
    };
    let head = header(&[Side {
        title: None,
        stub: Stub {
            over: None,
            names: stub.iter().map(|n| (*n).to_owned()).collect(),
        },
        columns: printed_columns(meta),
    }]);
    let width = stub.len().saturating_add(meta.columns().len());
    let names = column_names(meta, COLUMNS, "value");
    let names: Vec<&str> = names.iter().map(String::as_str).collect();
    let mut body = Vec::new();
    for section in table.sections() {
        let row = Row::new(bare(&section.title), [section.title.clone()]);
        body.push(vec![
            Body::at(
                section.title.clone(),
                Role::Section,
                &part,
                &row,
                "name",
                &[],
            )
            .span(width),
        ]);
        for line in &section.lines {
            let extra = info_names(line.item());
            let extra: Vec<&str> = extra.iter().map(String::as_str).collect();
            let row = line_row(line, &extra);
            let mut cells = vec![Body::at(line.name(), Role::Name, &part, &row, "name", &[])];
            if numbered {
                let n = line.line().map(|l| l.to_string()).unwrap_or_default();
                cells.push(Body::at(n, Role::Code, &part, &row, "line", &["行次"]));
            }
            let text = match line.value() {
                InfoValue::Amount(cell) => printed(cell),
                InfoValue::Count(count) => count.to_string(),
            };
            for column in meta.columns() {
                cells.push(Body::at(
                    text.clone(),
                    Role::Figure,
                    &part,
                    &row,
                    &column.key,
                    &names,
                ));
            }
            body.push(cells);
        }
    }
    Grid { head, body }
}
