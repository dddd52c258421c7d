//! The document rules (`doc.*`), each broken once on a copy of the spec fixture; their silence
//! on the spec is asserted by tests/audit.rs (the exact list of its errors and warnings).
#![cfg(feature = "serde")]

use final_accounts::audit::{AuditOptions, Finding, Severity, audit, audit_with, document};
use final_accounts::disclosure::{Disclosure, TableKind};
use final_accounts::finding::{Figure, Lang, Unnamed};
use final_accounts::profile::Profile;
use serde_json::{Value, json};

const FIXTURE: &str = include_str!("fixtures/datong-hrss-2023.json");
const PUTUO: &str = include_str!("fixtures/putuo-shehuigongzuobu-2024.json");

fn putuo() -> Value {
    serde_json::from_str(PUTUO).unwrap()
}

fn fixture() -> Value {
    serde_json::from_str(FIXTURE).unwrap()
}

/// The outline of a fixture in the format before printed lines: its two titles, then its
/// headings (still read, as printed lines).
fn split_outline(v: &mut Value) {
    let lines = v["outline"].as_array().unwrap().clone();
    let is_part = |l: &&Value| {
        let text = l.as_str().unwrap();
        text.starts_with('第') && text.contains("部分")
    };
    let titles: Vec<&Value> = lines.iter().filter(|l| !is_part(l)).collect();
    let headings: Vec<&Value> = lines.iter().filter(is_part).collect();
    v["outline"] = json!({"titles": titles, "headings": headings});
}

fn decode(v: Value) -> Disclosure {
    serde_json::from_value(v).unwrap()
}

fn doc(v: Value) -> Vec<Finding> {
    doc_of(&decode(v))
}

fn doc_of(d: &Disclosure) -> Vec<Finding> {
    document::check(d, d.profile().and_then(Profile::builtin))
}

fn of<'a>(findings: &'a [Finding], rule: &str) -> Vec<&'a Finding> {
    findings.iter().filter(|f| f.rule.id == rule).collect()
}

/// A figure as shown.
fn shown(figure: &Option<Figure>) -> Option<String> {
    figure.as_ref().map(ToString::to_string)
}

/// The first place of a finding, tables named as `d` prints them.
fn place(f: &Finding, d: &Disclosure) -> String {
    f.places[0].display(d, Lang::En).to_string()
}

#[test]
fn an_unknown_or_missing_profile_is_said_and_the_closest_is_used() {
    let mut v = fixture();
    v["profile"] = json!("hainan-2031");
    let d = decode(v.clone());
    let f = doc_of(&d);
    let found = of(&f, "doc.profile");
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].severity, Severity::Warning);
    assert_eq!(place(found[0], &d), "部门决算公开");
    assert_eq!(shown(&found[0].actual).as_deref(), Some("hainan-2031"));
    assert_eq!(shown(&found[0].expected).as_deref(), Some("shanxi-2023"));
    assert_eq!(
        found[0].message(&d, Lang::Zh),
        "未知的公开模板“hainan-2031”，按表名、表号和表序最接近的内置模板“shanxi-2023”检查"
    );
    // The label rules still run: 支出决算表 printed under 公开09表 is found.
    assert_eq!(of(&f, "doc.label").len(), 1);
    assert_eq!(of(&f, "doc.label"), of(&doc(fixture()), "doc.label"));
    // Without a profile, the same, and the message says none was named.
    v.as_object_mut().unwrap().remove("profile");
    let d = decode(v);
    let f = doc_of(&d);
    let found = of(&f, "doc.profile");
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].actual, None);
    assert_eq!(
        found[0].message(&d, Lang::En),
        "no template profile is named: the tables are checked against the closest built-in \
         profile by titles, labels and order, \"shanxi-2023\""
    );
    assert_eq!(of(&f, "doc.label").len(), 1);
    // The Shanghai document under an id of next year: the Shanghai profile, by its
    // unlabelled titles and order (the 三公 table before the fund tables).
    let mut v = putuo();
    v["profile"] = json!("shanghai-2025");
    let d = decode(v);
    let f = doc_of(&d);
    let found = of(&f, "doc.profile");
    assert_eq!(shown(&found[0].expected).as_deref(), Some("shanghai-2024"));
    assert_eq!(f.len(), 1 + doc(putuo()).len(), "{f:#?}");
}

#[test]
fn the_whole_audit_uses_the_closest_profile() {
    let mut v = putuo();
    v["profile"] = json!("shanghai-2025");
    let d = decode(v);
    let report = audit(&d);
    assert!(report.context().profile_detected);
    assert_eq!(
        report.context().profile.map(|p| p.id()),
        Some("shanghai-2024")
    );
    // Nothing else changes: the same findings as under the named profile, and one warning.
    let named = decode(putuo());
    let before = audit(&named);
    assert_eq!(report.findings.len(), before.findings.len() + 1);
    assert_eq!(report.count(Severity::Error), before.count(Severity::Error));
    assert_eq!(report.of_rule("doc.profile").count(), 1);
    assert!(!before.context().profile_detected);
}

#[test]
fn a_missing_table_is_an_error() {
    let mut v = fixture();
    let map = v.as_object_mut().unwrap();
    map.remove("state_capital");
    map["order"] = json!([
        "income_expenditure",
        "income",
        "expenditure",
        "fiscal",
        "general_budget",
        "basic_detail",
        "government_fund",
        "three_public",
        "related_info"
    ]);
    let d = decode(v);
    let f = doc_of(&d);
    let found = of(&f, "doc.table-missing");
    assert_eq!(found.len(), 1, "{f:#?}");
    assert_eq!(found[0].severity, Severity::Error);
    assert_eq!(
        found[0].message(&d, Lang::Zh),
        "缺少模板中的“国有资本经营预算财政拨款支出决算表”：无数据的表也应公开并说明"
    );
    // The table is named as the audit names a table of the template that is not there: by
    // the template's label.
    let report = audit(&d);
    let missing = report.of_rule("doc.table-missing").next().unwrap();
    assert_eq!(
        report.place(&missing.places[0], Lang::En).to_string(),
        "公开08表"
    );
}

#[test]
fn a_table_outside_the_template_is_a_warning() {
    // Audited as a Shanghai 2024 document, the Datong 公开10表 has no place.
    let d = decode(fixture());
    let report = audit_with(
        &d,
        &AuditOptions::new().with_profile(Profile::shanghai_2024()),
    );
    let found: Vec<_> = report.of_rule("doc.table-unexpected").collect();
    assert_eq!(found.len(), 1);
    // Named by the label it prints (the template has no label to expect for it).
    let place = report.place(&found[0].places[0], Lang::En).to_string();
    assert!(place.starts_with("公开10表"), "{place}");
    assert_eq!(
        shown(&found[0].actual).as_deref(),
        Some("部门决算公开相关信息统计表")
    );
    assert_eq!(found[0].severity, Severity::Warning);
}

#[test]
fn tables_out_of_order_are_a_warning() {
    let mut v = fixture();
    v["order"] = json!([
        "income",
        "income_expenditure",
        "expenditure",
        "fiscal",
        "general_budget",
        "basic_detail",
        "government_fund",
        "state_capital",
        "three_public",
        "related_info"
    ]);
    let f = doc(v);
    let found = of(&f, "doc.order");
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].severity, Severity::Warning);
    assert!(
        shown(&found[0].actual)
            .unwrap()
            .starts_with("收入决算表、收入支出决算总表")
    );
}

#[test]
fn a_wrong_title_is_a_warning() {
    let mut v = fixture();
    v["income"]["meta"]["title"] = json!("收入明细表");
    let d = decode(v);
    let f = doc_of(&d);
    let found = of(&f, "doc.title");
    assert_eq!(found.len(), 1);
    assert_eq!(shown(&found[0].expected).as_deref(), Some("收入决算表"));
    assert_eq!(shown(&found[0].actual).as_deref(), Some("收入明细表"));
    assert_eq!(place(found[0], &d), "公开02表");
    assert_eq!(
        found[0].message(&d, Lang::Zh),
        "表名应为“收入决算表”，实为“收入明细表”"
    );
}

#[test]
fn another_unit_name_is_an_error() {
    let mut v = fixture();
    v["fiscal"]["meta"]["unit_name"]["name"] = json!("大同市人力资源和社会保障局机关");
    let d = decode(v);
    let f = doc_of(&d);
    let found = of(&f, "doc.unit-name");
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].severity, Severity::Error);
    assert_eq!(place(found[0], &d), "公开04表");
    assert_eq!(
        shown(&found[0].actual).as_deref(),
        Some("大同市人力资源和社会保障局机关")
    );
}

#[test]
fn another_year_is_an_error() {
    let mut v = fixture();
    v["general_budget"]["meta"]["period"] = json!("2022年度");
    let f = doc(v);
    let found = of(&f, "doc.year");
    assert_eq!(found.len(), 1);
    assert_eq!(shown(&found[0].expected).as_deref(), Some("2023"));
    assert_eq!(shown(&found[0].actual).as_deref(), Some("2022"));
}

#[test]
fn a_label_on_the_wrong_table_is_an_error_and_a_repeated_label_too() {
    let d = decode(fixture());
    let report = audit(&d);
    let label: Vec<_> = report.of_rule("doc.label").collect();
    assert_eq!(label.len(), 1);
    assert_eq!(shown(&label[0].expected).as_deref(), Some("公开03表"));
    assert_eq!(shown(&label[0].actual).as_deref(), Some("公开09表"));
    assert_eq!(
        report.place(&label[0].places[0], Lang::En).to_string(),
        "公开09表（支出决算表）"
    );
    assert_eq!(
        label[0].message(&report, Lang::Zh),
        "表号应为公开03表，实为公开09表"
    );
    let twice: Vec<_> = report.of_rule("doc.label-duplicate").collect();
    assert_eq!(twice.len(), 1);
    let places: Vec<String> = twice[0]
        .places
        .iter()
        .map(|p| report.place(p, Lang::En).to_string())
        .collect();
    assert_eq!(places, ["公开09表（支出决算表）", "公开09表"]);
    // Printing the right label silences both.
    let mut v = fixture();
    v["expenditure"]["meta"]["label"] = json!("公开03表");
    let f = doc(v);
    assert!(of(&f, "doc.label").is_empty() && of(&f, "doc.label-duplicate").is_empty());
}

#[test]
fn line_numbers_run_without_gap() {
    // The spec's own gap: 公开10表 行次 15 → 17.
    let d = decode(fixture());
    let f = doc_of(&d);
    let found = of(&f, "doc.line-numbers");
    assert_eq!(found.len(), 1);
    assert_eq!(shown(&found[0].expected).as_deref(), Some("16"));
    assert_eq!(shown(&found[0].actual).as_deref(), Some("17"));
    assert_eq!(place(found[0], &d), "公开10表 row 行次17");
    assert_eq!(found[0].message(&d, Lang::Zh), "行次15之后应为16，实为17");
    // A repeated 行次 in 公开01表.
    let mut v = fixture();
    v["income_expenditure"]["income"][1]["line"] = json!(1);
    // 1 → 1 and 1 → 3 in 公开01表, beside 公开10表's own 15 → 17.
    assert_eq!(of(&doc(v), "doc.line-numbers").len(), 3);
}

#[test]
fn part_headings_and_title_years() {
    let mut v = fixture();
    split_outline(&mut v);
    v["outline"]["headings"] = json!([
        "第一部分 概况",
        "第二部分 决算表",
        "第三部分 说明",
        "第四部分 名词解释",
        "第五部分 附件"
    ]);
    v["outline"]["titles"] = json!(["2023年度单位决算公开"]);
    let f = doc(v.clone());
    assert!(of(&f, "doc.parts").is_empty() && of(&f, "doc.title-year").is_empty());
    // A missing 第二部分 is one finding: 第三部分 is out of place, 第四部分 follows it.
    v["outline"]["headings"] = json!(["第一部分 概况", "第三部分 说明", "第四部分 名词解释"]);
    let f = doc(v.clone());
    let found = of(&f, "doc.parts");
    assert_eq!(found.len(), 1);
    assert_eq!(shown(&found[0].actual).as_deref(), Some("第三部分 说明"));
    assert_eq!(shown(&found[0].expected).as_deref(), Some("第二部分"));
    v["outline"]["titles"] = json!(["2021年度单位决算公开"]);
    let found = of(&doc(v), "doc.title-year").len();
    assert_eq!(found, 1);
}

#[test]
fn template_residue_in_a_table_is_an_error() {
    let mut v = fixture();
    v["state_capital"]["meta"]["explanation"] = json!(
        "无国有资本经营预算财政拨款支出的，仍保留该表格式，并在本表下方作下述说明：本表无数据"
    );
    let d = decode(v.clone());
    let f = doc_of(&d);
    let found = of(&f, "doc.residue");
    assert_eq!(found.len(), 1, "one finding per text");
    assert_eq!(place(found[0], &d), "公开08表 row 说明");
    v["income"]["meta"]["note"] = json!("注：本表反映XX单位本年度取得的各项收入情况。");
    assert_eq!(of(&doc(v), "doc.residue").len(), 2);
    // The spec's own notes and explanations carry none.
    assert!(of(&doc(fixture()), "doc.residue").is_empty());
}

#[test]
fn class_lines_and_line_numbers_follow_the_profile() {
    // Both documents print 26 类 lines; a profile of 24 sees two extra in each summary table.
    let d = decode(fixture());
    let mut builder = Profile::builder("twenty-four", "24 类");
    for slot in Profile::shanxi_2023().tables() {
        builder = builder.labelled(slot.kind, slot.label.as_deref(), &slot.title);
    }
    let profile = builder.expenditure_classes(24).build().unwrap();
    let f = document::check(&d, Some(&profile));
    let found = of(&f, "doc.class-lines");
    assert_eq!(found.len(), 2);
    assert_eq!(shown(&found[0].expected).as_deref(), Some("24"));
    assert_eq!(shown(&found[0].actual).as_deref(), Some("26"));
    assert_eq!(place(found[0], &d), "公开01表 row 支出");
    // The Shanxi tables print 行次; audited as a template without them, three tables differ.
    let profile = Profile::builder("no-lines", "no 行次")
        .labelled(
            TableKind::IncomeExpenditure,
            Some("公开01表"),
            "收入支出决算总表",
        )
        .line_numbers(false)
        .build()
        .unwrap();
    let f = document::check(&d, Some(&profile));
    assert_eq!(of(&f, "doc.line-number-presence").len(), 3);
}

/// Removes the expenditure lines of `items` (类 codes) from both summary tables.
fn without_classes(v: &mut Value, items: &[&str]) {
    for table in ["income_expenditure", "fiscal"] {
        let lines = v[table]["expenditure"].as_array_mut().unwrap();
        lines.retain(|line| !items.iter().any(|item| line["item"] == json!(item)));
    }
}

#[test]
fn the_shanghai_template_accepts_24_or_26_class_lines() {
    // Putuo prints 26 (债务还本支出 231 and 债务付息支出 232 added to the template's 24).
    assert!(of(&doc(putuo()), "doc.class-lines").is_empty());
    // Without them, the template's own 24.
    let mut v = putuo();
    without_classes(&mut v, &["231", "232"]);
    assert!(of(&doc(v), "doc.class-lines").is_empty());
    // 25 is neither: one finding per summary table, naming both accepted counts.
    let mut v = putuo();
    without_classes(&mut v, &["232"]);
    let d = decode(v);
    let f = doc_of(&d);
    let found = of(&f, "doc.class-lines");
    assert_eq!(found.len(), 2);
    assert_eq!(place(found[0], &d), "收入支出决算总表 row 支出");
    assert_eq!(place(found[1], &d), "财政拨款收入支出决算总表 row 支出");
    assert_eq!(shown(&found[0].expected).as_deref(), Some("24/26"));
    assert_eq!(shown(&found[0].actual).as_deref(), Some("25"));
    assert_eq!(
        found[0].message(&d, Lang::Zh),
        "支出方应列24/26个类级科目行，实列25个"
    );
}

#[test]
fn the_shanghai_body_prints_parts_one_three_four() {
    // The template's body: 第一部分, the tables under a banner, 第三部分, 第四部分.
    let v = putuo();
    assert!(of(&doc(v.clone()), "doc.parts").is_empty());
    // Numbered one to four (as the 目录 does) is no slip either.
    let mut numbered = v.clone();
    split_outline(&mut numbered);
    numbered["outline"]["headings"] = json!([
        "第一部分 概况",
        "第二部分 部门决算表",
        "第三部分 部门决算情况说明",
        "第四部分 名词解释"
    ]);
    assert!(of(&doc(numbered), "doc.parts").is_empty());
    // Under a template that prints every part, the missing 第二部分 is a slip.
    let d = decode(v.clone());
    let f = document::check(&d, Some(Profile::shanxi_2023()));
    let found = of(&f, "doc.parts");
    assert_eq!(found.len(), 1);
    assert_eq!(shown(&found[0].expected).as_deref(), Some("第二部分"));
    assert_eq!(
        shown(&found[0].actual).as_deref(),
        Some("第三部分 中共上海市普陀区委社会工作部2024年度部门决算情况")
    );
    // A slip of the Shanghai body is still found: 第三部分 printed twice.
    let mut twice = v;
    split_outline(&mut twice);
    twice["outline"]["headings"] = json!([
        "第一部分 概况",
        "第三部分 部门决算情况说明",
        "第三部分 名词解释"
    ]);
    let d = decode(twice);
    let f = doc_of(&d);
    let found = of(&f, "doc.parts");
    assert_eq!(found.len(), 1, "{found:#?}");
    assert_eq!(shown(&found[0].expected).as_deref(), Some("第四部分"));
    assert_eq!(
        shown(&found[0].actual).as_deref(),
        Some("第三部分 名词解释")
    );
    assert_eq!(place(found[0], &d), "部门决算公开 row 第三部分 名词解释");
}

#[test]
fn profiles_read_from_json_old_and_new() {
    let shanghai = Profile::shanghai_2024();
    // The 类 lines by name, the debt lines printed only when used.
    let mut old = serde_json::to_value(shanghai).unwrap();
    assert_eq!(old["class_lines"]["lines"].as_array().unwrap().len(), 26);
    assert_eq!(
        old["class_lines"]["optional"],
        json!(["债务还本支出", "债务付息支出"])
    );
    assert_eq!(old["body_parts"], json!([1, 3, 4]));
    // The form before variants: one count, no body parts.
    old.as_object_mut().unwrap().remove("class_lines");
    old["expenditure_classes"] = json!(26);
    old.as_object_mut().unwrap().remove("body_parts");
    let read: Profile = serde_json::from_value(old.clone()).unwrap();
    assert_eq!(read.expenditure_classes(), [26]);
    assert_eq!(read.body_parts(), None);
    // Written by name: all 26 lines, none optional.
    let written = serde_json::to_value(&read).unwrap();
    let all = serde_json::to_value(shanghai).unwrap()["class_lines"]["lines"].clone();
    assert_eq!(written["class_lines"], json!({ "lines": all }));
    assert_eq!(written.get("expenditure_classes"), None);
    // The form of variants, a list of counts, names the same lines as the built-in file.
    let mut counted = serde_json::to_value(shanghai).unwrap();
    counted.as_object_mut().unwrap().remove("class_lines");
    counted["expenditure_classes"] = json!([24, 26]);
    assert_eq!(
        &serde_json::from_value::<Profile>(counted).unwrap(),
        shanghai
    );
    // The built-in profile round-trips.
    let again: Profile = serde_json::from_value(serde_json::to_value(shanghai).unwrap()).unwrap();
    assert_eq!(&again, shanghai);
    // Validation on the way in: every name a 类 line of the summary tables.
    let mut unknown = serde_json::to_value(shanghai).unwrap();
    unknown["class_lines"]["optional"] = json!(["预备费"]);
    let err = serde_json::from_value::<Profile>(unknown)
        .unwrap_err()
        .to_string();
    assert!(err.contains("\"预备费\""), "{err}");
    // No count of 0, parts 1..=10 increasing.
    old["expenditure_classes"] = json!([24, 0]);
    assert!(serde_json::from_value::<Profile>(old.clone()).is_err());
    old["expenditure_classes"] = json!(24);
    old["body_parts"] = json!([1, 4, 3]);
    let err = serde_json::from_value::<Profile>(old)
        .unwrap_err()
        .to_string();
    assert!(err.contains("[1, 4, 3]"), "{err}");
    // Shanghai cites its template, not a document that fills it in.
    assert!(
        shanghai
            .source()
            .contains("shanghai-2024-final-accounts-template.txt")
    );
}

/// The index of the first statement of `section` in the fixture's narrative.
fn statement(v: &Value, section: &str) -> usize {
    v["narrative"]["statements"]
        .as_array()
        .unwrap()
        .iter()
        .position(|s| s["section"] == json!(section))
        .unwrap()
}

#[test]
fn template_residue_in_the_narrative_is_an_error() {
    // Neither fixture leaves any.
    assert!(of(&doc(fixture()), "doc.residue").is_empty());
    assert_eq!(
        of(&doc(putuo()), "doc.residue").len(),
        2,
        "the two table notes"
    );
    // The template's bracketed alternatives, left unchosen (white space as pdftotext prints).
    let mut v = fixture();
    let i = statement(&v, "九（一）");
    v["narrative"]["statements"][i]["text"] = json!(
        "2023年度“三公”经费财政拨款支出全年预算1.03万元，支出决算1.03万元，完成全年预算的100.00%，\
         比上年度减少0.16万元，下降（ 增长）13.45%，主要原因是：当年公车维修费较上年下降。其中："
    );
    let d = decode(v.clone());
    let f = doc_of(&d);
    let found = of(&f, "doc.residue");
    assert_eq!(found.len(), 1, "{found:#?}");
    assert_eq!(found[0].severity, Severity::Error);
    assert_eq!(place(found[0], &d), "说明 row 九（一）");
    assert_eq!(
        shown(&found[0].actual).as_deref(),
        Some("上年度减少0.16万元，下降（增长）13.45%，主要原因是")
    );
    assert!(
        found[0]
            .message(&d, Lang::Zh)
            .contains("“下降（增长）”未选定")
    );
    // "增加（减少）" and "大于（小于）" alike, both named in one finding.
    let j = statement(&v, "五（三）");
    v["narrative"]["statements"][j]["text"] = json!(
        "支出决算1,735.92万元，比上年增加(减少)5万元，决算数大于（小于）预算数的主要原因：XXXX。"
    );
    let f = doc(v.clone());
    let found = of(&f, "doc.residue");
    assert_eq!(found.len(), 2);
    // 五（三） comes before 九（一）.
    assert!(
        found[0]
            .message(&Unnamed, Lang::Zh)
            .contains("“增加（减少）”、“大于（小于）”"),
        "{}",
        found[0].message(&Unnamed, Lang::Zh)
    );
    // The template's instructions to the preparer.
    v["narrative"]["statements"][j]["text"] =
        json!("决算数大于预算数的主要原因：年中追加。（如持平作持平表述）");
    let f = doc(v);
    let found = of(&f, "doc.residue");
    assert_eq!(found.len(), 2);
    assert!(
        found[0]
            .message(&Unnamed, Lang::Zh)
            .contains("如持平作持平表述")
    );
    // A direction word beside a bracket that is no alternative stays silent.
    let mut v = fixture();
    v["narrative"]["statements"][j]["text"] =
        json!("社会保障和就业支出（类）增加（主要是年中追加）5万元。");
    assert!(of(&doc(v), "doc.residue").is_empty());
}

#[test]
fn stale_years_in_headings_and_year_end_dates() {
    // A part heading left from the year before, in a 2024 report.
    let mut v = putuo();
    split_outline(&mut v);
    v["outline"]["headings"][1] =
        json!("第三部分 中共上海市普陀区委社会工作部2023年度部门决算情况");
    let d = decode(v.clone());
    let f = doc_of(&d);
    let found = of(&f, "doc.title-year");
    assert_eq!(found.len(), 1);
    assert_eq!(
        place(found[0], &d),
        "部门决算公开 row 第三部分 中共上海市普陀区委社会工作部2023年度部门决算情况"
    );
    assert_eq!(shown(&found[0].expected).as_deref(), Some("2024"));
    assert_eq!(shown(&found[0].actual).as_deref(), Some("2023"));
    // A year-end stock dated the year before.
    let i = statement(&v, "十一（三）");
    let text = v["narrative"]["statements"][i]["text"]
        .as_str()
        .unwrap()
        .to_owned();
    v["narrative"]["statements"][i]["text"] =
        json!(text.replace("截至2024年12月31日", "截至 2023 年 12 月 31 日"));
    let d = decode(v.clone());
    let f = doc_of(&d);
    let found = of(&f, "doc.stale-year");
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].severity, Severity::Warning);
    assert_eq!(place(found[0], &d), "说明 row 十一（三）");
    assert_eq!(shown(&found[0].expected).as_deref(), Some("2024"));
    assert_eq!(shown(&found[0].actual).as_deref(), Some("2023"));
    assert_eq!(
        found[0].message(&d, Lang::Zh),
        "“截至2023年12月31日”应为2024年末，实为2023年"
    );
    // The previous year where the text compares with it stays allowed: the Putuo 说明 says
    // "与2023年度相比" and "比2023年度增加", the Datong one "比2022年增加", and neither is stale.
    assert!(of(&doc(putuo()), "doc.stale-year").is_empty());
    assert!(of(&doc(fixture()), "doc.stale-year").is_empty());
    assert!(of(&doc(putuo()), "doc.title-year").is_empty());
}

#[test]
fn every_doc_rule_is_tested_here() {
    let here = include_str!("audit_document.rs");
    for rule in document::RULES {
        assert!(here.contains(&format!("\"{}\"", rule.id)), "{}", rule.id);
    }
    // The document rules read the profile; a made-up profile is enough to change them.
    let made_up = Profile::builder("made-up", "表一 … 表十")
        .labelled(
            TableKind::IncomeExpenditure,
            Some("表一"),
            "收入支出决算总表",
        )
        .build()
        .unwrap();
    let d = decode(fixture());
    let f = document::check(&d, Some(&made_up));
    assert!(of(&f, "doc.table-unexpected").len() == 9);
    assert!(of(&f, "doc.label").len() == 1);
}

#[test]
fn the_unit_name_printed_otherwise_in_banners_headings_and_the_narrative() {
    // Both fixtures name their unit as it is, everywhere.
    assert!(of(&doc(putuo()), "doc.unit-name-text").is_empty());
    assert!(of(&doc(fixture()), "doc.unit-name-text").is_empty());
    // The banner above the tables without 普陀区, and 说明 十一（三） with the core alone and
    // with 与 for 和 in another sentence.
    let mut v = putuo();
    v["outline"][2] = json!("中共上海市委社会工作部2024年度部门决算表");
    let i = statement(&v, "十一（三）");
    let text = v["narrative"]["statements"][i]["text"]
        .as_str()
        .unwrap()
        .to_owned();
    v["narrative"]["statements"][i]["text"] =
        json!(text.replace("中共上海市普陀区委社会工作部共有车辆", "社会工作部共有车辆"));
    let d = decode(v.clone());
    let f = doc_of(&d);
    let found = of(&f, "doc.unit-name-text");
    assert_eq!(found.len(), 2, "{found:#?}");
    assert_eq!(found[0].severity, Severity::Warning);
    assert_eq!(
        place(found[0], &d),
        "部门决算公开 row 中共上海市委社会工作部2024年度部门决算表"
    );
    assert_eq!(
        shown(&found[0].expected).as_deref(),
        Some("中共上海市普陀区委社会工作部")
    );
    assert_eq!(
        shown(&found[0].actual).as_deref(),
        Some("中共上海市委社会工作部")
    );
    assert_eq!(place(found[1], &d), "说明 row 十一（三）");
    assert_eq!(shown(&found[1].actual).as_deref(), Some("社会工作部"));
    assert_eq!(
        found[0].message(&d, Lang::Zh),
        "单位名称应为“中共上海市普陀区委社会工作部”，此处印为“中共上海市委社会工作部”"
    );
    // 与 for 和 in the Datong 说明; another unit named in a sentence stays silent.
    let mut v = fixture();
    let first = v["narrative"]["statements"][0]["text"]
        .as_str()
        .unwrap()
        .to_owned();
    v["narrative"]["statements"][0]["text"] = json!(format!(
        "大同市人力资源与社会保障局、山西省人力资源和社会保障局、大同市财政局。{first}"
    ));
    let d = decode(v);
    let f = doc_of(&d);
    let found = of(&f, "doc.unit-name-text");
    assert_eq!(found.len(), 1, "{found:#?}");
    assert_eq!(
        shown(&found[0].actual).as_deref(),
        Some("大同市人力资源与社会保障局")
    );
}

#[test]
fn the_outline_is_printed_lines_whose_roles_the_crate_reads() {
    use final_accounts::disclosure::LineRole;
    // The fixture's outline is a list of printed lines; its roles follow from the text.
    let d = decode(fixture());
    let roles: Vec<LineRole> = d.outline().roles().map(|(role, _)| role).collect();
    assert_eq!(
        roles,
        [
            LineRole::Title,
            LineRole::Part(1),
            LineRole::Title,
            LineRole::Part(2),
            LineRole::Part(2),
            LineRole::Part(4),
            LineRole::Part(5),
        ]
    );
    // The format before (titles and headings apart) reads the same lines, and what the
    // transcriber filed as a title is still a part heading: its slip is found.
    let mut v = fixture();
    let lines = v["outline"].as_array().unwrap().clone();
    v["outline"] = json!({"titles": lines, "headings": []});
    let legacy = decode(v);
    assert_eq!(legacy.outline(), d.outline());
    let f = doc_of(&legacy);
    let found = of(&f, "doc.parts");
    assert_eq!(found.len(), 1);
    assert_eq!(
        shown(&found[0].actual).as_deref(),
        Some("第二部分 2023年部门决算表")
    );
    // A part heading filed among the titles, a year of another report in a banner: checked
    // as what they are.
    let mut v = putuo();
    v["outline"] = json!([
        "中共上海市普陀区委社会工作部2024年度部门决算",
        "第一部分 中共上海市普陀区委社会工作部概况",
        "中共上海市普陀区委社会工作部2023年度部门决算表",
        "第三部分 中共上海市普陀区委社会工作部2024年度部门决算情况",
        "第三部分 名词解释"
    ]);
    let d = decode(v);
    let f = doc_of(&d);
    assert_eq!(of(&f, "doc.parts").len(), 1);
    let years = of(&f, "doc.title-year");
    assert_eq!(years.len(), 1);
    assert_eq!(
        place(years[0], &d),
        "部门决算公开 row 中共上海市普陀区委社会工作部2023年度部门决算表"
    );
    // Written back as a list of lines.
    let written = serde_json::to_value(&d).unwrap();
    assert_eq!(written["outline"].as_array().unwrap().len(), 5);
}

#[test]
fn a_figure_with_more_decimals_than_its_table_is_reported_where_it_is() {
    assert!(of(&doc(fixture()), "doc.decimals").is_empty());
    assert!(of(&doc(putuo()), "doc.decimals").is_empty());
    let mut v = fixture();
    let lines = v["income_expenditure"]["income"].as_array_mut().unwrap();
    let total = lines.iter_mut().find(|l| l["line"] == json!(27)).unwrap();
    total["amount"] = json!("1991.060");
    v["income"]["rows"][1]["fiscal"] = json!("1,588.150");
    v["three_public"]["actual"]["total"] = json!("1.0300");
    let d = decode(v);
    let f = doc_of(&d);
    let found = of(&f, "doc.decimals");
    let shown_all: Vec<(String, Option<String>, Option<String>)> = found
        .iter()
        .map(|f| (place(f, &d), shown(&f.expected), shown(&f.actual)))
        .collect();
    let two = Some("2".to_owned());
    assert_eq!(
        shown_all,
        [
            (
                "公开01表 row 本年收入合计（行次27） column 金额".to_owned(),
                two.clone(),
                Some("3".to_owned())
            ),
            (
                "公开02表 row 208 column 财政拨款收入".to_owned(),
                two.clone(),
                Some("3".to_owned())
            ),
            (
                "公开09表（财政拨款“三公”经费支出决算表） row 决算数 column 合计".to_owned(),
                two,
                Some("4".to_owned())
            ),
        ]
    );
    assert_eq!(found[0].severity, Severity::Warning);
    assert_eq!(
        found[0].message(&d, Lang::Zh),
        "金额“1991.060”印有3位小数，本表为2位"
    );
    // The figure keeps its printed form and reads at the table's precision: the arithmetic is
    // that of 1991.06.
    let written = serde_json::to_value(&d).unwrap();
    let lines = written["income_expenditure"]["income"].as_array().unwrap();
    let total = lines.iter().find(|l| l["line"] == json!(27)).unwrap();
    assert_eq!(total["amount"], json!("1991.060"));
    let again = decode(written);
    assert_eq!(again, d);
    assert_eq!(of(&doc_of(&again), "doc.decimals").len(), 3);
}

#[test]
fn a_previous_year_is_stale_unless_the_text_compares_with_it() {
    // A section heading that compares with the previous year is no stale heading; a report of
    // the previous year named in the 说明 is, unless the sentence compares with it.
    let mut v = putuo();
    v["outline"] = json!([
        "中共上海市普陀区委社会工作部2024年度部门决算",
        "第一部分 中共上海市普陀区委社会工作部概况",
        "（二）与2023年度相比的主要变化",
        "第三部分 中共上海市普陀区委社会工作部2024年度部门决算情况",
        "第四部分 名词解释"
    ]);
    let i = statement(&v, "一");
    let text = v["narrative"]["statements"][i]["text"]
        .as_str()
        .unwrap()
        .to_owned();
    v["narrative"]["statements"][i]["text"] = json!(format!(
        "以下为中共上海市普陀区委社会工作部2023年度部门决算情况。{text}"
    ));
    let d = decode(v.clone());
    let f = doc_of(&d);
    assert!(of(&f, "doc.title-year").is_empty(), "{f:#?}");
    let stale = of(&f, "doc.stale-year");
    assert_eq!(stale.len(), 1, "{stale:#?}");
    assert_eq!(place(stale[0], &d), "说明 row 一");
    assert_eq!(shown(&stale[0].actual).as_deref(), Some("2023"));
    assert_eq!(
        stale[0].message(&d, Lang::Zh),
        "“2023年度部门决算”应为2024年度，实为2023年度"
    );
    // Compared with, it stays allowed; two years back, or in a heading that does not
    // compare, it is stale.
    v["narrative"]["statements"][i]["text"] =
        json!(format!("与2023年度部门决算相比，变化如下。{text}"));
    assert!(of(&doc(v.clone()), "doc.stale-year").is_empty());
    v["outline"][2] = json!("（二）2023年度主要变化");
    assert_eq!(of(&doc(v.clone()), "doc.title-year").len(), 1);
    v["outline"][2] = json!("（二）与2022年度相比的主要变化");
    assert_eq!(of(&doc(v), "doc.title-year").len(), 1);
}

/// A document with tables and no 说明 is said to lack it; one with a 说明 is not.
#[test]
fn tables_without_a_narrative_are_said_to_lack_it() {
    let json = include_str!("fixtures/datong-hrss-2023.json");
    let mut v: serde_json::Value = serde_json::from_str(json).unwrap();
    let d: final_accounts::disclosure::Disclosure = serde_json::from_value(v.clone()).unwrap();
    assert_eq!(
        final_accounts::audit::audit(&d)
            .of_rule("doc.no-narrative")
            .count(),
        0
    );
    v["narrative"]["statements"] = serde_json::json!([]);
    let d: final_accounts::disclosure::Disclosure = serde_json::from_value(v).unwrap();
    let report = final_accounts::audit::audit(&d);
    let lacking: Vec<_> = report.of_rule("doc.no-narrative").collect();
    assert_eq!(lacking.len(), 1);
    assert_eq!(
        lacking[0].severity,
        final_accounts::audit::Severity::Warning
    );
    assert_eq!(
        report.message(lacking[0], final_accounts::finding::Lang::Zh),
        "文件印有公开表，却没有部门决算情况说明（或说明无法读取）"
    );
}

/// A table the importer found printed but damaged is "doc.table-damaged", not missing.
#[test]
fn a_damaged_table_is_not_missing() {
    let mut v = fixture();
    v.as_object_mut().unwrap().remove("income");
    v["order"].as_array_mut().unwrap().retain(|k| k != "income");
    let d: Disclosure = serde_json::from_value(v).unwrap();
    let missing = audit(&d);
    assert_eq!(missing.of_rule("doc.table-missing").count(), 1);
    let damaged = [TableKind::Income];
    let report = audit_with(&d, &AuditOptions::new().with_damaged_tables(&damaged));
    assert_eq!(report.of_rule("doc.table-missing").count(), 0);
    let found: Vec<&Finding> = report.of_rule("doc.table-damaged").collect();
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].severity, Severity::Error);
    assert_eq!(
        found[0].message(&d, Lang::En),
        "the table \"收入决算表\" is printed but its rows cannot make the table (a row printed twice, for one): it is damaged, not missing"
    );
}
