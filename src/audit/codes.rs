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

use crate::audit::{Finding, Location, RuleInfo, Severity};
use crate::classification::{
    Catalog, CatalogCode, EconomicCatalog, EconomicScheme, FunctionCatalog, builtin,
};
use crate::disclosure::{Disclosure, TableKind};
use crate::tables::{ClassifiedSpec, ClassifiedTable, ColumnSet, ExpenditureItem, Line};

use super::cross::Places;
use crate::narrative::same_printed;

/// The rules of this module, listed in [`rules`](crate::audit::rules).
pub const RULES: &[RuleInfo] = &[
    RuleInfo {
        id: "code.unknown",
        title: "code known to the catalog",
        title_zh: "科目代码在科目目录中",
        severity: Severity::Error,
        description: "Every functional code (公开01–05, 07, 08表) and economic code (公开06表) is listed in the catalog of the report year. Error against a complete catalog; info against a partial one (every built-in catalog is partial: an unknown code is then more likely a gap of the catalog than of the document).",
        source: "[P] the classification is republished every year and codes are looked up in their edition (domain notes, sections 1 and 4: severity by catalog completeness)",
    },
    RuleInfo {
        id: "code.name",
        title: "name matches the catalog",
        title_zh: "科目名称与科目目录一致",
        severity: Severity::Error,
        description: "The name printed beside a known code is the catalog's name for it, compared without whitespace, with full-width brackets as ASCII and without the ordinal (八、) of the summary tables. Error against a complete catalog, warning against a partial one. Both names are reported.",
        source: "[P] names change between editions (domain notes, sections 1 and 4)",
    },
    RuleInfo {
        id: "code.no-catalog",
        title: "no catalog for the report year",
        title_zh: "无当年科目目录",
        severity: Severity::Info,
        description: "No catalog was given and none is built in for the report year, so the codes of that classification were not checked. Info: a limit of the check, not a fault of the document.",
        source: "design decision (domain notes, section 1: every lookup is against an edition year)",
    },
    RuleInfo {
        id: "code.edition",
        title: "catalog of another year",
        title_zh: "科目目录年度与报告年度不同",
        severity: Severity::Info,
        description: "The catalog given is of another edition than the report year: unknown codes and different names may come from the edition, not from the document. Info.",
        source: "design decision (domain notes, section 1: every lookup is against an edition year)",
    },
];

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
    let places = Places::of(disclosure);
    let mut out = Vec::new();

    let rows = function_rows(disclosure);
    if !rows.is_empty() {
        match functional.or_else(|| builtin::functional(year)) {
            Some(catalog) => {
                check_rows(catalog, year, &rows, &places, "支出功能分类科目", &mut out)
            }
            None => out.push(no_catalog(year, "支出功能分类科目", "functional")),
        }
    }

    let rows = economic_rows(disclosure);
    if !rows.is_empty() {
        match economic.or_else(|| builtin::economic(EconomicScheme::Departmental, year)) {
            Some(catalog) => {
                check_rows(catalog, year, &rows, &places, "支出经济分类科目", &mut out)
            }
            None => out.push(no_catalog(year, "部门预算支出经济分类科目", "economic")),
        }
    }
    out
}

/// A printed row with a code: where, the code, the name as printed, and whether an unknown
/// code is reported against a partial catalog.
///
/// The location is built only for a finding (most rows have none): a row is named by its code
/// and 行次, as the tables' own labels do.
struct CodedRow<'a, C> {
    kind: TableKind,
    line: Option<u16>,
    code: C,
    name: &'a str,
    report_unknown: bool,
}

impl<C: CatalogCode> CodedRow<'_, C> {
    fn at(&self, places: &Places) -> Location {
        places.at(self.kind).row(crate::tables::row_label(
            Some(&self.code.to_string()),
            self.line,
        ))
    }
}

fn function_rows(d: &Disclosure) -> Vec<CodedRow<'_, crate::classification::FunctionCode>> {
    let mut rows = Vec::new();
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
            |c| c.cells().iter().any(|c| c.has_amount()),
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
    rows: &mut Vec<CodedRow<'a, crate::classification::FunctionCode>>,
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
    rows: &mut Vec<CodedRow<'a, crate::classification::FunctionCode>>,
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

fn economic_rows(d: &Disclosure) -> Vec<CodedRow<'_, crate::classification::EconomicCode>> {
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

fn check_rows<C: CatalogCode>(
    catalog: &Catalog<C>,
    year: u16,
    rows: &[CodedRow<'_, C>],
    places: &Places,
    what_zh: &str,
    out: &mut Vec<Finding>,
) {
    let edition = catalog.edition();
    let complete = catalog.is_complete();
    let completeness_zh = if complete { "完整" } else { "不完整" };
    if edition != year {
        out.push(Finding {
            rule: "code.edition".to_owned(),
            severity: Severity::Info,
            locations: Vec::new(),
            expected: Some(year.to_string()),
            actual: Some(edition.to_string()),
            allowance: None,
            message_zh: format!(
                "报告年度为{year}年，{what_zh}按{edition}年版目录核对，代码或名称差异可能源于版本不同"
            ),
            message_en: format!(
                "the report year is {year} but the {} codes are checked against the {edition} edition: differences may come from the edition",
                C::KIND
            ),
        });
    }
    for row in rows {
        let Some(entry) = catalog.get(&row.code) else {
            if !complete && !row.report_unknown {
                continue;
            }
            let severity = if complete {
                Severity::Error
            } else {
                Severity::Info
            };
            let at = row.at(places);
            let place = super::cross::zh_place(&at);
            out.push(Finding {
                rule: "code.unknown".to_owned(),
                severity,
                locations: vec![at.clone()],
                expected: Some(format!("a code of the {edition} {} catalog", C::KIND)),
                actual: Some(format!("{} {}", row.code, row.name)),
                allowance: None,
                message_zh: if complete {
                    format!(
                        "{place}的科目代码{}（{}）不在{edition}年{what_zh}中；请核对代码",
                        row.code, row.name
                    )
                } else {
                    format!(
                        "{place}的科目代码{}（{}）不在所用的{edition}年{what_zh}目录中；该目录{completeness_zh}，仅作提示",
                        row.code, row.name
                    )
                },
                message_en: if complete {
                    format!(
                        "{}: code {} ({}) is not in the complete {edition} {} catalog; check the code",
                        at,
                        row.code,
                        row.name,
                        C::KIND
                    )
                } else {
                    format!(
                        "{}: code {} ({}) is not in the {edition} {} catalog used, which is partial: the gap may be the catalog's",
                        at,
                        row.code,
                        row.name,
                        C::KIND
                    )
                },
            });
            continue;
        };
        if row.name.trim().is_empty() || same_printed(row.name, entry.name()) {
            continue;
        }
        let severity = if complete {
            Severity::Error
        } else {
            Severity::Warning
        };
        let at = row.at(places);
        let place = super::cross::zh_place(&at);
        out.push(Finding {
            rule: "code.name".to_owned(),
            severity,
            locations: vec![at.clone()],
            expected: Some(entry.name().to_owned()),
            actual: Some(row.name.to_owned()),
            allowance: None,
            message_zh: format!(
                "{place}科目{}的名称印为“{}”，{edition}年{what_zh}中为“{}”",
                row.code,
                row.name,
                entry.name()
            ),
            message_en: format!(
                "{}: code {} is printed with the name \"{}\" but the {edition} {} catalog names it \"{}\"",
                at,
                row.code,
                row.name,
                C::KIND,
                entry.name()
            ),
        });
    }
}

fn no_catalog(year: u16, what_zh: &str, kind: &str) -> Finding {
    Finding {
        rule: "code.no-catalog".to_owned(),
        severity: Severity::Info,
        locations: Vec::new(),
        expected: Some(format!("a {kind} catalog of {year}")),
        actual: None,
        allowance: None,
        message_zh: format!("没有{year}年{what_zh}目录，未核对科目代码和名称"),
        message_en: format!(
            "no {kind} catalog of {year} was given or is built in: those codes and names were not checked"
        ),
    }
}

/// The name without the ordinal the summary tables print before it ("八、社会保障和就业支出").
fn strip_ordinal(name: &str) -> &str {
    let trimmed = name.trim();
    match trimmed.split_once('、') {
        Some((ordinal, rest))
            if !ordinal.is_empty()
                && ordinal
                    .chars()
                    .all(|c| "一二三四五六七八九十百零〇".contains(c) || c.is_ascii_digit()) =>
        {
            rest
        }
        _ => trimmed,
    }
}
