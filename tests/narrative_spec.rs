//! The narrative checks on the spec's 说明 (大同市人力资源和社会保障局 2023): the only errors
//! are the three "完成全年预算的0%" against a blank 预算数, and rounding tails stay info.

mod narrative_support;

use final_accounts::finding::{Lang, Part, Severity};
use final_accounts::money::YearOnYear;
use final_accounts::narrative::{CheckOptions, Claim, RULES, StatedRate, check, growth, share};
use narrative_support::{Datong, actual, expected, message, narrative, places, wan};

#[test]
fn the_only_errors_are_the_three_completions_of_a_zero_budget() {
    let findings = check(&narrative(), &Datong::new(), &CheckOptions::default());
    let errors: Vec<_> = findings
        .iter()
        .filter(|f| f.severity == Severity::Error)
        .collect();
    assert_eq!(errors.len(), 3, "{errors:#?}");
    for e in &errors {
        assert_eq!(e.rule.id, "narrative.completion-zero-budget");
        assert_eq!(places(e)[0], "说明 row 九（一）");
        assert!(
            places(e)[1].starts_with("公开09表 row 预算数 column "),
            "{e:?}"
        );
        assert_eq!(actual(e).as_deref(), Some("0%"));
    }
    let items: Vec<_> = errors
        .iter()
        .map(|e| places(e)[1].rsplit(" column ").next().unwrap().to_owned())
        .collect();
    assert_eq!(items, ["因公出国（境）费", "公务用车购置费", "公务接待费"]);
}

#[test]
fn warnings_and_infos_on_the_spec() {
    let findings = check(&narrative(), &Datong::new(), &CheckOptions::default());
    let warnings: Vec<_> = findings
        .iter()
        .filter(|f| f.severity == Severity::Warning)
        .collect();
    // 五（三）'s first sentence: 决算 1,735.92 against 年初预算 1,267.44, no reason given there.
    assert_eq!(warnings.len(), 1, "{warnings:#?}");
    assert_eq!(warnings[0].rule.id, "narrative.missing-reason");
    assert_eq!(places(warnings[0])[0], "说明 row 五（三）");
    // The roll-up of the forms: Σ 全年执行数 = 147.406, printed 147.41: a rounding tail.
    let tail: Vec<_> = findings
        .iter()
        .filter(|f| f.rule.id == "narrative.amount")
        .collect();
    assert_eq!(tail.len(), 1);
    assert_eq!(tail[0].severity, Severity::Info);
    assert_eq!(expected(tail[0]).as_deref(), Some("147.406"));
    // Everything else is info: figures the tables do not carry (三公 details, 中小企业).
    assert!(findings.iter().all(|f| f.severity != Severity::Info
        || f.rule.id == "narrative.unverifiable"
        || f.rule.id == "narrative.amount"));
}

#[test]
fn every_rule_id_is_unique_and_namespaced() {
    let mut ids: Vec<_> = RULES.iter().map(|r| r.id).collect();
    assert!(ids.iter().all(|id| id.starts_with("narrative.")));
    let n = ids.len();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), n);
    let findings = check(&narrative(), &Datong::new(), &CheckOptions::default());
    assert!(
        findings
            .iter()
            .all(|f| RULES.iter().any(|r| r.id == f.rule.id))
    );
}

/// Hand verification: every 占比 and 增长率 of the spec, recomputed from the table figures with
/// 四舍五入 to two decimals, equals the printed one (the zero-base cases aside).
#[test]
fn every_share_and_growth_rate_recomputes_to_the_printed_one() {
    let figures = Datong::new();
    use final_accounts::narrative::Figures;
    let mut shares = 0;
    let mut rates = 0;
    for s in narrative().statements {
        for c in s.claims() {
            match c {
                Claim::Share(sh) => {
                    let part = figures.amount(&sh.part());
                    let whole = figures.amount(&sh.whole());
                    let (Some(part), Some(whole)) = (part, whole) else {
                        continue;
                    };
                    let computed = share(&part, &whole).unwrap();
                    assert_eq!(
                        computed.value(),
                        sh.stated().percent().value(),
                        "{}: {}",
                        s.section(),
                        s.text()
                    );
                    shares += 1;
                }
                Claim::Change(ch) => {
                    let current = figures.amount(&ch.figure()).unwrap();
                    let Some(d) = ch.amount() else { continue };
                    let prior =
                        if ch.word().direction() == final_accounts::money::Direction::Increase {
                            current.amount().checked_sub(d.amount()).unwrap()
                        } else {
                            current.amount().checked_add(d.amount()).unwrap()
                        };
                    let prior = wan(&prior.wan_yuan().to_string());
                    match (growth(&current, &prior).unwrap(), ch.rate()) {
                        (YearOnYear::Changed { rate, .. }, StatedRate::Percent(p)) => {
                            assert_eq!(rate.value().abs(), p.percent().value(), "{}", s.text());
                            rates += 1;
                        }
                        (YearOnYear::FromZero { .. }, StatedRate::Infinite) => rates += 1,
                        other => panic!("{}: {other:?}", s.text()),
                    }
                }
                _ => {}
            }
        }
    }
    // 6 income + 5 expenditure + 1 (五（一）) + 3 类 shares (the 中小企业 ones have no table).
    assert_eq!(shares, 15);
    // 一 ×2, 四 ×2, 五（一）, 五（三）×3, 七 ×2, 九（一）×2, 十（一）.
    assert_eq!(rates, 13);
}

#[test]
fn check_is_deterministic() {
    let a = check(&narrative(), &Datong::new(), &CheckOptions::default());
    let b = check(&narrative(), &Datong::new(), &CheckOptions::default());
    assert_eq!(a, b);
    for f in &a {
        assert!(!message(f, Lang::Zh).is_empty() && !message(f, Lang::En).is_empty());
        assert_eq!(f.places[0].part, Part::Narrative);
    }
}
