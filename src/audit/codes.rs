//! Rules on classification codes (`code.*`): every row code known to the catalog of the report
//! year, with the name printed there.
//!
//! # What is checked
//!
//! * Functional codes (支出功能分类) of the 类/款/项 rows of 公开02表, 03, 05, 07 and 08, and of
//!   the 类 lines of 公开01表 and 公开04表, against a [`FunctionCatalog`].
//! * Economic codes (部门预算支出经济分类) of the rows of 公开06表, against an
//!   [`EconomicCatalog`].
//!
//! A catalog not given is the built-in one of the report year
//! ([`builtin::functional`], [`builtin::economic`] with the departmental scheme); without one,
//! the codes are not checked and `code.no-catalog` says so (info).
//!
//! # Severity follows the catalog
//!
//! Against a **complete** catalog an unknown code and a name that differs are errors: the
//! document uses a code or a name its edition does not have. Against a **partial** catalog
//! (every built-in one) an unknown code is only info, since the gap is most likely ours, and a
//! different name a warning, since the code is known and its name should match.
//!
//! Names compare after removing whitespace and normalising full-width brackets （）［］【】 to
//! ASCII; the ordinal that 公开01表 and 公开04表 print before a 类 name ("八、") is not part of
//! it. Both names are reported.
//!
//! 公开01表 and 公开04表 print their 类 lines by name only: the code is the key the
//! transcription gives the printed name. A blank line there whose code a partial catalog does
//! not know is therefore not reported (it claims nothing, and the document printed no code);
//! a line with an amount is.

use crate::audit::{Finding, Rule, Severity};
use crate::classification::{
    Catalog, CatalogCode, EconomicCatalog, EconomicCode, EconomicScheme, FunctionCatalog,
    FunctionCode, builtin,
};
use crate::disclosure::{Disclosure, TableKind};
use crate::finding::{Area, Figure, Key, Place, Template};
use crate::narrative::same_printed;
use crate::tables::{ClassifiedSpec, ClassifiedTable, ColumnSet, ExpenditureItem, Line};

/// `code.unknown`: see [`RULES`].
pub const UNKNOWN: Rule = Rule {
    id: "code.unknown",
    area: Area::Code,
    title: "code known to the catalog",
    title_zh: "科目代码在科目目录中",
    severity: Severity::Error,
    description: "Every functional code (公开01–05, 07, 08表) and economic code (公开06表) is listed in the catalog of the report year. Error against a complete catalog; info against a partial one (every built-in catalog is partial: an unknown code is then more likely a gap of the catalog than of the document).",
    source: "[P] the classification is republished every year and codes are looked up in their edition (domain notes, sections 1 and 4: severity by catalog completeness)",
};

/// `code.name`: see [`RULES`].
pub const NAME: Rule = Rule {
    id: "code.name",
    area: Area::Code,
    title: "name matches the catalog",
    title_zh: "科目名称与科目目录一致",
    severity: Severity::Error,
    description: "The name printed beside a known code is the catalog's name for it, compared without whitespace, with full-width brackets as ASCII and without the ordinal (八、) of the summary tables. Error against a complete catalog, warning against a partial one. Both names are reported.",
    source: "[P] names change between editions (domain notes, sections 1 and 4)",
};

/// `code.no-catalog`: see [`RULES`].
pub const NO_CATALOG: Rule = Rule {
    id: "code.no-catalog",
    area: Area::Code,
    title: "no catalog for the report year",
    title_zh: "无当年科目目录",
    severity: Severity::Info,
    description: "No catalog was given and none is built in for the report year, so the codes of that classification were not checked. Info: a limit of the check, not a fault of the document.",
    source: "design decision (domain notes, section 1: every lookup is against an edition year)",
};

/// `code.edition`: see [`RULES`].
pub const EDITION: Rule = Rule {
    id: "code.edition",
    area: Area::Code,
    title: "catalog of another year",
    title_zh: "科目目录年度与报告年度不同",
    severity: Severity::Info,
    description: "The catalog given is of another edition than the report year: unknown codes and different names may come from the edition, not from the document. Info.",
    source: "design decision (domain notes, section 1: every lookup is against an edition year)",
};

/// The rules of this module, listed in [`rules`](crate::audit::rules).
pub const RULES: &[&Rule] = &[&UNKNOWN, &NAME, &NO_CATALOG, &EDITION];

/// Checks the codes and names of every classified row of `disclosure` against the catalogs:
/// `functional` for the functional codes, `economic` for the economic codes of 公开06表; a
/// catalog not given is the built-in one of the report year, if any.
///
/// ```
/// use final_accounts::audit::codes;
/// use final_accounts::disclosure::Disclosure;
/// let d = Disclosure::builder("某单位", 2023).build()?;
/// assert!(codes::check(&d, None, None).is_empty());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[must_use]
pub fn check(
    disclosure: &Disclosure,
    functional: Option<&FunctionCatalog>,
    economic: Option<&EconomicCatalog>,
) -> Vec<Finding> {
    let year = disclosure.year();
    let mut out = Vec::new();

    let rows = function_rows(disclosure);
    if !rows.is_empty() {
        match functional.or_else(|| builtin::functional(year)) {
            Some(catalog) => check_rows(catalog, year, &rows, &FUNCTIONAL, &mut out),
            None => out.push(no_catalog(year, &FUNCTIONAL)),
        }
    }

    let rows = economic_rows(disclosure);
    if !rows.is_empty() {
        match economic.or_else(|| builtin::economic(EconomicScheme::Departmental, year)) {
            Some(catalog) => check_rows(catalog, year, &rows, &ECONOMIC, &mut out),
            None => out.push(no_catalog(year, &ECONOMIC)),
        }
    }
    out
}

/// A classification as the messages name it.
struct Classification {
    /// Its catalog, in Chinese (支出功能分类科目).
    zh: &'static str,
    /// Its catalog when none is found, in Chinese.
    missing_zh: &'static str,
    /// Its kind, in English (`functional`).
    en: &'static str,
}

const FUNCTIONAL: Classification = Classification {
    zh: "支出功能分类科目",
    missing_zh: "支出功能分类科目",
    en: FunctionCode::KIND,
};

const ECONOMIC: Classification = Classification {
    zh: "支出经济分类科目",
    missing_zh: "部门预算支出经济分类科目",
    en: EconomicCode::KIND,
};

/// A code as the key of a row.
trait RowCode: CatalogCode + Copy {
    fn key(self) -> Key;
}

impl RowCode for FunctionCode {
    fn key(self) -> Key {
        Key::Function(self)
    }
}

impl RowCode for EconomicCode {
    fn key(self) -> Key {
        Key::Economic(self)
    }
}

/// A printed row with a code: where, the code, the name as printed, and whether an unknown
/// code is reported against a partial catalog.
///
/// The place is built only for a finding (most rows have none): a row is named by its code,
/// and with its 行次 when it prints one, as the tables' own labels do.
struct CodedRow<'a, C> {
    kind: TableKind,
    line: Option<u16>,
    code: C,
    name: &'a str,
    report_unknown: bool,
}

impl<C: RowCode> CodedRow<'_, C> {
    fn place(&self) -> Place {
        let row = match self.line {
            None => self.code.key(),
            Some(_) => {
                Key::Text(crate::tables::row_label(Some(&self.code.to_string()), self.line).into())
            }
        };
        Place::table(self.kind).row(row)
    }

    /// The code as the messages quote it.
    fn code(&self) -> Figure {
        Figure::text(self.code.to_string())
    }
}

fn function_rows(d: &Disclosure) -> Vec<CodedRow<'_, FunctionCode>> {
    let mut rows = Vec::with_capacity(256);
    if let Some(t) = d.income_expenditure() {
        summary_lines(
            TableKind::IncomeExpenditure,
            t.expenditure(),
            |c| c.has_amount(),
            &mut rows,
        );
    }
    if let Some(t) = d.income() {
        classified(TableKind::Income, t, &mut rows);
    }
    if let Some(t) = d.expenditure() {
        classified(TableKind::Expenditure, t, &mut rows);
    }
    if let Some(t) = d.fiscal() {
        summary_lines(
            TableKind::Fiscal,
            t.expenditure(),
            |c| c.has_amount(),
            &mut rows,
        );
    }
    if let Some(t) = d.general_budget() {
        classified(TableKind::GeneralBudget, t, &mut rows);
    }
    if let Some(t) = d.government_fund() {
        classified(TableKind::GovernmentFund, t, &mut rows);
    }
    if let Some(t) = d.state_capital() {
        classified(TableKind::StateCapital, t, &mut rows);
    }
    rows
}

fn summary_lines<'a, V>(
    kind: TableKind,
    lines: &'a [Line<ExpenditureItem, V>],
    printed: impl Fn(&V) -> bool,
    rows: &mut Vec<CodedRow<'a, FunctionCode>>,
) {
    for line in lines {
        if let Some(ExpenditureItem::Class(code)) = line.item() {
            rows.push(CodedRow {
                kind,
                line: line.line(),
                code,
                name: strip_ordinal(line.name()),
                report_unknown: printed(line.value()),
            });
        }
    }
}

fn classified<'a, S: ClassifiedSpec>(
    kind: TableKind,
    table: &'a ClassifiedTable<S>,
    rows: &mut Vec<CodedRow<'a, FunctionCode>>,
) {
    for row in table.rows() {
        if let Some(code) = row.code_of() {
            rows.push(CodedRow {
                kind,
                line: row.line(),
                code,
                name: row.name(),
                report_unknown: true,
            });
        }
    }
}

fn economic_rows(d: &Disclosure) -> Vec<CodedRow<'_, EconomicCode>> {
    d.basic_detail().map_or_else(Vec::new, |t| {
        t.rows()
            .map(|r| CodedRow {
                kind: TableKind::BasicDetail,
                line: None,
                code: r.code(),
                name: r.name(),
                report_unknown: true,
            })
            .collect()
    })
}

const OTHER_EDITION: Template = Template {
    zh: "报告年度为{expected}年，{0}按{actual}年版目录核对，代码或名称差异可能源于版本不同",
    en: "the report year is {expected} but the {1} codes are checked against the {actual} edition: differences may come from the edition",
};

const UNKNOWN_COMPLETE: Template = Template {
    zh: "科目代码{0}（{1}）不在{2}年{3}中；请核对代码",
    en: "code {0} ({1}) is not in the complete {2} {4} catalog; check the code",
};

const UNKNOWN_PARTIAL: Template = Template {
    zh: "科目代码{0}（{1}）不在所用的{2}年{3}目录中；该目录不完整，仅作提示",
    en: "code {0} ({1}) is not in the {2} {4} catalog used, which is partial: the gap may be the catalog's",
};

const OTHER_NAME: Template = Template {
    zh: "科目{0}的名称印为“{actual}”，{1}年{2}中为“{expected}”",
    en: "code {0} is printed with the name \"{actual}\" but the {1} {3} catalog names it \"{expected}\"",
};

const NOT_CHECKED: Template = Template {
    zh: "没有{0}年{1}目录，未核对科目代码和名称",
    en: "no {2} catalog of {0} was given or is built in: those codes and names were not checked",
};

fn check_rows<C: RowCode>(
    catalog: &Catalog<C>,
    year: u16,
    rows: &[CodedRow<'_, C>],
    what: &Classification,
    out: &mut Vec<Finding>,
) {
    let edition = catalog.edition();
    let complete = catalog.is_complete();
    if edition != year {
        out.push(
            Finding::new(&EDITION, &OTHER_EDITION)
                .expected(Figure::Year(year.into()))
                .actual(Figure::Year(edition.into()))
                .arg(what.zh)
                .arg(what.en),
        );
    }
    for row in rows {
        let Some(entry) = catalog.get(&row.code) else {
            if !complete && !row.report_unknown {
                continue;
            }
            let (severity, template) = if complete {
                (Severity::Error, &UNKNOWN_COMPLETE)
            } else {
                (Severity::Info, &UNKNOWN_PARTIAL)
            };
            out.push(
                Finding::new(&UNKNOWN, template)
                    .severity(severity)
                    .at(row.place())
                    .expected(Figure::text(format!(
                        "a code of the {edition} {} catalog",
                        what.en
                    )))
                    .actual(Figure::text(format!("{} {}", row.code, row.name)))
                    .arg(row.code())
                    .arg(Figure::text(row.name))
                    .arg(Figure::Year(edition.into()))
                    .arg(what.zh)
                    .arg(what.en),
            );
            continue;
        };
        if row.name == entry.name()
            || row.name.trim().is_empty()
            || same_printed(row.name, entry.name())
        {
            continue;
        }
        let severity = if complete {
            Severity::Error
        } else {
            Severity::Warning
        };
        out.push(
            Finding::new(&NAME, &OTHER_NAME)
                .severity(severity)
                .at(row.place())
                .expected(Figure::text(entry.name()))
                .actual(Figure::text(row.name))
                .arg(row.code())
                .arg(Figure::Year(edition.into()))
                .arg(what.zh)
                .arg(what.en),
        );
    }
}

fn no_catalog(year: u16, what: &Classification) -> Finding {
    Finding::new(&NO_CATALOG, &NOT_CHECKED)
        .expected(Figure::text(format!("a {} catalog of {year}", what.en)))
        .arg(Figure::Year(year.into()))
        .arg(what.missing_zh)
        .arg(what.en)
}

/// The name without the ordinal the summary tables print before it ("八、社会保障和就业支出").
fn strip_ordinal(name: &str) -> &str {
    let trimmed = name.trim();
    let mut ordinal = false;
    for (at, c) in trimmed.char_indices() {
        match c {
            '、' if ordinal => {
                return trimmed
                    .get(at..)
                    .and_then(|rest| rest.strip_prefix('、'))
                    .unwrap_or(trimmed);
            }
            '一' | '二' | '三' | '四' | '五' | '六' | '七' | '八' | '九' | '十' | '百' | '零'
            | '〇' => ordinal = true,
            c if c.is_ascii_digit() => ordinal = true,
            _ => return trimmed,
        }
    }
    trimmed
}

#[cfg(test)]
mod tests {
    use super::strip_ordinal;

    #[test]
    fn ordinals_are_stripped() {
        assert_eq!(
            strip_ordinal(" 八、社会保障和就业支出"),
            "社会保障和就业支出"
        );
        assert_eq!(strip_ordinal("二十一、住房保障支出"), "住房保障支出");
        assert_eq!(strip_ordinal("12、其他支出"), "其他支出");
        assert_eq!(strip_ordinal("、其他支出"), "、其他支出");
        assert_eq!(strip_ordinal("社会保障、就业"), "社会保障、就业");
        assert_eq!(strip_ordinal("八"), "八");
    }
}
