//! Laws of the narrative: arbitrary text never panics the text checks, and shares of parts
//! that add up to the whole add up to 100% within rounding.

use final_accounts::money::{MoneyUnit, PublishedAmount};
use final_accounts::narrative::{
    CONTRADICTION_PATTERNS, ChangeWord, CheckOptions, Claim, CountRef, FigureRef, Figures,
    GeneralPublicRow, Narrative, RESIDUE_PATTERNS, StatedRate, Statement, check, find_patterns,
    share,
};
use proptest::prelude::*;
use rust_decimal::Decimal;

struct Nothing;
impl Figures for Nothing {
    fn amount(&self, figure: &FigureRef) -> Option<PublishedAmount> {
        (*figure == FigureRef::IncomeTotal)
            .then(|| PublishedAmount::parse("12.34", MoneyUnit::WanYuan).unwrap())
    }
    fn count(&self, _: &CountRef) -> Option<u64> {
        None
    }
    fn general_public_rows(&self) -> Vec<GeneralPublicRow> {
        Vec::new()
    }
}

proptest! {
    #[test]
    fn text_checks_never_panic(text in "\\PC*", reason in "\\PC*") {
        let _ = find_patterns(&text, RESIDUE_PATTERNS);
        let _ = find_patterns(&text, CONTRADICTION_PATTERNS);
        if let Ok(s) = Statement::new("一", &text, vec![], Some(reason)) {
            let _ = check(&Narrative::new(vec![s]), &Nothing, &CheckOptions::default());
        }
    }

    #[test]
    fn direction_checks_never_panic(
        word in 0usize..6,
        amount in "-?(0|[1-9][0-9]{0,5})(\\.[0-9]{1,2})?",
        rate in "(-?(0|[1-9][0-9]{0,3})(\\.[0-9]{1,2})?%|∞%|)",
        text in "\\PC{0,40}",
    ) {
        let words = [ChangeWord::Increase, ChangeWord::Decrease, ChangeWord::Grow, ChangeWord::Decline, ChangeWord::Flat, ChangeWord::SameAsLastYear];
        let Ok(rate) = StatedRate::parse(&rate) else { return Ok(()); };
        let rate_word = match rate { StatedRate::Omitted => None, _ => Some(ChangeWord::Grow) };
        if let Ok(claim) = Claim::change(FigureRef::IncomeTotal, words[word], Some(&amount), rate_word, rate)
            && let Ok(s) = Statement::new("一", &format!("{text}{amount}"), vec![claim], None)
        {
            let _ = check(&Narrative::new(vec![s]), &Nothing, &CheckOptions::default());
        }
    }

    #[test]
    fn shares_of_parts_add_up_to_100_within_rounding(parts in prop::collection::vec(0i64..10_000_000, 1..8)) {
        let total: i64 = parts.iter().sum();
        prop_assume!(total > 0);
        let wan = |c: i64| PublishedAmount::parse(&Decimal::new(c, 2).to_string(), MoneyUnit::WanYuan).unwrap();
        let whole = wan(total);
        let sum: Decimal = parts.iter().map(|p| share(&wan(*p), &whole).unwrap().value()).sum();
        // Each share is rounded to 0.01: the sum is off by at most 0.005 per part.
        let allowance = Decimal::new(5, 3) * Decimal::from(parts.len());
        prop_assert!((sum - Decimal::ONE_HUNDRED).abs() <= allowance, "{sum}");
    }
}

mod patterns {
    use final_accounts::narrative::find_patterns;
    use proptest::prelude::*;

    /// The patterns found are exactly those the text contains once its white space is removed,
    /// however many patterns are asked for (the scan keeps up to 64 in a bit set, more in a
    /// vector).
    fn naive<'p>(text: &str, patterns: &[&'p str]) -> Vec<&'p str> {
        let compact: String = text.chars().filter(|c| !c.is_whitespace()).collect();
        patterns
            .iter()
            .copied()
            .filter(|p| compact.contains(p))
            .collect()
    }

    const ALPHABET: &[char] = &[
        '增', '加', '减', '少', 'X', ' ', '持', '平', '-', '（', '）',
    ];

    fn text(max: usize) -> impl Strategy<Value = String> {
        proptest::collection::vec(proptest::sample::select(ALPHABET), 0..max)
            .prop_map(|cs| cs.into_iter().collect())
    }

    proptest! {
        #[test]
        fn found_patterns_are_those_the_compacted_text_contains(
            haystack in text(40),
            patterns in proptest::collection::vec(
                text(4).prop_filter("a pattern without white space", |p| {
                    !p.is_empty() && !p.contains(' ')
                }),
                1..90,
            ),
        ) {
            let patterns: Vec<&str> = patterns.iter().map(String::as_str).collect();
            let found: Vec<&str> = find_patterns(&haystack, &patterns)
                .into_iter()
                .map(|(p, _)| p)
                .collect();
            prop_assert_eq!(found, naive(&haystack, &patterns));
        }
    }
}

/// Claims at their own place: a sentence that prints each claimed amount after its figure's
/// name agrees with its claims, however often a value repeats; changing any one printed
/// amount is an error of the text (`narrative.text-figure`), never a silent agreement with
/// the same value printed elsewhere.
mod placed {
    use super::Nothing;
    use final_accounts::finding::Severity;
    use final_accounts::narrative::{CheckOptions, Claim, FigureRef, Narrative, Statement, check};
    use proptest::prelude::*;

    const FIGURES: [(FigureRef, &str); 5] = [
        (FigureRef::IncomeGrandTotal, "收入总计"),
        (FigureRef::ExpenditureGrandTotal, "支出总计"),
        (FigureRef::FiscalIncome, "财政拨款收入"),
        (FigureRef::OtherIncome, "其他收入"),
        (FigureRef::BasicExpenditure, "基本支出"),
    ];

    fn text_errors(text: &str, claims: Vec<Claim>) -> usize {
        let Ok(s) = Statement::new("一", text, claims, None) else {
            return 0;
        };
        check(&Narrative::new(vec![s]), &Nothing, &CheckOptions::default())
            .iter()
            .filter(|f| {
                f.rule.id == "narrative.text-figure"
                    || (f.rule.id == "narrative.claim-not-in-text"
                        && f.severity == Severity::Warning)
            })
            .count()
    }

    proptest! {
        #[test]
        fn a_changed_printed_amount_is_found_at_its_place(
            picks in prop::collection::vec((0usize..5, 0usize..3), 1..6),
            changed in any::<prop::sample::Index>(),
        ) {
            // Few values, so that they repeat.
            let values = ["2,076.12", "0", "13.40"];
            let printed = |v: &str| v.to_owned();
            let claims: Vec<Claim> = picks
                .iter()
                .map(|&(f, v)| Claim::amount(FIGURES[f].0, values[v]).unwrap())
                .collect();
            let sentence = |bump: Option<usize>| {
                picks
                    .iter()
                    .enumerate()
                    .map(|(k, &(f, v))| {
                        let amount = if bump == Some(k) {
                            match v { 0 => "2,077.12".to_owned(), 1 => "1".to_owned(), _ => "14.40".to_owned() }
                        } else {
                            printed(values[v])
                        };
                        format!("{}{}万元，", FIGURES[f].1, amount)
                    })
                    .collect::<String>()
            };
            prop_assert_eq!(text_errors(&sentence(None), claims.clone()), 0, "{}", sentence(None));
            let k = changed.index(picks.len());
            prop_assert_eq!(text_errors(&sentence(Some(k)), claims), 1, "{}", sentence(Some(k)));
        }

        #[test]
        fn placing_never_panics(
            text in "[0-9,.%％万元个辆人次批台（套）∞\\-－收入总计预算占增长 ]{0,40}",
            amount in "(0|[1-9][0-9]{0,5})(\\.[0-9]{1,2})?",
            n in 0u64..5,
        ) {
            let claims = vec![
                Claim::amount(FigureRef::IncomeTotal, &amount).unwrap(),
                Claim::count(final_accounts::narrative::CountRef::VehiclesFunded, n),
            ];
            let _ = text_errors(&text, claims);
        }
    }
}
