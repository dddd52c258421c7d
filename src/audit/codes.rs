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
//! The catalogs are those in force for the report year: a catalog applies from its edition
//! year until the next edition ([`builtin::functional_in_force`], [`builtin::economic_in_force`]
//! with the departmental scheme: its 2018 edition for the 2023 and 2024 reports), after a
//! catalog given by the user. A catalog transcribed from the audited document itself is no
//! evidence about it and is not used ([`Catalog::vouches_for`]). Each code is checked by the
//! first catalog that lists it; `code.checked` says which catalog checked which codes,
//! `code.unchecked` which codes no catalog could check, and without any catalog in force
//! `code.no-catalog` says so (all info).
//!
//! # Severity follows the catalog
//!
//! Against a **complete** catalog an unknown code and a name that differs are errors: the
//! document uses a code or a name its edition does not have. A **partial** catalog (every
//! built-in one) that does not list a code cannot check it (`code.unchecked`, info); a
//! different name is a warning, since the code is known and its name should match.
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
use crate::printed::same_printed;
use crate::tables::{ClassifiedSpec, ClassifiedTable, ColumnSet, ExpenditureItem, Line};

/// `code.unknown`: see [`RULES`].
pub const UNKNOWN: Rule = Rule::new("code.unknown", Area::Code, Severity::Error)
    .titled("code known to the catalog", "科目代码在科目目录中")
    .described("Every functional code (公开01–05, 07, 08表) and economic code (公开06表) is listed in a complete catalog in force for the report year, when one is given: an unknown code is then an error. A partial catalog (every built-in one) that does not list a code cannot check it: code.unchecked lists those codes.")
    .sourced("[P] the classification is republished every year and codes are looked up in their edition (domain notes, sections 1 and 4: severity by catalog completeness)");

/// `code.name`: see [`RULES`].
pub const NAME: Rule = Rule::new("code.name", Area::Code, Severity::Error)
    .titled("name matches the catalog", "科目名称与科目目录一致")
    .described("The name printed beside a known code is the name of the first catalog in force that lists it, compared without whitespace, with full-width brackets as ASCII and without the ordinal (八、) of the summary tables. Error against a complete catalog, warning against a partial one. Both names are reported.")
    .sourced("[P] names change between editions (domain notes, sections 1 and 4)");

/// `code.no-catalog`: see [`RULES`].
pub const NO_CATALOG: Rule = Rule::new("code.no-catalog", Area::Code, Severity::Info)
    .titled("no catalog in force for the report year", "无当年适用的科目目录")
    .described("No catalog was given and no built-in one is in force for the report year (a catalog applies from its edition year until the next edition), so the codes of that classification were not checked. Info: a limit of the check, not a fault of the document.")
    .sourced("design decision (domain notes, section 1: every lookup is against an edition year)");

/// `code.edition`: see [`RULES`].
pub const EDITION: Rule = Rule::new("code.edition", Area::Code, Severity::Info)
    .titled("catalog not in force for the report year", "科目目录非报告年度适用版本")
    .described("The catalog given is not the edition in force for the report year: it is later than the report year, or a newer edition (built in) had replaced it by then. Unknown codes and different names may come from the edition, not from the document. Info.")
    .sourced("design decision (domain notes, section 1: every lookup is against an edition year)");

/// `code.checked`: see [`RULES`].
pub const CHECKED: Rule = Rule::new("code.checked", Area::Code, Severity::Info)
    .titled("codes checked by a catalog", "按科目目录核对的代码")
    .described("Which catalog checked which codes: one finding per catalog that listed at least one code of the document, naming the catalog, its edition and the codes. Each code is checked by the first catalog in force that lists it (a catalog given first, then the built-in ones).")
    .sourced("design decision: the report says what each check rests on");

/// `code.unchecked`: see [`RULES`].
pub const UNCHECKED: Rule = Rule::new("code.unchecked", Area::Code, Severity::Info)
    .titled("codes no catalog could check", "无目录可核对的代码")
    .described("The codes no catalog in force lists (every built-in catalog is partial), or that only a catalog transcribed from this very document lists (no evidence about the document): their existence and names were not checked. Blank summary lines, which print no code and claim nothing, are left out. Info: a limit of the check, not a fault of the document.")
    .sourced("design decision: a catalog transcribed from the audited document is no evidence about it");

/// The rules of this module, listed in [`rules`](crate::audit::rules).
pub const RULES: &[&Rule] = &[&UNKNOWN, &NAME, &NO_CATALOG, &EDITION, &CHECKED, &UNCHECKED];

/// Checks the codes and names of every classified row of `disclosure` against the catalogs in
/// force for its report year: `functional` for the functional codes and `economic` for the
/// economic codes of 公开06表 when given (a complete one alone; a partial one first), and the
/// built-in catalogs in force ([`builtin::functional_in_force`], [`builtin::economic_in_force`]
/// with the departmental scheme). A built-in catalog transcribed from this very document is
/// not used ([`Catalog::vouches_for`]). `code.checked` says which catalog checked which codes,
/// `code.unchecked` which codes none could check.
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
    let document = Document {
        unit: disclosure.unit_name(),
        year: disclosure.year(),
    };
    let mut out = Vec::new();

    let rows = function_rows(disclosure);
    if !rows.is_empty() {
        check_rows(
            functional,
            builtin::functional_catalogs(),
            &builtin::functional_in_force(document.year),
            document,
            &rows,
            &FUNCTIONAL,
            &mut out,
        );
    }

    let rows = economic_rows(disclosure);
    if !rows.is_empty() {
        check_rows(
            economic,
            builtin::economic_catalogs(EconomicScheme::Departmental),
            &builtin::economic_in_force(EconomicScheme::Departmental, document.year),
            document,
            &rows,
            &ECONOMIC,
            &mut out,
        );
    }
    out
}

/// The audited document, as catalogs' provenance names one.
#[derive(Clone, Copy)]
struct Document<'a> {
    unit: &'a str,
    year: u16,
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
    zh: "报告年度为{expected}年，{0}按{actual}年版目录核对，该版本非当年适用版本，代码或名称差异可能源于版本不同",
    en: "the report year is {expected} but the {1} codes are checked against the {actual} edition, not the one in force that year: differences may come from the edition",
};

const UNKNOWN_COMPLETE: Template = Template {
    zh: "科目代码{0}（{1}）不在{2}年{3}中；请核对代码",
    en: "code {0} ({1}) is not in the complete {2} {4} catalog; check the code",
};

const OTHER_NAME: Template = Template {
    zh: "科目{0}的名称印为“{actual}”，{1}年{2}中为“{expected}”",
    en: "code {0} is printed with the name \"{actual}\" but the {1} {3} catalog names it \"{expected}\"",
};

const NOT_CHECKED: Template = Template {
    zh: "没有{0}年适用的{1}目录，未核对科目代码和名称",
    en: "no {2} catalog in force in {0} was given or is built in: those codes and names were not checked",
};

const CHECKED_BY: Template = Template {
    zh: "{actual}个{0}代码按{1}年版目录“{2}”核对（各表所列行均已核对）：{3}",
    en: "{actual} {4} codes checked against the {1} edition \"{2}\" (on every row that prints them): {3}",
};

const UNCHECKED_CODES: Template = Template {
    zh: "{actual}个{0}代码无适用目录可核对（内置目录不完整）：{1}{2}",
    en: "{actual} {3} codes could not be checked, no catalog in force lists them (the built-in catalogs are partial): {1}{4}",
};

const EXCLUDED_ZH: &str = "；目录“{}”录自本文件，不能作为本文件的依据";
const EXCLUDED_EN: &str =
    "; the catalog \"{}\" was transcribed from this document and is no evidence about it";

/// How an untitled catalog (one a user built from rows) is named.
const USER_CATALOG: Template = Template {
    zh: "用户目录",
    en: "user catalog",
};

/// A catalog's title as given, or "用户目录" / "user catalog" for one without a title.
fn catalog_title<C: RowCode>(catalog: &Catalog<C>) -> Figure {
    match catalog.title().trim() {
        "" => Figure::Phrase(&USER_CATALOG),
        title => Figure::text(title),
    }
}

/// Whether a catalog given is the edition in force for `year`: not later than the year, and
/// not replaced by a newer (built-in) edition by then.
fn in_force_edition<C: RowCode>(given: &Catalog<C>, editions: &[Catalog<C>], year: u16) -> bool {
    given.edition() <= year
        && !editions
            .iter()
            .any(|c| c.edition() > given.edition() && c.edition() <= year)
}

/// The codes as a message lists them: "30101、30102、…".
fn code_list<C: RowCode>(rows: &[&CodedRow<'_, C>]) -> (usize, String) {
    let mut codes: Vec<C> = rows.iter().map(|r| r.code).collect();
    codes.sort_unstable();
    codes.dedup();
    let shown: Vec<String> = codes.iter().map(ToString::to_string).collect();
    (codes.len(), shown.join("、"))
}

fn check_rows<C: RowCode>(
    given: Option<&Catalog<C>>,
    editions: &[Catalog<C>],
    builtins: &[&Catalog<C>],
    document: Document<'_>,
    rows: &[CodedRow<'_, C>],
    what: &Classification,
    out: &mut Vec<Finding>,
) {
    let year = document.year;
    let mut catalogs: Vec<&Catalog<C>> = Vec::new();
    if let Some(given) = given {
        if !in_force_edition(given, editions, year) {
            out.push(
                Finding::new(&EDITION, &OTHER_EDITION)
                    .expected(Figure::Year(year.into()))
                    .actual(Figure::Year(given.edition().into()))
                    .arg(what.zh)
                    .arg(what.en),
            );
        }
        catalogs.push(given);
    }
    if given.is_none_or(|c| !c.is_complete()) {
        catalogs.extend(builtins.iter().copied());
    }
    if catalogs.is_empty() {
        out.push(no_catalog(year, what));
        return;
    }
    let (vouching, excluded): (Vec<&Catalog<C>>, Vec<&Catalog<C>>) = catalogs
        .into_iter()
        .partition(|c| c.vouches_for(document.unit, document.year));
    let complete = vouching.iter().copied().find(|c| c.is_complete());
    let mut checked: Vec<Vec<&CodedRow<'_, C>>> = vec![Vec::new(); vouching.len()];
    let mut unchecked: Vec<&CodedRow<'_, C>> = Vec::new();
    for row in rows {
        let listed = vouching
            .iter()
            .enumerate()
            .find_map(|(i, c)| c.get(&row.code).map(|entry| (i, *c, entry)));
        let Some((index, catalog, entry)) = listed else {
            if let Some(catalog) = complete {
                out.push(unknown(catalog, row, what));
            } else if row.report_unknown {
                unchecked.push(row);
            }
            continue;
        };
        if let Some(list) = checked.get_mut(index) {
            list.push(row);
        }
        if row.name == entry.name()
            || row.name.trim().is_empty()
            || same_printed(row.name, entry.name())
        {
            continue;
        }
        let severity = if catalog.is_complete() {
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
                .arg(Figure::Year(catalog.edition().into()))
                .arg(what.zh)
                .arg(what.en),
        );
    }
    checked_by(&vouching, &checked, what, out);
    if !unchecked.is_empty() {
        out.push(unchecked_codes(&excluded, &unchecked, what));
    }
}

/// One finding per catalog that vouches for codes: the codes it checked (`code.checked`).
fn checked_by<C: RowCode>(
    vouching: &[&Catalog<C>],
    checked: &[Vec<&CodedRow<'_, C>>],
    what: &Classification,
    out: &mut Vec<Finding>,
) {
    for (catalog, rows) in vouching.iter().zip(checked) {
        if rows.is_empty() {
            continue;
        }
        let (n, codes) = code_list(rows);
        let mut tables: Vec<TableKind> = rows.iter().map(|r| r.kind).collect();
        tables.dedup();
        let mut finding = Finding::new(&CHECKED, &CHECKED_BY);
        for kind in tables {
            finding = finding.at(Place::table(kind));
        }
        out.push(
            finding
                .actual(count(n))
                .arg(what.zh)
                .arg(Figure::Year(catalog.edition().into()))
                .arg(catalog_title(catalog))
                .arg(Figure::text(codes))
                .arg(what.en),
        );
    }
}

/// The codes no catalog could check (`code.unchecked`), naming the catalogs that do not vouch
/// for this document.
fn unchecked_codes<C: RowCode>(
    excluded: &[&Catalog<C>],
    unchecked: &[&CodedRow<'_, C>],
    what: &Classification,
) -> Finding {
    let titles: Vec<&str> = excluded.iter().map(|c| c.title()).collect();
    let note = |template: &str| {
        if titles.is_empty() {
            String::new()
        } else {
            template.replace("{}", &titles.join("”、“"))
        }
    };
    let (n, codes) = code_list(unchecked);
    let mut finding = Finding::new(&UNCHECKED, &UNCHECKED_CODES)
        .actual(count(n))
        .arg(what.zh)
        .arg(Figure::text(codes))
        .arg(Figure::text(note(EXCLUDED_ZH)))
        .arg(what.en)
        .arg(Figure::text(note(EXCLUDED_EN)));
    for row in unchecked {
        finding = finding.at(row.place());
    }
    finding
}

/// A count of codes.
fn count(n: usize) -> Figure {
    Figure::Count(i64::try_from(n).unwrap_or(i64::MAX))
}

/// A code a complete catalog does not list: an error.
fn unknown<C: RowCode>(
    catalog: &Catalog<C>,
    row: &CodedRow<'_, C>,
    what: &Classification,
) -> Finding {
    let edition = catalog.edition();
    Finding::new(&UNKNOWN, &UNKNOWN_COMPLETE)
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
        .arg(what.en)
}

fn no_catalog(year: u16, what: &Classification) -> Finding {
    Finding::new(&NO_CATALOG, &NOT_CHECKED)
        .expected(Figure::text(format!(
            "a {} catalog in force in {year}",
            what.en
        )))
        .arg(Figure::Year(year.into()))
        .arg(what.missing_zh)
        .arg(what.en)
}

/// The name without the ordinal the summary tables print before it ("八、社会保障和就业支出"),
/// as every reader strips it ([`strip_enumerator`](crate::printed::strip_enumerator)).
fn strip_ordinal(name: &str) -> &str {
    crate::printed::strip_enumerator(name).trim()
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
