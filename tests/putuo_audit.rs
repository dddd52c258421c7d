//! The audit of the Putuo disclosure (中共上海市普陀区委社会工作部 2024 年度部门决算, Shanghai
//! template): every real inconsistency of the document is reported, rounding tails stay info,
//! the empty tables' "本表无数据" explanations are accepted; and a third, made-up profile audits
//! the same content without touching any rule.

mod common;

use common::putuo;
use final_accounts::audit::{AuditOptions, Report, Severity, audit, audit_with};
use final_accounts::classification::Level;
use final_accounts::disclosure::TableKind;
use final_accounts::evaluation::GradeScheme;
use final_accounts::finding::Lang;
use final_accounts::profile::{Profile, TableSlot};

static PUTUO: std::sync::LazyLock<final_accounts::disclosure::Disclosure> =
    std::sync::LazyLock::new(putuo::disclosure);

fn report() -> Report<'static> {
    audit(&PUTUO)
}

/// (rule, first location) of the findings of a severity, in report order.
fn listed(report: &Report<'_>, severity: Severity) -> Vec<(String, String)> {
    report
        .findings
        .iter()
        .filter(|f| f.severity == severity)
        .map(|f| {
            (
                f.rule.id.to_owned(),
                f.places
                    .first()
                    .map(|p| report.place(p, Lang::En).to_string())
                    .unwrap_or_default(),
            )
        })
        .collect()
}

fn owned(expected: &[(&str, &str)]) -> Vec<(String, String)> {
    expected
        .iter()
        .map(|(r, l)| ((*r).to_owned(), (*l).to_owned()))
        .collect()
}

#[test]
fn the_errors_of_the_document() {
    let expected = [
        // Under the empty 政府性基金 and 国有资本经营 tables the template's instruction to the
        // preparer is printed: "无政府性基金预算财政拨款收入支出的，仍保留该表格式，并在本表下方
        // 作下述说明：" (and the same for 国有资本经营).
        (
            "doc.residue",
            "政府性基金预算财政拨款收入支出决算表 row 说明",
        ),
        (
            "doc.residue",
            "国有资本经营预算财政拨款收入支出决算表 row 说明",
        ),
        // 一: "与 2023 年度相比，收入支出总计增加 307.82 万元，增长 100.00%": 307.82 − 307.82 = 0
        // is the 2023 total (the unit "于 2024 年成立"); a growth rate from zero does not exist.
        ("narrative.growth-zero-base", "说明 row 一"),
        // 四: "财政拨款收入支出总计增加 307.82 万元，增长 100.00%", the same.
        ("narrative.growth-zero-base", "说明 row 四"),
        // 五（一）: "一般公共预算财政拨款支出增加 307.82 万元，增长 100.00%", the same.
        ("narrative.growth-zero-base", "说明 row 五（一）"),
        // 五（二）: "住房保障支出（类）29.42 万元，占 9.55%": 29.42 / 307.82 = 9.5575%, and no
        // 元 values behind the printed figures go below 9.5557%: 9.55 is a plug making the four
        // shares (86.05 + 3.52 + 0.88 + 9.55) add up to 100.00.
        ("narrative.share", "说明 row 五（二）"),
        // 五（三）: "年初预算为 0 万元，全年预算为 321.02 万元，支出决算为 307.82 万元，完成年初
        // 预算的 95.89%": 307.82 / 321.02 = 95.89% is the completion of the 全年预算, printed as
        // that of a zero 年初预算.
        ("narrative.completion-zero-budget", "说明 row 五（三）"),
        // 十一（一）: "机关运行经费支出 10.23 万元，比 2023 年度增加 10.23 万元，增长 100.00%": the
        // prior year is 0; checked against the narrative's own 10.23 (no 公开10表 here).
        ("narrative.growth-zero-base", "说明 row 十一（一）"),
        // 十一（二）: the year's 政府采购 is 21.07 万元, yet "在面向中小企业预留的政府采购项目中，由
        // 中小企业供应商中标或成交的，采购金额 21.07 万元" and "在其他政府采购项目中，由中小企业供应商
        // 中标或成交的，采购金额 21.07 万元": 42.14 万元 of contracts, the total stated twice.
        ("narrative.part-of-whole", "说明 row 十一（二）"),
    ];
    assert_eq!(listed(&report(), Severity::Error), owned(&expected));
}

#[test]
fn the_warnings_of_the_document() {
    // The body prints "第一部分 …概况", then the tables under the bare banner
    // "中共上海市普陀区委社会工作部 2024 年度部门决算表" (the 目录 calls it 第二部分), then
    // "第三部分 …部门决算情况" and "第四部分 名词解释": exactly as the template's body does, so no
    // `doc.parts` warning. The summary tables print 26 类 lines (债务还本支出 and 债务付息支出
    // added to the template's 24), which the template accepts.
    //
    // Every change and every 决算 below its 全年预算 gives its reason (主要原因…), every 项 of
    // the 一般公共预算 table has its sentence in 五（三）, the three empty tables explain
    // themselves, and the layout is the profile's.
    let expected: [(&str, &str); 0] = [];
    assert_eq!(listed(&report(), Severity::Warning), owned(&expected));
}

#[test]
fn rounding_tails_are_info() {
    let report = report();
    let info = listed(&report, Severity::Info);
    // 302 商品和服务支出 10.23 against its 款 (3.78 + 1.15 + 0.02 + 0.68 + 0.48 + 1.48 + 2.43 +
    // 0.20 = 10.22): each cell rounded from 元 separately.
    assert!(
        info.contains(&(
            "t06.hierarchy".into(),
            "一般公共预算财政拨款基本支出决算表 row 302 column 决算数".into()
        )),
        "{info:?}"
    );
    // 基本支出 105.58 against 人员经费 95.36 + 公用经费 10.23 = 105.59: [95.355, 95.365] +
    // [10.225, 10.235] meets [105.575, 105.585]. The 说明 六 states the same three figures and
    // is silent: each equals its table cell.
    let tail = report
        .of_rule("x.basic-detail")
        .next()
        .expect("the tail is reported");
    assert_eq!(tail.severity, Severity::Info);
    assert_eq!(
        tail.expected.as_ref().map(ToString::to_string).as_deref(),
        Some("105.59")
    );
    assert_eq!(
        tail.actual.as_ref().map(ToString::to_string).as_deref(),
        Some("105.58")
    );
}

#[test]
fn empty_tables_are_explained() {
    let report = report();
    // 三公, 政府性基金 and 国有资本经营 are published empty with "…故本表无数据。", and 说明 七/
    // 八/九 say there is none: no finding.
    for rule in [
        "x.empty-explained",
        "x.empty-note",
        "x.empty-wrong-fund",
        "narrative.nil",
    ] {
        assert_eq!(report.of_rule(rule).count(), 0, "{rule}");
    }
}

#[test]
fn figures_without_a_table_cannot_be_verified_but_are_not_errors() {
    let report = report();
    // 机关运行经费, 政府采购 and the vehicles are in 说明 十一 only (the template has no 公开10表);
    // the evaluation figures of 十 have no published form behind them.
    let sections: Vec<String> = report
        .of_rule("narrative.unverifiable")
        .filter_map(|f| {
            f.places
                .first()
                .map(|p| report.place(p, Lang::En).to_string())
        })
        .collect();
    assert!(
        sections.iter().all(|s| s.starts_with("说明 row 十")),
        "{sections:?}"
    );
    assert!(sections.iter().any(|s| s == "说明 row 十一（三）"));
    assert!(
        report
            .of_rule("narrative.unverifiable")
            .all(|f| f.severity == Severity::Info)
    );
}

/// The Shanghai layout, with labels 表一 … 表九 printed on the tables: a made-up template.
fn labelled_profile() -> Profile {
    let shanghai = Profile::shanghai_2024();
    let labels = [
        "表一", "表二", "表三", "表四", "表五", "表六", "表七", "表八", "表九",
    ];
    let mut builder = Profile::builder("made-up-labelled", "a made-up template: 表一 … 表九")
        .source("test")
        .accept_expenditure_classes(shanghai.expenditure_classes())
        .body_parts(shanghai.body_parts().unwrap_or_default())
        .line_numbers(shanghai.line_numbers())
        .detail(
            shanghai.detail_level(),
            shanghai.detail_section().map(str::to_owned),
        )
        .grades(GradeScheme::pass_fail());
    for (slot, label) in shanghai.tables().iter().zip(labels) {
        builder = builder.table(TableSlot {
            label: Some(label.to_owned()),
            ..slot.clone()
        });
    }
    builder.build().expect("a valid profile")
}

#[test]
fn a_third_profile_needs_no_rule() {
    let d = putuo::disclosure();
    // With the built-in profile the document follows: no label finding.
    assert_eq!(audit(&d).of_rule("doc.label").count(), 0);
    // With a made-up template that labels its tables 表一 … 表九, the same unlabelled
    // content misses every label, named in the template's order.
    let profile = labelled_profile();
    let report = audit_with(&d, &AuditOptions::new().with_profile(&profile));
    let labels: Vec<(String, Option<String>)> = report
        .of_rule("doc.label")
        .map(|f| {
            (
                f.places
                    .first()
                    .map(|p| report.place(p, Lang::En).to_string())
                    .unwrap_or_default(),
                f.expected.as_ref().map(ToString::to_string),
            )
        })
        .collect();
    assert_eq!(labels.len(), 9, "{labels:?}");
    assert_eq!(
        labels.first(),
        Some(&("收入支出决算总表".to_owned(), Some("表一".to_owned())))
    );
    // Nothing else changes: the other findings are those of the built-in profile.
    let others = |r: &Report<'_>| -> Vec<(String, String)> {
        listed(r, Severity::Error)
            .into_iter()
            .chain(listed(r, Severity::Warning))
            .filter(|(rule, _)| rule != "doc.label")
            .collect()
    };
    assert_eq!(others(&report), others(&audit(&d)));
}

#[test]
fn a_third_profile_without_a_table_reports_it_unexpected() {
    // A made-up template with no 三公 table: the published one is outside it.
    let shanghai = Profile::shanghai_2024();
    let mut builder = Profile::builder("made-up-eight", "a made-up template: eight tables")
        .line_numbers(false)
        .detail(Level::Item, Some("五（三）".to_owned()))
        .grades(GradeScheme::pass_fail());
    for slot in shanghai.tables() {
        if slot.kind != TableKind::ThreePublic {
            builder = builder.table(slot.clone());
        }
    }
    let profile = builder.build().expect("a valid profile");
    let d = putuo::disclosure();
    let report = audit_with(&d, &AuditOptions::new().with_profile(&profile));
    let unexpected: Vec<String> = report
        .of_rule("doc.table-unexpected")
        .filter_map(|f| {
            f.places
                .first()
                .map(|p| report.place(p, Lang::En).to_string())
        })
        .collect();
    assert_eq!(unexpected, ["财政拨款“三公”经费支出决算表"]);
}
