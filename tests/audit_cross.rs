//! The rules between tables (`x.*`) on the spec document: silent where the tables agree (checked
//! by hand), each rule broken by one changed figure, and every amount of the ten tables bumped
//! by ±1.00 万元 caught.
#![cfg(feature = "serde")]

mod common;

use common::datong;
use common::mutate::{
    amount_pointers, bump, decode, disclosure, fixture, row_mut, set, total_row_mut,
};
use final_accounts::audit::{Finding, Severity, codes, cross};
use final_accounts::disclosure::Disclosure;
use final_accounts::finding::{Lang, Names, TableKind};
use final_accounts::profile::Profile;
use serde_json::{Value, json};
use std::borrow::Cow;

/// A finding in short: rule, severity, every location, expected, printed.
type Short = (
    String,
    Severity,
    Vec<String>,
    Option<String>,
    Option<String>,
);

/// Names the tables of a disclosure as its audit does: by the label printed, with the title
/// where it is not the label of the disclosure's template profile.
struct AsAudited<'a>(&'a Disclosure);

impl Names for AsAudited<'_> {
    fn table(&self, kind: TableKind) -> Cow<'_, str> {
        let expected = self
            .0
            .profile()
            .and_then(Profile::builtin)
            .and_then(|p| p.slot(kind))
            .and_then(|slot| slot.label.as_deref());
        Cow::Owned(self.0.place_expecting(kind, expected))
    }

    fn column(&self, kind: TableKind, key: &str) -> Option<Cow<'_, str>> {
        self.0.column(kind, key)
    }
}

/// A finding in short, its places named as the audit of `d` names them.
fn short(f: &Finding, d: &Disclosure) -> Short {
    (
        f.rule.id.to_owned(),
        f.severity,
        f.places
            .iter()
            .map(|p| p.display(&AsAudited(d), Lang::En).to_string())
            .collect(),
        f.expected.as_ref().map(ToString::to_string),
        f.actual.as_ref().map(ToString::to_string),
    )
}

fn expect(rule: &str, severity: Severity, places: &[&str], expected: &str, actual: &str) -> Short {
    (
        rule.to_owned(),
        severity,
        places.iter().map(|p| (*p).to_owned()).collect(),
        Some(expected.to_owned()),
        Some(actual.to_owned()),
    )
}

/// The findings of `rule` on an edited fixture.
fn findings_of(v: &Value, rule: &str) -> Vec<Short> {
    let d = disclosure(v);
    cross::check(&d)
        .iter()
        .filter(|f| f.rule.id == rule)
        .map(|f| short(f, &d))
        .collect()
}

const T03: &str = "公开09表（支出决算表）";

// ---------------------------------------------------------------------------------------------
// The spec
// ---------------------------------------------------------------------------------------------

/// Every relation between the spec's tables holds, checked by hand:
/// * 02 合计 1991.06 = 01 本年收入合计 1991.06; 02 财政拨款收入 1990.89 = 1735.92 + 254.97;
///   02 其他收入 0.16 = 01 八 0.16; the other 02 columns and 01 lines 四–七 are blank;
/// * 03 合计 1991.91 = 01 本年支出合计 1991.91; 03 类 208 1589.17, 210 38.16, 212 254.97,
///   221 109.61 = the 01 类 lines, every other 01 类 line blank;
/// * 04 一 1735.92, 二 254.97, 三 blank = 01 一, 二, 三; 04 1990.89 ≤ 01 1991.06, 04 类 208
///   1588.15 ≤ 1589.17, 210, 212, 221 equal, 04 本年支出合计 1990.89 ≤ 1991.91, 04 balances
///   blank;
/// * 05 合计 1735.92 = 04 本年支出合计 一般公共预算 1735.92; 05 类 208 1588.15, 210 38.16,
///   221 109.61 = 04; 04 212 has no 一般公共预算 amount and 05 no 212;
/// * 07 合计 254.97 (本年收入 and 本年支出) = 04 二 254.97 and 04 本年支出合计 政府性基金; 07 212
///   = 04 212; balances blank in both;
/// * 08 blank, 04 国有资本经营 column blank;
/// * 05 + 07 + 08 ≤ 03 in every row and column: 合计 1990.89 ≤ 1991.91, 基本 1101.03 ≤ 1102.05,
///   项目 634.89 + 254.97 = 889.86 ≤ 889.86; 208 基本 953.26 ≤ 954.28; 20801 基本 809.32 ≤
///   810.34; the rest equal;
/// * 06 999.16 + 101.87 = 1101.03 = 05 合计 基本支出;
/// * 09 决算 运行维护 1.03 ≥ 06 30231 1.03; 30212, 30217, 31013, 30913 blank; 决算 = 预算 1.03;
/// * 10 机关运行经费 (一) 行政单位 101.87 = 06 公用经费合计 101.87;
/// * only 08 is empty, and it carries 说明：本表无数据; no other table carries a note.
#[test]
fn the_spec_produces_no_finding_between_tables() {
    let decoded: Disclosure = disclosure(&fixture());
    assert_eq!(cross::check(&decoded), Vec::<Finding>::new());
    assert_eq!(cross::check(&datong::disclosure()), Vec::<Finding>::new());
}

#[test]
fn every_rule_stays_silent_on_the_spec() {
    let findings = cross::check(&datong::disclosure());
    for rule in cross::RULES {
        assert!(
            findings.iter().all(|f| f.rule.id != rule.id),
            "{} fires on the spec",
            rule.id
        );
    }
}

#[test]
fn the_rule_list_is_complete_and_sourced() {
    let ids: Vec<&str> = cross::RULES.iter().map(|r| r.id).collect();
    let tested = [
        "x.income-total",
        "x.income-fiscal",
        "x.income-sources",
        "x.expenditure-total",
        "x.expenditure-classes",
        "x.fiscal-income",
        "x.fiscal-within-all-funds",
        "x.funds-within-expenditure",
        "x.general-budget",
        "x.government-fund",
        "x.state-capital",
        "x.basic-detail",
        "x.three-public-economic",
        "x.three-public-budget",
        "x.running-costs",
        "x.empty-explained",
        "x.empty-note",
        "x.empty-wrong-fund",
        "x.unit-slip",
    ];
    assert_eq!(ids, tested, "every rule has its breaking test below");
    for rule in cross::RULES {
        assert!(
            ["[P]", "[S]", "[D]", "[V]", "[U]"]
                .iter()
                .any(|m| rule.source.contains(m)),
            "{} has a confidence mark",
            rule.id
        );
        assert!(!rule.title_zh.is_empty() && !rule.description.is_empty());
        assert!(
            final_accounts::audit::rule(rule.id).is_some(),
            "{} is listed",
            rule.id
        );
    }
    let warnings: Vec<&str> = cross::RULES
        .iter()
        .filter(|r| r.severity == Severity::Warning)
        .map(|r| r.id)
        .collect();
    assert_eq!(
        warnings,
        [
            "x.fiscal-within-all-funds",
            "x.funds-within-expenditure",
            "x.three-public-economic",
            "x.three-public-budget",
            "x.running-costs",
            "x.empty-explained",
            "x.empty-wrong-fund",
        ]
    );
}

// ---------------------------------------------------------------------------------------------
// One rule broken at a time
// ---------------------------------------------------------------------------------------------

#[test]
fn income_total_differs_from_the_summary() {
    let mut v = fixture();
    set(total_row_mut(&mut v, "income"), "total", Some("1992.06"));
    assert_eq!(
        findings_of(&v, "x.income-total"),
        [expect(
            "x.income-total",
            Severity::Error,
            &[
                "公开02表 row 合计 column 本年收入合计",
                "公开01表 row 本年收入合计（行次27） column 金额",
            ],
            "1991.06",
            "1992.06",
        )]
    );
    let d = disclosure(&v);
    let f = cross::check(&d);
    let f = f.iter().find(|f| f.rule.id == "x.income-total").unwrap();
    let (zh, en) = (f.message(&d, Lang::Zh), f.message(&d, Lang::En));
    // The figures with their unit and the difference; the places are said once, beside.
    assert!(zh.contains("1992.06万元") && zh.contains("1991.06万元") && zh.contains("1.00万元"));
    assert!(en.contains("1992.06 万元") && en.contains("1991.06 万元"));
    assert!(!zh.contains("公开02表") && !en.contains("公开01表"));
}

#[test]
fn appropriation_income_differs_from_the_three_fund_lines() {
    let mut v = fixture();
    set(total_row_mut(&mut v, "income"), "fiscal", Some("1991.89"));
    assert_eq!(
        findings_of(&v, "x.income-fiscal"),
        [expect(
            "x.income-fiscal",
            Severity::Error,
            &[
                "公开02表 row 合计 column 财政拨款收入",
                "公开01表 row 一、一般公共预算财政拨款收入（行次1） column 金额",
                "公开01表 row 二、政府性基金预算财政拨款收入（行次2） column 金额",
                "公开01表 row 三、国有资本经营预算财政拨款收入（行次3） column 金额",
            ],
            "1990.89",
            "1991.89",
        )]
    );
}

#[test]
fn appropriation_income_off_by_a_tail_is_info() {
    // 1990.90 against 1735.92 + 254.97 = 1990.89: four figures of ±0.005 each allow 0.02.
    let mut v = fixture();
    set(total_row_mut(&mut v, "income"), "fiscal", Some("1990.90"));
    let found = findings_of(&v, "x.income-fiscal");
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].1, Severity::Info);
    assert_eq!(
        (found[0].3.as_deref(), found[0].4.as_deref()),
        (Some("1990.89"), Some("1990.90"))
    );
}

#[test]
fn other_income_differs_from_the_summary_line() {
    let mut v = fixture();
    set(total_row_mut(&mut v, "income"), "other", Some("1.16"));
    assert_eq!(
        findings_of(&v, "x.income-sources"),
        [expect(
            "x.income-sources",
            Severity::Error,
            &[
                "公开02表 row 合计 column 其他收入",
                "公开01表 row 八、其他收入（行次8） column 金额",
            ],
            "0.16",
            "1.16",
        )]
    );
}

#[test]
fn expenditure_total_differs_from_the_summary() {
    let mut v = fixture();
    set(
        total_row_mut(&mut v, "expenditure"),
        "total",
        Some("1992.91"),
    );
    assert_eq!(
        findings_of(&v, "x.expenditure-total"),
        [expect(
            "x.expenditure-total",
            Severity::Error,
            &[
                &format!("{T03} row 合计 column 本年支出合计"),
                "公开01表 row 本年支出合计（行次58） column 金额",
            ],
            "1991.91",
            "1992.91",
        )]
    );
}

#[test]
fn an_expenditure_class_differs_from_the_summary_line_either_way() {
    let mut v = fixture();
    set(
        row_mut(&mut v, "expenditure", "rows", "code", "210"),
        "total",
        Some("39.16"),
    );
    assert_eq!(
        findings_of(&v, "x.expenditure-classes"),
        [expect(
            "x.expenditure-classes",
            Severity::Error,
            &[
                &format!("{T03} row 210 column 本年支出合计"),
                "公开01表 row 210（行次40） column 金额",
            ],
            "38.16",
            "39.16",
        )]
    );
    // A 类 with an amount in 公开01表 and no row in 公开03表.
    let mut v = fixture();
    set(
        row_mut(&mut v, "income_expenditure", "expenditure", "item", "213"),
        "amount",
        Some("5.00"),
    );
    assert_eq!(
        findings_of(&v, "x.expenditure-classes"),
        [expect(
            "x.expenditure-classes",
            Severity::Error,
            &[
                &format!("{T03} row 213 column 本年支出合计"),
                "公开01表 row 213（行次43） column 金额",
            ],
            "5.00",
            "0.00",
        )]
    );
}

/// A 类 line of the summary tables known by its printed name only (no source gives its code)
/// stands for the 公开03表 类 row printed with that name, whatever its code.
#[test]
fn a_class_line_known_by_name_is_compared_with_the_row_of_that_name() {
    let named = |v: &mut Value, amount: Option<&str>| {
        let line = row_mut(
            v,
            "income_expenditure",
            "expenditure",
            "item",
            "粮油物资储备支出",
        );
        set(line, "amount", amount);
    };
    // An amount on the line and no row in 公开03表.
    let mut v = fixture();
    row_mut(&mut v, "income_expenditure", "expenditure", "item", "222")["item"] =
        json!("粮油物资储备支出");
    named(&mut v, Some("5.00"));
    assert_eq!(
        findings_of(&v, "x.expenditure-classes"),
        [expect(
            "x.expenditure-classes",
            Severity::Error,
            &[
                &format!("{T03} row 粮油物资储备支出 column 本年支出合计"),
                "公开01表 row 二十、粮油物资储备支出（行次51） column 金额",
            ],
            "5.00",
            "0.00",
        )]
    );
    // The row of that name in 公开03表 (its code is the table's own): equal, then not.
    let rows = v["expenditure"]["rows"].as_array_mut().unwrap();
    rows.push(json!({"code": "222", "name": "粮油物资储备支出", "total": "5.00", "basic": "5.00"}));
    assert_eq!(findings_of(&v, "x.expenditure-classes"), []);
    named(&mut v, Some("6.00"));
    assert_eq!(
        findings_of(&v, "x.expenditure-classes"),
        [expect(
            "x.expenditure-classes",
            Severity::Error,
            &[
                &format!("{T03} row 222 column 本年支出合计"),
                "公开01表 row 二十、粮油物资储备支出（行次51） column 金额",
            ],
            "6.00",
            "5.00",
        )]
    );
}

#[test]
fn a_fund_appropriation_differs_from_the_summary() {
    let mut v = fixture();
    set(
        row_mut(&mut v, "fiscal", "income", "item", "general_budget"),
        "amount",
        Some("1736.92"),
    );
    assert_eq!(
        findings_of(&v, "x.fiscal-income"),
        [expect(
            "x.fiscal-income",
            Severity::Error,
            &[
                "公开04表 row 一、一般公共预算财政拨款（行次1） column 金额",
                "公开01表 row 一、一般公共预算财政拨款收入（行次1） column 金额",
            ],
            "1735.92",
            "1736.92",
        )]
    );
}

#[test]
fn a_fiscal_class_above_the_all_funds_class_is_a_warning() {
    let mut v = fixture();
    let row = row_mut(&mut v, "fiscal", "expenditure", "item", "208");
    set(row, "total", Some("1590.15"));
    set(row, "general_budget", Some("1590.15"));
    assert_eq!(
        findings_of(&v, "x.fiscal-within-all-funds"),
        [expect(
            "x.fiscal-within-all-funds",
            Severity::Warning,
            &[
                "公开04表 row 208（行次40） column 合计",
                "公开01表 row 208（行次39） column 金额",
            ],
            "≤ 1589.17",
            "1590.15",
        )]
    );
}

#[test]
fn fund_spending_above_all_spending_is_a_warning_and_a_tail_is_info() {
    let mut v = fixture();
    let row = row_mut(&mut v, "general_budget", "rows", "code", "20805");
    set(row, "basic", Some("144.46"));
    set(row, "total", Some("144.46"));
    let found = findings_of(&v, "x.funds-within-expenditure");
    assert_eq!(
        found,
        [
            expect(
                "x.funds-within-expenditure",
                Severity::Warning,
                &[
                    "公开05表 row 20805 column 本年支出 小计",
                    &format!("{T03} row 20805 column 本年支出合计"),
                ],
                "≤ 143.46",
                "144.46",
            ),
            expect(
                "x.funds-within-expenditure",
                Severity::Warning,
                &[
                    "公开05表 row 20805 column 本年支出 基本支出",
                    &format!("{T03} row 20805 column 基本支出"),
                ],
                "≤ 143.46",
                "144.46",
            ),
        ]
    );
    // 634.89 + 254.97 = 889.86 against 889.85: three figures of ±0.005 explain 0.01.
    let mut v = fixture();
    set(
        total_row_mut(&mut v, "expenditure"),
        "project",
        Some("889.85"),
    );
    let found = findings_of(&v, "x.funds-within-expenditure");
    assert_eq!(
        found,
        [expect(
            "x.funds-within-expenditure",
            Severity::Info,
            &[
                "公开05表 row 合计 column 本年支出 项目支出",
                "公开07表 row 合计 column 本年支出 项目支出",
                &format!("{T03} row 合计 column 项目支出"),
            ],
            "≤ 889.85",
            "889.86",
        )]
    );
}

#[test]
fn the_general_budget_table_differs_from_the_fiscal_column() {
    let mut v = fixture();
    set(
        row_mut(&mut v, "general_budget", "rows", "code", "210"),
        "total",
        Some("39.16"),
    );
    assert_eq!(
        findings_of(&v, "x.general-budget"),
        [expect(
            "x.general-budget",
            Severity::Error,
            &[
                "公开05表 row 210 column 本年支出 小计",
                "公开04表 row 210（行次41） column 一般公共预算财政拨款",
            ],
            "38.16",
            "39.16",
        )]
    );
    let mut v = fixture();
    set(
        total_row_mut(&mut v, "general_budget"),
        "total",
        Some("1734.92"),
    );
    assert_eq!(
        findings_of(&v, "x.general-budget"),
        [expect(
            "x.general-budget",
            Severity::Error,
            &[
                "公开05表 row 合计 column 本年支出 小计",
                "公开04表 row 本年支出合计（行次59） column 一般公共预算财政拨款",
            ],
            "1735.92",
            "1734.92",
        )]
    );
}

#[test]
fn the_government_fund_table_differs_from_the_fiscal_figures() {
    let mut v = fixture();
    set(
        total_row_mut(&mut v, "government_fund"),
        "income",
        Some("255.97"),
    );
    assert_eq!(
        findings_of(&v, "x.government-fund"),
        [expect(
            "x.government-fund",
            Severity::Error,
            &[
                "公开07表 row 合计 column 本年收入",
                "公开04表 row 二、政府性基金预算财政拨款（行次2） column 金额",
            ],
            "254.97",
            "255.97",
        )]
    );
    let mut v = fixture();
    set(
        row_mut(&mut v, "fiscal", "expenditure", "item", "212"),
        "government_fund",
        Some("253.97"),
    );
    let found = findings_of(&v, "x.government-fund");
    assert_eq!(
        found,
        [expect(
            "x.government-fund",
            Severity::Error,
            &[
                "公开07表 row 212 column 本年支出 小计",
                "公开04表 row 212（行次43） column 政府性基金预算财政拨款",
            ],
            "253.97",
            "254.97",
        )]
    );
}

#[test]
fn the_state_capital_table_with_data_against_an_empty_fiscal_column() {
    let mut v = fixture();
    let row = total_row_mut(&mut v, "state_capital");
    set(row, "expenditure", Some("1.00"));
    set(row, "project", Some("1.00"));
    assert_eq!(
        findings_of(&v, "x.state-capital"),
        [expect(
            "x.state-capital",
            Severity::Error,
            &[
                "公开08表 row 合计 column 本年支出 合计",
                "公开04表 row 本年支出合计（行次59） column 国有资本经营预算财政拨款",
            ],
            "0.00",
            "1.00",
        )]
    );
    // And its 说明：本表无数据 now contradicts it.
    assert_eq!(
        findings_of(&v, "x.empty-note"),
        [expect(
            "x.empty-note",
            Severity::Error,
            &["公开08表"],
            "有数据的表不注“本表无数据”",
            "说明：本表无数据",
        )]
    );
}

#[test]
fn basic_detail_totals_differ_from_the_general_budget_basic_spending() {
    let mut v = fixture();
    v["basic_detail"]["public_total"]["amount"] = Value::String("102.87".into());
    assert_eq!(
        findings_of(&v, "x.basic-detail"),
        [expect(
            "x.basic-detail",
            Severity::Error,
            &[
                "公开05表 row 合计 column 本年支出 基本支出",
                "公开06表 row 人员经费合计 column 决算数",
                "公开06表 row 公用经费合计 column 决算数",
            ],
            "1102.03",
            "1101.03",
        )]
    );
}

#[test]
fn three_public_spending_below_its_economic_code_is_a_warning() {
    // 1.00 of 公务接待费 in 公开06表 (taken from 30299, so 302 still adds up), none in 公开09表.
    let mut v = fixture();
    set(
        row_mut(&mut v, "basic_detail", "blocks", "code", "30217"),
        "amount",
        Some("1.00"),
    );
    set(
        row_mut(&mut v, "basic_detail", "blocks", "code", "30299"),
        "amount",
        Some("2.15"),
    );
    assert!(
        table_findings(&disclosure(&v))
            .iter()
            .all(|f| f.severity != Severity::Error),
        "公开06表 still adds up"
    );
    assert_eq!(
        findings_of(&v, "x.three-public-economic"),
        [expect(
            "x.three-public-economic",
            Severity::Warning,
            &[
                "公开06表 row 30217 column 决算数",
                "公开09表 column 决算数 公务接待费"
            ],
            "≤ 0.00",
            "1.00",
        )]
    );
}

#[test]
fn three_public_spending_above_its_budget_is_a_warning() {
    let mut v = fixture();
    for key in ["total", "vehicles", "vehicle_operation"] {
        v["three_public"]["budget"][key] = Value::String("0.50".into());
    }
    assert_eq!(
        findings_of(&v, "x.three-public-budget"),
        [
            expect(
                "x.three-public-budget",
                Severity::Warning,
                &["公开09表 column 决算数 合计", "公开09表 column 预算数 合计"],
                "≤ 0.50",
                "1.03",
            ),
            expect(
                "x.three-public-budget",
                Severity::Warning,
                &[
                    "公开09表 column 决算数 公务用车购置及运行维护费 公务用车运行维护费",
                    "公开09表 column 预算数 公务用车购置及运行维护费 公务用车运行维护费",
                ],
                "≤ 0.50",
                "1.03",
            ),
        ]
    );
}

#[test]
fn running_costs_differ_from_public_costs_as_a_warning() {
    let mut v = fixture();
    set(
        row_mut(
            &mut v,
            "related_info",
            "sections",
            "item",
            "running_costs_administrative",
        ),
        "value",
        Some("102.87"),
    );
    assert_eq!(
        findings_of(&v, "x.running-costs"),
        [expect(
            "x.running-costs",
            Severity::Warning,
            &[
                "公开10表 row (一) 行政单位（行次5） column 统计数",
                "公开06表 row 公用经费合计 column 决算数",
            ],
            "101.87",
            "102.87",
        )]
    );
    // A 参公事业单位: at most 公用经费合计.
    let mut v = fixture();
    set(
        row_mut(
            &mut v,
            "related_info",
            "sections",
            "item",
            "running_costs_administrative",
        ),
        "value",
        None,
    );
    set(
        row_mut(
            &mut v,
            "related_info",
            "sections",
            "item",
            "running_costs_civil_service",
        ),
        "value",
        Some("150.00"),
    );
    assert_eq!(
        findings_of(&v, "x.running-costs"),
        [expect(
            "x.running-costs",
            Severity::Warning,
            &[
                "公开10表 row (二) 参照公务员法管理事业单位（行次6） column 统计数",
                "公开06表 row 公用经费合计 column 决算数",
            ],
            "≤ 101.87",
            "150.00",
        )]
    );
    // Below it is fine for a 参公事业单位.
    set(
        row_mut(
            &mut v,
            "related_info",
            "sections",
            "item",
            "running_costs_civil_service",
        ),
        "value",
        Some("90.00"),
    );
    assert_eq!(findings_of(&v, "x.running-costs"), []);
}

#[test]
fn an_empty_table_without_explanation_is_a_warning() {
    let mut v = fixture();
    v["state_capital"]["meta"]
        .as_object_mut()
        .unwrap()
        .remove("explanation");
    assert_eq!(
        findings_of(&v, "x.empty-explained"),
        [expect(
            "x.empty-explained",
            Severity::Warning,
            &["公开08表"],
            "说明：本表无数据（并说明原因）",
            "无说明",
        )]
    );
}

#[test]
fn a_no_data_note_on_a_table_with_data_is_an_error() {
    let mut v = fixture();
    v["government_fund"]["meta"]["explanation"] = Value::String("说明：本表无数据".into());
    assert_eq!(
        findings_of(&v, "x.empty-note"),
        [expect(
            "x.empty-note",
            Severity::Error,
            &["公开07表"],
            "有数据的表不注“本表无数据”",
            "说明：本表无数据",
        )]
    );
}

#[test]
fn an_explanation_naming_another_fund_is_a_warning() {
    let mut v = fixture();
    let text = "说明：本单位2023年度无政府性基金预算财政拨款支出，故本表无数据";
    v["state_capital"]["meta"]["explanation"] = Value::String(text.into());
    assert_eq!(
        findings_of(&v, "x.empty-wrong-fund"),
        [expect(
            "x.empty-wrong-fund",
            Severity::Warning,
            &["公开08表"],
            "国有资本经营预算财政拨款",
            text,
        )]
    );
    // Naming its own fund is right.
    v["state_capital"]["meta"]["explanation"] =
        Value::String("说明：本单位无国有资本经营预算财政拨款支出，故本表无数据".into());
    assert_eq!(findings_of(&v, "x.empty-wrong-fund"), []);
}

#[test]
fn a_figure_written_in_yuan_is_a_unit_slip() {
    let mut v = fixture();
    set(
        row_mut(&mut v, "fiscal", "income", "item", "general_budget"),
        "amount",
        Some("17359200.00"),
    );
    let found = findings_of(&v, "x.unit-slip");
    assert_eq!(
        found,
        [expect(
            "x.unit-slip",
            Severity::Error,
            &[
                "公开04表 row 一、一般公共预算财政拨款（行次1） column 金额",
                "公开01表 row 一、一般公共预算财政拨款收入（行次1） column 金额",
            ],
            "1735.92",
            "17359200.00",
        )]
    );
    assert_eq!(
        findings_of(&v, "x.fiscal-income"),
        [],
        "reported once, as a slip"
    );
    let d = disclosure(&v);
    let f = cross::check(&d);
    let f = f.iter().find(|f| f.rule.id == "x.unit-slip").unwrap();
    assert!(f.message(&d, Lang::Zh).contains("元与万元"));
}

// ---------------------------------------------------------------------------------------------
// Every amount of the ten tables, ±1.00 万元
// ---------------------------------------------------------------------------------------------

/// The tables' own findings.
fn table_findings(d: &Disclosure) -> Vec<Finding> {
    d.order()
        .iter()
        .flat_map(|kind| d.check_table(*kind))
        .collect()
}

/// Whether an edited fixture is caught: it does not decode, or the tables' own findings, the
/// rules between tables or the code rules report an error.
fn caught(v: &Value) -> Result<bool, String> {
    let Ok(d) = decode(v) else {
        return Ok(true);
    };
    let errors = table_findings(&d)
        .iter()
        .chain(&cross::check(&d))
        .chain(&codes::check(&d, None, None))
        .any(|f| f.severity == Severity::Error);
    if errors {
        return Ok(true);
    }
    let warnings: Vec<String> = cross::check(&d)
        .iter()
        .filter(|f| f.severity == Severity::Warning)
        .map(|f| f.rule.id.to_owned())
        .collect();
    Err(warnings.join(", "))
}

/// The one known gap: 公开10表 机关运行经费 (一) 行政单位 is compared with 公开06表 公用经费合计
/// by x.running-costs, which is a warning because the relation is unconfirmed ([U]); nothing
/// else in the ten tables carries that figure (the narrative states it, and the narrative
/// checks are outside these rules).
fn known_gap(v: &Value, pointer: &str) -> bool {
    let parent = pointer.rsplit_once('/').map_or("", |(p, _)| p);
    v.pointer(parent)
        .and_then(|row| row.get("item"))
        .and_then(Value::as_str)
        == Some("running_costs_administrative")
}

#[test]
fn every_amount_changed_by_one_wan_yuan_is_caught() {
    let v = fixture();
    let pointers = amount_pointers(&v);
    assert_eq!(pointers.len(), 204, "amounts walked");
    for p in [
        "/income_expenditure/income/0/amount",
        "/three_public/budget/total",
        "/basic_detail/personnel_total/amount",
        "/basic_detail/blocks/0/0/amount",
        "/related_info/sections/1/lines/0/value",
        "/government_fund/rows/0/income",
    ] {
        assert!(pointers.iter().any(|q| q == p), "{p} is walked");
    }
    let mut gaps = Vec::new();
    let mut known = Vec::new();
    for pointer in &pointers {
        for delta in ["1.00", "-1.00"] {
            let mut edited = v.clone();
            let cell = edited.pointer_mut(pointer).unwrap();
            let bumped = bump(cell.as_str().unwrap(), delta);
            *cell = Value::String(bumped.clone());
            match caught(&edited) {
                Ok(true) => {}
                Ok(false) => unreachable!(),
                Err(warnings) if known_gap(&v, pointer) => {
                    assert_eq!(warnings, "x.running-costs", "{pointer} {delta}");
                    known.push(pointer.clone());
                }
                Err(warnings) => gaps.push(format!("{pointer} → {bumped} (warnings: {warnings})")),
            }
        }
    }
    assert_eq!(
        gaps,
        Vec::<String>::new(),
        "amount changes caught by nothing"
    );
    assert_eq!(known.len(), 2, "the one known gap, both ways: {known:?}");
}

#[test]
fn an_aggregate_printed_twice_may_differ_by_a_derivation_tail() {
    // 类 221 住房保障支出 has two 项 in 公开03表 (99.98 + 9.62 = 109.60, printed 109.61): one
    // table may print the sum of the rounded parts and the other the rounded total, so the two
    // printings may differ by less than (2 + 1)/2 units of the last place.
    let t03 = format!("{T03} row 221 column 本年支出合计");
    let at = [t03.as_str(), "公开01表 row 221（行次50） column 金额"];
    let mut v = fixture();
    set(
        row_mut(&mut v, "income_expenditure", "expenditure", "item", "221"),
        "amount",
        Some("109.62"),
    );
    let found = findings_of(&v, "x.expenditure-classes");
    assert_eq!(
        found,
        [expect(
            "x.expenditure-classes",
            Severity::Info,
            &at,
            "109.62",
            "109.61",
        )]
    );
    // Two units is beyond what two parts explain.
    let mut v = fixture();
    set(
        row_mut(&mut v, "income_expenditure", "expenditure", "item", "221"),
        "amount",
        Some("109.63"),
    );
    assert_eq!(
        findings_of(&v, "x.expenditure-classes"),
        [expect(
            "x.expenditure-classes",
            Severity::Error,
            &at,
            "109.63",
            "109.61",
        )]
    );
}

#[test]
fn a_single_part_figure_printed_twice_must_match_exactly() {
    // 类 210 卫生健康支出 has one 项 (2101101, 38.16) with one printed column: a 0.01 slip
    // between its two printings is an error, in 公开03表 against 公开01表 and in 公开05表
    // against 公开04表.
    let mut v = fixture();
    set(
        row_mut(&mut v, "income_expenditure", "expenditure", "item", "210"),
        "amount",
        Some("38.17"),
    );
    assert_eq!(
        findings_of(&v, "x.expenditure-classes"),
        [expect(
            "x.expenditure-classes",
            Severity::Error,
            &[
                &format!("{T03} row 210 column 本年支出合计"),
                "公开01表 row 210（行次40） column 金额",
            ],
            "38.17",
            "38.16",
        )]
    );
    let mut v = fixture();
    set(
        row_mut(&mut v, "general_budget", "rows", "code", "210"),
        "total",
        Some("38.15"),
    );
    assert_eq!(
        findings_of(&v, "x.general-budget"),
        [expect(
            "x.general-budget",
            Severity::Error,
            &[
                "公开05表 row 210 column 本年支出 小计",
                "公开04表 row 210（行次41） column 一般公共预算财政拨款",
            ],
            "38.16",
            "38.15",
        )]
    );
    // The same 0.01 on 类 221 of 公开05表, with two 项 beneath it, is a derivation tail.
    let mut v = fixture();
    set(
        row_mut(&mut v, "general_budget", "rows", "code", "221"),
        "total",
        Some("109.62"),
    );
    let found = findings_of(&v, "x.general-budget");
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].1, Severity::Info);
    assert_eq!(
        (found[0].3.as_deref(), found[0].4.as_deref()),
        (Some("109.61"), Some("109.62"))
    );
}
