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
        amount in "(0|[1-9][0-9]{0,5})(\\.[0-9]{1,2})?",
        rate in "((0|[1-9][0-9]{0,3})(\\.[0-9]{1,2})?%|∞%|)",
        text in "\\PC{0,40}",
    ) {
        let words = [ChangeWord::Increase, ChangeWord::Decrease, ChangeWord::Grow, ChangeWord::Decline, ChangeWord::Flat, ChangeWord::SameAsLastYear];
        let rate = StatedRate::parse(&rate).unwrap();
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
