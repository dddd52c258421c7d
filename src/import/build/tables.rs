//! The typed tables, one builder per kind of table, from the rows under the header.

use super::Ctx;
use super::header::{Header, column_set, header};
use super::items::{
    fiscal_income_item, income_item, info_item, is_total_name, self_item, three_public_key,
};
use crate::import::grid::{Row, figure_text, is_code, is_figure};
use crate::printed::{compact, starts_with_chinese_enumerator};
use crate::tables::{
    BasicDetailTable, Cell, ClassifiedRow, ClassifiedSpec, ClassifiedTable, ColumnHeader,
    CountCell, EconomicRow, FiscalColumns, FiscalIncomeItem, FiscalTable, IncomeExpenditureTable,
    InfoSection, InfoValue, Line, NamedCell, RelatedInfoTable, ThreePublicColumns,
    ThreePublicTable,
};

impl Ctx<'_, '_> {
    /// 公开02/03/05/07/08表: 合计 and 类/款/项 rows.
    pub(super) fn classified<S: ClassifiedSpec>(
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
    pub(super) fn sides(&self, header: &Header) -> [(usize, Option<usize>, Vec<usize>); 2] {
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
    pub(super) fn lines<K: Copy, V: Default + PartialEq>(
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
    pub(super) fn income_expenditure(
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
        let values: Vec<usize> = income_col.into_iter().chain(expenditure_col).collect();
        self.side_leftovers(data, &sides, &values);
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
    pub(super) fn fiscal(&mut self) -> Option<Result<FiscalTable, crate::tables::TableError>> {
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
        let read: Vec<usize> = income_col
            .into_iter()
            .chain(values.iter().map(|v| v.index))
            .collect();
        self.side_leftovers(data, &sides, &read);
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
    pub(super) fn basic_detail(
        &mut self,
    ) -> Option<Result<BasicDetailTable, crate::tables::TableError>> {
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
    pub(super) fn three_public(
        &mut self,
    ) -> Option<Result<ThreePublicTable, crate::tables::TableError>> {
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
                    self.unknown_column(&name);
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
    pub(super) fn related_info(
        &mut self,
    ) -> Option<Result<RelatedInfoTable, crate::tables::TableError>> {
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
            if filled.len() == 1 && starts_with_chinese_enumerator(&first) {
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
