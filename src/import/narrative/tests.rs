#[cfg(feature = "serde")]
use std::collections::HashMap;

use super::index::normalize;
use super::*;
#[cfg(feature = "serde")]
use crate::classification::Level;
#[cfg(feature = "serde")]
use crate::narrative::Claim;

#[test]
fn headings() {
    assert_eq!(
        heading("五、一般公共预算财政拨款支出决算情况说明").map(|h| (h.0, h.1)),
        Some((Heading::Chapter, "五".to_owned()))
    );
    assert_eq!(
        heading("(三) 一般公共预算财政拨款支出决算具体情况").map(|h| (h.0, h.1)),
        Some((Heading::Sub, "三".to_owned()))
    );
    assert_eq!(
        heading("1、预算绩效管理工作开展情况").map(|h| h.0),
        Some(Heading::Item)
    );
    assert_eq!(
        heading("1、因公出国（境）费支出0万元，出国团组共0个，0人次。"),
        None
    );
    assert_eq!(
        heading("一、财政拨款收入：指单位从同级财政部门取得的财政预算资金。"),
        None
    );
}

#[test]
fn normalized_text() {
    let n: String = normalize("社会保障和就业支出(类)1,588.15万元,占比91.49％")
        .into_iter()
        .collect();
    assert_eq!(n, "社会保障和就业支出（类）1,588.15万元，占比91.49%");
}

/// The Putuo 说明 (the other template), paragraph by paragraph as the fixture transcribes
/// them, under the chapter and sub-section headings the document prints: the claims read
/// against the fixture's.
#[cfg(feature = "serde")]
#[test]
fn the_putuo_paragraphs_against_the_fixture() {
    let fixture: Disclosure = serde_json::from_str(include_str!(
        "../../../tests/fixtures/putuo-shehuigongzuobu-2024.json"
    ))
    .unwrap();
    let headings: HashMap<&str, &str> = [
        ("一", "一、收入支出决算总体情况说明"),
        ("二", "二、收入决算情况说明"),
        ("三", "三、支出决算情况说明"),
        ("四", "四、财政拨款收入支出决算总体情况说明"),
        ("五", "五、一般公共预算财政拨款支出决算情况说明"),
        ("五（一）", "（一）一般公共预算财政拨款支出决算总体情况"),
        ("五（二）", "（二）一般公共预算财政拨款支出决算结构情况"),
        ("五（三）", "（三）一般公共预算财政拨款支出决算具体情况"),
        ("六", "六、一般公共预算财政拨款基本支出决算情况说明"),
        ("七", "七、财政拨款“三公”经费支出决算情况说明"),
        ("八", "八、政府性基金预算财政拨款收入支出决算情况说明"),
        ("九", "九、国有资本经营预算财政拨款收入支出决算情况说明"),
        ("十", "十、预算绩效管理情况"),
        ("十一", "十一、其他重要事项的情况说明"),
        ("十一（一）", "（一）机关运行经费支出情况"),
        ("十一（二）", "（二）政府采购支出情况"),
        ("十一（三）", "（三）国有资产占有使用情况说明"),
    ]
    .into_iter()
    .collect();
    let mut prose = Vec::new();
    let (mut chapter, mut sub) = (String::new(), String::new());
    let want = &fixture.narrative().statements;
    for (line, st) in want.iter().enumerate() {
        let label = st.section().trim_end_matches(|c: char| c.is_ascii_digit());
        let (c, s) = label.split_once('（').unwrap_or((label, ""));
        let paragraph = |text: &str| Prose::Paragraph {
            line,
            text: text.to_owned(),
        };
        if c != chapter {
            prose.push(paragraph(headings[c]));
            chapter = c.to_owned();
            sub.clear();
        }
        if !s.is_empty() && s != sub {
            prose.push(paragraph(headings[label]));
            sub = s.to_owned();
        }
        prose.push(paragraph(st.text()));
    }
    let mut diagnostics = Vec::new();
    let got = read(&prose, &fixture, &mut diagnostics).statements;
    assert_eq!(got.len(), want.len());
    let (mut total, mut reproduced, mut extra) = (0, 0, Vec::new());
    let mut missed = Vec::new();
    for (g, w) in got.iter().zip(want) {
        assert_eq!(g.text(), w.text());
        assert!(
            w.section().starts_with(g.section()),
            "{} {}",
            g.section(),
            w.section()
        );
        total += w.claims().len();
        let mut left: Vec<&Claim> = g.claims().iter().collect();
        for claim in w.claims() {
            match left.iter().position(|c| *c == claim) {
                Some(i) => {
                    left.remove(i);
                    reproduced += 1;
                }
                None => missed.push(format!("{}: {claim:?}", w.section())),
            }
        }
        extra.extend(left.iter().map(|c| format!("{}: {c:?}", g.section())));
    }
    assert_eq!(total, 85);
    assert_eq!(reproduced, 85, "missed: {missed:#?}");
    // "收入支出总计增加307.82万元，增长100.00%" (一, 四) states the change of both totals; the
    // fixture transcribes the income side only. No other claim is made.
    assert_eq!(extra.len(), 2, "{extra:#?}");
    assert!(
        extra[0].starts_with("一: Change(Change { figure: ExpenditureGrandTotal")
            && extra[1].starts_with("四: Change(Change { figure: FiscalExpenditureGrandTotal"),
        "{extra:#?}"
    );
    // What is not read is reported: the other performance figures of 十.
    let unread: Vec<&str> = diagnostics.iter().map(|d| d.text.as_str()).collect();
    assert_eq!(
        unread,
        [
            "编报绩效目标的2024年度项目1个",
            "涉及预算金额175.52万元",
            "绩效跟踪评价的2024年度项目1个",
            "涉及预算金额175.52万元",
            "平均得分100.00分（其中",
            "绩效自评中共发现问题0个）",
        ]
    );
}

/// Reads one statement under a chapter heading, against the Datong fixture's tables.
#[cfg(feature = "serde")]
fn one(chapter: &str, text: &str) -> (Vec<Claim>, Vec<String>) {
    let fixture: Disclosure = serde_json::from_str(include_str!(
        "../../../tests/fixtures/datong-hrss-2023.json"
    ))
    .unwrap();
    let prose = [
        Prose::Paragraph {
            line: 1,
            text: chapter.to_owned(),
        },
        Prose::Paragraph {
            line: 2,
            text: text.to_owned(),
        },
    ];
    let mut diagnostics = Vec::new();
    let mut n = read(&prose, &fixture, &mut diagnostics);
    let claims = n
        .statements
        .pop()
        .map(|s| s.claims().to_vec())
        .unwrap_or_default();
    (claims, diagnostics.into_iter().map(|d| d.text).collect())
}

#[cfg(feature = "serde")]
#[test]
fn a_figure_without_a_known_subject_or_shape_is_not_claimed() {
    // An unknown subject: reported, not claimed.
    let (claims, unread) = one("三、支出决算情况说明", "办公费5.20万元，占比0.26%。");
    assert!(claims.is_empty(), "{claims:?}");
    assert_eq!(unread, ["办公费5.20万元", "占比0.26%"]);
    // An unknown word between the subject and its figure.
    let (claims, unread) = one("三、支出决算情况说明", "基本支出中的办公费5.20万元。");
    assert!(claims.is_empty(), "{claims:?}");
    assert_eq!(unread.len(), 1);
    // A bare 占比 whose whole the section has not named.
    let (claims, _) = one("三、支出决算情况说明", "基本支出1,102.05万元，占比55.33%。");
    assert_eq!(claims.len(), 1, "{claims:?}");
    assert!(matches!(claims[0], Claim::Amount(_)));
    // Figures in the reason are not claims.
    let (claims, unread) = one(
        "十、其他重要事项情况说明",
        "机关运行经费支出101.87万元，主要原因是车辆增加2辆，支出增加5万元。",
    );
    assert_eq!(claims.len(), 1, "{claims:?}");
    assert!(unread.is_empty());
    // A count in a unit its subject is not counted in.
    let (claims, unread) = one("十、其他重要事项情况说明", "共有车辆4台（套）。");
    assert!(claims.is_empty() && unread.len() == 1, "{claims:?}");
    // A completion of a budget the statement does not state and no table prints.
    let (claims, unread) = one(
        "五、一般公共预算财政拨款支出决算情况说明",
        "社会保障和就业支出1,588.15万元，完成年初预算的142.58%。",
    );
    assert_eq!(claims.len(), 1, "{claims:?}");
    assert_eq!(unread, ["完成年初预算的142.58%"]);
}

#[cfg(feature = "serde")]
#[test]
fn separators_the_reader_does_not_know_are_not_guessed() {
    // A full-width comma as thousands separator is one.
    let (claims, _) = one("一、收入支出决算总体情况说明", "收入总计2，076.12万元。");
    assert_eq!(
        claims,
        [Claim::amount(FigureRef::IncomeGrandTotal, "2076.12").unwrap()]
    );
    // Digits split otherwise: nothing is claimed from the fragments.
    let (claims, unread) = one("一、收入支出决算总体情况说明", "收入总计2、076.12万元。");
    assert!(
        claims
            .iter()
            .all(|c| *c != Claim::amount(FigureRef::IncomeGrandTotal, "76.12").unwrap()),
        "{claims:?}"
    );
    assert!(!unread.is_empty());
    let (claims, _) = one("一、收入支出决算总体情况说明", "收入总计2.076，12万元。");
    assert!(claims.is_empty(), "{claims:?}");
}

#[cfg(feature = "serde")]
#[test]
fn a_path_that_resolves_only_in_part_is_no_claim_about_any_row() {
    const CHAPTER: &str = "五、一般公共预算财政拨款支出决算情况说明";
    let item = |code: &str| FigureRef::GeneralPublic {
        code: Some(code.parse().unwrap()),
        column: SpendingColumn::Subtotal,
    };
    // The whole path resolves: the 项's figure.
    let (claims, unread) = one(
        CHAPTER,
        "社会保障和就业支出（类）人力资源和社会保障管理事务（款）行政运行（项）。支出决算为810.34万元。",
    );
    assert_eq!(claims, [Claim::amount(item("2080101"), "810.34").unwrap()]);
    assert!(unread.is_empty(), "{unread:?}");
    // The 项 is no row the table prints under that 款: neither the 款 nor the 类 that did
    // match gets the sentence's figures, and the path is reported with the clause.
    for sentence in [
        "社会保障和就业支出（类）人力资源和社会保障管理事务（款）机关服务（项）。支出决算为810.34万元。",
        "社会保障和就业支出（类）人力资源和社会保障管理事务（款）机关服务（项）支出决算为810.34万元。",
        "社会保障和就业支出（类）机关服务（款）行政运行（项）。支出决算为810.34万元。",
    ] {
        let (claims, unread) = one(CHAPTER, sentence);
        assert!(claims.is_empty(), "{sentence}: {claims:?}");
        assert!(
            unread
                .first()
                .is_some_and(|u| u.ends_with("机关服务（项）") || u.ends_with("行政运行（项）")),
            "{sentence}: {unread:?}"
        );
        assert!(unread.iter().any(|u| u.contains("810.34")), "{unread:?}");
    }
    // A 类 the table does not print ends the subject named before it in the statement.
    let (claims, unread) = one(
        CHAPTER,
        "社会保障和就业支出（类）1,588.15万元；一般公共服务支出（类）。支出决算为5.00万元。",
    );
    assert_eq!(claims, [Claim::amount(item("208"), "1588.15").unwrap()]);
    assert!(
        unread.iter().any(|u| u.ends_with("一般公共服务支出（类）")),
        "{unread:?}"
    );
    assert!(unread.iter().any(|u| u.contains("5.00")), "{unread:?}");
}

/// Every 项 of the Datong 公开05表 named by its full path is claimed; the same path with any
/// one level replaced (by a name the table prints elsewhere, or by none it prints) claims
/// nothing, for no row.
#[cfg(feature = "serde")]
#[test]
fn every_path_of_the_table_resolves_and_every_broken_path_claims_nothing() {
    const CHAPTER: &str = "五、一般公共预算财政拨款支出决算情况说明";
    let fixture: Disclosure = serde_json::from_str(include_str!(
        "../../../tests/fixtures/datong-hrss-2023.json"
    ))
    .unwrap();
    let rows: Vec<(FunctionCode, String)> = fixture
        .general_budget()
        .unwrap()
        .rows()
        .iter()
        .filter_map(|r| Some((r.code_of()?, r.name().to_owned())))
        .collect();
    let name = |code: FunctionCode| {
        rows.iter()
            .find(|(c, _)| *c == code)
            .map(|(_, n)| n.clone())
            .unwrap()
    };
    let items: Vec<FunctionCode> = rows
        .iter()
        .map(|(c, _)| *c)
        .filter(|c| c.level() == Level::Item)
        .collect();
    assert!(items.len() >= 6);
    let sentence = |class: &str, section: &str, item: &str| {
        format!("{class}（类）{section}（款）{item}（项）。支出决算为12.34万元。")
    };
    for item in &items {
        let section = item.parent().unwrap();
        let class = section.parent().unwrap();
        let (c, s, i) = (name(class), name(section), name(*item));
        let (claims, unread) = one(CHAPTER, &sentence(&c, &s, &i));
        let want = FigureRef::GeneralPublic {
            code: Some(*item),
            column: SpendingColumn::Subtotal,
        };
        assert_eq!(claims, [Claim::amount(want, "12.34").unwrap()], "{i}");
        assert!(unread.is_empty(), "{unread:?}");
        // Replacements: any other 项 or 款 name of the table not under this path, and a
        // name the table does not print.
        let others_items = items
            .iter()
            .filter(|o| o.parent() != Some(section))
            .map(|o| name(*o))
            .filter(|n| *n != i);
        let mut broken: Vec<String> = others_items.map(|other| sentence(&c, &s, &other)).collect();
        broken.push(sentence(&c, &s, "某某事务"));
        broken.push(sentence(&c, "某某事务", &i));
        broken.push(sentence("某某支出", &s, &i));
        for text in broken {
            let (claims, unread) = one(CHAPTER, &text);
            assert!(claims.is_empty(), "{text}: {claims:?}");
            assert!(
                unread.iter().any(|u| u.contains("12.34")),
                "{text}: {unread:?}"
            );
        }
    }
}

#[cfg(feature = "serde")]
#[test]
fn a_rate_printed_without_its_percent_sign_is_read_and_reported() {
    const CHAPTER: &str = "五、一般公共预算财政拨款支出决算情况说明";
    let with = one(
        CHAPTER,
        "社会保障和就业支出1,588.15万元，增加194.62万元，增长13.95%。",
    );
    let without = one(
        CHAPTER,
        "社会保障和就业支出1,588.15万元，增加194.62万元，增长13.95。",
    );
    // The same claims; only the missing sign is reported.
    assert_eq!(without.0, with.0);
    assert!(format!("{:?}", with.0).contains("13.95"), "{:?}", with.0);
    assert!(with.1.is_empty(), "{:?}", with.1);
    assert_eq!(without.1, ["增长13.95"]);
    // A figure with another word after it is no rate: not read.
    let (claims, unread) = one(
        CHAPTER,
        "社会保障和就业支出1,588.15万元，增加194.62万元，增长1倍。",
    );
    assert!(!format!("{claims:?}").contains("Percent"), "{claims:?}");
    assert!(unread.iter().any(|u| u.contains("1倍")), "{unread:?}");
}

#[cfg(feature = "serde")]
#[test]
fn class_names_are_read_in_their_chapter_only() {
    let text = "住房保障支出(类)109.61万元。";
    let (claims, _) = one("五、一般公共预算财政拨款支出决算情况说明", text);
    assert_eq!(
        claims,
        [Claim::amount(
            FigureRef::GeneralPublic {
                code: Some("221".parse().unwrap()),
                column: SpendingColumn::Subtotal
            },
            "109.61"
        )
        .unwrap()]
    );
    // Outside a chapter of a fund, a 类 name names no table's row: the path and its
    // figure are reported.
    let (claims, unread) = one("十、其他重要事项情况说明", text);
    assert!(claims.is_empty(), "{claims:?}");
    assert_eq!(
        unread,
        ["住房保障支出（类）", "住房保障支出（类）109.61万元"]
    );
}

#[cfg(feature = "serde")]
fn figures_of(value: &serde_json::Value, out: &mut Vec<String>) {
    match value {
        serde_json::Value::Object(map) => {
            for (key, v) in map {
                match (key.as_str(), v) {
                    ("stated" | "amount" | "rate", serde_json::Value::String(s)) => {
                        out.push(s.clone());
                    }
                    ("stated", serde_json::Value::Number(n)) => out.push(n.to_string()),
                    _ => figures_of(v, out),
                }
            }
        }
        serde_json::Value::Array(items) => items.iter().for_each(|v| figures_of(v, out)),
        _ => {}
    }
}

#[cfg(feature = "serde")]
use proptest::strategy::Strategy as _;

#[cfg(feature = "serde")]
proptest::proptest! {
    /// Law: every figure a claim states is printed in the statement (thousands separators
    /// aside): the reader never makes up a figure, whatever the sentence.
    #[test]
    fn claims_state_only_printed_figures(pieces in proptest::collection::vec(
        proptest::prop_oneof![
            proptest::sample::select(vec![
                "收入总计", "支出总计", "财政拨款收入", "基本支出", "占比", "占", "增加", "减少",
                "增长", "下降", "完成年初预算的", "全年预算", "年初预算", "与上年相同",
                "大于年初预算", "小于全年预算数", "公务接待费", "共接待", "车辆", "无此项支出",
                "无", "“三公”经费", "社会保障和就业支出(类)", "住房保障支出", "主要原因是",
                "主要用于", "绩效自评", "涉及资金", "个项目自评等级为“优”", "评级为“良”的项目",
                "，", "。", "；", "、", "：", "（", "）", "其中", "的", "为", "办公费",
            ]).prop_map(str::to_owned),
            "[0-9]{1,4}(\\.[0-9]{1,2})?(万元|%|个|辆|人次|批次|台（套）|年)",
            "[一-龥]{1,3}",
        ],
        0..24,
    )) {
        let text: String = pieces.concat();
        proptest::prop_assume!(!text.trim().is_empty());
        static FIXTURE: std::sync::OnceLock<Disclosure> = std::sync::OnceLock::new();
        let fixture = FIXTURE.get_or_init(|| {
            serde_json::from_str(include_str!("../../../tests/fixtures/datong-hrss-2023.json"))
                .unwrap()
        });
        let prose = [
            Prose::Paragraph { line: 1, text: "五、一般公共预算财政拨款支出决算情况说明".to_owned() },
            Prose::Paragraph { line: 2, text: text.clone() },
        ];
        let mut diagnostics = Vec::new();
        let n = read(&prose, fixture, &mut diagnostics);
        let printed: String = normalize(&text).into_iter().filter(|c| *c != ',').collect();
        for st in &n.statements {
            let mut figures = Vec::new();
            figures_of(&serde_json::to_value(st).unwrap(), &mut figures);
            for f in figures {
                let f = f.trim_end_matches('%');
                proptest::prop_assert!(printed.contains(f), "{f} not in {printed}");
            }
        }
    }
}
