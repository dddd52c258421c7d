//! Laws of the classification codes and catalogs.

use final_accounts::classification::{
    CodeError, Completeness, EconomicCode, FunctionCatalog, FunctionCode, Level, builtin,
};
use proptest::prelude::*;

/// Every well-formed functional code, as text: 2xx, 2xxss, 2xxssii with ss, ii ≠ 00.
fn valid_function_code() -> impl Strategy<Value = String> {
    (
        200u16..=299,
        prop::option::of(1u8..=99),
        prop::option::of(1u8..=99),
    )
        .prop_map(|(class, section, item)| match (section, item) {
            (None, _) => format!("{class:03}"),
            (Some(s), None) => format!("{class:03}{s:02}"),
            (Some(s), Some(i)) => format!("{class:03}{s:02}{i:02}"),
        })
}

/// Every well-formed economic code, as text: 3xx/5xx, optionally with a 款 ≠ 00.
fn valid_economic_code() -> impl Strategy<Value = String> {
    (
        prop_oneof![300u16..=399, 500u16..=599],
        prop::option::of(1u8..=99),
    )
        .prop_map(|(class, section)| match section {
            None => format!("{class:03}"),
            Some(s) => format!("{class:03}{s:02}"),
        })
}

/// Checks that an error describes `input` precisely.
fn precise(input: &str, err: &CodeError, lengths: &[usize], leading: &[char]) {
    let chars: Vec<char> = input.chars().collect();
    match err {
        CodeError::Empty => assert!(input.is_empty()),
        CodeError::NonDigit {
            position,
            found,
            code,
        } => {
            let index = position - 1;
            assert_eq!(chars[index], *found);
            assert!(!found.is_ascii_digit());
            assert!(chars[..index].iter().all(char::is_ascii_digit));
            assert_eq!(*code, input.chars().take(32).collect::<String>());
        }
        CodeError::WrongLength { length, .. } => {
            assert_eq!(*length, chars.len());
            assert!(!lengths.contains(length));
            assert!(chars.iter().take(16).all(char::is_ascii_digit));
        }
        CodeError::WrongLeadingDigit { found, .. } => {
            assert_eq!(chars[0], *found);
            assert!(!leading.contains(found));
            assert!(lengths.contains(&chars.len()));
        }
        CodeError::ZeroSegment { level, .. } => {
            let segment: String = match level {
                Level::Section => chars[3..5].iter().collect(),
                Level::Item => chars[5..7].iter().collect(),
                Level::Class => panic!("a 类 segment is never zero-checked"),
            };
            assert_eq!(segment, "00");
        }
        other => panic!("unexpected error {other:?} for {input:?}"),
    }
}

proptest! {
    #[test]
    fn function_parse_display_identity(s in valid_function_code()) {
        let code: FunctionCode = s.parse().unwrap();
        prop_assert_eq!(code.to_string(), s.clone());
        prop_assert_eq!(code.level().digits(), s.len());
        prop_assert_eq!(FunctionCode::parse(&code.to_string()).unwrap(), code);
    }

    #[test]
    fn economic_parse_display_identity(s in valid_economic_code()) {
        let code: EconomicCode = s.parse().unwrap();
        prop_assert_eq!(code.to_string(), s);
    }

    #[test]
    fn function_parse_never_panics_and_is_precise(s in "\\PC*") {
        match FunctionCode::parse(&s) {
            Ok(code) => prop_assert_eq!(code.to_string(), s),
            Err(err) => precise(&s, &err, &[3, 5, 7], &['2']),
        }
    }

    #[test]
    fn function_parse_near_misses_are_precise(s in "[0-9２O ]{0,9}") {
        match FunctionCode::parse(&s) {
            Ok(code) => prop_assert_eq!(code.to_string(), s),
            Err(err) => precise(&s, &err, &[3, 5, 7], &['2']),
        }
    }

    #[test]
    fn economic_parse_never_panics_and_is_precise(s in "\\PC*|[0-9]{0,7}") {
        match EconomicCode::parse(&s) {
            Ok(code) => prop_assert_eq!(code.to_string(), s),
            Err(err) => precise(&s, &err, &[3, 5], &['3', '5']),
        }
    }

    #[test]
    fn function_order_is_catalog_preorder(a in valid_function_code(), b in valid_function_code()) {
        let (x, y): (FunctionCode, FunctionCode) = (a.parse().unwrap(), b.parse().unwrap());
        // Fixed-width segments: string order is pre-order (a parent before its children,
        // siblings by number).
        prop_assert_eq!(x.cmp(&y), a.cmp(&b));
        if x.is_ancestor_of(&y) {
            prop_assert!(x < y);
        }
    }

    #[test]
    fn economic_order_is_catalog_preorder(a in valid_economic_code(), b in valid_economic_code()) {
        let (x, y): (EconomicCode, EconomicCode) = (a.parse().unwrap(), b.parse().unwrap());
        prop_assert_eq!(x.cmp(&y), a.cmp(&b));
    }

    #[test]
    fn resolve_never_panics(s in "\\PC*|[0-9]{3,7}") {
        for catalog in builtin::functional_catalogs() {
            match catalog.resolve(&s) {
                Ok(entry) => prop_assert_eq!(entry.code().to_string(), s.clone()),
                Err(CodeError::UnknownFunctionCode { code, edition, .. }) => {
                    prop_assert_eq!(code.to_string(), s.clone());
                    prop_assert_eq!(edition, catalog.edition());
                }
                Err(err) => precise(&s, &err, &[3, 5, 7], &['2']),
            }
        }
    }

    /// Any subset of the current edition's rows, closed under parents, builds a valid complete
    /// catalog whose iteration is sorted and whose children partition the non-class rows.
    #[test]
    fn parent_closed_subsets_build(mask in prop::collection::vec(any::<bool>(), 131)) {
        let current = builtin::functional(2024).unwrap();
        let chosen: Vec<_> = current
            .iter()
            .zip(&mask)
            .filter(|(_, keep)| **keep)
            .map(|(e, _)| e)
            .filter(|e| e.code().ancestors().all(|a| current.contains(&a)))
            .collect();
        // Close under parents.
        let mut rows: Vec<(String, String)> = Vec::new();
        for entry in &chosen {
            for ancestor in entry.code().ancestors() {
                let parent = current.get(&ancestor).unwrap();
                rows.push((parent.code().to_string(), parent.name().to_owned()));
            }
            rows.push((entry.code().to_string(), entry.name().to_owned()));
        }
        rows.sort();
        rows.dedup();
        let catalog = FunctionCatalog::from_rows(2024, Completeness::Complete, rows.clone()).unwrap();
        prop_assert_eq!(catalog.len(), rows.len());
        let codes: Vec<FunctionCode> = catalog.iter().map(|e| e.code()).collect();
        prop_assert!(codes.windows(2).all(|w| w[0] < w[1]));
        let children: usize = catalog
            .iter()
            .map(|e| catalog.children(&e.code()).count())
            .sum();
        prop_assert_eq!(children, catalog.len() - catalog.coverage().classes());
    }
}
