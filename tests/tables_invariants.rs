//! The tables' own invariants: the exact findings of the spec document, one broken relation
//! per rule, and every structural rejection.

mod common;

use common::datong;
use final_accounts::audit::{Finding, Severity};
use final_accounts::disclosure::{Disclosure, DisclosureError, DisclosureProblem, TableKind};
use final_accounts::finding::{Lang, Names};
use final_accounts::money::{MoneyUnit, PublishedAmount};
use final_accounts::tables::{
    Cell, ClassifiedRow, ColumnHeader, EconomicRow, ExpenditureItem, FundColumns, IncomeColumns,
    IncomeTable, InfoItem, InfoSection, InfoValue, Line, ProblemKind, RULES, RelatedInfoTable,
    StateCapitalTable, TableError, TableMeta,
};

type Summary = (String, Severity, String, Option<String>, Option<String>);

fn summary_in(names: &dyn Names, f: &Finding) -> Summary {
    (
        f.rule.id.to_owned(),
        f.severity,
        f.places
            .first()
            .map(|p| p.display(names, Lang::En).to_string())
            .unwrap_or_default(),
        f.expected.as_ref().map(ToString::to_string),
        f.actual.as_ref().map(ToString::to_string),
    )
}

/// Names each table as it names itself (its printed label, or title): the tables' own
/// findings, before the audit names them within the whole document.
struct AsPrinted<'a>(&'a Disclosure);

impl Names for AsPrinted<'_> {
    fn table(&self, kind: TableKind) -> std::borrow::Cow<'_, str> {
        self.0
            .meta(kind)
            .map_or(std::borrow::Cow::Borrowed(kind.name_zh()), |meta| {
                std::borrow::Cow::Borrowed(meta.place())
            })
    }

    fn column(&self, kind: TableKind, key: &str) -> Option<std::borrow::Cow<'_, str>> {
        self.0.column(kind, key)
    }
}

/// The findings of every table of `d`, in published order.
fn table_findings(d: &Disclosure) -> Vec<Finding> {
    d.order()
        .iter()
        .flat_map(|kind| d.check_table(*kind))
        .collect()
}

fn info(rule: &str, place: &str, expected: &str, actual: &str) -> Summary {
    (
        rule.to_owned(),
        Severity::Info,
        place.to_owned(),
        Some(expected.to_owned()),
        Some(actual.to_owned()),
    )
}

/// Every finding the spec's tables produce: rounding tails only, each an info. Checked by hand
/// against the printed figures (see each comment).
#[test]
fn the_spec_tables_produce_exactly_these_rounding_tails() {
    let d = datong::disclosure();
    let findings: Vec<Summary> = table_findings(&d)
        .iter()
        .map(|f| summary_in(&AsPrinted(&d), f))
        .collect();
    let expected = vec![
        // 公开01表: 1735.92 + 254.97 + 0.16 = 1991.05, printed 1991.06.
        info(
            "t01.income-sum",
            "公开01表 row 本年收入合计（行次27） column 金额",
            "1991.05",
            "1991.06",
        ),
        // 公开02表: 合计 1990.89 + 0.16; 208 1588.15 + 0.16; 208 = 1407.79 + 143.46 + 37.06;
        // 22102 = 99.98 + 9.62 in both printed columns.
        info(
            "t02.row-total",
            "公开02表 row 合计 column 本年收入合计",
            "1991.05",
            "1991.06",
        ),
        info(
            "t02.row-total",
            "公开02表 row 208 column 本年收入合计",
            "1588.31",
            "1588.32",
        ),
        info(
            "t02.hierarchy",
            "公开02表 row 208 column 本年收入合计",
            "1588.31",
            "1588.32",
        ),
        info(
            "t02.hierarchy",
            "公开02表 row 22102 column 本年收入合计",
            "109.60",
            "109.61",
        ),
        info(
            "t02.hierarchy",
            "公开02表 row 22102 column 财政拨款收入",
            "109.60",
            "109.61",
        ),
        // 公开03表 (printed 公开09表): 208 = 1408.64 + 143.46 + 37.06; 20807 and 2080799
        // 0.48 + 36.59 = 37.07 printed 37.06; 22102 = 99.98 + 9.62.
        info(
            "t03.hierarchy",
            "公开09表 row 208 column 本年支出合计",
            "1589.16",
            "1589.17",
        ),
        info(
            "t03.row-total",
            "公开09表 row 20807 column 本年支出合计",
            "37.07",
            "37.06",
        ),
        info(
            "t03.row-total",
            "公开09表 row 2080799 column 本年支出合计",
            "37.07",
            "37.06",
        ),
        info(
            "t03.hierarchy",
            "公开09表 row 22102 column 本年支出合计",
            "109.60",
            "109.61",
        ),
        info(
            "t03.hierarchy",
            "公开09表 row 22102 column 基本支出",
            "109.60",
            "109.61",
        ),
        // 公开04表: every relation exact.
        // 公开05表: 20801 and 2080101 809.32 + 598.30 = 1407.62 printed 1407.63; 20807 and
        // 2080799 0.48 + 36.59; 22102 = 99.98 + 9.62.
        info(
            "t05.row-total",
            "公开05表 row 20801 column 本年支出 小计",
            "1407.62",
            "1407.63",
        ),
        info(
            "t05.row-total",
            "公开05表 row 2080101 column 本年支出 小计",
            "1407.62",
            "1407.63",
        ),
        info(
            "t05.row-total",
            "公开05表 row 20807 column 本年支出 小计",
            "37.07",
            "37.06",
        ),
        info(
            "t05.row-total",
            "公开05表 row 2080799 column 本年支出 小计",
            "37.07",
            "37.06",
        ),
        info(
            "t05.hierarchy",
            "公开05表 row 22102 column 本年支出 小计",
            "109.60",
            "109.61",
        ),
        info(
            "t05.hierarchy",
            "公开05表 row 22102 column 本年支出 基本支出",
            "109.60",
            "109.61",
        ),
        // 公开06表: the eight printed 款 of 301 add up to 998.07, printed 998.08; 人员经费合计
        // 998.08 + 1.08 = 999.16 and 公用经费合计 101.87 are exact.
        info(
            "t06.hierarchy",
            "公开06表 row 301 column 决算数",
            "998.07",
            "998.08",
        ),
        // 公开07表 – 公开10表: every relation exact.
    ];
    assert_eq!(findings, expected);
    assert!(
        table_findings(&d)
            .iter()
            .all(|f| f.severity == Severity::Info)
    );
    assert!(table_findings(&d).iter().all(|f| f.allowance.is_some()));
}

#[test]
fn every_table_rule_is_listed_once() {
    let mut ids: Vec<&str> = RULES.iter().map(|r| r.id).collect();
    let n = ids.len();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), n);
    assert_eq!(n, 39);
    assert!(
        RULES
            .iter()
            .all(|r| r.severity == Severity::Error && !r.description.is_empty())
    );
}

fn wan(text: &str) -> Cell {
    Cell::parse(text, MoneyUnit::WanYuan).unwrap()
}

fn meta(label: &str) -> TableMeta {
    TableMeta::new("收入决算表", MoneyUnit::WanYuan).with_label(label)
}

fn income_row(code: &str, total: &str) -> ClassifiedRow<IncomeColumns> {
    let cells = IncomeColumns {
        total: wan(total),
        fiscal: wan(total),
        ..IncomeColumns::default()
    };
    if code.is_empty() {
        ClassifiedRow::total("合计", cells)
    } else {
        ClassifiedRow::code(code, "名称", cells).unwrap()
    }
}

fn kinds(err: &TableError) -> Vec<(String, ProblemKind)> {
    err.problems()
        .iter()
        .map(|p| (p.location.to_string(), p.kind.clone()))
        .collect()
}

#[test]
fn structural_problems_are_all_listed_and_located() {
    let rows = vec![
        income_row("", "1.00"),
        income_row("208", "1.00"),
        income_row("20801", "1.00"),
        income_row("2080101", "1.00"),
        income_row("2080101", "1.00"), // duplicate
        income_row("20805", "0.00"),   // fine
        income_row("2080199", "0.00"), // 项 of 20801 printed under 20805
        income_row("21011", "0.00"),   // 款 without its 类 210
        income_row("2120899", "0.00"), // 项 without its 款 21208
        income_row("", "1.00"),        // second 合计
    ];
    let err = IncomeTable::new(meta("公开02表"), rows).unwrap_err();
    assert_eq!(
        kinds(&err),
        vec![
            ("公开02表 row 2080101".to_owned(), ProblemKind::DuplicateRow),
            (
                "公开02表 row 2080199".to_owned(),
                ProblemKind::Misplaced {
                    parent: "20801".to_owned(),
                    found: "20805".to_owned()
                }
            ),
            (
                "公开02表 row 21011".to_owned(),
                ProblemKind::MissingParent {
                    parent: "210".to_owned()
                }
            ),
            (
                "公开02表 row 2120899".to_owned(),
                ProblemKind::MissingParent {
                    parent: "21208".to_owned()
                }
            ),
            (
                "公开02表 row 合计".to_owned(),
                ProblemKind::DuplicateTotalRow
            ),
        ]
    );
    let message = err.to_string();
    assert!(
        message.starts_with(
            "公开02表 cannot be built: 5 problems: 公开02表 row 2080101: the row is printed twice; "
        ),
        "{message}"
    );
    assert!(
        message.contains("it is printed under 20805, expected under its parent 20801"),
        "{message}"
    );
}

#[test]
fn a_section_before_any_class_is_misplaced() {
    let rows = vec![income_row("20801", "1.00"), income_row("208", "1.00")];
    let err = IncomeTable::new(meta("公开02表"), rows).unwrap_err();
    assert_eq!(
        kinds(&err),
        vec![(
            "公开02表 row 20801".to_owned(),
            ProblemKind::Misplaced {
                parent: "208".to_owned(),
                found: "nothing".to_owned()
            }
        )]
    );
}

#[test]
fn amounts_finer_than_printed_or_in_another_unit_are_rejected() {
    let fine = PublishedAmount::parse("1.234", MoneyUnit::WanYuan).unwrap();
    let yuan = PublishedAmount::parse("100", MoneyUnit::Yuan).unwrap();
    let rows = vec![
        ClassifiedRow::code(
            "208",
            "社会保障和就业支出",
            IncomeColumns {
                total: Cell::Amount(fine),
                ..IncomeColumns::default()
            },
        )
        .unwrap(),
        ClassifiedRow::code(
            "210",
            "卫生健康支出",
            IncomeColumns {
                other: Cell::Amount(yuan),
                ..IncomeColumns::default()
            },
        )
        .unwrap(),
    ];
    let err = IncomeTable::new(meta("公开02表"), rows).unwrap_err();
    assert_eq!(
        kinds(&err),
        vec![
            (
                "公开02表 row 208 column total".to_owned(),
                ProblemKind::TooManyDecimals {
                    text: "1.234".to_owned(),
                    found: 3,
                    allowed: 2
                }
            ),
            (
                "公开02表 row 210 column other".to_owned(),
                ProblemKind::WrongUnit {
                    found: MoneyUnit::Yuan,
                    expected: MoneyUnit::WanYuan
                }
            ),
        ]
    );
}

#[test]
fn a_value_in_a_not_applicable_cell_is_rejected() {
    let mut blocks: Vec<Vec<(&str, &str, &str)>> =
        datong::T06_BLOCKS.iter().map(|b| b.to_vec()).collect();
    // 309 资本性支出（基本建设） is printed "——"; put 1.00 there instead.
    let row = blocks[2].iter_mut().find(|r| r.0 == "30902").unwrap();
    row.2 = "1.00";
    let slices: Vec<&[(&str, &str, &str)]> = blocks.iter().map(Vec::as_slice).collect();
    let err = datong::t06_with(&slices, "999.16", "101.87").unwrap_err();
    assert_eq!(
        kinds(&err),
        vec![(
            "公开06表 row 30902 column 决算数".to_owned(),
            ProblemKind::ValueInNotApplicableCell {
                value: "1.00".to_owned()
            }
        )]
    );
}

#[test]
fn economic_rows_out_of_their_class_are_rejected() {
    let blocks: [&[(&str, &str, &str)]; 2] = [
        &[
            ("301", "工资福利支出", "1.00"),
            ("30101", "基本工资", "1.00"),
            ("30201", "办公费", ""),
            ("30101", "基本工资", ""),
        ],
        &[
            ("302", "商品和服务支出", ""),
            ("50101", "工资奖金津补贴", ""),
        ],
    ];
    let err = datong::t06_with(&blocks, "1.00", "").unwrap_err();
    assert_eq!(
        kinds(&err),
        vec![
            (
                "公开06表 row 30201".to_owned(),
                ProblemKind::Misplaced {
                    parent: "302".to_owned(),
                    found: "301".to_owned()
                }
            ),
            ("公开06表 row 30101".to_owned(), ProblemKind::DuplicateRow),
            (
                "公开06表 row 50101".to_owned(),
                ProblemKind::WrongCode {
                    expected: "a code of the 部门预算支出经济分类 (3xx)",
                    found: "50101".to_owned()
                }
            ),
            (
                "公开06表 row 50101".to_owned(),
                ProblemKind::MissingParent {
                    parent: "501".to_owned()
                }
            ),
        ]
    );
}

#[test]
fn values_on_filler_lines_and_in_unprinted_columns_are_rejected() {
    let t01 = final_accounts::tables::IncomeExpenditureTable::new(
        TableMeta::new("收入支出决算总表", MoneyUnit::WanYuan).with_label("公开01表"),
        vec![
            Line::filler(9),
            Line::unnamed("", wan("1.00")).with_line(10),
        ],
        vec![
            Line::new(
                ExpenditureItem::CurrentYearTotal,
                "本年支出合计",
                wan("1.00"),
            )
            .with_line(58),
            Line::new(
                ExpenditureItem::CurrentYearTotal,
                "本年支出合计",
                wan("1.00"),
            )
            .with_line(59),
        ],
    );
    let err = t01.unwrap_err();
    assert_eq!(
        kinds(&err),
        vec![
            (
                "公开01表 row 行次10".to_owned(),
                ProblemKind::ValueInFillerLine {
                    value: "1.00".to_owned()
                }
            ),
            (
                "公开01表 row 本年支出合计（行次59）".to_owned(),
                ProblemKind::DuplicateRow
            ),
        ]
    );
    // The spec's 公开08表 prints only three fund columns: a value under 年初结转和结余 is not printable.
    let meta08 = TableMeta::new("国有资本经营预算财政拨款支出决算表", MoneyUnit::WanYuan)
        .with_label("公开08表")
        .with_columns(vec![
            ColumnHeader::new("expenditure", "合计"),
            ColumnHeader::new("basic", "基本支出"),
            ColumnHeader::new("project", "项目支出"),
            ColumnHeader::new("project", "项目支出"),
            ColumnHeader::new("spare", "备用"),
        ]);
    let row = ClassifiedRow::total(
        "合计",
        FundColumns {
            opening: wan("1.00"),
            ..FundColumns::default()
        },
    );
    let err = StateCapitalTable::new(meta08, vec![row]).unwrap_err();
    assert_eq!(
        kinds(&err),
        vec![
            (
                "公开08表 column project".to_owned(),
                ProblemKind::DuplicateColumn {
                    key: "project".to_owned()
                }
            ),
            (
                "公开08表 column spare".to_owned(),
                ProblemKind::UnknownColumn {
                    found: "spare".to_owned(),
                    expected: "opening, income, expenditure, basic, project, closing".to_owned()
                }
            ),
            (
                "公开08表 row 合计 column opening".to_owned(),
                ProblemKind::ValueInUnprintedColumn {
                    value: "1.00".to_owned()
                }
            ),
        ]
    );
}

#[test]
fn counts_and_amounts_cannot_be_swapped() {
    let meta10 =
        TableMeta::new("部门决算公开相关信息统计表", MoneyUnit::WanYuan).with_label("公开10表");
    let sections = vec![InfoSection {
        title: "三、国有资产占用情况".to_owned(),
        lines: vec![
            Line::new(
                InfoItem::VehiclesTotal,
                "(一) 车辆数合计(辆)",
                InfoValue::Amount(wan("4.00")),
            )
            .with_line(7),
            Line::new(
                InfoItem::ProcurementGoods,
                "货物",
                InfoValue::Count(final_accounts::tables::CountCell::Count(3)),
            )
            .with_line(2),
        ],
    }];
    let err = RelatedInfoTable::new(meta10, sections).unwrap_err();
    assert_eq!(
        kinds(&err),
        vec![
            (
                "公开10表 row (一) 车辆数合计(辆)（行次7） column 统计数".to_owned(),
                ProblemKind::WrongCellKind {
                    expected: "a count",
                    found: "4.00".to_owned()
                }
            ),
            (
                "公开10表 row 货物（行次2） column 统计数".to_owned(),
                ProblemKind::WrongCellKind {
                    expected: "an amount",
                    found: "3".to_owned()
                }
            ),
        ]
    );
}

#[test]
fn a_disclosure_order_must_list_exactly_the_tables_present() {
    let err = Disclosure::builder("", 2023)
        .income(datong::t02())
        .order(vec![
            TableKind::Income,
            TableKind::Income,
            TableKind::Fiscal,
        ])
        .build()
        .unwrap_err();
    let DisclosureError::Invalid { problems } = err else {
        panic!()
    };
    assert_eq!(
        problems,
        [
            DisclosureProblem::EmptyUnitName,
            DisclosureProblem::ListedTwice(TableKind::Income),
            DisclosureProblem::ListedButAbsent(TableKind::Fiscal),
        ]
    );
}

#[test]
fn the_state_capital_balance_is_checked_when_its_columns_are_printed() {
    // Another template prints 公开08表 as a 收入支出 table with all six fund columns.
    let meta = TableMeta::new("国有资本经营预算财政拨款收入支出决算表", MoneyUnit::Yuan)
        .with_label("公开08表");
    let cells = |opening: &str, income: &str, spent: &str, closing: &str| FundColumns {
        opening: Cell::parse(opening, MoneyUnit::Yuan).unwrap(),
        income: Cell::parse(income, MoneyUnit::Yuan).unwrap(),
        expenditure: Cell::parse(spent, MoneyUnit::Yuan).unwrap(),
        project: Cell::parse(spent, MoneyUnit::Yuan).unwrap(),
        closing: Cell::parse(closing, MoneyUnit::Yuan).unwrap(),
        ..FundColumns::default()
    };
    let table = StateCapitalTable::new(
        meta,
        vec![
            ClassifiedRow::total("合计", cells("100", "50", "120", "31")),
            ClassifiedRow::code(
                "223",
                "国有资本经营预算支出",
                cells("100", "50", "120", "30"),
            )
            .unwrap(),
            ClassifiedRow::code(
                "22301",
                "国有资本经营预算支出",
                cells("100", "50", "120", "30"),
            )
            .unwrap(),
        ],
    )
    .unwrap();
    let found: Vec<(&str, Severity, String)> = table
        .check()
        .iter()
        .map(|f| {
            (
                f.rule.id,
                f.severity,
                f.places[0].display(table.meta(), Lang::En).to_string(),
            )
        })
        .collect();
    // Figures in 元 are exact: a difference of 1 元 is an error, not a rounding tail, and the
    // finding shows the figures in 元.
    assert_eq!(
        found,
        vec![
            (
                "t08.row-balance",
                Severity::Error,
                "公开08表 row 合计 column 年末结转和结余".to_owned()
            ),
            (
                "t08.total-row",
                Severity::Error,
                "公开08表 row 合计 column 年末结转和结余".to_owned()
            ),
        ]
    );
    // The figures stay in 元, to the 分: 100 + 50 − 120 = 30 against 31 printed, not two equal
    // 万元 figures.
    let first = &table.check()[0];
    let shown = |f: &Option<final_accounts::finding::Figure>| f.as_ref().map(ToString::to_string);
    assert_eq!(shown(&first.expected).as_deref(), Some("30.00"));
    assert_eq!(shown(&first.actual).as_deref(), Some("31.00"));
    let message = first.message(table.meta(), Lang::Zh);
    assert!(
        message.contains("应为30.00元，实为31.00元，相差1.00元"),
        "{message}"
    );
    let _ = EconomicRow::parse("301", "工资福利支出", Cell::Blank).unwrap();
}

#[cfg(feature = "serde")]
mod broken {
    //! One amount of the fixture changed by 1.00 breaks each rule: an error naming the place
    //! and both numbers.
    use super::*;
    use serde_json::Value;

    const FIXTURE: &str = include_str!("fixtures/datong-hrss-2023.json");

    fn with(pointer: &str, value: Value) -> Disclosure {
        let mut fixture: Value = serde_json::from_str(FIXTURE).unwrap();
        let (parent, key) = pointer.rsplit_once('/').unwrap();
        let target = fixture
            .pointer_mut(parent)
            .unwrap_or_else(|| panic!("no {parent}"));
        // A blank cell is a missing key: insert it.
        match target {
            Value::Object(object) => drop(object.insert(key.to_owned(), value)),
            other => *other.pointer_mut(&format!("/{key}")).unwrap() = value,
        }
        serde_json::from_value(fixture).expect("an inconsistent table still decodes")
    }

    fn errors(d: &Disclosure) -> Vec<Summary> {
        table_findings(d)
            .iter()
            .filter(|f| f.severity == Severity::Error)
            .map(|f| summary_in(&AsPrinted(d), f))
            .collect()
    }

    fn breaks(pointer: &str, value: &str, rule: &str, place: &str, expected: &str, actual: &str) {
        let d = with(pointer, Value::from(value));
        let errors = errors(&d);
        let want = (
            rule.to_owned(),
            Severity::Error,
            place.to_owned(),
            Some(expected.to_owned()),
            Some(actual.to_owned()),
        );
        assert!(errors.contains(&want), "{pointer} = {value}: {errors:#?}");
        let findings = table_findings(&d);
        let f = findings
            .iter()
            .find(|f| summary_in(&AsPrinted(&d), f) == want)
            .unwrap();
        let (zh, en) = (f.message(&d, Lang::Zh), f.message(&d, Lang::En));
        assert!(
            zh.contains("不成立") && en.contains("does not hold"),
            "{zh} / {en}"
        );
        assert!(en.contains(&format!("printed {actual}")), "{en}");
    }

    #[test]
    fn t01() {
        breaks(
            "/income_expenditure/income/0/amount",
            "1736.92",
            "t01.income-sum",
            "公开01表 row 本年收入合计（行次27） column 金额",
            "1992.05",
            "1991.06",
        );
        breaks(
            "/income_expenditure/income/28/amount",
            "86.06",
            "t01.income-total",
            "公开01表 row 总计（行次31） column 金额",
            "2077.12",
            "2076.12",
        );
        breaks(
            "/income_expenditure/expenditure/7/amount",
            "1590.17",
            "t01.expenditure-sum",
            "公开01表 row 本年支出合计（行次58） column 金额",
            "1992.91",
            "1991.91",
        );
        breaks(
            "/income_expenditure/expenditure/28/amount",
            "85.21",
            "t01.expenditure-total",
            "公开01表 row 总计（行次62） column 金额",
            "2077.12",
            "2076.12",
        );
        breaks(
            "/income_expenditure/income/30/amount",
            "2077.12",
            "t01.balance",
            "公开01表 row 总计（行次62） column 金额",
            "2077.12",
            "2076.12",
        );
    }

    /// 收入总计 against 支出总计 is a sum of one part: the two must be equal, and 0.01 apart (the
    /// half units of both figures, exactly on the allowance) is an error, not a tail.
    #[test]
    fn t01_balance_one_unit_apart_is_an_error() {
        for (pointer, value, expected, actual) in [
            (
                "/income_expenditure/income/30/amount",
                "2076.13",
                "2076.13",
                "2076.12",
            ),
            (
                "/income_expenditure/income/30/amount",
                "2076.11",
                "2076.11",
                "2076.12",
            ),
            (
                "/income_expenditure/expenditure/30/amount",
                "2076.13",
                "2076.12",
                "2076.13",
            ),
        ] {
            let d = with(pointer, Value::from(value));
            let found: Vec<_> = table_findings(&d)
                .iter()
                .filter(|f| f.rule.id == "t01.balance")
                .map(|f| summary_in(&AsPrinted(&d), f))
                .collect();
            assert_eq!(found.len(), 1, "{pointer} = {value}: {found:#?}");
            let (_, severity, place, e, a) = &found[0];
            assert_eq!(*severity, Severity::Error, "{pointer} = {value}");
            assert_eq!(
                place, "公开01表 row 总计（行次62） column 金额",
                "{found:#?}"
            );
            assert_eq!(
                (e.as_deref(), a.as_deref()),
                (Some(expected), Some(actual)),
                "{pointer} = {value}"
            );
        }
        // Balanced: nothing.
        let d = with(
            "/income_expenditure/income/30/amount",
            Value::from("2076.12"),
        );
        assert!(
            table_findings(&d)
                .iter()
                .all(|f| f.rule.id != "t01.balance")
        );
    }

    #[test]
    fn t02() {
        breaks(
            "/income/rows/3/fiscal",
            "1408.63",
            "t02.row-total",
            "公开02表 row 2080101 column 本年收入合计",
            "1408.79",
            "1407.79",
        );
        breaks(
            "/income/rows/17/total",
            "100.98",
            "t02.hierarchy",
            "公开02表 row 22102 column 本年收入合计",
            "110.60",
            "109.61",
        );
        breaks(
            "/income/rows/0/fiscal",
            "1991.89",
            "t02.total-row",
            "公开02表 row 合计 column 财政拨款收入",
            "1990.89",
            "1991.89",
        );
    }

    #[test]
    fn t03() {
        breaks(
            "/expenditure/rows/3/basic",
            "811.34",
            "t03.row-total",
            "公开09表 row 2080101 column 本年支出合计",
            "1409.64",
            "1408.64",
        );
        breaks(
            "/expenditure/rows/5/basic",
            "95.47",
            "t03.hierarchy",
            "公开09表 row 20805 column 基本支出",
            "144.46",
            "143.46",
        );
        breaks(
            "/expenditure/rows/0/project",
            "890.86",
            "t03.total-row",
            "公开09表 row 合计 column 项目支出",
            "889.86",
            "890.86",
        );
    }

    #[test]
    fn t04() {
        breaks(
            "/fiscal/income/0/amount",
            "1736.92",
            "t04.income-sum",
            "公开04表 row 本年收入合计（行次27） column 金额",
            "1991.89",
            "1990.89",
        );
        breaks(
            "/fiscal/income/27/amount",
            "1.00",
            "t04.opening-sum",
            "公开04表 row 年初财政拨款结转和结余（行次28） column 金额",
            "0.00",
            "1.00",
        );
        breaks(
            "/fiscal/income/31/amount",
            "1991.89",
            "t04.income-total",
            "公开04表 row 总计（行次32） column 金额",
            "1990.89",
            "1991.89",
        );
        breaks(
            "/fiscal/expenditure/7/general_budget",
            "1589.15",
            "t04.row-total",
            "公开04表 row 208（行次40） column 合计",
            "1589.15",
            "1588.15",
        );
        breaks(
            "/fiscal/expenditure/8/total",
            "39.16",
            "t04.expenditure-sum",
            "公开04表 row 本年支出合计（行次59） column 合计",
            "1991.89",
            "1990.89",
        );
        breaks(
            "/fiscal/expenditure/31/general_budget",
            "1736.92",
            "t04.expenditure-total",
            "公开04表 row 总计（行次64） column 一般公共预算财政拨款",
            "1735.92",
            "1736.92",
        );
        breaks(
            "/fiscal/expenditure/31/total",
            "1991.89",
            "t04.balance",
            "公开04表 row 总计（行次64） column 合计",
            "1990.89",
            "1991.89",
        );
        breaks(
            "/fiscal/expenditure/26/government_fund",
            "255.97",
            "t04.fund-balance",
            "公开04表 row 二、政府性基金预算财政拨款（行次2） column 金额",
            "255.97",
            "254.97",
        );
    }

    #[test]
    fn t05() {
        breaks(
            "/general_budget/rows/9/project",
            "37.59",
            "t05.row-total",
            "公开05表 row 2080799 column 本年支出 小计",
            "38.07",
            "37.06",
        );
        breaks(
            "/general_budget/rows/6/total",
            "95.47",
            "t05.hierarchy",
            "公开05表 row 20805 column 本年支出 小计",
            "144.46",
            "143.46",
        );
        breaks(
            "/general_budget/rows/0/basic",
            "1102.03",
            "t05.total-row",
            "公开05表 row 合计 column 本年支出 基本支出",
            "1101.03",
            "1102.03",
        );
    }

    #[test]
    fn t06() {
        breaks(
            "/basic_detail/blocks/0/1/amount",
            "324.25",
            "t06.hierarchy",
            "公开06表 row 301 column 决算数",
            "999.07",
            "998.08",
        );
        breaks(
            "/basic_detail/personnel_total/amount",
            "1000.16",
            "t06.personnel-total",
            "公开06表 row 人员经费合计 column 决算数",
            "999.16",
            "1000.16",
        );
        breaks(
            "/basic_detail/public_total/amount",
            "102.87",
            "t06.public-total",
            "公开06表 row 公用经费合计 column 决算数",
            "101.87",
            "102.87",
        );
    }

    #[test]
    fn t07() {
        breaks(
            "/government_fund/rows/3/project",
            "255.97",
            "t07.row-total",
            "公开07表 row 2120899 column 本年支出 小计",
            "255.97",
            "254.97",
        );
        breaks(
            "/government_fund/rows/3/income",
            "255.97",
            "t07.row-balance",
            "公开07表 row 2120899 column 年末结转和结余",
            "1.00",
            "0.00",
        );
        breaks(
            "/government_fund/rows/2/income",
            "255.97",
            "t07.hierarchy",
            "公开07表 row 212 column 本年收入",
            "255.97",
            "254.97",
        );
        breaks(
            "/government_fund/rows/0/income",
            "255.97",
            "t07.total-row",
            "公开07表 row 合计 column 本年收入",
            "254.97",
            "255.97",
        );
    }

    #[test]
    fn t08() {
        breaks(
            "/state_capital/rows/0/expenditure",
            "1.00",
            "t08.row-total",
            "公开08表 row 合计 column 本年支出 合计",
            "0.00",
            "1.00",
        );
        breaks(
            "/state_capital/rows/0/basic",
            "1.00",
            "t08.total-row",
            "公开08表 row 合计 column 本年支出 基本支出",
            "0.00",
            "1.00",
        );
    }

    #[test]
    fn t08_hierarchy() {
        let mut fixture: Value = serde_json::from_str(FIXTURE).unwrap();
        fixture["state_capital"]["rows"] = serde_json::json!([
            {"name": "合计"},
            {"code": "223", "name": "国有资本经营预算支出", "expenditure": "1.00", "project": "1.00"},
            {"code": "22301", "name": "解决历史遗留问题及改革成本支出"}
        ]);
        let d: Disclosure = serde_json::from_value(fixture).unwrap();
        let want = (
            "t08.hierarchy".to_owned(),
            Severity::Error,
            "公开08表 row 223 column 本年支出 合计".to_owned(),
            Some("0.00".to_owned()),
            Some("1.00".to_owned()),
        );
        assert!(errors(&d).contains(&want), "{:#?}", errors(&d));
    }

    #[test]
    fn t09() {
        breaks(
            "/three_public/budget/total",
            "2.03",
            "t09.group-total",
            "公开09表 column 预算数 合计",
            "1.03",
            "2.03",
        );
        breaks(
            "/three_public/actual/vehicle_operation",
            "2.03",
            "t09.vehicle-subtotal",
            "公开09表 column 决算数 公务用车购置及运行维护费 小计",
            "2.03",
            "1.03",
        );
    }

    #[test]
    fn t10() {
        breaks(
            "/related_info/sections/0/lines/1/value",
            "4.01",
            "t10.procurement-total",
            "公开10表 row 合计（行次1） column 统计数",
            "14.40",
            "13.40",
        );
        let d = with("/related_info/sections/2/lines/8/value", Value::from(4));
        let want = (
            "t10.vehicle-total".to_owned(),
            Severity::Error,
            "公开10表 row (一) 车辆数合计(辆)（行次7） column 统计数".to_owned(),
            Some("5".to_owned()),
            Some("4".to_owned()),
        );
        assert_eq!(errors(&d), [want]);
    }

    #[test]
    fn a_negative_count_is_rejected() {
        let mut fixture: Value = serde_json::from_str(FIXTURE).unwrap();
        fixture["related_info"]["sections"][2]["lines"][3]["value"] = Value::from(-1);
        let err = serde_json::from_value::<Disclosure>(fixture)
            .unwrap_err()
            .to_string();
        assert!(err.contains("公开10表 row 3. 机要通信用车（行次10） column value: negative count -1, expected a whole number of 0 or more"), "{err}");
    }

    #[test]
    fn too_many_decimals_and_bad_figures_are_rejected_together() {
        let mut fixture: Value = serde_json::from_str(FIXTURE).unwrap();
        fixture["income"]["rows"][1]["fiscal"] = Value::from("1588.155");
        fixture["income"]["rows"][2]["other"] = Value::from("0,16");
        fixture["income"]["rows"][3]["code"] = Value::from("2O80101");
        let err = serde_json::from_value::<Disclosure>(fixture)
            .unwrap_err()
            .to_string();
        assert!(
            err.contains("公开02表 cannot be built: 3 problems"),
            "{err}"
        );
        assert!(err.contains("公开02表 row 208 column fiscal: amount 1588.155 has 3 decimals, more than the 2 the table prints"), "{err}");
        assert!(
            err.contains("row 20801 column other: invalid amount"),
            "{err}"
        );
        assert!(err.contains("row 2O80101: invalid code"), "{err}");
    }
}
