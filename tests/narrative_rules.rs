//! Every narrative rule, broken once: each test states something wrong about the spec's
//! tables and expects that rule to fire with its severity, its place and both numbers.

mod narrative_support;

use final_accounts::classification::Level;
use final_accounts::finding::{Finding, Lang, Severity};
use final_accounts::narrative::{
    Budget, BudgetKind, ChangeWord, CheckOptions, Claim, Comparison, CountRef, FigureRef,
    FundColumn, Narrative, ProcurementItem, RULES, ReceptionScope, StatedRate, Statement, check,
};
use narrative_support::{
    Datong, actual, expected, gp_sub, gp_total, message, places, statements, wan,
};

fn run(statements: Vec<Statement>, options: &CheckOptions) -> Vec<Finding> {
    check(&Narrative::new(statements), &Datong::new(), options)
}

fn one(text: &str, claims: Vec<Claim>, reason: Option<&str>) -> Vec<Finding> {
    run(
        vec![Statement::new("一", text, claims, reason.map(str::to_owned)).unwrap()],
        &CheckOptions::default().with_detail_level(Level::Item),
    )
    .into_iter()
    .filter(|f| f.rule.id != "narrative.detail-coverage")
    .collect()
}

fn fired<'a>(findings: &'a [Finding], rule: &str) -> &'a Finding {
    let severity = RULES.iter().find(|r| r.id == rule).unwrap().severity;
    findings
        .iter()
        .find(|f| f.rule.id == rule && f.severity == severity)
        .unwrap_or_else(|| panic!("{rule} did not fire: {findings:#?}"))
}

fn up(figure: FigureRef, amount: &str, rate: &str) -> Claim {
    Claim::change(
        figure,
        ChangeWord::Increase,
        Some(amount),
        Some(ChangeWord::Grow),
        StatedRate::parse(rate).unwrap(),
    )
    .unwrap()
}

fn gf_income() -> FigureRef {
    FigureRef::GovernmentFund {
        code: None,
        column: FundColumn::Income,
    }
}

#[test]
fn amount() {
    let f = one(
        "收入合计1,992.06万元",
        vec![Claim::amount(FigureRef::IncomeTotal, "1,992.06").unwrap()],
        None,
    );
    let x = fired(&f, "narrative.amount");
    assert_eq!(expected(x).as_deref(), Some("1991.06"));
    assert_eq!(actual(x).as_deref(), Some("1992.06"));
    assert_eq!(places(x)[1], "公开01表 row 本年收入合计");
    // Fewer decimals in the narrative: "1,991万元" stands for [1990.5, 1991.5] — info, not error.
    let f = one(
        "收入合计1,991万元",
        vec![Claim::amount(FigureRef::IncomeTotal, "1,991").unwrap()],
        None,
    );
    assert!(f.iter().all(|f| f.severity == Severity::Info), "{f:#?}");
}

#[test]
fn share() {
    let f = one(
        "财政拨款收入占比98.99%",
        vec![Claim::share(FigureRef::FiscalIncome, FigureRef::IncomeTotal, "98.99%").unwrap()],
        None,
    );
    let x = fired(&f, "narrative.share");
    assert_eq!(expected(x).as_deref(), Some("99.99%"));
    assert_eq!(actual(x).as_deref(), Some("98.99%"));
}

#[test]
fn share_zero_base() {
    let f = one(
        "占比0%",
        vec![
            Claim::share(
                FigureRef::OtherIncome,
                FigureRef::SuperiorSubsidyIncome,
                "0%",
            )
            .unwrap(),
        ],
        None,
    );
    fired(&f, "narrative.share-zero-base");
}

#[test]
fn change_direction() {
    let flat = Claim::change(
        FigureRef::IncomeGrandTotal,
        ChangeWord::Flat,
        Some("736.34"),
        None,
        StatedRate::Omitted,
    )
    .unwrap();
    fired(
        &one("收入总计持平736.34万元", vec![flat], Some("r")),
        "narrative.change-direction",
    );
    let mixed = Claim::change(
        FigureRef::IncomeGrandTotal,
        ChangeWord::Increase,
        Some("736.34"),
        Some(ChangeWord::Decline),
        StatedRate::parse("54.96%").unwrap(),
    )
    .unwrap();
    fired(
        &one("收入总计增加736.34万元，下降54.96%", vec![mixed], Some("r")),
        "narrative.change-direction",
    );
    // With the prior year known, a 减少 where the figure grew.
    let options =
        CheckOptions::default().with_prior_year(vec![(FigureRef::OperatingCost, wan("100.48"))]);
    let down = Claim::change(
        FigureRef::OperatingCost,
        ChangeWord::Decrease,
        Some("1.39"),
        Some(ChangeWord::Decline),
        StatedRate::parse("1.38%").unwrap(),
    )
    .unwrap();
    let f = run(
        vec![
            Statement::new(
                "十（一）",
                "减少1.39万元，下降1.38%",
                vec![down],
                Some("r".into()),
            )
            .unwrap(),
        ],
        &options,
    );
    let x = fired(&f, "narrative.change-direction");
    assert_eq!(expected(x).as_deref(), Some("增加"));
}

#[test]
fn change_amount() {
    let options =
        CheckOptions::default().with_prior_year(vec![(FigureRef::OperatingCost, wan("100.48"))]);
    let f = run(
        vec![
            Statement::new(
                "十（一）",
                "增加2.39万元，增长1.38%",
                vec![up(FigureRef::OperatingCost, "2.39", "1.38%")],
                Some("r".into()),
            )
            .unwrap(),
        ],
        &options,
    );
    let x = fired(&f, "narrative.change-amount");
    assert_eq!(expected(x).as_deref(), Some("1.39"));
}

#[test]
fn prior_negative() {
    let f = one(
        "增加300.00万元，增长∞%",
        vec![up(gf_income(), "300.00", "∞%")],
        Some("r"),
    );
    fired(&f, "narrative.prior-negative");
}

#[test]
fn growth_rate() {
    let f = one(
        "增加736.34万元，增长50.00%",
        vec![up(FigureRef::IncomeGrandTotal, "736.34", "50.00%")],
        Some("r"),
    );
    let x = fired(&f, "narrative.growth-rate");
    assert_eq!(expected(x).as_deref(), Some("54.96%"));
    assert_eq!(actual(x).as_deref(), Some("50.00%"));
}

#[test]
fn growth_infinite() {
    let f = one(
        "增加736.34万元，增长∞%",
        vec![up(FigureRef::IncomeGrandTotal, "736.34", "∞%")],
        Some("r"),
    );
    fired(&f, "narrative.growth-infinite");
}

#[test]
fn growth_zero_base() {
    // The Shanghai 2024 document's form: a unit founded this year "增长100.00%".
    let f = one(
        "增加254.97万元，增长100.00%",
        vec![up(gf_income(), "254.97", "100.00%")],
        Some("r"),
    );
    let x = fired(&f, "narrative.growth-zero-base");
    assert_eq!(actual(x).as_deref(), Some("100.00%"));
}

#[test]
fn completion() {
    let b = Budget::stated(BudgetKind::Initial, "1,267.44").unwrap();
    let f = one(
        "年初预算1,267.44万元，完成年初预算的130.00%",
        vec![Claim::completion(gp_total(), b, "130.00%").unwrap()],
        Some("r"),
    );
    let x = fired(&f, "narrative.completion");
    assert_eq!(expected(x).as_deref(), Some("136.96%"));
}

#[test]
fn completion_zero_budget() {
    // The Shanghai 2024 document: 年初预算为0万元 … 完成年初预算的95.89%.
    let b = Budget::stated(BudgetKind::Initial, "0").unwrap();
    let f = one(
        "年初预算为0万元，完成年初预算的95.89%",
        vec![Claim::completion(gp_total(), b, "95.89%").unwrap()],
        Some("r"),
    );
    fired(&f, "narrative.completion-zero-budget");
}

#[test]
fn versus_budget() {
    let b = Budget::stated(BudgetKind::Initial, "1,267.44").unwrap();
    let f = one(
        "决算数小于预算数",
        vec![Claim::versus_budget(gp_total(), b, Comparison::Less)],
        Some("r"),
    );
    fired(&f, "narrative.versus-budget");
    let f = one(
        "决算数大于预算数",
        vec![Claim::versus_budget(gp_total(), b, Comparison::Greater)],
        Some("r"),
    );
    assert!(f.iter().all(|f| f.rule.id != "narrative.versus-budget"));
}

#[test]
fn missing_reason() {
    let f = one(
        "增加736.34万元，增长54.96%",
        vec![up(FigureRef::IncomeGrandTotal, "736.34", "54.96%")],
        None,
    );
    fired(&f, "narrative.missing-reason");
}

#[test]
fn count() {
    let f = one(
        "共有车辆5辆",
        vec![Claim::count(CountRef::Vehicles(None), 5)],
        None,
    );
    let x = fired(&f, "narrative.count");
    assert_eq!(
        (expected(x).as_deref(), actual(x).as_deref()),
        (Some("4"), Some("5"))
    );
}

#[test]
fn grade_count() {
    let f = one(
        "11个项目自评等级为“优”",
        vec![Claim::grade_count("优", 11).unwrap()],
        None,
    );
    let x = fired(&f, "narrative.grade-count");
    assert_eq!(expected(x).as_deref(), Some("12"));
}

#[test]
fn nil() {
    let f = one("本年度无此项收入。", vec![Claim::nil(gf_income())], None);
    fired(&f, "narrative.nil");
}

#[test]
fn detail_coverage() {
    let mut s = statements();
    s.retain(|st| !st.text().starts_with("卫生健康支出年初预算"));
    let f = run(s, &CheckOptions::default());
    let x = fired(&f, "narrative.detail-coverage");
    assert_eq!(places(x)[1], "公开05表 row 210 column 小计");
    // At the 款 level, the spec's 具体情况 (written per 类) misses every non-zero 款.
    let f = run(
        statements(),
        &CheckOptions::default().with_detail_level(Level::Section),
    );
    assert_eq!(
        f.iter()
            .filter(|f| f.rule.id == "narrative.detail-coverage")
            .count(),
        5
    );
    let _ = gp_sub("208");
}

#[test]
fn residue() {
    for text in [
        "XX单位2023年度收入合计",
        "收入合计××万元",
        "主要原因是待填写",
        "{单位}2023年度",
        "某某局",
    ] {
        let f = one(text, vec![], None);
        fired(&f, "narrative.residue");
    }
}

#[test]
fn contradiction() {
    let f = one("与上年相比，收入总计增加持平。", vec![], None);
    fired(&f, "narrative.contradiction");
}

#[test]
fn unverifiable() {
    let f = one(
        "国内接待费0万元",
        vec![Claim::amount(FigureRef::Reception(ReceptionScope::Domestic), "0").unwrap()],
        None,
    );
    fired(&f, "narrative.unverifiable");
}

#[test]
fn claim_not_in_text() {
    // The text prints no amount at all: the claim has no place in it (a warning).
    let f = one(
        "收入合计见公开01表",
        vec![Claim::amount(FigureRef::IncomeTotal, "1,991.06").unwrap()],
        None,
    );
    let finding = fired(&f, "narrative.claim-not-in-text");
    assert_eq!(expected(finding).as_deref(), Some("1,991.06"));
    assert!(
        f.iter().all(|f| f.rule.id != "narrative.text-figure"),
        "{f:#?}"
    );
}

/// The spec's 五（三） with the 年初预算 of one 类 replaced (text and claim alike).
fn detail_with_budget(class: &str, budget: &str) -> Vec<Finding> {
    let all: Vec<Statement> = statements()
        .into_iter()
        .map(|st| {
            if !st.in_section("五（三）") {
                return st;
            }
            let claims = st
                .claims()
                .iter()
                .map(|c| match c {
                    Claim::Completion(co) if co.figure() == gp_sub(class) => {
                        let old = match co.budget().source() {
                            final_accounts::narrative::BudgetSource::Stated(a) => a.to_string(),
                            _ => unreachable!(),
                        };
                        assert!(st.text().contains(&old), "{old}");
                        Claim::completion(
                            co.figure(),
                            Budget::stated(BudgetKind::Initial, budget).unwrap(),
                            &co.stated().to_string(),
                        )
                        .unwrap()
                    }
                    other => other.clone(),
                })
                .collect();
            let text = st.text().to_owned();
            let text = match st.claims().iter().find_map(|c| match c {
                Claim::Completion(co) if co.figure() == gp_sub(class) => Some(co.budget().source()),
                _ => None,
            }) {
                Some(final_accounts::narrative::BudgetSource::Stated(a)) => {
                    text.replace(&format!("年初预算{a}"), &format!("年初预算{budget}"))
                }
                _ => text,
            };
            Statement::new(st.section(), &text, claims, st.reason().map(str::to_owned)).unwrap()
        })
        .collect();
    run(all, &CheckOptions::default())
        .into_iter()
        .filter(|f| f.rule.id == "narrative.list-sum" || f.rule.id == "narrative.text-figure")
        .collect()
}

#[test]
fn list_sum() {
    // The spec's 五（三）: 年初预算 1,267.44 = 1113.89 + 38.16 + 115.39, exactly.
    assert!(detail_with_budget("208", "1113.89").is_empty());
    // One 类's budget one unit off: 1114.89 + 38.16 + 115.39 = 1268.44 against 1,267.44.
    let f = detail_with_budget("208", "1114.89");
    let finding = fired(&f, "narrative.list-sum");
    assert_eq!(expected(finding).as_deref(), Some("1268.44"));
    assert_eq!(actual(finding).as_deref(), Some("1267.44"));
    assert_eq!(places(finding), ["说明 row 五（三）"]);
    assert!(
        message(finding, Lang::Zh).contains("年初预算之和"),
        "{finding:?}"
    );
    assert_eq!(f.len(), 1, "{f:#?}");
    // 0.01 off with three parts and a total: a derivation tail (allowance 0.02), info.
    let f = detail_with_budget("208", "1113.90");
    let tail = f
        .iter()
        .find(|f| f.rule.id == "narrative.list-sum")
        .unwrap();
    assert_eq!(tail.severity, Severity::Info);
}

#[test]
fn line_name() {
    // The spec's 公开05表 names 2080101 行政运行, under 20801 and 208 社会保障和就业支出.
    let item = || vec![Claim::amount(gp_sub("2080101"), "1,407.63").unwrap()];
    let f = one(
        "1、社会保障和就业支出（类）人力资源和社会保障管理事务（款）行政运行（项）支出决算为1,407.63万元。",
        item(),
        None,
    );
    assert!(
        f.iter().all(|f| f.rule.id != "narrative.line-name"),
        "{f:#?}"
    );
    // The 项 printed as 行政运转 and the 类 without its 支出.
    let f = one(
        "1、社会保障和就业（类）人力资源和社会保障管理事务（款）行政运转（项）支出决算为1,407.63万元。",
        item(),
        None,
    );
    let names: Vec<(Option<String>, Option<String>)> = f
        .iter()
        .filter(|f| f.rule.id == "narrative.line-name")
        .map(|f| (expected(f), actual(f)))
        .collect();
    assert_eq!(
        names,
        [
            (
                Some("社会保障和就业支出".to_owned()),
                Some("社会保障和就业".to_owned())
            ),
            (Some("行政运行".to_owned()), Some("行政运转".to_owned())),
        ]
    );
    let finding = fired(&f, "narrative.line-name");
    assert!(message(finding, Lang::Zh).contains("类名称"), "{finding:?}");
    // Brackets print both ways: (类) and （类） name the same.
    let f = one(
        "社会保障和就业支出(类)1,588.15万元",
        vec![Claim::amount(gp_sub("208"), "1,588.15").unwrap()],
        None,
    );
    assert!(
        f.iter().all(|f| f.rule.id != "narrative.line-name"),
        "{f:#?}"
    );
    // A line the table does not print is named as the catalog names it, when the audit has one.
    let code = "2080199".parse().unwrap();
    let mut options = CheckOptions::default();
    options.official_names = vec![(code, "其他人力资源和社会保障管理事务支出".to_owned())];
    let st = |name: &str| {
        Statement::new(
            "五（三）",
            &format!("{name}（项）支出决算为0万元"),
            vec![Claim::amount(gp_sub("2080199"), "0").unwrap()],
            None,
        )
        .unwrap()
    };
    let f = run(vec![st("其他人力资源和社会保障管理事务支出")], &options);
    assert!(
        f.iter().all(|f| f.rule.id != "narrative.line-name"),
        "{f:#?}"
    );
    let f = run(vec![st("其他人力资源管理事务支出")], &options);
    assert_eq!(
        expected(fired(&f, "narrative.line-name")).as_deref(),
        Some("其他人力资源和社会保障管理事务支出")
    );
}

#[test]
fn listed_zero() {
    // A 项 the table prints as 0.00, listed in the 说明 with nothing to explain.
    let figures = Datong::new().with(gp_sub("2080799"), "0.00");
    let st = |claims| {
        Statement::new(
            "五（三）",
            "其他就业补助支出支出决算为0万元。",
            claims,
            None,
        )
        .unwrap()
    };
    let f = check(
        &Narrative::new(vec![st(vec![
            Claim::amount(gp_sub("2080799"), "0").unwrap(),
        ])]),
        &figures,
        &CheckOptions::default(),
    );
    let finding = fired(&f, "narrative.listed-zero");
    assert_eq!(expected(finding).as_deref(), Some("0.00"));
    assert_eq!(
        places(finding),
        ["说明 row 五（三）", "公开05表 row 2080799 column 小计"]
    );
    assert!(
        message(finding, Lang::Zh).contains("2080799 其他就业补助支出"),
        "{finding:?}"
    );
    // With a budget the statement explains, the line is involved.
    let budgeted = vec![
        Claim::amount(gp_sub("2080799"), "0").unwrap(),
        Claim::versus_budget(
            gp_sub("2080799"),
            Budget::stated(BudgetKind::FullYear, "5.00").unwrap(),
            Comparison::Less,
        ),
    ];
    let text = "其他就业补助支出全年预算为5.00万元，支出决算为0万元，决算数小于预算数。";
    let f = check(
        &Narrative::new(vec![
            Statement::new("五（三）", text, budgeted, Some("未支出".into())).unwrap(),
        ]),
        &figures,
        &CheckOptions::default(),
    );
    assert!(
        f.iter().all(|f| f.rule.id != "narrative.listed-zero"),
        "{f:#?}"
    );
}

#[test]
fn negative() {
    // A share of −5%: kept as printed and reported, not rejected.
    let f = one(
        "其他收入0.16万元，占比-5%",
        vec![
            Claim::amount(FigureRef::OtherIncome, "0.16").unwrap(),
            Claim::share(FigureRef::OtherIncome, FigureRef::IncomeTotal, "-5%").unwrap(),
        ],
        None,
    );
    let finding = fired(&f, "narrative.negative");
    assert_eq!(expected(finding).as_deref(), Some("≥ 0"));
    assert_eq!(actual(finding).as_deref(), Some("-5%"));
    assert_eq!(places(finding), ["说明 row 一"]);
    assert!(message(finding, Lang::En).contains("share"), "{finding:?}");
    // The share is also checked against the tables: 0.16 / 1,991.06 is 0.01 %.
    fired(&f, "narrative.share");
    // An amount of change and a budget are magnitudes; an amount spent cannot be negative.
    let f = one(
        "收入合计-1,991.06万元，年初预算-1,267.44万元，完成年初预算的157.10%，增加-651.72万元",
        vec![
            Claim::amount(FigureRef::IncomeTotal, "-1,991.06").unwrap(),
            Claim::completion(
                FigureRef::IncomeTotal,
                Budget::stated(BudgetKind::Initial, "-1,267.44").unwrap(),
                "157.10%",
            )
            .unwrap(),
            Claim::change(
                FigureRef::IncomeTotal,
                ChangeWord::Increase,
                Some("-651.72"),
                None,
                StatedRate::Omitted,
            )
            .unwrap(),
        ],
        None,
    );
    let negatives: Vec<Option<String>> = f
        .iter()
        .filter(|f| f.rule.id == "narrative.negative")
        .map(actual)
        .collect();
    assert_eq!(
        negatives,
        [
            Some("-1991.06".to_owned()),
            Some("-1267.44".to_owned()),
            Some("-651.72".to_owned())
        ]
    );
    // A balance may be overdrawn.
    let f = one(
        "年末结转和结余-3.00万元",
        vec![Claim::amount(FigureRef::ClosingBalance, "-3.00").unwrap()],
        None,
    );
    assert!(
        f.iter().all(|f| f.rule.id != "narrative.negative"),
        "{f:#?}"
    );
}

#[test]
fn text_figure() {
    // A figure at the claim's place that differs from the claim is an error, even where the
    // claimed value is printed elsewhere in the sentence: the spec's 一 prints 2,076.12 twice.
    let claims = || {
        vec![
            Claim::amount(FigureRef::IncomeGrandTotal, "2,076.12").unwrap(),
            Claim::amount(FigureRef::ExpenditureGrandTotal, "2,076.12").unwrap(),
        ]
    };
    let f = one(
        "2023年度收入总计2,077.12万元，支出总计2,076.12万元。",
        claims(),
        None,
    );
    let finding = fired(&f, "narrative.text-figure");
    assert_eq!(expected(finding).as_deref(), Some("2,076.12"));
    assert_eq!(actual(finding).as_deref(), Some("2,077.12万元"));
    assert_eq!(places(finding), ["说明 row 一"]);
    assert!(
        message(finding, Lang::Zh).contains("收入总计2,077.12万元"),
        "{finding:?}"
    );
    assert_eq!(
        f.iter()
            .filter(|f| f.rule.id == "narrative.text-figure")
            .count(),
        1
    );
    // The second printing changed instead: the error is about 支出总计.
    let f = one(
        "2023年度收入总计2,076.12万元，支出总计2,076.13万元。",
        claims(),
        None,
    );
    assert!(message(fired(&f, "narrative.text-figure"), Lang::En).contains("支出总计2,076.13"));
    // Both printed as the claims say: nothing.
    let f = one(
        "2023年度收入总计2,076.12万元，支出总计2,076.12万元。",
        claims(),
        None,
    );
    assert!(f.is_empty(), "{f:#?}");
    // One printed figure for two claims that both name it.
    let f = one("2023年度收入支出总计2,076.12万元。", claims(), None);
    assert!(f.is_empty(), "{f:#?}");
    // Counts, with their classifier: the spec's 十（三） prints 机要通信用车1辆.
    let vehicles = |n| {
        vec![
            Claim::count(CountRef::Vehicles(None), 4),
            Claim::count(
                CountRef::Vehicles(Some(final_accounts::narrative::VehicleCategory::Other)),
                3,
            ),
            Claim::count(CountRef::CostlyEquipment, n),
        ]
    };
    let f = one(
        "共有车辆4辆。其中：其他用车4辆；单价100万元（含）以上设备（不含车辆）0台（套）。",
        vehicles(0),
        None,
    );
    let finding = fired(&f, "narrative.text-figure");
    assert_eq!(expected(finding).as_deref(), Some("3"));
    assert_eq!(actual(finding).as_deref(), Some("4辆"));
    let f = one(
        "共有车辆4辆。其中：其他用车3辆；单价100万元（含）以上设备（不含车辆）0台（套）。",
        vehicles(0),
        None,
    );
    assert!(
        f.iter().all(|f| f.rule.id != "narrative.text-figure"),
        "{f:#?}"
    );
    // A budget printed before the 决算, as the spec's 五（三） does: the budget's place is
    // after 年初预算, the 决算's after 支出决算.
    let completion = |budget: &str| {
        vec![
            Claim::amount(gp_total(), "1,735.92").unwrap(),
            Claim::completion(
                gp_total(),
                Budget::stated(BudgetKind::Initial, budget).unwrap(),
                "136.96%",
            )
            .unwrap(),
        ]
    };
    let text = "一般公共预算财政拨款支出年初预算1,267.44万元，支出决算1,735.92万元，完成年初预算的136.96%。";
    assert!(
        one(text, completion("1,267.44"), None)
            .iter()
            .all(|f| f.rule.id != "narrative.text-figure")
    );
    let finding = one(text, completion("1,268.44"), None);
    let finding = fired(&finding, "narrative.text-figure");
    assert_eq!(actual(finding).as_deref(), Some("1,267.44万元"));
    let text = "一般公共预算财政拨款支出年初预算1,267.44万元，支出决算1,736.92万元，完成年初预算的136.96%。";
    let f = one(text, completion("1,267.44"), None);
    assert_eq!(
        actual(fired(&f, "narrative.text-figure")).as_deref(),
        Some("1,736.92万元")
    );
}

#[test]
fn part_of_whole() {
    // 公开09表 prints no 公务接待费 (blank, zero): no part of it can be 1.00 万元.
    let f = one(
        "国内接待费1.00万元",
        vec![Claim::amount(FigureRef::Reception(ReceptionScope::Domestic), "1.00").unwrap()],
        None,
    );
    let finding = fired(&f, "narrative.part-of-whole");
    assert_eq!(actual(finding).as_deref(), Some("1.00"));
    assert!(
        message(finding, Lang::Zh).contains("公务接待费"),
        "{finding:?}"
    );
    // A share of a figure no table prints is checked against the narrative's own amount:
    // 授予中小企业合同金额 stated as 3.00 of 政府采购 13.40 is 22.39 %, not 0 %.
    let f = one(
        "授予中小企业合同金额3.00万元，占政府采购支出总额的0%",
        vec![
            Claim::amount(FigureRef::Procurement(ProcurementItem::SmallMedium), "3.00").unwrap(),
            Claim::share(
                FigureRef::Procurement(ProcurementItem::SmallMedium),
                FigureRef::Procurement(ProcurementItem::Total),
                "0%",
            )
            .unwrap(),
        ],
        None,
    );
    fired(&f, "narrative.share");
}

#[test]
fn three_public_detail() {
    // 公开09表 prints no 因公出国（境）费: there can be no 团组.
    let f = one(
        "因公出国（境）费支出0万元，出国团组共2个",
        vec![Claim::count(CountRef::OverseasGroups, 2)],
        None,
    );
    let finding = fired(&f, "narrative.three-public-detail");
    assert_eq!(expected(finding).as_deref(), Some("0"));
    assert_eq!(actual(finding).as_deref(), Some("2"));
    // The unit has 4 vehicles: the funds cannot keep 5.
    let f = one(
        "公务用车保有量共5辆车",
        vec![Claim::count(CountRef::VehiclesFunded, 5)],
        None,
    );
    assert_eq!(
        actual(fired(&f, "narrative.three-public-detail")).as_deref(),
        Some("5")
    );
    // The spec's own details agree: 0 团组, 0 批次, 4 vehicles kept.
    let f = one(
        "出国团组共0个，0人次。公务用车保有量共4辆车。共接待0批次",
        vec![
            Claim::count(CountRef::OverseasGroups, 0),
            Claim::count(CountRef::OverseasPersonTimes, 0),
            Claim::count(CountRef::VehiclesFunded, 4),
            Claim::count(CountRef::ReceptionBatches(ReceptionScope::All), 0),
        ],
        None,
    );
    assert!(
        f.iter()
            .all(|f| f.rule.id != "narrative.three-public-detail"),
        "{f:#?}"
    );
}

#[test]
fn every_rule_has_a_test_here() {
    let here = include_str!("narrative_rules.rs");
    for rule in RULES {
        assert!(here.contains(&format!("\"{}\"", rule.id)), "{}", rule.id);
    }
}

/// A 说明 figure repeating one printed cell must repeat it exactly: 0.01 off is an error (the
/// two half-open intervals do not meet). An aggregate may be printed once rounded from its exact
/// total and once summed from its rounded parts: 0.01 off is a derivation tail (info).
#[test]
fn a_single_cell_repeats_exactly_an_aggregate_may_differ_by_a_tail() {
    // 30101 基本工资 323.25 in 公开06表: a single 款 cell.
    let cell = FigureRef::BasicEconomic("30101".parse().unwrap());
    let f = one(
        "基本工资323.26万元",
        vec![Claim::amount(cell, "323.26").unwrap()],
        None,
    );
    let x = fired(&f, "narrative.amount");
    assert_eq!(x.severity, Severity::Error, "{f:#?}");
    assert_eq!(expected(x).as_deref(), Some("323.25"));
    assert_eq!(actual(x).as_deref(), Some("323.26"));
    // 人员经费合计 999.16: an aggregate (301 + 303).
    let f = one(
        "人员经费999.17万元",
        vec![Claim::amount(FigureRef::PersonnelTotal, "999.17").unwrap()],
        None,
    );
    let tail: Vec<_> = f
        .iter()
        .filter(|f| f.rule.id == "narrative.amount")
        .collect();
    assert_eq!(tail.len(), 1, "{f:#?}");
    assert_eq!(tail[0].severity, Severity::Info, "{f:#?}");
    // Two units off is beyond any tail of an aggregate of two parts.
    let f = one(
        "人员经费999.18万元",
        vec![Claim::amount(FigureRef::PersonnelTotal, "999.18").unwrap()],
        None,
    );
    assert_eq!(fired(&f, "narrative.amount").severity, Severity::Error);
}
