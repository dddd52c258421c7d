use super::*;

/// Every figure has words, every count a phrase, every line of the tables names something, and no phrase
/// names two things.
#[test]
fn every_figure_has_a_phrase_and_every_phrase_a_figure() {
    let figures = figures();
    let counts = counts();
    for figure in &figures {
        assert!(!figure_words(figure).is_empty(), "{figure:?} has no words");
    }
    for count in &counts {
        let read = phrases().any(|(_, s)| CLASSIFIERS.iter().any(|k| s.count(*k) == Some(*count)));
        assert!(read, "{count:?} is read from no phrase");
    }
    for (phrase, subject) in phrases() {
        assert_ne!(subject, Subject::Partial, "{phrase}");
        let names_figure = figures
            .iter()
            .any(|f| subject.names(f) || subject.table_budget() == Some(*f));
        let names_count = counts
            .iter()
            .any(|c| CLASSIFIERS.iter().any(|k| subject.count(*k) == Some(*c)));
        assert!(
            names_figure || names_count || subject == Subject::Other,
            "{phrase} names nothing"
        );
        let same: Vec<Subject> = phrases()
            .filter(|(p, _)| p == &phrase)
            .map(|(_, s)| s)
            .collect();
        assert_eq!(same, [subject], "{phrase} is listed twice");
    }
    for (word, labelled) in LABELS {
        match labelled {
            Labelled::Figure(f) => assert!(figures.contains(f), "{word}"),
            Labelled::Count(c) => assert!(counts.contains(c), "{word}"),
            Labelled::Stage(_) | Labelled::Spending(_) | Labelled::Fund(_) => {}
        }
    }
    // A phrase naming every figure alone where one exists; the canonical phrase is the first.
    assert_eq!(phrase(&FigureRef::IncomeGrandTotal), Some("收入总计"));
    assert_eq!(
        phrase(&FigureRef::ThreePublic {
            stage: Stage::Actual,
            item: ThreePublicItem::OverseasTravel
        }),
        Some("因公出国（境）费")
    );
}

/// The checks' words are the phrases naming a figure, their endings and the labels: the
/// disagreements of the former two lists are settled by the union.
#[test]
fn the_checks_words_are_derived_from_the_phrases() {
    let words = |f: FigureRef| figure_words(&f).to_vec();
    let igt = words(FigureRef::IncomeGrandTotal);
    for w in ["收入总计", "收入支出总计", "收支总计"] {
        assert!(igt.contains(&w), "{igt:?}");
    }
    let fiscal = words(FigureRef::FiscalExpenditureGrandTotal);
    for w in ["财政拨款支出总计", "支出总计", "收入支出总计", "收支总计"] {
        assert!(fiscal.contains(&w), "{fiscal:?}");
    }
    let overseas = words(FigureRef::ThreePublic {
        stage: Stage::Budget,
        item: ThreePublicItem::OverseasTravel,
    });
    for w in ["因公出国（境）费", "因公出国(境)费", "预算数"] {
        assert!(overseas.contains(&w), "{overseas:?}");
    }
    let (classifier, vehicles) = count_words(&CountRef::Vehicles(None));
    assert_eq!(classifier, Classifier::Vehicles);
    assert!(vehicles.contains(&"车辆") && vehicles.contains(&"车辆总数"));
}

#[test]
fn printed_figures_are_read_at_their_printed_precision() {
    let text = "收入总计2,076.12万元，增长98%，车辆4台（套），2023年，1、增长∞%";
    let found: Vec<(Kind, Printed)> = tokens(text).iter().map(|t| (t.kind, t.value)).collect();
    assert_eq!(
        found,
        [
            (Kind::Amount, Printed::Number("2076.12".parse().unwrap())),
            (Kind::Percent, Printed::Number("98".parse().unwrap())),
            (Kind::Count(Classifier::Sets), Printed::Number(4.into())),
            (Kind::Percent, Printed::Infinite),
        ]
    );
    assert_eq!(
        figure_at("12.30元", 0).map(|s| (s.end, s.unit)),
        Some((5, Unit::Other))
    );
    assert_eq!(
        figure_at("2023年度", 0).map(|s| (s.unit, s.unit_end)),
        Some((Unit::Date, 10))
    );
    assert!(figure_at("元", 0).is_none());
}

/// The canonical phrases are the names figures are shown by ([`FigureRef`]'s `Display`).
#[test]
fn canonical_phrases_name_the_figures() {
    let names = [
        (F::IncomeGrandTotal, "收入总计"),
        (F::ExpenditureGrandTotal, "支出总计"),
        (F::IncomeTotal, "本年收入合计"),
        (F::ExpenditureTotal, "本年支出合计"),
        (F::OpeningBalance, "年初结转和结余"),
        (F::ClosingBalance, "年末结转和结余"),
        (F::FiscalIncome, "财政拨款收入"),
        (F::SuperiorSubsidyIncome, "上级补助收入"),
        (F::ServiceIncome, "事业收入"),
        (F::BusinessIncome, "经营收入"),
        (F::AffiliateRemittanceIncome, "附属单位上缴收入"),
        (F::OtherIncome, "其他收入"),
        (F::BasicExpenditure, "基本支出"),
        (F::ProjectExpenditure, "项目支出"),
        (F::RemittanceExpenditure, "上缴上级支出"),
        (F::BusinessExpenditure, "经营支出"),
        (F::AffiliateSubsidyExpenditure, "对附属单位补助支出"),
        (F::FiscalIncomeGrandTotal, "财政拨款收入总计"),
        (F::FiscalExpenditureGrandTotal, "财政拨款支出总计"),
        (F::GeneralPublicIncome, "一般公共预算财政拨款收入"),
        (F::GovernmentFundIncome, "政府性基金预算财政拨款收入"),
        (F::StateCapitalIncome, "国有资本经营预算财政拨款收入"),
        (F::PersonnelTotal, "人员经费合计"),
        (F::PublicUseTotal, "公用经费合计"),
        (F::OperatingCost, "机关运行经费"),
    ];
    for (figure, name) in names {
        assert_eq!(phrase(&figure), Some(name), "{figure:?}");
        assert_eq!(figure.to_string(), name);
    }
}
