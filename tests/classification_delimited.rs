//! Catalogs from code,name text (CSV or TSV, as a spreadsheet export writes them): what is
//! read, what is rejected with its line, and that a complete catalog read this way makes an
//! unknown code an error of the audit.

use final_accounts::classification::{
    AnyCatalog, CatalogProblem, Completeness, EconomicCatalog, FunctionCatalog, builtin,
};
use proptest::prelude::*;

#[test]
fn csv_with_a_bom_a_header_quotes_and_indentation() {
    let text = "\u{feff}科目编码,科目名称,说明\n\
                208,社会保障和就业支出,\n\
                20805,\"行政事业单位养老支出\",类下款\n\
                2080505,\u{3000}\u{3000}机关事业单位基本养老保险缴费支出\n\
                \n\
                2080506, \"机关事业单位职业年金缴费支出\" \n";
    let catalog = FunctionCatalog::from_delimited(text, 2024, Completeness::Complete).unwrap();
    let rows: Vec<String> = catalog.iter().map(ToString::to_string).collect();
    assert_eq!(
        rows,
        [
            "208 社会保障和就业支出",
            "20805 行政事业单位养老支出",
            "2080505 机关事业单位基本养老保险缴费支出",
            "2080506 机关事业单位职业年金缴费支出",
        ]
    );
    assert!(catalog.is_complete());
    assert_eq!(catalog.edition(), 2024);
}

#[test]
fn tsv_is_read_by_its_tabs_and_a_name_may_hold_a_comma_when_quoted() {
    let text = "code\tname\n301\t工资福利支出\n30101\t\"基本工资,津贴\"\n";
    let catalog = EconomicCatalog::from_delimited(text, 2018, Completeness::Partial).unwrap();
    assert_eq!(catalog.resolve("30101").unwrap().name(), "基本工资,津贴");
    let csv = "301,工资福利支出\n30101,\"基本工资,\"\"津贴\"\"\"\n";
    let catalog = EconomicCatalog::from_delimited(csv, 2018, Completeness::Partial).unwrap();
    assert_eq!(
        catalog.resolve("30101").unwrap().name(),
        "基本工资,\"津贴\""
    );
}

#[test]
fn every_problem_names_its_line() {
    let text = "科目编码,科目名称\n\
                208,社会保障和就业支出\n\
                20８05,行政事业单位养老支出\n\
                2080505\n\
                208,社会保障和就业支出\n\
                2089901,其他\n\
                210,\"卫生健康支出\n\
                211,节能 环保支出\n";
    let err = FunctionCatalog::from_delimited(text, 2024, Completeness::Complete).unwrap_err();
    let rows: Vec<usize> = err.problems().iter().map(CatalogProblem::row).collect();
    assert_eq!(rows, [3, 4, 5, 6, 7, 8]);
    let shown: Vec<String> = err.problems().iter().map(ToString::to_string).collect();
    assert_eq!(
        shown[0],
        "row 3: classification code \"20８05\" has '８' at position 3, expected a digit 0-9"
    );
    assert_eq!(
        shown[1],
        "row 4: \"2080505\" is not a catalog line, expected a code and a name separated by a comma (CSV) or a tab (TSV)"
    );
    assert_eq!(shown[2], "row 5: code \"208\" repeats row 2");
    assert!(shown[3].starts_with("row 6: \"2089901\" has no parent \"20899\""));
    assert!(shown[4].contains("closing quote"), "{}", shown[4]);
    assert!(shown[5].contains("contains whitespace"), "{}", shown[5]);
}

#[test]
fn the_kind_follows_from_the_codes() {
    let functional = AnyCatalog::from_delimited(
        "科目编码,科目名称\n208,社会保障和就业支出\n",
        2024,
        Completeness::Complete,
    )
    .unwrap();
    assert!(matches!(functional, AnyCatalog::Functional(ref c) if c.len() == 1));
    let economic =
        AnyCatalog::from_delimited("301\t工资福利支出\n", 2018, Completeness::Complete).unwrap();
    assert!(matches!(economic, AnyCatalog::Economic(ref c) if c.len() == 1));
    // A functional text with an economic code: the catalog of the first code reports it.
    let err = AnyCatalog::from_delimited(
        "208,社会保障和就业支出\n301,工资福利支出\n",
        2024,
        Completeness::Partial,
    )
    .unwrap_err();
    assert_eq!(err.problems()[0].row(), 2);
}

#[cfg(feature = "serde")]
#[test]
fn a_complete_catalog_from_csv_makes_an_unknown_code_an_error_of_the_audit() {
    use final_accounts::audit::{AuditOptions, Severity, audit_with};
    use final_accounts::disclosure::Disclosure;
    use final_accounts::finding::Lang;
    // The seed's 公开06表 codes as a complete CSV catalog, without 30239 其他交通费用.
    let json = include_str!("fixtures/datong-hrss-2023.json");
    let disclosure: Disclosure = serde_json::from_str(json).unwrap();
    let mut csv = String::from("科目编码,科目名称\n");
    let table = disclosure.basic_detail().unwrap();
    let mut classes: Vec<String> = Vec::new();
    for row in table.rows() {
        let code = row.code().to_string();
        let class = code.get(..3).unwrap().to_owned();
        if code.len() == 5
            && !classes.contains(&class)
            && table.rows().all(|r| r.code().to_string() != class)
        {
            csv.push_str(&format!("{class},类{class}\n"));
            classes.push(class);
        }
        if code != "30239" {
            csv.push_str(&format!("{code},\"{}\"\n", row.name().trim()));
        }
    }
    let catalog = AnyCatalog::from_delimited(&csv, 2018, Completeness::Complete).unwrap();
    let report = audit_with(&disclosure, &AuditOptions::new().with_catalog(&catalog));
    let unknown: Vec<_> = report.of_rule("code.unknown").collect();
    assert_eq!(unknown.len(), 1, "{unknown:#?}");
    assert_eq!(unknown[0].severity, Severity::Error);
    assert_eq!(
        report.place(&unknown[0].places[0], Lang::En).to_string(),
        "公开06表 row 30239"
    );
    assert_eq!(
        unknown[0]
            .actual
            .as_ref()
            .map(ToString::to_string)
            .as_deref(),
        Some("30239 其他交通费用")
    );
}

/// A field as a spreadsheet may write it: bare, quoted, padded.
fn written(field: &str, style: u8) -> String {
    match style % 3 {
        0 => field.to_owned(),
        1 => format!("\"{}\"", field.replace('"', "\"\"")),
        _ => format!(" {field}\u{3000}"),
    }
}

proptest! {
    /// Every built-in catalog written as CSV or TSV, fields quoted or padded at random, with or
    /// without a header and a BOM, reads back as the same codes and names.
    #[test]
    fn a_catalog_written_as_text_reads_back(
        styles in prop::collection::vec(any::<u8>(), 300),
        tab in any::<bool>(),
        header in any::<bool>(),
        bom in any::<bool>(),
    ) {
        let sep = if tab { "\t" } else { "," };
        for catalog in builtin::functional_catalogs() {
            let orphans = catalog.iter().any(|e| e.is_orphan());
            if orphans {
                continue;
            }
            let mut text = String::new();
            if bom { text.push('\u{feff}'); }
            if header { text.push_str(&format!("科目编码{sep}科目名称\n")); }
            for (i, entry) in catalog.iter().enumerate() {
                let style = styles.get(i).copied().unwrap_or(0);
                text.push_str(&written(&entry.code().to_string(), style));
                text.push_str(sep);
                text.push_str(&written(entry.name(), style / 3));
                text.push('\n');
            }
            let read = FunctionCatalog::from_delimited(&text, catalog.edition(), Completeness::Partial).unwrap();
            let pairs = |c: &FunctionCatalog| c.iter().map(|e| (e.code(), e.name().to_owned())).collect::<Vec<_>>();
            prop_assert_eq!(pairs(&read), pairs(catalog));
        }
    }
}
